// Words masked with asterisks ("Z*ckerb*rg", "D*wla", "c*oisés", "Arm*"): the fold reads the asterisks as spaces, so
// the word falls apart. A masked word is read as a keyword word of the same length whose letters agree with the ones
// shown (three at most: a pack's spelling variants; one, for a word of three letters with one asterisk: "n*t"), or as
// the letters shown alone when they are one (asterisks put in as decoration, "Zucker*berg"), and the post is read
// again with those words filled in (lib/match/rewrite.ts). The first masked word a page shows indexes where the
// keyword words end in the trie (one pass over its states: 6–13 ms with the bench's 10,000 patterns, 22–25 ms with
// 50,000, in Node); each masked word then costs a walk back from the ends of the words of its length. A post without
// an asterisk costs one indexOf.
import { foldedText } from '../text/fold';
import { keywordWordIndex, type KeywordWordIndex, type AutomatonArrays } from './automaton';
import { fillReadings, type Rewrite, type WordFill } from './rewrite';

/**
 * A word with asterisks inside it (letters, marks or digits on both sides of each run of them) or at its end
 * ("Arm*", "Dawl*"), the whole word: a match may not start or end inside one (without the lookbehind, each failed try
 * on a long word started again one character later, quadratic on a hostile post). A word starting with an asterisk
 * is left alone: "*word*" is emphasis.
 */
const MASKED = /(?<![\p{L}\p{M}\p{N}*])[\p{L}\p{M}\p{N}]+(?:(?:\*+[\p{L}\p{M}\p{N}]+)+\**|\*+)(?![\p{L}\p{M}\p{N}*])/gu;
/**
 * Words people mask out of politeness, in English and French: a masked word that may stand for one of them is not
 * filled in ("sh*t" fits "shut", a keyword word, and "shit").
 */
const DECOYS = [
  'shit', 'shits', 'fuck', 'fucks', 'fucking', 'fucked', 'damn', 'hell', 'crap', 'piss', 'dick', 'cock', 'cunt',
  'bitch', 'bitches', 'bastard', 'asshole', 'whore', 'slut', 'twat', 'wank', 'wanker', 'merde', 'putain', 'bordel',
  'connard', 'connasse', 'salope', 'salaud', 'enculé', 'encule', 'nique', 'niquer', 'chier', 'couilles', 'pute',
].map((w) => foldedText(w));
/** A letter, in a masked word that ends with asterisks. */
const LETTER = /\p{L}/u;
/** An asterisk that opens emphasis: at a word's start, after a space or the line's start. */
const OPENS_EMPHASIS = /(?:^|[^\p{L}\p{M}\p{N}*])\*+[\p{L}\p{N}]/u;
/**
 * Fewest letters shown, and at least one more than the asterisks ("f**k" is not read: two letters shown); a word of
 * three with one asterisk shows two ("n*t", "y*u": MIN_SHOWN_SHORT).
 */
const MIN_SHOWN = 3;
/**
 * Letters shown in a masked word of three code units with one asterisk ("you are n*t in our league"): it is filled in
 * only where a single keyword word fits it, since a word that short fits many ("n*t": net, not, nut).
 */
const MIN_SHOWN_SHORT = 2;
/** Shortest keyword word the letters shown alone may stand for (asterisks put in as decoration). */
const MIN_WORD = 4;
/** Masked words read per post, at most: each is tested against the keyword words of its length (a hostile post of
 *  100,000 characters could hold 15,000 of them). */
const MAX_MASKED = 16;
/** Keyword words a mask may fit and still be filled in, one reading each: a pack's spelling variants of one word. */
const MAX_FITS = 3;

export class MaskedWords {
  /** Where the keyword words end in the trie: built the first time a masked word is read. */
  private index: KeywordWordIndex | null = null;

  constructor(private readonly automaton: AutomatonArrays) {}

  /**
   * Readings of the text with its masked words filled in: none when no keyword word fits any of them. A mask that
   * fits a few keyword words (a pack's spelling variants: "z*ckerb*rg" fits zuckerberg and zuckerburg) gives one
   * reading per word, at most MAX_FITS; one that fits more is left as it is.
   */
  unmask(text: string): Rewrite[] {
    if (text.indexOf('*') < 0) return [];
    const masks: WordFill[] = [];
    let read = 0;
    for (const m of text.matchAll(MASKED)) {
      if (++read > MAX_MASKED) break;
      // Asterisks at a word's end mask letters, not a number's footnote or rating ("1000*", "5*"), nor the close of
      // emphasis opened earlier on the line ("*stay safe little brother*").
      if (m[0].endsWith('*') && (!LETTER.test(m[0]) || OPENS_EMPHASIS.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)))) continue;
      const words = this.wordsFor(m[0]);
      if (words.length > 0) masks.push({ at: m.index, end: m.index + m[0].length, words });
    }
    return fillReadings(text, masks);
  }

  /** The keyword words a masked word can stand for, at most MAX_FITS; none when more fit, or too little is shown. */
  private wordsFor(masked: string): string[] {
    const mask: number[] = [];
    let shown = 0;
    for (const part of masked.split(/(\*+)/)) {
      if (part === '') continue; // after asterisks that end the word
      if (part.startsWith('*')) {
        for (let i = 0; i < part.length; i++) mask.push(-1);
        continue;
      }
      const folded = foldedText(part);
      // What the fold drops (a hamza on the line, harakat: "أبن*ء" is "ابن*") stands for no letter.
      if (folded === '') continue;
      if (folded.includes(' ')) return [];
      shown += folded.length;
      for (let i = 0; i < folded.length; i++) mask.push(folded.charCodeAt(i));
    }
    const short = mask.length === 3 && shown === MIN_SHOWN_SHORT;
    if (!short && (shown < MIN_SHOWN || shown <= mask.length - shown)) return [];
    if (DECOYS.some((w) => fits(w, mask))) return [];
    this.index ??= keywordWordIndex(this.automaton); // words of three units or more: every mask is three or more long
    const limit = short ? 1 : MAX_FITS;
    const words = this.index.matching(mask, limit);
    if (words.length > limit) return [];
    if (short) return words;
    // Asterisks put inside a word as decoration ("حسـ*ـابا", "Zucker*berg") stand for no letter: the letters shown,
    // run together, are a keyword word.
    const shownOnly = mask.filter((c) => c !== -1);
    if (words.length < MAX_FITS && shownOnly.length >= MIN_WORD) {
      for (const w of this.index.matching(shownOnly, 1)) if (!words.includes(w)) words.push(w);
    }
    return words;
  }
}

/** Whether a word's code units agree with a mask (-1: any unit). */
function fits(word: string, mask: readonly number[]): boolean {
  if (word.length !== mask.length) return false;
  for (let i = 0; i < mask.length; i++) if (mask[i] !== -1 && mask[i] !== word.charCodeAt(i)) return false;
  return true;
}
