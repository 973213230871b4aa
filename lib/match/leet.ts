// Words written mostly in leet digits ("cl053", "0n3", "74k3", "C4l1ph473"): the fold reads leet digits as letters
// only in a word with no fewer letters than digits (lib/text/fold.ts, rule 3), so that numbers with a unit ("10k",
// "100m") and times ("15h30") stay numbers. And numbers written with the letter O for zero ("1O", "15O", "1O,OOO"),
// which the fold reads as leet words ("io"). This module gives the post's text with such words spelled in letters,
// and such numbers in digits, and a map back to the post (lib/match/rewrite.ts), so the matcher can read it a second
// time. The prefilter says "maybe" for a post holding one (lib/match/prefilter.ts, rewriteWord), with the same test
// (holdsHeavyLeet).
import { atomsOf, C_DROP, classOf, entryOf, WORD_CLASS } from '../text/fold-tables';
import { RewriteBuilder, type Rewrite } from './rewrite';

/** Digits: where a heavy leet word may be (a run of them, then the ASCII letters and digits around it). */
const DIGITS = /[0-9]+/g;
/**
 * What may not touch such a word: anything the fold keeps in a word or drops from one (letters, marks, digits,
 * invisible characters, tatweel), or a piece of a link or an address on either side (a short link's code,
 * "t.co/53og17", is no word).
 */
const NOT_BEFORE = /^[\p{L}\p{M}\p{N}\p{Default_Ignorable_Code_Point}\u0640/=&.:@]$/u;
const NOT_AFTER = /^[\p{L}\p{M}\p{N}\p{Default_Ignorable_Code_Point}\u0640/=&@]$/u;

/** Whether the fold reads a code point as part of a word or drops it (a circled ⓧ is a letter to it, not to \p{L}). */
function foldsIntoWord(cp: number): boolean {
  let cls: number;
  if (cp > 0xffff) {
    const atoms = atomsOf(cp);
    if (atoms.length === 0) return true;
    cls = classOf(atoms[0]!);
  } else cls = classOf(entryOf(cp));
  return cls === C_DROP || WORD_CLASS[cls] !== 0;
}

/** What may not touch a heavy leet word on one side: see NOT_BEFORE / NOT_AFTER. */
function touches(cp: number, not: RegExp): boolean {
  return not.test(String.fromCodePoint(cp)) || foldsIntoWord(cp);
}

/** A number with a unit ("10k", "100m", "5000km") or a time ("15h30", "7h05"): left as it is. */
export const MEASURE = /^(?:\d+[a-z]{1,3}|\d{1,2}h\d{2})$/i;
/** The letter each leet digit stands for (the fold's rule 3 table). */
const LEET: Record<string, string> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't' };

/**
 * A word the fold leaves as digits that leet reads as letters: ASCII letters and leet digits only, a letter at least,
 * fewer letters than digits (with as many or more, the fold spells it already), and no measure or time.
 */
export function isHeavyLeetWord(word: string): boolean {
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (LEET[word[i]!] === undefined) return false;
      digits++;
    } else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    else return false;
  }
  return letters > 0 && letters < digits && !MEASURE.test(word);
}

/**
 * A number written with the letter O for zero ("1O", "15O", "5OOO"): ASCII digits and the letter O only, both, and a
 * leet digit among the digits (the prefilter looks at words holding one: a word of other digits and O is left alone).
 */
export function isZeroLetterNumber(word: string): boolean {
  let os = 0;
  let leet = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x4f || c === 0x6f) os++;
    else if (c >= 0x30 && c <= 0x39) leet ||= LEET[word[i]!] !== undefined;
    else return false;
  }
  return os > 0 && leet;
}

/**
 * A number and its digit groups ("1O,OOO", "5 OOO", "10.000"): its first run, then "[,. ]" and three of [0-9Oo]. It
 * starts only where a number starts, so a long run of digits costs one pass, not one per digit.
 */
const NUMBER_GROUPS = /(?<![0-9A-Za-z])([0-9][0-9Oo]*)((?:[,.\u00a0\u202f ][0-9Oo]{3})+)(?![0-9A-Za-z])/g;

const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/**
 * The words of a text that `accept` takes among its whole runs of ASCII letters and digits holding a digit, with
 * nothing touching them (NOT_BEFORE, NOT_AFTER), as [start, end) pairs. Shared with the Arabizi reading (arabizi.ts).
 */
export function digitWords(text: string, accept: (word: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--;
    while (e < text.length && isAlnum(text.charCodeAt(e))) e++;
    DIGITS.lastIndex = e;
    if (s > 0) {
      const lo = text.charCodeAt(s - 1);
      const at = lo >= 0xdc00 && lo <= 0xdfff && s >= 2 ? s - 2 : s - 1;
      if (touches(text.codePointAt(at)!, NOT_BEFORE)) continue;
    }
    if (e < text.length) {
      if (touches(text.codePointAt(e)!, NOT_AFTER)) continue;
      if (text.charCodeAt(e) === 0x2e && e + 1 < text.length && isAlnum(text.charCodeAt(e + 1))) continue;
    }
    if (accept(text.slice(s, e))) out.push([s, e]);
  }
  return out;
}

const isHeavyLeetOrZeroNumber = (word: string): boolean => isZeroLetterNumber(word) || isHeavyLeetWord(word);

/** The heavy leet words of a text, as [start, end) pairs: whole runs of ASCII letters and digits, nothing touching. */
function heavyLeetWords(text: string): [number, number][] {
  return digitWords(text, isHeavyLeetOrZeroNumber);
}

/**
 * Whether a piece of text (the prefilter's word, with the character before it and what closed it) holds a heavy leet
 * word: the prefilter's side of the test, as wide as spellHeavyLeet's on the whole post or wider (past the piece's
 * ends it sees nothing).
 */
export function holdsHeavyLeet(piece: string): boolean {
  return heavyLeetWords(piece).length > 0;
}

/**
 * The text with its heavy leet words spelled in letters and its numbers written with O in digits, or null when it
 * holds neither. Where it holds one, the digit groups written with O after any number are read as digits too ("5 OOO"
 * beside "1O OOO", "1O,OOO").
 */
export function spellHeavyLeet(text: string): Rewrite | null {
  const words = heavyLeetWords(text);
  if (words.length === 0) return null;
  const pieces: [number, number, string][] = words.map(([s, e]) => {
    const word = text.slice(s, e);
    return [s, e, isZeroLetterNumber(word) ? word.replace(/[Oo]/g, '0') : word.replace(/[0-9]/g, (d) => LEET[d]!)];
  });
  NUMBER_GROUPS.lastIndex = 0;
  for (let m = NUMBER_GROUPS.exec(text); m !== null; m = NUMBER_GROUPS.exec(text)) {
    const groups = m[2]!;
    if (!/[Oo]/.test(groups)) continue;
    const from = m.index + m[1]!.length;
    pieces.push([from, from + groups.length, groups.replace(/[Oo]/g, '0')]);
  }
  pieces.sort((x, y) => x[0] - y[0]);
  const out = new RewriteBuilder(text);
  let end = 0;
  for (const [s, e, by] of pieces) {
    if (s < end) continue; // a number's group that is a word of its own too ("5 0O0"): read once, as digits
    out.replaceRange(s, e, by);
    end = e;
  }
  return out.finish();
}
