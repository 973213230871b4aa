// Arabic clitics written onto a word: the conjunctions و and ف, the prepositions ب and ل (ل before the article
// makes لل), and و with ل ("ولجاك"). A one-word Arabic spelling of an `all` pattern's term ("زوكربيرغ", "الأنصار",
// the word lists of names and nouns) is also a keyword with them ("وزوكربيرغ", "لزوكربيرغ", "للأنصار"), as forms of
// its slot (lib/match/matcher.ts). A one-word Arabic exclusion of four letters or more, or with the article, gets them
// in every pattern ("بالواجب" for "الواجب"): it only excuses. Phrases get no forms: their keywords are most of a pack,
// and the forms would multiply them by six. A phrase whose first word carries a clitic ("وسنحذف مواقعكم", "لمركز
// الحياة للإعلام", "فلستم في مستوانا") is found in a second reading instead (ArabicClitics.split), where the clitics
// stand apart from each word that, without them, is the first word of a keyword.

import { foldedText } from '../text/fold';
import { C_DROP, C_LETTER, C_MARK, fillBmp, TABLE } from '../text/fold-tables';
import { isArabicFill, isArabicLetter } from '../text/arabic-chars';
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
/** Words looked at per post, at most (each is folded and walked in the trie). */
const MAX_SPLITS_TRIED = 64;
/**
 * One of the clitics' letters where a word starts: at the text's start, or after anything that is neither an Arabic
 * letter or mark, nor a Latin letter or a digit, nor an invisible character (a letter written onto a Latin word or
 * inside a word is no clitic).
 */
const CLITIC_START = /(?:^|[^\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeffA-Za-z0-9\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff])[\u0628\u0641\u0644\u0648]/g;
/** Readings per post, at most (one per word split). */
const MAX_READINGS = 8;
/** Longest word looked at (code units): no keyword word is longer. */
const MAX_WORD_UNITS = 40;

/** The end of the Arabic word (letters and what the fold drops inside one) that starts at `i`. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (!isArabicLetter(c) && !isArabicFill(c)) break;
    j++;
  }
  return j;
}

/** Past what the fold drops inside a word, from `i`. */
function skipFill(text: string, i: number): number {
  while (i < text.length && isArabicFill(text.charCodeAt(i))) i++;
  return i;
}

/** The second reading of Arabic posts whose phrases may start on a word with a clitic written onto it. */
export class ArabicClitics {
  constructor(private readonly a: AutomatonArrays) {}

  /**
   * Readings of the text, one for each Arabic word that is, without its clitics (و or ف, then ب or ل), the first
   * word of a keyword: there the clitics stand apart ("وسنحذف" → "و سنحذف"; "لل" before a word gives back the
   * article's alef: "للدولة" → "ل الدولة"), each with a map back to the post. One word per reading: a phrase may hold
   * a word with a clitic further on ("مركز الحياة للإعلام"), which splitting too would break. Words that only begin
   * with one of those letters ("وكالة", "باقية", "لهيب") are left whole: without it they start no keyword.
   */
  split(text: string): Rewrite[] {
    const cuts: { at: number; article: boolean }[] = [];
    let tried = 0;
    // Word starts on one of the clitics' letters, found by the regex engine (a plain scan); the rest is read by hand.
    const starts = CLITIC_START;
    starts.lastIndex = 0;
    for (let m = starts.exec(text); m !== null; m = starts.exec(text)) {
      const i = m.index + m[0].length - 1;
      const c = text.charCodeAt(i);
      const end = wordEnd(text, i);
      starts.lastIndex = end;
      if (end - i > MAX_WORD_UNITS) continue;
      // Where the clitics may end: after و or ف, then after ب or ل; the longest split that leaves a keyword's first
      // word is taken ("وبيعة" is و + "بيعة" where no keyword starts with "يعة").
      let cut = 0;
      let k1 = i;
      if (c === WAW || c === FEH) {
        k1 = skipFill(text, i + 1);
        cut = 1;
      }
      const p = k1 < end ? text.charCodeAt(k1) : 0;
      const k2 = p === BEH || p === LAM ? skipFill(text, k1 + 1) : k1;
      if (k2 > k1 && k2 < end) cut = 2;
      for (let n = cut; n > 0 && tried < MAX_SPLITS_TRIED; n--) {
        const k = n === 2 ? k2 : k1;
        if (k === i) break; // ب or ل with no و or ف before it: nothing shorter to try
        tried++;
        // "لل" + word: the preposition before the article, whose alef is not written ("للدولة": ل + الدولة).
        const article = n === 2 && p === LAM && text.charCodeAt(k) === LAM;
        if (this.mayStartPhrase(text, k, end, article) && this.startsPhrase(foldedText(article ? `ا${text.slice(k, end)}` : text.slice(k, end)))) {
          if (cuts.length < MAX_READINGS) cuts.push({ at: k, article });
          break;
        }
      }
    }
    return cuts.map(({ at, article }) => {
      const out = new RewriteBuilder(text);
      out.insertAt(at, article ? ' ا' : ' ');
      return out.finish()!; // an insertion is an edit
    });
  }

  /**
   * Whether `word` (folded) is the first word of a keyword of several words: a space follows it in the trie. A keyword
   * of one word gets its clitic forms at compile (cliticForms), and a short one read inside a longer word would be
   * another word ("احد" in "واحد").
   */
  private startsPhrase(word: string): boolean {
    if (word.length < MIN_WORD) return false;
    const s = this.walk(word);
    return s !== 0 && childOf(this.a.firstChild, this.a.label, s, 32) !== 0;
  }

  /**
   * False where text[from, end) (after an unwritten alef with `article`) surely is no keyword's first word: its letters
   * folded one by one leave the trie, or it is too short. Words the tables fold otherwise (several atoms to a unit)
   * are left to startsPhrase, which folds the word whole: most words are ruled out here without a string made.
   */
  private mayStartPhrase(text: string, from: number, end: number, article: boolean): boolean {
    const { firstChild, label } = this.a;
    let s = article ? childOf(firstChild, label, 0, 0x627) : 0;
    if (article && s === 0) return false;
    let n = article ? 1 : 0;
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      let e = TABLE[c]!;
      if (e === 0) e = fillBmp(c);
      const cls = (e >>> 16) & 15;
      if (cls === C_DROP || cls === C_MARK) continue;
      if (cls !== C_LETTER) return true;
      s = childOf(firstChild, label, s, e & 0xffff);
      if (s === 0) return false;
      n++;
    }
    return n >= MIN_WORD;
  }

  /** The trie state after `word` from the root, or 0 where no keyword goes on with it. */
  private walk(word: string): number {
    const { firstChild, label } = this.a;
    let s = 0;
    for (let i = 0; i < word.length && (i === 0 || s !== 0); i++) s = childOf(firstChild, label, s, word.charCodeAt(i));
    return s;
  }
}
