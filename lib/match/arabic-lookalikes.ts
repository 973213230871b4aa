// Arabic words written with characters that stand for other letters: a Latin letter, a digit or an '@' drawn like
// an Arabic letter or read as one in Arabizi ("الخلlفة", "ب1قية", "ب@قية", "أ3ماق", "ال7ياة", "الفر9ان", "وتتmدد"),
// and dotless letters (ٮ ٯ ڡ: "جٮود الحلاڡة"), the skeleton several letters share, which people write to slip past
// filters; in a word holding a dotless letter, every letter that shares its skeleton with others may stand for them
// too (ح for ج and خ, ر for ز…). The fold keeps such a word as it is, which no keyword spells. This module reads each
// such word as the keyword word of the same length whose letters agree with it (three at most: a pack's spelling
// variants, one reading each, as masked.ts fills in asterisks), and gives the post's text with those words filled in
// and a map back to the post (lib/match/rewrite.ts). The prefilter notes a word of another script than Latin holding
// a Latin letter or a digit (sawMixedArabic: "2024年" too, which this reading then passes over), or a dotless letter,
// which the fold tables flag as they flag a leet digit; words with dotless letters are read when the post holds one
// (`dotless`). An '@' is read between two Arabic letters only, where the prefilter answers "maybe" (as for any '@'
// inside a word), so the matcher asks this reading.
import { foldedText } from '../text/fold';
import { keywordWordIndex, type AutomatonArrays } from './automaton';
import { fillReadings, type Rewrite, type WordFill } from './rewrite';
import { isArabicFill as isFill, isArabicLetter } from '../text/arabic-chars';

/** Keyword words a word may fit and still be filled in, one reading each: a pack's spelling variants of one word. */
const MAX_FITS = 3;
/** Words read per post, at most (each is compared with the keyword words of its length). */
const MAX_WORDS = 32;
/** Longest word read (code units): no keyword word is longer. */
const MAX_WORD_UNITS = 40;
/** Fewest letters a word must have (folded): shorter ones fit too many words. */
const MIN_WORD = 4;
/** Fewest letters of the word written plainly (and more of them than of those standing for others). */
const MIN_SHOWN = 3;

/** Folded Arabic letters a Latin letter or a digit may stand for, inside an Arabic word. */
const INTRUDERS = new Map<number, readonly number[]>([
  [0x31, [0x627, 0x644]], // 1: alef, lam
  [0x661, [0x627, 0x644]], // Arabic-Indic 1
  [0x6c, [0x627, 0x644]], // l
  [0x49, [0x627, 0x644]], // I
  [0x32, [0x627]], // 2: hamza (on alef, folded to it)
  [0x33, [0x639]], // 3: ain
  [0x35, [0x62e]], // 5: khah
  [0x36, [0x637]], // 6: tah
  [0x37, [0x62d]], // 7: hah
  [0x38, [0x63a]], // 8: ghain
  [0x39, [0x642]], // 9: qaf
  [0x30, [0x648, 0x647]], // 0: waw, heh
  [0x6f, [0x648, 0x647]], // o
  [0x6d, [0x645]], // m: meem
  [0x40, [0x627]], // @: alef, between two Arabic letters only ("ب@قية"; not a mention's sign, "@محمد", nor an address)
]);

const AT = 0x40;
/** INTRUDERS's ASCII keys, for read()'s test of each character (a look in the map cost a Latin post more than its prefilter's pass did). */
const ASCII_INTRUDER = new Uint8Array(0x80);
for (const c of INTRUDERS.keys()) if (c < 0x80) ASCII_INTRUDER[c] = 1;
/** INTRUDERS.has(c), looked up. */
function isIntruder(c: number): boolean {
  return c < 0x80 ? ASCII_INTRUDER[c] === 1 : INTRUDERS.has(c);
}

/** Dotless letters: the letters each may stand for (folded). Not ں, an ordinary letter of Urdu and Punjabi. */
const DOTLESS = new Map<number, readonly number[]>([
  [0x66e, [0x628, 0x62a, 0x62b, 0x646, 0x64a]], // ٮ: beh, teh, theh, noon, yeh
  [0x66f, [0x642, 0x641]], // ٯ: qaf, feh
  [0x6a1, [0x641, 0x642]], // ڡ: feh, qaf
]);

/** In a word written dotless, the letters whose skeleton others share, and those (folded). */
const SKELETONS = new Map<number, readonly number[]>([
  [0x62d, [0x62d, 0x62c, 0x62e]], // ح: hah, jeem, khah
  [0x62f, [0x62f, 0x630]], // د: dal, thal
  [0x631, [0x631, 0x632]], // ر: reh, zain
  [0x633, [0x633, 0x634]], // س: seen, sheen
  [0x635, [0x635, 0x636]], // ص: sad, dad
  [0x637, [0x637, 0x638]], // ط: tah, zah
  [0x639, [0x639, 0x63a]], // ع: ain, ghain
]);

/** An ASCII or Arabic-Indic digit. */
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** Does the text hold a dotless letter? */
export function holdsDotless(text: string): boolean {
  return /[\u066e\u066f\u06a1]/.test(text);
}

export class ArabicLookalikes {
  constructor(private readonly automaton: AutomatonArrays) {}

  /**
   * Readings of the text with its Arabic words that hold a Latin letter or a digit standing for a letter filled in
   * where keyword words fit, and with `dotless` those holding a dotless letter too: none when none fits.
   */
  read(text: string, dotless = false): Rewrite[] {
    const fills: WordFill[] = [];
    const n = text.length;
    let read = 0;
    for (let i = 0; i < n && read < MAX_WORDS; i++) {
      const c = text.charCodeAt(i);
      if (c === AT || (!isArabicLetter(c) && !isIntruder(c))) continue;
      // The word: Arabic letters, what the fold drops, and the characters that may stand for a letter.
      let j = i;
      let arabic = 0;
      let standing = 0;
      let last = c;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isArabicLetter(d)) {
          arabic++;
          if (dotless && DOTLESS.has(d)) standing++;
        } else if (isIntruder(d) && (d !== AT || atBetweenLetters(text, j))) standing++;
        else if (!isFill(d)) break;
        if (!isFill(d)) last = d;
        j++;
      }
      const from = i;
      i = j - 1;
      // An Arabic word with a character standing for a letter; not one beside a Latin word or a number, nor one that
      // ends with a digit (a counter: "حساب2").
      if (arabic === 0 || standing === 0 || isDigit(last) || (from > 0 && isLatinOrDigit(text.charCodeAt(from - 1))) || (j < n && isLatinOrDigit(text.charCodeAt(j)))) continue;
      read++;
      if (j - from > MAX_WORD_UNITS) continue;
      const mask = this.maskOf(text, from, j, dotless);
      if (mask === null) continue;
      const words = this.fits(mask, foldedText(text.slice(from, j)));
      if (words.length > 0) fills.push({ at: from, end: j, words });
    }
    return fillReadings(text, fills);
  }

  /**
   * The word text[from, to) as a mask: each folded unit, or the units a character may stand for (with `dotless`, a
   * dotless letter's, and in a word holding one, a skeleton letter's); null when too few letters are written plainly.
   */
  private maskOf(text: string, from: number, to: number, dotless: boolean): (number | readonly number[])[] | null {
    let loosen = false;
    if (dotless) for (let k = from; k < to && !loosen; k++) loosen = DOTLESS.has(text.charCodeAt(k));
    const mask: (number | readonly number[])[] = [];
    let shown = 0; // letters written as letters (a skeleton letter too)
    let exact = 0; // letters that stand for themselves alone
    let standing = 0; // characters standing for a letter
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (isFill(c)) continue;
      const stands = INTRUDERS.get(c) ?? (dotless ? DOTLESS.get(c) : undefined);
      if (stands !== undefined) {
        mask.push(stands);
        standing++;
        continue;
      }
      const f = foldedText(text[k]!);
      for (let u = 0; u < f.length; u++) {
        const unit = f.charCodeAt(u);
        const skeleton = loosen ? SKELETONS.get(unit) : undefined;
        if (skeleton !== undefined) mask.push(skeleton);
        else {
          mask.push(unit);
          exact++;
        }
        shown++;
      }
    }
    // Two letters at least that stand for themselves alone: a word of skeleton letters would fit too many.
    if (mask.length < MIN_WORD || shown < MIN_SHOWN || shown <= standing || exact < 2) return null;
    return mask;
  }

  /**
   * The keyword words that agree with the mask, at most MAX_FITS; none when more do, or when the word as written (each
   * character standing for itself) is one of them.
   */
  private fits(mask: readonly (number | readonly number[])[], written: string): string[] {
    const words = keywordWordIndex(this.automaton).matchingAny(mask, MAX_FITS);
    return words.length > MAX_FITS || words.includes(written) ? [] : words;
  }
}

/** An '@' with an Arabic letter on each side: a letter's place in a word, not a mention's sign nor an address. */
function atBetweenLetters(text: string, j: number): boolean {
  return j > 0 && j + 1 < text.length && isArabicLetter(text.charCodeAt(j - 1)) && isArabicLetter(text.charCodeAt(j + 1));
}

/** A Latin letter or a digit next to the word: it is part of a Latin word or a number, not an Arabic word. */
function isLatinOrDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
