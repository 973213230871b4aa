// Arabic words written with characters that stand for other letters: a Latin letter or a digit drawn like an Arabic
// letter or read as one in Arabizi ("الخلlفة", "ب1قية", "أ3ماق", "ال7ياة", "الفر9ان", "وتتmدد"), and dotless letters
// (ٮ ٯ ڡ: "جٮود الحلاڡة"), the skeleton that several letters share, which people write to slip past filters; in a
// post holding one, every letter that shares its skeleton with others may stand for them (ح for ج and خ, ر for ز…).
// The fold keeps such a word as it is, which no keyword spells. This module reads each such word as the keyword word
// of the same length whose letters agree with it (three at most: a pack's spelling variants, one reading each, as
// masked.ts fills in asterisks), and gives the post's text with those words filled in and a map back to the post
// (lib/match/rewrite.ts). The prefilter notes an Arabic word holding a Latin letter or a digit (sawMixedArabic);
// dotless letters are read in its "maybe" posts.
import { foldedText } from '../text/fold';
import { keywordWordIndex, type AutomatonArrays } from './automaton';
import { RewriteBuilder, type Rewrite } from './rewrite';

/** Keyword words a word may fit and still be filled in, one reading each: a pack's spelling variants of one word. */
const MAX_FITS = 3;
/** Words read per post, at most (each is compared with the keyword words of its length). */
const MAX_WORDS = 32;
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
  [0x7c, [0x627, 0x644]], // |
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
]);

/** Dotless letters: the letters each may stand for (folded). */
const DOTLESS = new Map<number, readonly number[]>([
  [0x66e, [0x628, 0x62a, 0x62b, 0x646, 0x64a]], // ٮ: beh, teh, theh, noon, yeh
  [0x66f, [0x642, 0x641]], // ٯ: qaf, feh
  [0x6a1, [0x641, 0x642]], // ڡ: feh, qaf
  [0x6ba, [0x646]], // ں: noon
]);

/** In a post written dotless, the letters whose skeleton others share, and those (folded). */
const SKELETONS = new Map<number, readonly number[]>([
  [0x62d, [0x62d, 0x62c, 0x62e]], // ح: hah, jeem, khah
  [0x62f, [0x62f, 0x630]], // د: dal, thal
  [0x631, [0x631, 0x632]], // ر: reh, zain
  [0x633, [0x633, 0x634]], // س: seen, sheen
  [0x635, [0x635, 0x636]], // ص: sad, dad
  [0x637, [0x637, 0x638]], // ط: tah, zah
  [0x639, [0x639, 0x63a]], // ع: ain, ghain
  [0x647, [0x647]], // ه (ة folds to it)
]);

/** An Arabic letter of the Arabic block (what a word to read is made of, besides the characters standing for one). */
function isArabicLetter(c: number): boolean {
  return (c >= 0x620 && c <= 0x63f) || (c >= 0x641 && c <= 0x64a) || c === 0x66e || c === 0x66f || (c >= 0x671 && c <= 0x6d3) || c === 0x6d5;
}

/** What the fold drops inside a word: harakat, tatweel, invisible characters. */
function isFill(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x640 || c === 0x670 || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** Does the text hold a dotless letter? */
export function holdsDotless(text: string): boolean {
  return /[\u066e\u066f\u06a1\u06ba]/.test(text);
}

export class ArabicLookalikes {
  constructor(private readonly automaton: AutomatonArrays) {}

  /**
   * Readings of the text with its Arabic words that hold a character standing for a letter filled in where keyword
   * words fit: none when none fits. `dotless`: the post holds a dotless letter, so letters sharing a skeleton may stand
   * for one another in each word holding one, or a dotless letter, or a Latin letter or digit.
   */
  read(text: string, dotless = holdsDotless(text)): Rewrite[] {
    const fills: { at: number; end: number; words: string[] }[] = [];
    const n = text.length;
    let read = 0;
    for (let i = 0; i < n && read < MAX_WORDS; i++) {
      const c = text.charCodeAt(i);
      if (!isArabicLetter(c) && !INTRUDERS.has(c)) continue;
      // The word: Arabic letters, what the fold drops, and the characters that may stand for a letter.
      let j = i;
      let arabic = 0;
      let standing = 0;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isArabicLetter(d)) {
          arabic++;
          if (DOTLESS.has(d)) standing++;
        } else if (INTRUDERS.has(d)) standing++;
        else if (!isFill(d)) break;
        j++;
      }
      const from = i;
      i = j - 1;
      // Not an Arabic word with a character standing for a letter; nor a number or a Latin word beside one.
      if (arabic === 0 || (standing === 0 && !dotless) || (from > 0 && isWordBefore(text.charCodeAt(from - 1))) || (j < n && isWordBefore(text.charCodeAt(j)))) continue;
      const mask = this.maskOf(text, from, j, dotless);
      if (mask === null) continue;
      read++;
      const words = this.fits(mask, foldedText(text.slice(from, j)));
      if (words.length > 0) fills.push({ at: from, end: j, words });
    }
    const out: Rewrite[] = [];
    const k = Math.max(0, ...fills.map((f) => f.words.length));
    for (let r = 0; r < k; r++) {
      const b = new RewriteBuilder(text);
      for (const f of fills) b.replaceRange(f.at, f.end, f.words[Math.min(r, f.words.length - 1)]!);
      out.push(b.finish()!);
    }
    return out;
  }

  /**
   * The word text[from, to) as a mask: each folded unit, or the units a character may stand for (more than one, or
   * one other than itself); null when it holds none, or too few letters written plainly.
   */
  private maskOf(text: string, from: number, to: number, dotless: boolean): (number | readonly number[])[] | null {
    const mask: (number | readonly number[])[] = [];
    let shown = 0; // letters written as letters (a skeleton letter too)
    let standing = 0; // characters standing for a letter
    let loose = 0; // skeleton letters, in a post read as dotless
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (isFill(c)) continue;
      const stands = INTRUDERS.get(c) ?? DOTLESS.get(c);
      if (stands !== undefined) {
        mask.push(stands);
        standing++;
        continue;
      }
      const f = foldedText(text[k]!);
      for (let u = 0; u < f.length; u++) {
        const unit = f.charCodeAt(u);
        const skeleton = dotless ? SKELETONS.get(unit) : undefined;
        if (skeleton !== undefined && skeleton.length > 1) {
          mask.push(skeleton);
          loose++;
        } else mask.push(unit);
        shown++;
      }
    }
    if (standing + loose === 0 || mask.length < MIN_WORD || shown < MIN_SHOWN || shown <= standing) return null;
    return mask;
  }

  /**
   * The keyword words that agree with the mask, at most MAX_FITS; none when more do, or when the word as written (each
   * character standing for itself) is one of them.
   */
  private fits(mask: readonly (number | readonly number[])[], written: string): string[] {
    const index = keywordWordIndex(this.automaton);
    const plain = mask.map((m) => (typeof m === 'number' ? m : -1));
    const out: string[] = [];
    for (const w of index.matching(plain)) {
      if (w === written) return [];
      let ok = true;
      for (let u = 0; u < mask.length && ok; u++) {
        const m = mask[u]!;
        if (typeof m !== 'number') ok = m.includes(w.charCodeAt(u));
      }
      if (!ok) continue;
      out.push(w);
      if (out.length > MAX_FITS) return [];
    }
    return out;
  }
}

/** A Latin letter or digit next to the word: it is a Latin word or a number, not an Arabic one. */
function isWordBefore(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
