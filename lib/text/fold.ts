// The text folding applied identically to pattern terms and to posts before matching, with a map from every folded
// code unit back to the original text. Evasions it undoes: compatibility forms (NFKC), case, Latin diacritics,
// Cyrillic/Greek lookalikes and leetspeak inside Latin words, invisible characters, Arabic tatweel, tashkeel and
// letter variants, Arabic-Indic digits, punctuation and spacing tricks, stretched letters.
//
// Rules (FOLD_VERSION 10), in the order they apply:
//  1. Per character (fold-tables.ts): NFKC; default-ignorable and bidi controls, soft hyphen, tatweel and the hamza
//     on the line (ء, often left out: ابناء / ابنا; v3) removed; Hangul fillers (ㅤ, default-ignorable but drawn as
//     a blank) are separators (v5);
//     Arabic variants (أ إ آ ٱ → ا, ة ۃ ھ ہ → ه, ى ی → ي, ؤ → و, ئ → ي, ک → ك; v5: ڤ ڥ → ف, ڨ → ق, پ → ب, چ → ج,
//     ں → ن, small waw and yeh ۥ ۦ removed), Arabic-Indic digits → 0–9;
//     "fancy text" small capitals and negative squared and circled capitals → a–z (ꜰʟᴀᴍᴇꜱ, 🅵🅻🅰🅼🅴🆂), keycap
//     ten → 10 (v3); a Greek or Cyrillic capital takes its own Latin lookalike, composed or not (Ν → n, not ν's v: v3);
//     lower-case Greek τ κ χ ε ω have one too (v6), and η reads as n (v9: "Aηsαr"; its capital Η as H); small
//     capitals include ǫ for q, as generators write it (v9: "ᴀᴍᴀǫ"; composed only: o + U+0328 stays o); the lunate sigmas Ϲ ϲ read as c, before NFKC
//     turns them into sigmas (v7);
//     lower case (String#toLowerCase, locale-independent); combining marks dropped after Latin, Greek, Cyrillic,
//     Armenian, Hebrew and Arabic letters (é → e, tashkeel), kept after other scripts; ß → ss, œ → oe, æ → ae,
//     ø → o, ł → l; apostrophes (' ’ ʼ ` ʿ…), punctuation, whitespace and symbols (ASCII, emoji, currency: v3)
//     are separators; a lone surrogate becomes U+FFFD, kept but not part of a word.
//  2. '@' and '$' become 'a' and 's' between two letters or leet digits ("isl@m", "cla$$ic") unless the '@' starts
//     an e-mail domain (a '.' then any letter, or a character whose fold starts with one: v2); '$' also before a
//     letter at the start of a word ("$ons") and at the end of a word holding a letter ("I$I$", "1$1$": v4; "a2$b"
//     is still two words), and '@' at the end of such a word, right after a letter or leet digit ("d@wl@": v10).
//     Otherwise they separate words ("@user" → "user", "a@b.com" → "a b com", "$100" → "100", "100$" → "100").
//     '!' becomes 'i' between two letters, or a letter and a leet digit, only ("k!ll", "cal!phate", "h!dd3n": v6),
//     never at the start or end of a word ("wow!", "!!!") nor between digits ("5!3"); '€' becomes 'e' between two
//     letters only ("Zuck€rb€rg", "f€rm€z": v8; not "€uro", "10€", "10€HT"); a run of them is read apart from a run
//     of '@'/'$' next to it ("I$I$!" → "isis").
//  3. A word is a run of letters, digits and kept marks. A word with a Latin letter whose other letters all have a
//     Latin lookalike ("еrаsе" with Cyrillic е, а) is a Latin word, and so is a word of lookalikes only whose
//     letters all have one in lower case ("ІЅІЅ", "СОР": v4; whether it is Latin does not depend on case): lookalikes
//     become the Latin letters they are drawn as, capitals their own (v9: "ΝΑΙ" → "nai", "ναι" → "vai"; before v9 a
//     word of lookalikes only took its lower case's), and when it has no digit 2, 6, 8, 9 and no
//     fewer letters than digits, leet digits become letters (0→o 1→i 3→e 4→a 5→s 7→t: "d3l3t3" → "delete").
//     Words with a letter that has no Latin lookalike (Москва, ТЕРАКТ, جيش) are left alone, and so are numbers
//     ("10,000" → "10 000"). A Cyrillic or Greek word made only of lookalikes ("сор") thus reads as Latin ("cop"),
//     in patterns as in posts. The test is presence, not a majority, so it gives the same answer on the folded
//     word: that keeps the fold idempotent. A word of capitals that all have a lookalike while some of their lower
//     cases have none ("ТНЕ", "ТАКЕ") is Latin when the word before it (as folded) or the word after it holds a
//     Latin letter (v5: "WЕ WІLL ТАКЕ ТЕN" → "we will take ten"); its lower-case output is not such a word.
//  4. Runs of 3 or more of the same letter become one ("suuuupprimer" → "supprimer", "ههههه" → "ه"); runs of two
//     are kept, so ordinary spelling ("effacé", "supprimer") is untouched. Patterns fold the same way, and the matcher
//     gives a spelling that doubles a letter a form with it written once ("kill" → "kil": lib/match/stretched.ts).
//  5. Three or more one-letter words in a row, with only separators between them, are joined ("e r a s e d",
//     "d.e.l.e.t.e", "I.S.I.S" → "erased", "delete", "isis"), then rules 3–4 apply to the joined word. Any run of
//     separators counts as one, so the result stays a fixed point of the fold (fold(fold(x)) = fold(x)). Where
//     letters are spaced by marks without a space and words by spaces ("C.a.l.i.p.h.a.t.e A.r.m.y" → "caliphate
//     army", v5), each group of two letters or more is a word of its own.
//  6. Separators between words become one space; none at the start or end.
//
// A span of the folded text maps back with `map` (first source code unit) and `end` (just after the last source
// code unit, including dropped combining marks and the rest of a surrogate pair or a collapsed run).
import * as tables from './fold-tables';
import { atomsOf, fillBmp, lookOf, lowerLookOf as lowerLook, strictLeet } from './fold-tables';

// Module-local copies: hot loops must not go through module-namespace getters (tsx, vitest and some bundlers
// compile imports to property reads).
const K_DROP = tables.C_DROP;
const K_SEP = tables.C_SEP;
const K_LATIN = tables.C_LATIN;
const K_LETTER = tables.C_LETTER;
const K_LETTER_KEEP = tables.C_LETTER_KEEP;
const K_MARK = tables.C_MARK;
const K_DIGIT = tables.C_DIGIT;
const K_NUM = tables.C_NUM;
const K_SYMBOL = tables.C_SYMBOL;
const K_LEETSYM = tables.C_LEETSYM;
const K_MULTI = tables.C_MULTI;
const K_HIGH = tables.C_HIGH;
const K_ARABIC_MARK = tables.F_ARABIC_MARK;
const TABLE_ = tables.TABLE;
const MULTI_ = tables.MULTI;
const LEET_ = tables.LEET_DIGIT;
const LATIN_ = tables.LATIN_ATOM;
const SPACE_ = tables.SPACE_ATOM;
const LETTERS_ = tables.LETTER_CLASS;
const WORD_ATOM = tables.WORD_CLASS;
const DROPPED = K_DROP << 16; // placeholder removed when a word is compacted

/** Bump when folding changes: compiled matcher snapshots record it and are rebuilt. */
export const FOLD_VERSION = 10;

export interface Folded {
  text: string;
  /** For each UTF-16 index i of `text`: index in the input of the first code unit that produced it. */
  map: Uint32Array;
  /** For each UTF-16 index i of `text`: index in the input just after the last code unit that produced it. */
  end: Uint32Array;
}

/** The fold's working result, reused between calls: valid until the next fold. */
export interface FoldBuffer {
  length: number;
  /** Packed atoms (see fold-tables.ts): code unit in the low 16 bits, class in bits 16–19. */
  atoms: Int32Array;
  start: Uint32Array;
  end: Uint32Array;
}

// One buffer set, reused. A single pass writes atoms; each word is finished (rules 3–4) when it ends, and a run of
// one-letter words is joined (rule 5) when the run ends, in place at the tail of the buffer. The hot loop handles
// letters, digits and separators with locals only; everything else (marks, symbols, '@'/'$', characters that fold
// to several units, astral code points) goes through pushAtom(), which works on the g* module state. Both paths
// follow the same rules; test/unit/fold.test.ts checks that they agree.
const buf: FoldBuffer = { length: 0, atoms: new Int32Array(256), start: new Uint32Array(256), end: new Uint32Array(256) };

// Word flags (fold-tables.ts), collected while a word is written.
const { W_LATIN, W_FOREIGN, W_MAPPABLE, W_LEET, W_NONLEET, W_RUN3 } = tables;

// State of the generic path (synced with the hot loop's locals around each call).
let gk = 0; // atoms written
let gws = -1; // start of the open word, -1 when none
let gwf = 0; // its flags
let gLeetSym = false; // an '@' or '$' of the open word was read as a letter
let gPrevU = -1; // last letter unit of the open word, for W_RUN3
let gSame = 0;
let runStart = 0; // the current run of one-letter words: [runStart, runEnd), runWords words
let runEnd = 0;
let runWords = 0;
let leetStart = -1; // pending '@'/'$' (or '!') atoms [leetStart, gk), resolved by the next atom
let leetPrevOk = false;
let leetAt = -1; // source index of the first '@' in the pending run
let leetStrict = false; // the pending run is of '!' or '€' (between two letters only)
let leetEuro = false; // the pending run holds a '€' (a price beside a digit: "10€HT" is no word)
let gInput = ''; // the text being folded (rule 5 reads its separators)
let gPrevLatin = false; // the last word closed reads as Latin (rule 3, capitals of lookalikes)
let gWordLatin = false; // finishWord's answer for the word it finished

function grow(min: number, keep: number): void {
  let cap = buf.atoms.length;
  if (cap >= min) return;
  while (cap < min) cap *= 2;
  const p = new Int32Array(cap);
  p.set(buf.atoms.subarray(0, keep));
  const s = new Uint32Array(cap);
  s.set(buf.start.subarray(0, keep));
  const e = new Uint32Array(cap);
  e.set(buf.end.subarray(0, keep));
  buf.atoms = p;
  buf.start = s;
  buf.end = e;
}

/** Is the atom a letter or digit that '@'/'$' may sit between? */
function leetNeighbour(a: number): boolean {
  const cls = (a >>> 16) & 15;
  if (cls === K_LATIN) return true;
  if (cls === K_LETTER || cls === K_LETTER_KEEP) return lookOf(a) !== 0;
  if (cls === K_DIGIT) return LEET_[a & 0xffff] !== 0;
  return false;
}

/**
 * Does the text from `at` (an '@') to the next whitespace look like an e-mail domain (a '.' then a letter)? Any
 * letter: domains may be internationalised ("café.fr", ".рф"), and "â" must answer as "a" + U+0302 does (NFC and
 * NFD text fold alike).
 */
function emailAfter(input: string, at: number): boolean {
  const stop = Math.min(input.length - 1, at + 64);
  for (let i = at + 1; i < stop; i++) {
    const c = input.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0) return false;
    if (c === 0x2e) {
      // The first atom of the next character (ĳ, ﬁ, an astral letter fold to several: read as NFKD text would).
      const first = atomsOf(input.codePointAt(i + 1)!)[0];
      if (first !== undefined && LETTERS_[(first >>> 16) & 15] === 1) return true;
    }
  }
  return false;
}

/**
 * Rules 3–4 on the word [a, b) of buffer (P, S, E), in place. Returns the new end after collapsing runs.
 */
function finishWord(P: Int32Array, S: Uint32Array, E: Uint32Array, a: number, b: number): number {
  let latin = false;
  let foreign = false;
  let mappable = false;
  let letters = 0;
  let digits = 0;
  let leet = false;
  let nonLeet = false;
  for (let i = a; i < b; i++) {
    const x = P[i]!;
    const cls = (x >>> 16) & 15;
    if (cls === K_LATIN) {
      latin = true;
      letters++;
    } else if (cls === K_LETTER || cls === K_LETTER_KEEP) {
      if ((x & 0xfc00) !== 0xdc00) letters++; // count code points: not the low half of a surrogate pair
      if ((x >>> 20) & 31) mappable = true;
      else foreign = true;
    } else if (cls === K_DIGIT) {
      digits++;
      if (LEET_[x & 0xffff] !== 0) leet = true;
      else nonLeet = true;
    } else if (cls === K_NUM) {
      digits++;
      nonLeet = true;
    } else if (cls === K_MARK) foreign = true;
  }
  // A word of lookalikes only (no Latin letter: v4) is Latin when every letter's lower case has a lookalike:
  // "ТЕРАКТ" and "теракт" both stay Cyrillic (т, к have none), "СОР" and "сор" both read "cop". Capitals alone may
  // not decide, or whether a word is Latin would depend on its case. Each letter then reads as it is drawn (v9):
  // "ΝΑΙ" as "nai", "ναι" as "vai", "ΤΗΕ" as "the" (a capital's atom carries its own lookalike, fold-tables.ts).
  let lookOnly = !latin && mappable && !foreign;
  for (let i = a; lookOnly && i < b; i++) {
    const x = P[i]!;
    const cls = (x >>> 16) & 15;
    if (cls === K_LETTER || cls === K_LETTER_KEEP) lookOnly = (x & 0xf800) !== 0xd800 && lowerLook(x) !== 0;
  }
  // Capitals that all have a lookalike, some of whose lower cases have none ("ТНЕ", "ТАКЕ": what homoglyph
  // generators make of "THE", "TAKE"), read as Latin beside a Latin word (v5): "WЕ WІLL ТАКЕ ТЕN" reads "we will
  // take ten", while "ТЕРАКТ" among Cyrillic words stays Cyrillic. The lower-case output is not such a word again.
  // Capitals only: an astral lookalike (Carian 𐊠) has no lower case and stays as it is when the word is left alone,
  // so a second fold would read its neighbours again, folded this time (fold(fold(x)) must equal fold(x)).
  const capsLatin =
    !latin && mappable && !foreign && !lookOnly && !astralLetterIn(P, a, b) && (gPrevLatin || nextWordLatin(E[b - 1]!));
  gWordLatin = (latin || lookOnly || capsLatin) && !foreign;
  if (gWordLatin) {
    const doLeet = leet && !nonLeet && letters >= digits;
    if (mappable || doLeet) {
      for (let i = a; i < b; i++) {
        const x = P[i]!;
        const cls = (x >>> 16) & 15;
        if (cls === K_LETTER || cls === K_LETTER_KEEP) {
          P[i] = LATIN_[(x >>> 20) & 31]!;
          if ((x & 0xfc00) === 0xd800 && i + 1 < b) {
            // an astral lookalike (Carian 𐊠 → a): one Latin letter, the low half is dropped below
            E[i] = E[i + 1]!;
            P[++i] = DROPPED;
          }
        } else if (doLeet && cls === K_DIGIT) P[i] = LATIN_[LEET_[x & 0xffff]!]!;
      }
    }
  }
  // Collapse runs of 3+ identical letters to one; the kept letter's source range covers the whole run.
  let w = a;
  let run = 0;
  let first = a;
  let prevUnit = -1;
  for (let r = a; r < b; r++) {
    const x = P[r]!;
    if (x === DROPPED) continue;
    const u = x & 0xffff;
    const isLetter = LETTERS_[(x >>> 16) & 15] === 1;
    if (isLetter && u === prevUnit) {
      run++;
      if (run >= 3) {
        if (run === 3) w--;
        E[first] = E[r]!;
        continue;
      }
    } else {
      run = isLetter ? 1 : 0;
      prevUnit = isLetter ? u : -1;
      first = w;
    }
    if (w !== r) {
      P[w] = x;
      S[w] = S[r]!;
      E[w] = E[r]!;
    }
    w++;
  }
  return w;
}

/** Does the word [a, b) hold a letter outside the BMP (a surrogate pair)? */
function astralLetterIn(P: Int32Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if ((P[i]! & 0xf800) === 0xd800 && LETTERS_[(P[i]! >>> 16) & 15] === 1) return true;
  return false;
}

/**
 * Does the next word of the text, from source index `from` on, hold a Latin letter (as the table reads its
 * characters)? Reads past separators and invisible characters to the next word, and through that word only.
 */
function nextWordLatin(from: number): boolean {
  const input = gInput;
  let inWord = false;
  for (let i = from; i < input.length; i++) {
    const c = input.charCodeAt(i);
    let e = TABLE_[c]!;
    if (e === 0) e = fillBmp(c);
    let cls = (e >>> 16) & 15;
    if (cls === K_MULTI || cls === K_HIGH) {
      const cp = input.codePointAt(i)!;
      if (cp > 0xffff) i++;
      const list = atomsOf(cp);
      if (list.length === 0) continue;
      e = list[0]!;
      cls = (e >>> 16) & 15;
    }
    if (cls === K_LATIN) return true;
    if (cls === K_DROP || cls === K_MARK) continue;
    if (!inWord && cls === K_LEETSYM && strictLeet(e & 0xffff)) continue; // "ТАКЕ!! ТЕN": a '!' run before the word
    if (WORD_ATOM[cls] === 1) inWord = true;
    else if (inWord || cls !== K_SEP) return false;
  }
  return false;
}

/** Does the source range [s, e) of a separator hold a space (or a blank that stands for one)? */
function gapHasSpace(s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (BLANK.test(gInput[i]!)) return true;
  return false;
}
// Spaces and the blanks that stand for one; not U+FEFF (in \s, but the fold removes it like a zero-width space).
const BLANK = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u115f\u1160\u3164\uffa0]/;

/** Whether a code unit is a space, or a blank that stands for one (as the fold's rule 5 reads the gaps of a run). */
export function isBlankUnit(c: number): boolean {
  return BLANK.test(String.fromCharCode(c));
}

/**
 * Rule 5: if 3+ one-letter words are pending, joins them and moves the atoms after them [runEnd, k) down. Where
 * the letters are spaced by marks and the words by spaces ("C.a.l.i.p.h.a.t.e A.r.m.y", v5), the spaces stay:
 * one word per group, when every group keeps two letters or more.
 */
function endRun(P: Int32Array, S: Uint32Array, E: Uint32Array, k: number): number {
  if (runWords >= 3) {
    let tight = 0;
    let wide = 0;
    for (let r = runStart; r < runEnd; r++) {
      if (((P[r]! >>> 16) & 15) !== K_SEP) continue;
      if (gapHasSpace(S[r]!, E[r]!)) wide++;
      else tight++;
    }
    let w = runStart;
    let done = false;
    if (tight > 0 && wide > 0) {
      // One word per group, unless a group comes out as one letter (a lone letter, or "a.a.a" that rule 4
      // collapses): that letter would join a run on a second fold, so the whole run is joined instead (the run's
      // atoms are restored).
      const saved = [P.slice(runStart, runEnd), S.slice(runStart, runEnd), E.slice(runStart, runEnd)] as const;
      let word = runStart;
      let single = false;
      const close = (): void => {
        w = finishWord(P, S, E, word, w);
        const u = P[word]! & 0xffff;
        if (w - word === 1 || (w - word === 2 && u >= 0xd800 && u <= 0xdbff)) single = true;
      };
      for (let r = runStart; r < runEnd; r++) {
        if (((P[r]! >>> 16) & 15) === K_SEP) {
          if (!gapHasSpace(S[r]!, E[r]!)) continue;
          const p = P[r]!, s = S[r]!, e = E[r]!;
          close();
          P[w] = p;
          S[w] = s;
          E[w] = e;
          word = ++w;
          continue;
        }
        P[w] = P[r]!;
        S[w] = S[r]!;
        E[w] = E[r]!;
        w++;
      }
      close();
      if (single) {
        P.set(saved[0], runStart);
        S.set(saved[1], runStart);
        E.set(saved[2], runStart);
        w = runStart;
      } else done = true;
    }
    if (!done) {
      for (let r = runStart; r < runEnd; r++) {
        if (((P[r]! >>> 16) & 15) === K_SEP) continue;
        P[w] = P[r]!;
        S[w] = S[r]!;
        E[w] = E[r]!;
        w++;
      }
      w = finishWord(P, S, E, runStart, w);
    }
    for (let r = runEnd; r < k; r++, w++) {
      P[w] = P[r]!;
      S[w] = S[r]!;
      E[w] = E[r]!;
    }
    k = w;
  }
  runWords = 0;
  return k;
}

/** Ends the word [ws, k) with flags wf: rules 3–4, then the one-letter-run bookkeeping. Returns the new end. */
function closeWord(P: Int32Array, S: Uint32Array, E: Uint32Array, ws: number, k: number, wf: number): number {
  if ((wf & W_RUN3) !== 0 || ((wf & W_FOREIGN) === 0 && ((wf & W_MAPPABLE) !== 0 || (wf & (W_LATIN | W_LEET)) === (W_LATIN | W_LEET)))) {
    k = finishWord(P, S, E, ws, k);
    gPrevLatin = gWordLatin;
  } else gPrevLatin = (wf & W_LATIN) !== 0 && (wf & W_FOREIGN) === 0;
  const x = P[ws]!;
  const len = k - ws;
  let one = false;
  if (LETTERS_[(x >>> 16) & 15] === 1) {
    const u = x & 0xffff;
    one = len === 1 || (len === 2 && u >= 0xd800 && u <= 0xdbff);
  }
  if (!one) return endRun(P, S, E, k);
  if (runWords === 0) runStart = ws;
  runWords++;
  runEnd = k;
  return k;
}

// ---- generic path (module state) ----

function gCloseWord(): void {
  if (gws < 0) return;
  gk = closeWord(buf.atoms, buf.start, buf.end, gws, gk, gwf);
  gws = -1;
}

function gSeparator(s: number, e: number): void {
  gCloseWord();
  if (gk === 0) return;
  const P = buf.atoms;
  if (((P[gk - 1]! >>> 16) & 15) === K_SEP) buf.end[gk - 1] = e;
  else {
    P[gk] = SPACE_;
    buf.start[gk] = s;
    buf.end[gk] = e;
    gk++;
  }
}

/** Appends a word atom (letter, digit, number, kept mark) and updates the open word's flags. */
function gWordAtom(a: number, s: number, e: number): void {
  if (gws < 0) {
    gws = gk;
    gwf = 0;
    gLeetSym = false;
    gPrevU = -1;
    gSame = 0;
  }
  const cls = (a >>> 16) & 15;
  if (cls === K_DIGIT) {
    gwf |= LEET_[a & 0xffff] !== 0 ? W_LEET : W_NONLEET;
    gPrevU = -1;
  } else if (cls === K_NUM) {
    gwf |= W_NONLEET;
    gPrevU = -1;
  } else if (cls === K_MARK) {
    gwf |= W_FOREIGN;
    gPrevU = -1;
  } else {
    gwf |= cls === K_LATIN ? W_LATIN : ((a >>> 20) & 31) !== 0 ? W_MAPPABLE : W_FOREIGN;
    const u = a & 0xffff;
    if (u === gPrevU) {
      if (++gSame >= 2) gwf |= W_RUN3;
    } else {
      gPrevU = u;
      gSame = 0;
    }
  }
  buf.atoms[gk] = a;
  buf.start[gk] = s;
  buf.end[gk] = e;
  gk++;
}

/**
 * Is the atom a Latin letter or a letter whose lower case has a Latin lookalike (what a '$' may start a word
 * before)? The lower case's, so that "$Т" and "$т" fold alike.
 */
function leetLetter(a: number): boolean {
  const cls = (a >>> 16) & 15;
  return cls === K_LATIN || ((cls === K_LETTER || cls === K_LETTER_KEEP) && (a & 0xf800) !== 0xd800 && lowerLook(a) !== 0);
}

/** Rule 2: the pending '@'/'$' (or '!') run becomes letters of the open word, or one separator. */
function resolveLeet(input: string, next: number): void {
  const start = leetStart;
  leetStart = -1;
  const P = buf.atoms;
  let ok = leetPrevOk && next !== 0 && leetNeighbour(next) && !(leetAt >= 0 && emailAfter(input, leetAt));
  // '!' stands for a letter beside one at least ("h!dd3n"), not between two digits ("5!3"). The atom before the run
  // is still the one it followed: nothing is written while a run is pending.
  if (ok && leetStrict && ((P[start - 1]! >>> 16) & 15) === K_DIGIT && ((next >>> 16) & 15) === K_DIGIT) ok = false;
  // '€' stands for 'e' between two letters only: beside a digit it is a price ("10€HT", "20€les").
  if (ok && leetEuro && (((P[start - 1]! >>> 16) & 15) === K_DIGIT || ((next >>> 16) & 15) === K_DIGIT)) ok = false;
  if (!ok && !leetStrict) {
    // A run of '$' alone also starts a word before a letter ("$ons") and ends one that holds a letter ("I$I$"):
    // at its end only, so "a2$b" stays two words as before. A run with an '@' ends a Latin word too, right after a
    // letter or leet digit, when the word is already written in leet (an '@' or '$' read as a letter, or a leet
    // digit: "D@wl@ b@qiy@", "kh1l@f@", v10), unless an e-mail domain follows; "ISIS@ Raqqa" keeps its word, and
    // an '@' never starts one ("@user").
    const endsWord = gws >= 0 && (next === 0 || WORD_ATOM[(next >>> 16) & 15] === 0);
    if (leetAt < 0) ok = gws < 0 ? next !== 0 && leetLetter(next) : endsWord && (gwf & (W_LATIN | W_MAPPABLE)) !== 0;
    else
      ok =
        endsWord &&
        leetPrevOk &&
        (gwf & W_LATIN) !== 0 &&
        (gLeetSym || (gwf & W_LEET) !== 0) &&
        !emailAfter(input, leetAt);
  }
  if (ok) {
    const end = gk;
    gk = start;
    for (let x = start; x < end; x++) gWordAtom(LATIN_[lookOf(P[x]!)]!, buf.start[x]!, buf.end[x]!);
    gLeetSym = true;
  } else {
    const s = buf.start[start]!;
    const e = buf.end[gk - 1]!;
    gk = start;
    gSeparator(s, e);
  }
}

/** Appends one atom from source range [s, e), whatever its class. */
function pushAtom(input: string, a: number, s: number, e: number): void {
  if (gk + 2 > buf.atoms.length) grow(gk + 2, gk);
  const cls = (a >>> 16) & 15;
  if (leetStart >= 0 && (cls !== K_LEETSYM || strictLeet(a & 0xffff) !== leetStrict)) resolveLeet(input, a);
  switch (cls) {
    case K_SEP:
      gSeparator(s, e);
      return;
    case K_SYMBOL:
      gCloseWord();
      gk = endRun(buf.atoms, buf.start, buf.end, gk);
      buf.atoms[gk] = a;
      buf.start[gk] = s;
      buf.end[gk] = e;
      gk++;
      return;
    case K_LEETSYM:
      if (leetStart < 0) {
        leetStart = gk;
        leetPrevOk = gws >= 0 && gk > 0 && leetNeighbour(buf.atoms[gk - 1]!);
        leetAt = -1;
        leetStrict = strictLeet(a & 0xffff);
        leetEuro = false;
      }
      if ((a & 0xffff) === 0x20ac) leetEuro = true;
      if (leetAt < 0 && (a & 0xffff) === 0x40) leetAt = s;
      buf.atoms[gk] = a;
      buf.start[gk] = s;
      buf.end[gk] = e;
      gk++;
      return;
    case K_MARK: {
      const prev = gk > 0 ? (buf.atoms[gk - 1]! >>> 16) & 15 : K_SEP;
      if ((a & K_ARABIC_MARK) === 0 && gws >= 0 && (prev === K_LETTER_KEEP || prev === K_MARK)) gWordAtom(a, s, e);
      else if (gk > 0 && buf.end[gk - 1] === s) buf.end[gk - 1] = e; // a dropped diacritic belongs to its letter
      return;
    }
    default:
      gWordAtom(a, s, e);
  }
}

/** Feeds the character at i (table entry te, class cls) to pushAtom. Returns the index of its last code unit. */
function rareChar(input: string, i: number, c: number, te: number, cls: number): number {
  if (cls === K_MULTI) {
    const list = MULTI_[te & 0xffff]!;
    for (let j = 0; j < list.length; j++) pushAtom(input, list[j]!, i, i + 1);
    return i;
  }
  if (cls === K_HIGH) {
    const d = i + 1 < input.length ? input.charCodeAt(i + 1) : 0;
    if (d >= 0xdc00 && d <= 0xdfff) {
      const list = atomsOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
      for (let j = 0; j < list.length; j++) pushAtom(input, list[j]!, i, i + 2);
      return i + 1;
    }
    te = 0xfffd | (K_SYMBOL << 16); // lone high surrogate: U+FFFD, so folded text is always well-formed
  }
  pushAtom(input, te, i, i + 1);
  return i;
}

/** The whole fold into buf; returns the folded length. `generic` sends every character through pushAtom (tests). */
function foldCore(input: string, generic: boolean): number {
  const n = input.length;
  gInput = input;
  gPrevLatin = false;
  grow(n + 16, 0);
  let P = buf.atoms;
  let S = buf.start;
  let E = buf.end;
  const T = TABLE_;
  const L = LEET_;
  let k = 0;
  let ws = -1;
  let wf = 0;
  let prevU = -1;
  let same = 0;
  let pending = false; // an '@'/'$' waits for the next atom: use the generic path
  runWords = 0;
  leetStart = -1;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    let e = T[c]!;
    if (e === 0) e = fillBmp(c);
    const cls = (e >>> 16) & 15;
    if (cls <= K_DIGIT && !pending && !generic) {
      if (cls === K_SEP) {
        if (ws >= 0) {
          k = closeWord(P, S, E, ws, k, wf);
          ws = -1;
        }
        if (k > 0) {
          if (((P[k - 1]! >>> 16) & 15) === K_SEP) E[k - 1] = i + 1;
          else {
            P[k] = e;
            S[k] = i;
            E[k] = i + 1;
            k++;
          }
        }
        continue;
      }
      if (cls === K_DROP) continue;
      // letter or digit (same rules as gWordAtom)
      if (ws < 0) {
        ws = k;
        wf = 0;
        gLeetSym = false;
        prevU = -1;
        same = 0;
      }
      if (cls === K_DIGIT) {
        wf |= L[e & 0xffff] !== 0 ? W_LEET : W_NONLEET;
        prevU = -1;
      } else {
        wf |= cls === K_LATIN ? W_LATIN : ((e >>> 20) & 31) !== 0 ? W_MAPPABLE : W_FOREIGN;
        const u = e & 0xffff;
        if (u === prevU) {
          if (++same >= 2) wf |= W_RUN3;
        } else {
          prevU = u;
          same = 0;
        }
      }
      P[k] = e; // capacity: one slot per remaining input unit is always reserved
      S[k] = i;
      E[k] = i + 1;
      k++;
      continue;
    }
    if (cls === K_DROP) continue;
    gk = k;
    gws = ws;
    gwf = wf;
    gPrevU = prevU;
    gSame = same;
    i = rareChar(input, i, c, e, cls);
    if (gk + (n - i) + 16 > buf.atoms.length) grow(gk + (n - i) + 16, gk);
    P = buf.atoms;
    S = buf.start;
    E = buf.end;
    k = gk;
    ws = gws;
    wf = gwf;
    prevU = gPrevU;
    same = gSame;
    pending = leetStart >= 0;
  }
  gk = k;
  gws = ws;
  gwf = wf;
  gPrevU = prevU;
  gSame = same;
  if (leetStart >= 0) resolveLeet(input, 0);
  gCloseWord();
  gk = endRun(buf.atoms, buf.start, buf.end, gk);
  if (gk > 0 && ((buf.atoms[gk - 1]! >>> 16) & 15) === K_SEP) gk--;
  gInput = '';
  return gk;
}

/** Folds into the shared buffer (no allocation once warm). The buffer is overwritten by the next call. */
export function foldInto(input: string): FoldBuffer {
  buf.length = foldCore(input, false);
  return buf;
}

/** @internal Tests only: the same fold with every character on the generic path. */
export function foldTextGeneric(input: string): Folded {
  buf.length = foldCore(input, true);
  return toFolded(buf);
}

let units = new Uint16Array(256);
const utf16 = new TextDecoder('utf-16le');

/** Folds `input`; see the rules at the top of this file. */
export function foldText(input: string): Folded {
  return toFolded(foldInto(input));
}

function toFolded(f: FoldBuffer): Folded {
  const n = f.length;
  return { text: textOf(f), map: f.start.slice(0, n), end: f.end.slice(0, n) };
}

/** Longest folded text turned into a string in one `String.fromCharCode` call (the decoder's set-up costs more). */
const SHORT_TEXT = 1024;

/** The folded text of the buffer. */
function textOf(f: FoldBuffer): string {
  const n = f.length;
  if (units.length < n) units = new Uint16Array(Math.max(n, units.length * 2));
  for (let i = 0; i < n; i++) units[i] = f.atoms[i]! & 0xffff;
  // Exact either way: folded text never holds a lone surrogate (they fold to U+FFFD).
  if (n <= SHORT_TEXT) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  return utf16.decode(units.subarray(0, n));
}

/**
 * The folded text alone, without the offsets back to the input: what compiling and checking patterns need (a pack
 * of 10,000 patterns folds some 50,000 spellings, forms and exclusions; the two offset arrays were half the cost).
 */
export function foldedText(input: string): string {
  return textOf(foldInto(input));
}

/** The folded form of a pattern term (what the matcher searches for). */
export function foldPattern(term: string): string {
  return foldedText(term);
}
