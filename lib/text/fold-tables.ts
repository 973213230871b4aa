// Per-character folding tables for lib/text/fold.ts: what one code point becomes on its own (NFKC, lower case,
// Latin diacritics, Arabic letter variants and marks, digits, separators) and its class. Entries are computed on
// first sight of a character and cached, so start-up costs nothing and a post costs one array read per code unit.
//
// An atom is one folded UTF-16 code unit packed in an int32:
//
//   bits  0–15  the code unit
//   bits 16–19  class (C_*)
//   bits 20–24  Latin lookalike: 0 = none, 1–26 = 'a'–'z' (letters of other scripts, and leetspeak @ $ ! €)
//   bit  25     on a mark (C_MARK): F_ARABIC_MARK, a mark that is always dropped (tashkeel, Quranic marks); on a digit
//               (C_DIGIT): F_DIGIT, any digit, for the prefilter's note of Arabizi words (lib/match/arabizi.ts)
//   bits 26–29  the word flag of a word atom (W_LATIN, W_FOREIGN, W_MAPPABLE or W_LEET below, shifted by
//               WORD_FLAG_SHIFT): what the fold asks of a word's characters to decide whether to rewrite it, read
//               in one step (x >>> 26). Bit 30 stays clear: atoms stay small integers (31-bit Smis) for V8.
//
// TABLE[c] for a BMP code unit holds one atom, or C_MULTI with an index into MULTI (0, 2+ atoms), or C_HIGH for a
// high surrogate (astral code points are cached in ASTRAL).
import { LATIN_LOOKALIKES } from './confusables';

/**
 * Removed: default-ignorable code points (zero-width, bidi controls, soft hyphen, variation selectors), tatweel, and
 * the Arabic hamza on the line (ء, ٴ), which writers often leave out (ابناء / ابنا, شيء / شي): v3.
 */
export const C_DROP = 1;
/**
 * Whitespace, punctuation, controls, apostrophes and symbols (ASCII, emoji, currency, dingbats: v3): becomes a single
 * space between words.
 */
export const C_SEP = 2;
/** A Latin-script letter (after folding: lower case, no diacritics). */
export const C_LATIN = 3;
/** A letter of a script whose marks are dropped (Greek, Cyrillic, Armenian, Hebrew, Arabic). */
export const C_LETTER = 4;
/** A letter of any other script; combining marks after it are kept (Indic vowel signs and the like). */
export const C_LETTER_KEEP = 5;
/** An ASCII digit (Arabic-Indic digits and fullwidth digits fold to these). */
export const C_DIGIT = 6;
/** A combining mark; dropped unless it follows a C_LETTER_KEEP letter. */
export const C_MARK = 7;
/** Any other number character (Devanagari digits...). */
export const C_NUM = 8;
/** U+FFFD, which a lone surrogate folds to: kept, but not part of a word (other symbols are separators since v3). */
export const C_SYMBOL = 9;
/** '@', '$', '!' or '€': a letter inside a Latin word (leetspeak), a separator elsewhere. */
export const C_LEETSYM = 10;
/** Is the unit of a C_LEETSYM atom one that is a letter between two letters only ('!', '€'), never at a word's edge? */
export const strictLeet = (u: number): boolean => u === 0x21 || u === 0x20ac;
/** TABLE only: the character folds to zero or several atoms, listed in MULTI. */
export const C_MULTI = 11;
/** TABLE only: a high surrogate; the code point's atoms are in ASTRAL. */
export const C_HIGH = 12;

export const F_ARABIC_MARK = 1 << 25;
/** The same bit on a digit's atom (read only together with its class): any digit, leet or not. */
export const F_DIGIT = 1 << 25;

// Word flags, collected while a word is read (lib/text/fold.ts, and lib/match/prefilter.ts, which must decide as
// the fold does whether a word is rewritten).
export const W_LATIN = 1;
/** A non-Latin letter without Latin lookalike, or a kept mark. */
export const W_FOREIGN = 2;
/** A non-Latin letter with a Latin lookalike. */
export const W_MAPPABLE = 4;
/** A leet digit (0 1 3 4 5 7). */
export const W_LEET = 8;
/** Another digit or number. */
export const W_NONLEET = 16;
/** Three identical letters in a row. */
export const W_RUN3 = 32;
/** A digit, leet or not (the prefilter's, from F_DIGIT: a Latin word holding one may be Arabizi). */
export const W_DIGIT = 64;
const LOOK_SHIFT = 20;

export const unitOf = (a: number): number => a & 0xffff;
export const classOf = (a: number): number => (a >>> 16) & 15;
export const lookOf = (a: number): number => (a >>> LOOK_SHIFT) & 31;
export const WORD_FLAG_SHIFT = 26;
export const atom = (unit: number, cls: number, look = 0): number =>
  unit | (cls << 16) | (look << LOOK_SHIFT) | (cls === C_DIGIT ? F_DIGIT : 0) | (wordFlag(unit, cls, look) << WORD_FLAG_SHIFT);

/** The word flag of an atom (see the layout above); 0 for other digits and numbers, marks, and non-word atoms. */
function wordFlag(unit: number, cls: number, look: number): number {
  if (cls === C_LATIN) return W_LATIN;
  // A dotless Arabic letter (ٮ ٯ ڡ) stands for the letters that share its skeleton, as a leet digit stands for a
  // letter: the fold keeps its word as it is, and the prefilter notes it as it notes "ب1قية" (sawMixedArabic).
  if (unit === 0x66e || unit === 0x66f || unit === 0x6a1) return W_FOREIGN | W_LEET;
  if (cls === C_LETTER || cls === C_LETTER_KEEP) return look !== 0 ? W_MAPPABLE : W_FOREIGN;
  if (cls === C_DIGIT && LEET_DIGIT[unit] !== 0) return W_LEET;
  return 0;
}

/** Classes that are part of a word (for word boundaries and word splitting). Indexed by class. */
export const WORD_CLASS = new Uint8Array(16);
for (const c of [C_LATIN, C_LETTER, C_LETTER_KEEP, C_MARK, C_DIGIT, C_NUM]) WORD_CLASS[c] = 1;
/** Classes that are letters. */
export const LETTER_CLASS = new Uint8Array(16);
for (const c of [C_LATIN, C_LETTER, C_LETTER_KEEP]) LETTER_CLASS[c] = 1;

export const SPACE_ATOM = atom(0x20, C_SEP);
/** The folded Latin letter for a lookalike value 1–26. */
export const LATIN_ATOM = new Int32Array(27);
for (let i = 1; i <= 26; i++) LATIN_ATOM[i] = atom(96 + i, C_LATIN);

/** Leetspeak digits inside a Latin word: 0→o 1→i 3→e 4→a 5→s 7→t, as lookalike values (0 = not leet). */
export const LEET_DIGIT = new Uint8Array(128);
for (const [d, l] of [['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't']] as const)
  LEET_DIGIT[d.charCodeAt(0)] = l.charCodeAt(0) - 96;

const LOOKALIKE = new Map<number, number>();
{
  const cps = [...LATIN_LOOKALIKES];
  for (let i = 0; i + 1 < cps.length; i += 2) LOOKALIKE.set(cps[i]!.codePointAt(0)!, cps[i + 1]!.charCodeAt(0) - 96);
  // Lower-case Greek letters drawn like a Latin letter, where confusables.txt lists only their capitals (v6:
  // "cαlιphατε"). A Greek word of lookalikes only now reads as Latin ("και" → "kai"), in patterns as in posts: no
  // pack is written in Greek, and Greek lookalikes are what evasions borrow. η reads as n (v9: fancy-text
  // generators write "Aηsαr"), while its capital Η keeps its own H (a capital's atom carries its own lookalike).
  // Not the Cyrillic т к н м, which would turn Russian words such as "теракт" into Latin ones.
  for (const [from, to] of ['τt', 'κk', 'χx', 'εe', 'ωw', 'ηn'])
    LOOKALIKE.set(from!.codePointAt(0)!, to!.charCodeAt(0) - 96);
}

/** The first code point of a character's canonical decomposition. */
const nfdBase = (ch: string): number => ch.normalize('NFD').codePointAt(0)!;

/** The lookalike index of 'l' (a = 1). */
const LOOK_L = 12;

/** Replacements applied after NFKC, before lower-casing: Arabic letter variants, digits, Latin letters NFD leaves. */
const EXPLICIT = new Map<number, string>();
{
  const set = (chars: string, to: string) => {
    for (const ch of chars) EXPLICIT.set(ch.codePointAt(0)!, to);
  };
  set('أإآٱٲٳٵ', 'ا');
  set('ةۃھہۀە', 'ه');
  set('ىیۍې', 'ي');
  set('ئٸ', 'ي');
  set('ؤٶ', 'و');
  set('کڪ', 'ك');
  // Letters for sounds Arabic writes with another (v5): ڤ ڥ for v (ڤيسبوك), ڨ for the Maghreb's g (ق), پ for p, چ for
  // ch, and the dotless noon ں.
  set('ڤڥ', 'ف');
  set('ڨ', 'ق');
  set('پ', 'ب');
  set('چ', 'ج');
  set('ں', 'ن');
  for (let d = 0; d < 10; d++) {
    EXPLICIT.set(0x0660 + d, String(d)); // Arabic-Indic
    EXPLICIT.set(0x06f0 + d, String(d)); // Extended Arabic-Indic (Persian, Urdu)
  }
  // Apostrophes and quote-like marks, including the letter-like ones (ʼ ʻ ʿ ʾ) used in transliteration.
  set("'’‘‛`´ʼʻʽʿʾ′ˈ", ' ');
  // ASCII symbols other than @ $ ! separate words like punctuation does ("e+r+a+s+e", "a|b"). Not '|' for l
  // ("F|ames"): as a letter it would undo "I|S|I|S" and "News|Sport".
  set('+<=>^|~', ' ');
  // "Fancy text" letters that NFKC leaves alone: small capitals (ꜰʟᴀᴍᴇꜱ; ǫ, an o with ogonek, is the generators' q:
  // v9; the only letter folded otherwise than its decomposition, o + U+0328, which stays o: generators write ǫ
  // composed, and the languages read have no ǫ), negative squared and negative circled capitals (🅵🅻🅰🅼🅴🆂, 🅕🅛🅐🅜🅔🅢).
  const SMALL_CAPS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡ\u0000ʏᴢ';
  for (let i = 0; i < 26; i++) {
    const from = SMALL_CAPS.codePointAt(i)!;
    if (from !== 0) EXPLICIT.set(from, String.fromCharCode(97 + i));
    EXPLICIT.set(0x1f170 + i, String.fromCharCode(97 + i));
    EXPLICIT.set(0x1f150 + i, String.fromCharCode(97 + i)); // negative circled capitals (🅕🅛🅐🅜🅔🅢)
  }
  EXPLICIT.set(0x1f51f, '10'); // keycap ten 🔟
  set('ß', 'ss');
  set('œ', 'oe');
  set('æ', 'ae');
  set('ø', 'o');
  set('đ', 'd');
  set('ł', 'l');
  set('ħ', 'h');
  set('ŧ', 't');
  set('ς', 'σ');
}

// Removed: default-ignorable characters, tatweel, the hamza on the line, and the small waw and yeh of Quranic
// spelling (ۥ ۦ: letters to Unicode, marks to a reader; v5). Middle dots stay separators: removed, they would glue
// whole phrases written with them ("ISIS·threatens·Zuckerberg"); "Fla·mes" would need a rule on word lengths.
const RE_DROP = /^[\p{Default_Ignorable_Code_Point}\u0640\u0621\u0674\u06e5\u06e6]$/u;
/** Hangul fillers: default-ignorable, yet drawn as a blank as wide as a letter, and used as an invisible space (v5). */
const BLANK_FILLERS = new Set([0x115f, 0x1160, 0x3164, 0xffa0]);
const RE_LETTER = /^\p{L}$/u;
const RE_LATIN = /^\p{Script=Latin}$/u;
const RE_STRIP_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Hebrew}\p{Script=Arabic}]$/u;
const RE_MARK = /^\p{M}$/u;
const RE_NUMBER = /^\p{N}$/u;

const isArabicBlock = (cp: number): boolean =>
  (cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x08a0 && cp <= 0x08ff);

/** Cached atoms of a BMP code unit. 0 = not computed yet. */
export const TABLE = new Int32Array(0x10000);
/** Atom lists of BMP characters that fold to zero or several units, indexed from C_MULTI entries. */
export const MULTI: Int32Array[] = [];
/** Atom lists of astral code points. */
const ASTRAL = new Map<number, Int32Array>();

/** The atoms one code point folds to on its own (marks after it are handled by the caller). */
export function atomsOf(cp: number): Int32Array {
  if (cp > 0xffff) {
    let a = ASTRAL.get(cp);
    if (a === undefined) {
      a = Int32Array.from(compute(cp));
      ASTRAL.set(cp, a);
    }
    return a;
  }
  const e = entryOf(cp);
  const cls = classOf(e);
  if (cls === C_MULTI) return MULTI[unitOf(e)]!;
  if (cls === C_DROP) return EMPTY;
  return Int32Array.of(e);
}
const EMPTY = new Int32Array(0);

/**
 * The lookalike of a letter's lower case, from its atom or table entry: the entry of its unit (folded, lower case).
 * A capital's own atom carries the capital's lookalike instead (Т → t), which its lower case may lack (т). Whether a
 * word of lookalikes only is Latin is decided on its lower cases' (fold.ts rule 3, v4), so that the decision does not
 * depend on case; its letters then read as drawn, each by its own atom's lookalike (v9).
 */
export function lowerLookOf(x: number): number {
  return lookOf(entryOf(x & 0xffff));
}

/**
 * The table entry of a BMP code unit, filled on first use. For the rarer paths: the fold's and the prefilter's hot
 * loops read TABLE and call fillBmp themselves, inline.
 */
export function entryOf(c: number): number {
  const e = TABLE[c]!;
  return e !== 0 ? e : fillBmp(c);
}

/** Computes and stores TABLE[c]; returns the entry. */
export function fillBmp(c: number): number {
  let e: number;
  if (c >= 0xd800 && c <= 0xdbff) e = atom(c, C_HIGH);
  else if (c >= 0xdc00 && c <= 0xdfff) e = atom(0xfffd, C_SYMBOL); // lone low surrogate
  else {
    const atoms = compute(c);
    if (atoms.length === 0) e = atom(0, C_DROP);
    else if (atoms.length === 1) e = atoms[0]!;
    else {
      MULTI.push(Int32Array.from(atoms));
      e = atom(MULTI.length - 1, C_MULTI);
    }
  }
  TABLE[c] = e;
  return e;
}

/**
 * Lookalikes NFKC would hide (v7): the lunate sigmas Ϲ ϲ are drawn as a C, but NFKC turns them into Σ ς, whose
 * lower case σ reads as an o ("Ϲαlifαt" read "oalifat").
 */
const BEFORE_NFKC = new Map<number, string>([
  [0x3f9, 'C'],
  [0x3f2, 'c'],
]);

/** The folding pipeline for one code point: drop, NFKC, explicit maps, lower case, strip diacritics, classify. */
function compute(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  if (BLANK_FILLERS.has(cp)) return [SPACE_ATOM];
  if (RE_DROP.test(ch)) return [];
  const before = BEFORE_NFKC.get(cp);
  if (before !== undefined) return atomsOfString(before);
  const nfkc = ch.normalize('NFKC');
  if (nfkc !== ch) return atomsOfString(nfkc);
  const explicit = EXPLICIT.get(cp);
  if (explicit !== undefined) return atomsOfString(explicit);
  const lower = ch.toLowerCase();
  if (lower !== ch) {
    const atoms = atomsOfString(lower);
    // An upper-case letter may imitate a Latin capital that its lower case does not (Н→H, М→M, Т→T).
    // A precomposed capital (Ύ) reads like its base letter (Υ): NFC and NFD text fold alike.
    const base = nfdBase(ch);
    const up = LOOKALIKE.get(cp) ?? (base !== cp ? LOOKALIKE.get(base) : undefined);
    if (atoms.length === 1 && up !== undefined) {
      const a = atoms[0]!;
      if (classOf(a) === C_LATIN && unitOf(a) >= 0x80) atoms[0] = LATIN_ATOM[up]!;
      // The capital's own lookalike wins over its lower case's: Greek Ν reads as N, not as ν's v (v3). Except where
      // the table gives 'l' for a capital I look-alike (І, Ι): read as an I, it folds like its lower case (і → i).
      else if ((classOf(a) === C_LETTER || classOf(a) === C_LETTER_KEEP) && (lookOf(a) === 0 || up !== LOOK_L))
        atoms[0] = atom(unitOf(a), classOf(a), up);
    }
    return atoms;
  }
  const nfd = ch.normalize('NFD');
  if (nfd !== ch) {
    const base = nfd.codePointAt(0)!;
    if (RE_STRIP_SCRIPT.test(String.fromCodePoint(base))) return [...atomsOf(base)];
  }
  if (cp === 0x40) return [atom(cp, C_LEETSYM, 1)]; // @ → a
  if (cp === 0x24) return [atom(cp, C_LEETSYM, 19)]; // $ → s
  if (cp === 0x21) return [atom(cp, C_LEETSYM, 9)]; // ! → i (v6)
  if (cp === 0x20ac) return [atom(cp, C_LEETSYM, 5)]; // € → e (v8)
  const units = (cls: number, look = 0): number[] =>
    cp > 0xffff ? [atom(ch.charCodeAt(0), cls, look), atom(ch.charCodeAt(1), cls, look)] : [atom(cp, cls, look)];
  if (RE_LETTER.test(ch)) {
    const look = LOOKALIKE.get(cp) ?? 0;
    if (RE_LATIN.test(ch)) return look ? [LATIN_ATOM[look]!] : units(C_LATIN);
    return units(RE_STRIP_SCRIPT.test(ch) ? C_LETTER : C_LETTER_KEEP, look);
  }
  if (RE_MARK.test(ch)) return units(C_MARK).map((a) => a | (isArabicBlock(cp) ? F_ARABIC_MARK : 0));
  if (RE_NUMBER.test(ch)) return units(cp >= 0x30 && cp <= 0x39 ? C_DIGIT : C_NUM);
  // The replacement character stays a symbol: a lone surrogate folds to it, and folding it again must not change it.
  if (cp === 0xfffd) return units(C_SYMBOL);
  // Anything else (emoji, dingbats, currency and other symbols, unassigned code points) separates words like
  // punctuation (v3): an emoji between the words of a phrase ("Sons 🔥 of 🔥 the Caliphate") does not hide it.
  return [SPACE_ATOM];
}

/** Atoms of a short string (an NFKC or lower-case expansion), with the same mark and separator rules as fold. */
function atomsOfString(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    for (const a of atomsOf(ch.codePointAt(0)!)) {
      const cls = classOf(a);
      const prev = out.length > 0 ? classOf(out[out.length - 1]!) : 0;
      if (cls === C_MARK) {
        if ((a & F_ARABIC_MARK) === 0 && (prev === C_LETTER_KEEP || prev === C_MARK)) out.push(a);
      } else if (cls === C_SEP) {
        if (prev !== C_SEP) out.push(a);
      } else out.push(a);
    }
  }
  return out;
}
