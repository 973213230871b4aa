// Arabic clitics written onto a word: the conjunctions و and ف, the prepositions ب and ل (ل before the article
// makes لل), and و with ل ("ولجاك"). A one-word Arabic spelling of an `all` pattern's term ("زوكربيرغ", "الأنصار",
// the word lists of names and nouns) is also a keyword with them ("وزوكربيرغ", "لزوكربيرغ", "للأنصار"), as forms of
// its slot (lib/match/matcher.ts). A one-word Arabic exclusion of four letters or more, or with the article, gets them
// in every pattern ("بالواجب" for "الواجب"): it only excuses. Phrases get no forms: their keywords are most of a pack,
// and the forms would multiply them by six. A phrase whose first word carries a clitic ("وسنحذف مواقعكم", "لمركز
// الحياة للإعلام", "فلستم في مستوانا") is found in a second reading instead (ArabicClitics.split), which starts at a
// word that, without its clitics, is the first word of a keyword of several words.

import { C_DROP, C_LETTER, C_MARK, fillBmp, TABLE } from '../text/fold-tables';
import { isArabicFill } from '../text/arabic-chars';
import { childOf, type AutomatonArrays } from './automaton';
import { RewriteBuilder, type Rewrite } from './rewrite';

/** An Arabic letter (the alphabet's block, folded: no marks, no tatweel). */
const ARABIC_START = /^[\u0621-\u064a]/;
/** Fewest code units in a word that gets clitic forms ("جاك" has three). */
const MIN_WORD = 3;

/** The forms of a folded one-word Arabic spelling with a clitic written onto it; none for anything else. */
export function cliticForms(word: string): string[] {
  if (word.length < MIN_WORD || word.includes(' ') || !ARABIC_START.test(word)) return [];
  const out = [`و${word}`, `ف${word}`, `ب${word}`];
  if (word.startsWith('ال')) out.push(`لل${word.slice(2)}`, `ولل${word.slice(2)}`);
  else out.push(`ل${word}`, `ول${word}`);
  return out;
}

const WAW = 0x648;
const FEH = 0x641;
const BEH = 0x628;
const LAM = 0x644;
/** Words looked at per post, at most (each walked in the trie, its letters folded one by one). */
const MAX_SPLITS_TRIED = 64;
/**
 * One of the clitics' letters where a word starts: at the text's start, or after anything that is neither an Arabic
 * letter or mark, nor a Latin letter or a digit, nor an invisible character (a letter written onto a Latin word or
 * inside a word is no clitic).
 */
const CLITIC_START = /(?<![\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeffA-Za-z0-9\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff])[\u0628\u0641\u0644\u0648]/g;
/** Readings per post, at most (one per word split). */
const MAX_READINGS = 4;
/**
 * Code units a reading runs on past the split, to the next space: a keyword of several words and the words an `all`
 * pattern asks for within its reach (25 words is about 150–200 code units of Arabic).
 */
const WINDOW_UNITS = 300;
/** Longest word looked at (code units): no keyword word is longer. */
const MAX_WORD_UNITS = 40;

/** Past what the fold drops inside a word, from `i`. */
function skipFill(text: string, i: number): number {
  while (i < text.length && isArabicFill(text.charCodeAt(i))) i++;
  return i;
}

/** The second reading of Arabic posts whose phrases may start on a word with a clitic written onto it. */
export class ArabicClitics {
  /** `root`: the trie's dense root transitions (rootTable, as the scanner holds them). */
  constructor(
    private readonly a: AutomatonArrays,
    private readonly root: Uint16Array,
  ) {}

  /**
   * Readings of the text, one for each Arabic word that is, without its clitics (و or ف, then ب or ل), the first
   * word of a keyword of several words: each starts at that word without them ("وسنحذف مواقعكم" → "سنحذف مواقعكم";
   * "لل" before a word gives back the article's alef: "للدولة" → "الدولة") and runs on for WINDOW_UNITS, with a map
   * back to the post. One word per reading: a phrase may hold a word with a clitic further on ("مركز الحياة للإعلام"),
   * which splitting too would break. Words that only begin with one of those letters ("وكالة", "باقية", "لهيب") are
   * left whole: without it they start no keyword.
   */
  split(text: string): Rewrite[] {
    const cuts: { at: number; article: boolean }[] = [];
    // Word starts on one of the clitics' letters, found by the regex engine (it looks behind only where one of the four
    // letters is; test() makes no match objects).
    const starts = CLITIC_START;
    starts.lastIndex = 0;
    for (let tried = 0; tried < MAX_SPLITS_TRIED && cuts.length < MAX_READINGS && starts.test(text); tried++) {
      const i = starts.lastIndex - 1;
      const c = text.charCodeAt(i);
      // Where the clitics may end: after و or ف, then after ب or ل; the longest split that leaves a keyword's first
      // word is taken ("وبيعة" is و + "بيعة" where no keyword starts with "يعة").
      const k1 = c === WAW || c === FEH ? skipFill(text, i + 1) : i;
      const p = text.charCodeAt(k1);
      const k2 = p === BEH || p === LAM ? skipFill(text, k1 + 1) : k1;
      for (const k of k2 > k1 ? [k2, k1] : [k1]) {
        if (k === i) break; // ب or ل with no و or ف before it: nothing shorter to try
        // "لل" + word: the preposition before the article, whose alef is not written ("للدولة": ل + الدولة).
        const article = k === k2 && k2 > k1 && p === LAM && text.charCodeAt(k) === LAM;
        if (this.startsPhrase(text, k, article)) {
          cuts.push({ at: k, article });
          break;
        }
      }
    }
    return cuts.map(({ at, article }) => {
      // The reading starts at the word without its clitics and runs on a window's length to a space: the keyword it is
      // asked for starts there, and a post's other words are the first reading's.
      const out = new RewriteBuilder(text);
      out.removeRange(0, at);
      if (article) out.insertAt(at, 'ا');
      let end = at + WINDOW_UNITS;
      if (end < text.length) {
        const space = text.indexOf(' ', end);
        end = space < 0 ? text.length : space;
      }
      if (end < text.length) out.removeRange(end, text.length);
      return out.finish()!; // a removal is an edit
    });
  }

  /**
   * Whether the Arabic word at text[from] (after an unwritten alef with `article`), its letters folded one by one, is
   * the first word of a keyword of several words: a space follows it in the trie. A keyword of one word gets its
   * clitic forms at compile (cliticForms), and a short one read inside a longer word would be another word ("احد" in
   * "واحد"). Most words leave the trie within a letter or two.
   */
  private startsPhrase(text: string, from: number, article: boolean): boolean {
    const { firstChild, label } = this.a;
    let s = 0;
    let n = 0;
    if (article) {
      s = this.root[0x627]!;
      if (s === 0) return false;
      n = 1;
    }
    let i = from;
    for (; i < text.length && i - from <= MAX_WORD_UNITS; i++) {
      const c = text.charCodeAt(i);
      let e = TABLE[c]!;
      if (e === 0) e = fillBmp(c);
      const cls = (e >>> 16) & 15;
      if (cls === C_DROP || cls === C_MARK) continue;
      if (cls !== C_LETTER) break; // the word's end (a letter of another kind: a word the fold rewrites, no keyword's)
      s = n === 0 ? this.root[e & 0xffff]! : childOf(firstChild, label, s, e & 0xffff);
      if (s === 0) return false;
      n++;
    }
    return n >= MIN_WORD && i - from <= MAX_WORD_UNITS && childOf(firstChild, label, s, 32) !== 0;
  }
}
