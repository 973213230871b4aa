// Arabic words cut into pieces by marks or spaces, with tatweel beside them so the letters still look joined
// ("أبـ.ـنـ.ـاء", "أعـ-ـمـ-ـاق", "الخـ_ـلافـ_ـة", "أبـ ـنـاء", also with harakat or invisible characters in the gap), or
// by marks alone with no space ("الخ.لا.فة", "عش-رة", "مـ.ـشـ.ـر.فـ.ـي"): the fold drops tatweel but keeps the mark as
// a separator, so the prefilter and the scanner see pieces of two or three letters that no keyword spells. This module
// gives the post's text with those gaps left out ("أبـنـاء", "الخلافة") and a map back to the post
// (lib/match/rewrite.ts), so the matcher reads it a second time. Single letters joined by marks ("ج.ي.ش") are
// spaced.ts's; this reading takes gaps between pieces of any length. Only posts holding a tatweel, or where the
// prefilter saw an Arabic word and a mark with a word right after it (sawArabicJoin), are read again: a search for one
// character costs about 1 % of the prefilter, a regex over every post a quarter.

import { RewriteBuilder, type Rewrite } from './rewrite';

/** Arabic letters: the Arabic block's, the extended letters of Persian and Urdu, and the presentation forms. */
const LETTER = '[\\u0620-\\u063f\\u0641-\\u064a\\u066e-\\u066f\\u0671-\\u06d3\\u06d5\\u06fa-\\u06fc\\u06ff\\ufb50-\\ufdff\\ufe80-\\ufefc]';
/**
 * What the fold drops inside a word, around a tatweel or a gap: harakat and Quranic marks, invisible characters
 * (zero-width space, joiners, direction marks, word joiner, byte-order mark, soft hyphen).
 */
const FILL = '[\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e4\\u06e7\\u06e8\\u06ea-\\u06ed\\u200b-\\u200f\\u2060\\ufeff\\u00ad]';
/** FILL or a tatweel. */
const FILL_T = `[\\u0640${FILL.slice(1)}`;
/**
 * What cuts a word: dots (also the Arabic and fullwidth full stops), dashes, minus, underscore, middle dot, bullet,
 * asterisk, bar, slashes, tilde, plus, commas (Latin and Arabic), and spaces (also no-break): one to four of them.
 */
const CUT = '[-._\\u00b7\\u2022\\u2010-\\u2015\\u2212\\u06d4\\uff0e\\uff0d*|/\\\\~+,\\u060c \\u00a0]{1,4}';
/**
 * What cuts a word with no space: dots (also the Arabic and fullwidth full stops), dashes, minus, underscore, middle dot,
 * bullet; one to four of them. Not a comma, a slash or a space: "و/أو", "قال،ثم" are two words written close.
 */
const MARKS = '[-._\\u00b7\\u2022\\u2010-\\u2015\\u2212\\u06d4\\uff0e\\uff0d]{1,4}';
/** Tatweel (kashida), which draws out the join between two letters. */
const TATWEEL = '\u0640';

/**
 * A gap inside an Arabic word: what cuts it, with a tatweel on one side at least (a tatweel draws a letter's join to
 * the next letter, so no word ends or starts with one: "الاجتماع. وقال" and "د.أحمد" are left alone), and whatever
 * the fold drops around them; between two Arabic letters. The first tatweel is found by a run that cannot hold one,
 * so a long run of tatweels is read once, not tried at every split.
 */
const GAP_SOURCE =
  `(?<=${LETTER})(?:${FILL}*${TATWEEL}${FILL_T}*${CUT}${FILL_T}*|${FILL}*${CUT}${FILL}*${TATWEEL}${FILL_T}*)(?=${LETTER})`;
/** Also a gap: marks alone between two Arabic letters, no space ("الخ.لا.فة"). */
const MARKED_SOURCE = `${GAP_SOURCE}|(?<=${LETTER})${FILL}*${MARKS}${FILL}*(?=${LETTER})`;
// The classes list code points one by one (tatweel, harakat, joiners), each on its own: no combined character is meant.
// eslint-disable-next-line no-misleading-character-class
const HAS_GAP = new RegExp(GAP_SOURCE, 'u');
// eslint-disable-next-line no-misleading-character-class
const GAP = new RegExp(GAP_SOURCE, 'gu');
// eslint-disable-next-line no-misleading-character-class
const HAS_MARKED_GAP = new RegExp(MARKED_SOURCE, 'u');
// eslint-disable-next-line no-misleading-character-class
const MARKED_GAP = new RegExp(MARKED_SOURCE, 'gu');

/** Any Arabic letter (LETTER's ranges, without the u flag). */
const ANY_LETTER = new RegExp(LETTER);

/**
 * The text with the gaps inside Arabic words left out, or null when it holds none. Gaps of marks alone are read only
 * with `marked` (the prefilter saw an Arabic word, a mark and a word: sawArabicJoin); the rest only in a post holding
 * a tatweel.
 */
export function joinArabicPieces(text: string, marked = false): Rewrite | null {
  // Without a tatweel only marks can cut, and only between Arabic letters: a post with none skips the regex (a plain
  // class, which the regex engine scans fast).
  const tatweel = text.indexOf(TATWEEL) >= 0;
  if (!tatweel && (!marked || !ANY_LETTER.test(text))) return null;
  const [has, gap] = marked ? [HAS_MARKED_GAP, MARKED_GAP] : [HAS_GAP, GAP];
  if (!has.test(text)) return null;
  const out = new RewriteBuilder(text);
  for (const m of text.matchAll(gap)) out.removeRange(m.index, m.index + m[0].length);
  return out.finish();
}
