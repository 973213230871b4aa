// Words spelled out letter by letter: two spaces or more between words ("i f  y o u  c l o s e  o n e  a c c o u n t"),
// punctuation between them ("h o n e s t l y, j a y s h"), or letters joined by a dash, a dot or an underscore and
// words by spaces ("L'a-r-m-é-e d-e-s f-i-l-s d-u c-a-l-i-f-a-t a parlé"). The fold joins a run of one-letter words
// into one word (rule 5 of lib/text/fold.ts), whatever separates them, which only a keyword run together in full can
// match, and a one-letter word or an elision next to the run joins it too ("A s o l d i e r"). This module gives the
// post's text with the spaces or marks inside each spelled-out word left out ("if  you  close", "L'armée des fils du
// califat a parlé", "A soldier") and a map back to the post (lib/match/rewrite.ts), so the matcher can read it a second
// time word by word. Leet digits spelled among the letters ("D_4_w_l_4 b-4-q-1-y-4", "1.S.1.S") break the fold's run
// (a digit is no letter to rule 5, so that "1 0 0" stays a number): in this reading they are letters of the run, and
// the fold then reads the joined word's digits as letters ("D4wl4" → "dawla"). The matcher asks only when the
// prefilter found a run of one-letter words (lone leet digits included).
import { RewriteBuilder, type Rewrite } from './rewrite';

/**
 * A letter with its marks, then one or more of them each after one space: a word spelled out. Letters only, as the
 * fold joins one-letter words (digits stay apart: "1 0 0" is not "100").
 */
const RUN = /(?<![\p{L}\p{N}\p{M}])\p{L}\p{M}*(?:[ \u00a0]\p{L}\p{M}*)+(?![\p{L}\p{N}\p{M}])/gu;
/** The single spaces inside a run. */
const INNER = /[ \u00a0]/g;
/** Fewest letters in spelled-out words, in all, for a post to be read again ("a b  c" is not a spelled sentence). */
const MIN_LETTERS = 6;

/**
 * The marks a word may be spelled with between its letters: a dash of any length, a dot, an underscore, a middle dot
 * or a bullet, and their fullwidth and small forms ("c.a.l.i.f.a.t", "Ａ－ｍ－ａ－ｑ", "d・u").
 */
const MARK_CHARS = '-._\\u00b7\\u2022\\u2010-\\u2014\\u2027\\u2043\\u2219\\u22c5\\u30fb\\ufe63\\uff0d\\uff0e\\uff3f\\uff65';
const MARK = `[${MARK_CHARS}]`;
/** The text with its spelled-out words joined, or null when it has no two of them apart by two spaces or more. */
export function joinSpelledWords(text: string): Rewrite | null {
  if (text.indexOf('  ') < 0 && text.indexOf('\u00a0 ') < 0 && text.indexOf(' \u00a0') < 0) return null;
  const runs: [number, number][] = [];
  let letters = 0;
  let gapped = false;
  for (const m of text.matchAll(RUN)) {
    const prev = runs[runs.length - 1];
    // Two runs apart by whitespace alone, two characters or more of it: words of one spelled-out sentence.
    if (prev && m.index - prev[1] >= 2 && /^\s+$/u.test(text.slice(prev[1], m.index))) gapped = true;
    runs.push([m.index, m.index + m[0].length]);
    letters += (m[0].length + 1) >> 1;
  }
  if (!gapped || letters < MIN_LETTERS) return null;
  const out = new RewriteBuilder(text);
  for (const [from, to] of runs) {
    for (const s of text.slice(from, to).matchAll(INNER)) out.removeRange(from + s.index, from + s.index + 1);
  }
  return out.finish();
}

/**
 * A letter as the fold reads one: a letter, or a circled or squared letter symbol (ⓐ, 🅐, 🅰), which it folds to one.
 */
const LETTER = '\\p{L}\\u24b6-\\u24e9\\u{1f130}-\\u{1f189}';
/** What the fold drops inside a word, gluing the letters on either side: invisible characters, tatweel. */
const GLUE = '\\p{Default_Ignorable_Code_Point}\\u0640';
/**
 * Words as the fold cuts them, near enough for runs of one-letter words: letters, digits and marks, with what the fold
 * drops inside a word. A variation selector or joiner of an emoji alone is no word: the fold drops it, and the letters
 * on either side of the emoji stay one-letter words ("s o l d i e r ⚔️ c a l i f a t").
 */
const FOLD_WORD = new RegExp(`(?<![${GLUE}])[${GLUE}]*(?![${GLUE}])[${LETTER}\\p{N}\\p{M}][${LETTER}\\p{N}\\p{M}${GLUE}]*`, 'gu');
/** A one-letter word: a letter and its marks, nothing else the fold keeps (variation selectors are marks it drops). */
const ONE_LETTER = new RegExp(`^[${GLUE}]*(?![${GLUE}])[${LETTER}][\\p{M}${GLUE}]*$`, 'u');
/**
 * A two-letter word: a digraph that a word spelled with marks may keep whole ("kh.i.l.a.f.a", "c.a.l.i.ph.a.t.e",
 * "d-aw-l-a" is not enough: see spelledRuns).
 */
const TWO_LETTERS = new RegExp(`^[${GLUE}]*(?![${GLUE}])[${LETTER}][\\p{M}${GLUE}]*[${LETTER}][\\p{M}${GLUE}]*$`, 'u');
/**
 * What ONE_LETTER, TWO_LETTERS and LEET_DIGIT accept, and a little more (a letter or any digit, then at most one more
 * letter, with their marks and invisible characters): one test that settles most words, which are none of them, where
 * those three cost three.
 */
const SHORT_WORD = new RegExp(`^[${GLUE}]*(?![${GLUE}])[${LETTER}\\p{N}][\\p{M}${GLUE}]*(?:[${LETTER}][\\p{M}${GLUE}]*)?$`, 'u');
/** Longest word read as a one-letter word, a digit or a digraph with their marks and invisible characters. */
const MAX_PIECE = 16;
/** A lone leet digit (rule 3 of lib/text/fold.ts: 0 1 3 4 5 7, ASCII or fullwidth), spelled among letters. */
const LEET_DIGIT = new RegExp(`^[${GLUE}]*[013457\uff10\uff11\uff13\uff14\uff15\uff17][${GLUE}]*$`, 'u');
/** One space between two letters: inside a word spelled with spaces, or between words spelled with marks. */
const SPACE_GAP = /^[ \u00a0]$/;
/** One mark between two letters: inside a spelled word. */
const MARK_GAP = new RegExp(`^${MARK}$`);
/** A gap with something other than whitespace in it (a comma, an apostrophe, an emoji). */
const NOT_BLANK = /\S/u;
/**
 * Letters that are words of their own in the languages read (a, à, y, ô in French; a, I, O, u in English; w, "and",
 * in Arabizi): next to a word spelled out with single spaces they join it ("A s o l d i e r", "c a l i f a t a
 * frappé" fold to "asoldier", "califata"). Tested on the letter without invisible characters, composed (NFC).
 */
const EDGE_WORD = /^[aàâyioôuw]$/iu;
const GLUE_ALL = new RegExp(`[${GLUE}]`, 'gu');
const isEdgeWord = (word: string): boolean => EDGE_WORD.test(word.replace(GLUE_ALL, '').normalize('NFC'));
/**
 * The abbreviation of "numéro" / "number" written right after a spelled word ("D a b i q n°15", "R u m i y a h N° 3",
 * also with the ordinal º): its "n" is a one-letter word to the fold, which joins it to the run, and it is read apart
 * as an edge word is.
 */
const isNumeroAt = (text: string, from: number, to: number): boolean =>
  to - from === 1 && (text.charCodeAt(from) | 0x20) === 0x6e && (text.charCodeAt(to) === 0xb0 || text.charCodeAt(to) === 0xba);
/** splitSpelledRuns's readings of one-letter words beside a spelled word: at its start, at its end, or both. */
export const EDGE_FIRST = 1;
export const EDGE_LAST = 2;
/** Its readings, in order: words apart otherwise than by whitespace, then the three readings of edges. */
export const SPELLED_READINGS = [0, EDGE_FIRST, EDGE_LAST, EDGE_FIRST | EDGE_LAST] as const;
/** Fewest letters in a spelled word for a one-letter word at its edge to be read apart: three stay. */
const MIN_EDGE_RUN = 4;

/**
 * The runs of three one-letter words or more in a text (what the fold joins whole, unless a leet digit or a digraph is
 * among them), as offsets of each word.
 */
export interface SpelledRun {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** A lone leet digit or a two-letter word is among the words: the fold does not join the run whole, this reading does. */
  readonly digits: boolean;
}

/** Kinds of the words in a run. */
const ONE = 0;
const DIGIT = 1;
const PAIR = 2;

// What mayHoldSpelledRun knows of a character: a letter or a digit (LETTER or \p{N}, not GLUE), something that stays
// in a word and is no letter (\p{M}, GLUE), a separator (anything else), or a character it does not know, which may be
// any of those. test/unit/spaced.test.ts holds every character it knows to the regexes.
const K_UNKNOWN = 0;
const K_LETTER = 1;
const K_INWORD = 2;
const K_SEPARATOR = 3;
/** Letters and numbers among U+0080–U+00BF (ª ² ³ µ ¹ º ¼ ½ ¾); the soft hyphen U+00AD is GLUE. */
const LATIN1_LETTERS = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/**
 * The kind of a BMP code unit: exact for ASCII, Latin-1, Latin Extended-A and B, the combining diacritics, most of
 * the Arabic block, general punctuation, the symbols and dingbats up to U+2BFF and the invisible characters the fold
 * drops; unknown elsewhere.
 */
export function unitKind(c: number): number {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? K_LETTER : K_SEPARATOR;
  if (c < 0xc0) return LATIN1_LETTERS.has(c) ? K_LETTER : c === 0xad ? K_INWORD : K_SEPARATOR;
  if (c < 0x250) return c === 0xd7 || c === 0xf7 ? K_SEPARATOR : K_LETTER;
  if (c < 0x300) return K_UNKNOWN;
  if (c < 0x370) return K_INWORD;
  if (c < 0x600) return K_UNKNOWN;
  if (c < 0x700) {
    if (c < 0x620) return (c >= 0x610 && c <= 0x61a) || c === 0x61c ? K_INWORD : K_SEPARATOR;
    if (c === 0x640 || (c >= 0x64b && c <= 0x65f) || c === 0x670) return K_INWORD;
    if (c < 0x66a || (c >= 0x66e && c <= 0x6d3 && c !== 0x670) || c === 0x6d5) return K_LETTER;
    return c <= 0x66d || c === 0x6d4 ? K_SEPARATOR : K_UNKNOWN;
  }
  if (c < 0x2000) return K_UNKNOWN;
  if (c < 0x2070) return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || c >= 0x2060 ? K_INWORD : K_SEPARATOR;
  if (c < 0x2190) return K_UNKNOWN;
  if (c < 0x2c00) {
    // Arrows, mathematical and technical symbols, shapes, dingbats; the circled and parenthesized digits and the
    // circled letters (①, ⓐ, ❶) are letters.
    return (c >= 0x2460 && c <= 0x249b) || (c >= 0x24b6 && c <= 0x24ff) || (c >= 0x2776 && c <= 0x2793) ? K_LETTER : K_SEPARATOR;
  }
  if (c >= 0xfe00 && c <= 0xfe0f) return K_INWORD;
  return c === 0xfeff ? K_INWORD : K_UNKNOWN;
}

/**
 * The kind of an astral code point: exact for the emoji and symbol blocks U+1F000–U+1FAFF, where the digits with a
 * comma or a stop and the squared and circled letters (🄁, 🅐, 🅰) are letters, and the rest (emoji, regional
 * indicators, skin tones) separators; unknown elsewhere.
 */
export function astralKind(cp: number): number {
  if (cp < 0x1f000 || cp > 0x1faff) return K_UNKNOWN;
  return (cp >= 0x1f100 && cp <= 0x1f10c) || (cp >= 0x1f130 && cp <= 0x1f189) ? K_LETTER : K_SEPARATOR;
}

/** unitKind below U+0700 (ASCII, Latin, the diacritics, Arabic: most of a post), looked up. */
const LOW_KINDS = Uint8Array.from({ length: 0x700 }, (_, c) => unitKind(c));

/**
 * Whether the text may hold a run of one-letter words, a quick look that spelledRuns takes before its own, in a loop
 * over the code units instead of a regex match per word (it is asked in every "maybe" post, and most have no run:
 * the match per word was about a third of such a post's reading). Never false where spelledRuns finds a run (the
 * property test holds it to that): a run is three words in a row of one letter or digit each, and nothing between
 * them has two letters together, so the look counts the one-letter pieces between separators, and each unit it does
 * not know, since such a unit may be a letter standing alone; two letters together start the count again.
 */
export function mayHoldSpelledRun(text: string): boolean {
  let count = 0;
  let letters = 0; // letters in the piece being read (units that stay in a word, none of them unknown or separator)
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < 0x700) k = LOW_KINDS[c]!;
    else if (c < 0xd800 || c > 0xdbff) k = unitKind(c);
    else {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d < 0xdc00 || d > 0xdfff) k = K_UNKNOWN;
      else {
        k = astralKind(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
      }
    }
    if (k === K_LETTER) letters++;
    else if (k !== K_INWORD) {
      if (letters === 1) count++;
      else if (letters > 1) count = 0;
      letters = 0;
      if (k === K_UNKNOWN) count++;
      if (count >= 3) return true;
    }
  }
  if (letters === 1) count++;
  return count >= 3;
}

/** The text's runs of one-letter words, read once for all of splitSpelledRuns's readings. */
export function spelledRuns(text: string): SpelledRun[] {
  return mayHoldSpelledRun(text) ? spelledRunsByRegex(text) : [];
}

/** spelledRuns without its quick look first (exported for the tests that hold the look to it). */
export function spelledRunsByRegex(text: string): SpelledRun[] {
  const runs: SpelledRun[] = [];
  let starts: number[] = [];
  let ends: number[] = [];
  let kinds: number[] = [];
  const tight = (i: number): boolean => i > 0 && i < starts.length && MARK_GAP.test(text.slice(ends[i - 1]!, starts[i]!));
  const push = (a: number, b: number, unjoined: boolean): void => {
    runs.push({ starts: starts.slice(a, b), ends: ends.slice(a, b), digits: unjoined });
  };
  // A stretch without digraphs: its segments between lone digits that no mark joins to a letter beside them ("il y a 5
  // ans", "4 x 4"), each a run when it has three words and no more digits than letters, two letters at least ("1.2.3" is
  // a number); else the runs of letters alone in it, which the fold joins.
  const letterSegment = (a: number, b: number): void => {
    let digits = 0;
    for (let i = a; i < b; i++) if (kinds[i] === DIGIT) digits++;
    if (digits > 0 && (b - a - digits < 2 || b - a - digits < digits)) {
      for (let i = a; i < b; i++) {
        if (kinds[i] === DIGIT) continue;
        let j = i;
        while (j < b && kinds[j] !== DIGIT) j++;
        if (j - i >= 3) push(i, j, false);
        i = j;
      }
    } else if (b - a >= 3) push(a, b, digits > 0);
  };
  // A segment: with a digraph joined by marks to the letters around it ("kh.i.l.a.f.a"), the whole segment is one run
  // when three one-letter words in a row are in it (what the prefilter answers "maybe" for) and digraphs are fewer
  // than the letters alone; else the stretches between its digraphs are read without them.
  const segment = (a: number, b: number): void => {
    let pairs = 0;
    let ones = 0;
    let row = 0;
    let best = 0;
    for (let i = a; i < b; i++) {
      if (kinds[i] === PAIR) pairs++;
      else if (kinds[i] === ONE) ones++;
      row = kinds[i] === ONE ? row + 1 : 0;
      if (row > best) best = row;
    }
    if (pairs === 0) return letterSegment(a, b);
    if (best >= 3 && pairs < ones && b - a - pairs - ones <= ones) {
      push(a, b, true);
      return;
    }
    let from = a;
    for (let i = a; i <= b; i++) {
      if (i < b && kinds[i] !== PAIR) continue;
      letterSegment(from, i);
      from = i + 1;
    }
  };
  const flush = () => {
    const n = starts.length;
    let a = 0;
    for (let i = 0; i < n; i++) {
      if (kinds[i] === PAIR) {
        // A digraph is in a run only where a mark joins it to a word beside it; a space before it starts a run there,
        // a space after it ends one ("to c.a.l.i.f.a.t", "c a l i f a t de": not theirs).
        const before = tight(i);
        const after = tight(i + 1);
        if (!before) {
          segment(a, i);
          a = after ? i : i + 1;
        }
        if (!after && a <= i) {
          segment(a, i + 1);
          a = i + 1;
        }
      } else if (kinds[i] === DIGIT && !tight(i) && !tight(i + 1)) {
        // A lone digit stays only where a mark joins it to a letter beside it.
        segment(a, i);
        a = i + 1;
      }
    }
    segment(a, n);
    if (n > 0) {
      starts = [];
      ends = [];
      kinds = [];
    }
  };
  FOLD_WORD.lastIndex = 0;
  for (let m = FOLD_WORD.exec(text); m !== null; m = FOLD_WORD.exec(text)) {
    // (A word of more than MAX_PIECE code units is none of these, nor is one SHORT_WORD turns down: most words are
    // settled by those two tests.)
    const w = m[0];
    const kind =
      w.length > MAX_PIECE || !SHORT_WORD.test(w) ? -1 : ONE_LETTER.test(w) ? ONE : LEET_DIGIT.test(w) ? DIGIT : TWO_LETTERS.test(w) ? PAIR : -1;
    if (kind < 0) {
      flush();
      continue;
    }
    kinds.push(kind);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  flush();
  return runs;
}

/**
 * The text with each run of one-letter words that the fold joins whole (rule 5 of lib/text/fold.ts: three or more, any
 * separators between them) read as the words it spells, where the run shows them apart by more than one space or
 * mark: punctuation, an apostrophe or an emoji ("h o n e s t l y, j a y s h" → "honestly, jaysh"; "l'c a l i f a t"
 * → "l'califat"), or spaces between words spelled with marks ("A-m-a-q a confirmé" → "Amaq a confirmé"). With
 * `edges`, a one-letter word at the start (EDGE_FIRST), the end (EDGE_LAST) or both ends of each word spelled with
 * single spaces is read apart too ("A s o l d i e r" → "A soldier", "c a l i f a t a frappé" → "califat a frappé"):
 * the run cannot tell that "a" from a letter of the word, so each is a reading of its own. Null when no run reads
 * otherwise than the fold (runs whose words are apart by whitespace alone are joinSpelledWords's). A second reading:
 * the fold's own still counts ("a m a q"). `runs` are spelledRuns(text), when the caller has them.
 */
export function splitSpelledRuns(text: string, edges: number, runs: readonly SpelledRun[] = spelledRuns(text)): Rewrite | null {
  let out: RewriteBuilder | null = null;
  for (const { starts, ends, digits } of runs) {
    const n = starts.length;
    const gap = (i: number): string => text.slice(ends[i - 1]!, starts[i]!);
    // Words spelled with marks are apart by spaces; words spelled with spaces, by anything else.
    let marked = false;
    for (let i = 1; i < n && !marked; i++) marked = MARK_GAP.test(gap(i));
    let words: [number, number][] = [];
    let from = 0;
    let punctuated = false;
    for (let i = 1; i < n; i++) {
      const g = gap(i);
      if (MARK_GAP.test(g) || (!marked && SPACE_GAP.test(g))) continue;
      words.push([from, i]);
      from = i;
      if (NOT_BLANK.test(g) || marked) punctuated = true;
    }
    words.push([from, n]);
    let edged = false;
    if (edges !== 0 && !marked) {
      const split: [number, number][] = [];
      for (const [first, b] of words) {
        let a = first;
        if ((edges & EDGE_FIRST) !== 0 && b - a >= MIN_EDGE_RUN && isEdgeWord(text.slice(starts[a]!, ends[a]!))) {
          split.push([a, a + 1]);
          a++;
          edged = true;
        }
        if (
          (edges & EDGE_LAST) !== 0 &&
          b - a >= MIN_EDGE_RUN &&
          (isEdgeWord(text.slice(starts[b - 1]!, ends[b - 1]!)) || isNumeroAt(text, starts[b - 1]!, ends[b - 1]!))
        ) {
          split.push([a, b - 1], [b - 1, b]);
          edged = true;
        } else split.push([a, b]);
      }
      words = split;
    }
    // Without edges: a run that the fold reads otherwise (words shown apart, or leet digits among the letters).
    if (!(edges !== 0 ? edged : punctuated || digits) || !words.some(([a, b]) => b - a >= 2)) continue;
    out ??= new RewriteBuilder(text);
    for (const [a, b] of words) for (let i = a + 1; i < b; i++) out.removeRange(ends[i - 1]!, starts[i]!);
  }
  return out === null ? null : out.finish();
}
