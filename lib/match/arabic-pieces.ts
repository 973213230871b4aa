// Arabic words cut into pieces by marks, with tatweel around them so the letters still look joined ("أبـ.ـنـ.ـاء",
// "أعـ-ـمـ-ـاق", "الخـ_ـلافـ_ـة", "أبـ ـنـاء"): the fold drops tatweel but keeps the mark as
// a separator, so the prefilter and the scanner see pieces of two or three letters that no keyword spells. This module
// gives the post's text with those gaps left out ("أبـنـاء") and a map back to the post (lib/match/rewrite.ts), so the
// matcher reads it a second time. Single letters joined by marks ("ج.ي.ش") are spaced.ts's; this reading takes gaps
// between pieces of any length. Only posts holding a tatweel are read again: a search for one character costs about
// 1 % of the prefilter, a regex over every post a quarter; and a dot between Arabic letters without one is mostly a
// missing space after a full stop ("الاجتماع.وقال").

import { RewriteBuilder, type Rewrite } from './rewrite';

/** Arabic letters (the Arabic block's letters, the extended letters of Persian and Urdu). */
const LETTER = '[\\u0620-\\u063f\\u0641-\\u064a\\u066e-\\u066f\\u0671-\\u06d3\\u06d5\\u06fa-\\u06fc\\u06ff]';
/** Harakat and Quranic marks written on a letter; at most three are looked behind (a long run is no word). */
const HARAKA = '[\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e4\\u06e7\\u06e8\\u06ea-\\u06ed]';
/** Marks that cut a word: dot, dashes, underscore, middle dot, bullet, asterisk, bar, slashes, tilde, plus. */
const MARK = '[-._\\u00b7\\u2022\\u2010-\\u2014*|/\\\\~+]';
/** Tatweel (kashida), which draws out the join between two letters. */
const TATWEEL = '\u0640';

/**
 * A gap inside an Arabic word: one to three marks with tatweel on either side or none (no space: "الاجتماع. وقال" is
 * two sentences), or one or two spaces with tatweel touching them ("أبـ ـنـاء", "الخلا ـفة": tatweel draws a letter's
 * join to the next one, so no word ends or starts with it). Between two Arabic letters, harakat allowed after the
 * first.
 */
const GAP_SOURCE = `(?<=${LETTER}${HARAKA}{0,3})(?:${TATWEEL}*${MARK}{1,3}${TATWEEL}*|${TATWEEL}+ {1,2}${TATWEEL}*| {1,2}${TATWEEL}+)(?=${LETTER})`;
const HAS_GAP = new RegExp(GAP_SOURCE, 'u');
const GAP = new RegExp(GAP_SOURCE, 'gu');

/** The text with the gaps inside Arabic words left out, or null when it holds none or no tatweel. */
export function joinArabicPieces(text: string): Rewrite | null {
  if (text.indexOf(TATWEEL) < 0 || !HAS_GAP.test(text)) return null;
  const out = new RewriteBuilder(text);
  for (const m of text.matchAll(GAP)) out.removeRange(m.index, m.index + m[0].length);
  return out.finish();
}
