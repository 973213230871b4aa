// Words spelled out letter by letter, two spaces or more between words ("i f  y o u  c l o s e  o n e  a c c o u n t"),
// or letters joined by a dash, a dot or an underscore and words by spaces ("L'a-r-m-é-e d-e-s f-i-l-s d-u c-a-l-i-f-a-t
// a parlé"): the fold joins a run of one-letter words into one word (rule 5 of lib/text/fold.ts), which only a
// keyword run together in full can match, and a one-letter word or an elision next to the run joins it too. This
// module gives the post's text with the spaces or marks inside each spelled-out word left out ("if  you  close",
// "L'armée des fils du califat a parlé") and a map back to the post (lib/match/rewrite.ts), so the matcher can read it
// a second time word by word. The matcher asks only when the prefilter found a run of one-letter words.
import { C_LATIN, C_LETTER, C_LETTER_KEEP, classOf, entryOf } from '../text/fold-tables';
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
 * A word spelled with a dash, a dot, an underscore or a middle dot between its letters ("d-u", "c.a.l.i.f.a.t"); a
 * letter with two marks at most (a letter with more is not read as spelled). Nothing the fold keeps in a word or
 * drops from one (an invisible character, tatweel) touches it: the fold would glue it to the next letters, and the
 * prefilter would see no run of one-letter words.
 */
const MARKED =
  /(?<![\p{L}\p{N}\p{M}\p{Default_Ignorable_Code_Point}\u0640])\p{L}\p{M}{0,2}(?:[-._\u00b7\u2022\u2010\u2011\u2013]\p{L}\p{M}{0,2})+(?![\p{L}\p{N}\p{M}\p{Default_Ignorable_Code_Point}\u0640])/gu;
/** The marks inside such a word. */
const MARKS = /[-._\u00b7\u2022\u2010\u2011\u2013]/g;
/**
 * Two marks with a letter between them (four code units at most: a letter outside the BMP and two marks in the BMP):
 * every spelled word of three letters or more holds this, but for letters with marks outside the BMP, which then are
 * not read as spelled.
 */
const MAY_BE_MARKED = /[-._\u00b7\u2022\u2010\u2011\u2013][^\s\-._\u00b7\u2022\u2010\u2011\u2013]{1,4}[-._\u00b7\u2022\u2010\u2011\u2013]/;
/** The letters of such a word (with their marks). */
const LETTERS = /\p{L}\p{M}*/gu;

/**
 * Whether a spelled word makes the prefilter's run of three one-letter words: three letters in a row that each fold
 * to one letter (œ folds to two, and breaks the run; a letter outside the BMP makes the prefilter ask anyway).
 */
function makesRun(word: string): boolean {
  let run = 0;
  for (const m of word.matchAll(LETTERS)) {
    const c = m[0].charCodeAt(0);
    let one = c >= 0xd800 && c <= 0xdbff;
    if (!one) {
      const cls = classOf(entryOf(c));
      one = cls === C_LATIN || cls === C_LETTER || cls === C_LETTER_KEEP;
    }
    run = one ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/**
 * The text with the words spelled with marks between their letters joined ("a-r-m-é-e" → "armée"), or null when none
 * makes a run of three one-letter words (the prefilter's: without one, it may not ask).
 */
export function joinMarkedLetters(text: string): Rewrite | null {
  // Most posts hold no mark, then something other than a space, then a mark: one quick search instead of the regex.
  if (!MAY_BE_MARKED.test(text)) return null;
  const words = [...text.matchAll(MARKED)];
  if (!words.some((m) => makesRun(m[0]))) return null;
  const out = new RewriteBuilder(text);
  for (const m of words) {
    for (const s of m[0].matchAll(MARKS)) out.removeRange(m.index + s.index, m.index + s.index + 1);
  }
  return out.finish();
}

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
