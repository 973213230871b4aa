// Whether a stretch of a post is written plainly, for exclusions: an `unless` phrase excuses a post only where its
// author wrote it as anyone would ("ISIS", "selon", "داعش"), not through the evasions the fold undoes: "1S1S",
// "Isіs" with a Cyrillic і, invisible characters between the letters, "i.s.i.s", "𝐈𝐒𝐈𝐒", "🇩 🇦 🇪 🇸 🇭",
// "d🔥esh". News and research write their words plainly; a supporter who spells "ISIS" in leet is not quoting the
// news. Arabic decoration (tatweel, harakat) is plain writing: everyone uses it.
import { spellRegionalLetters } from './regional-letters';
import { isArabicLetter } from '../text/arabic-chars';

/**
 * A leet digit (0, 1, 4: o, i or l, a) between two letters, or a symbol touching one, standing for a letter ("1S1S",
 * "d4esh", "$elon", "i|s", "D*esh"). A name that ends in digits ("APT28", "covid19") is plain, and so is Arabizi,
 * whose digits are letters of its own (2, 3, 5, 7, 8, 9: "sa3a", "lo3ba", "7sab").
 */
const LETTER_STAND_IN = /\p{L}[014]\p{L}|\p{L}[@$€|!*]|[@$€|!*]\p{L}/u;
/** Invisible characters inside the stretch (soft hyphen, zero-width spaces and joiners, word joiner, BOM…). */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/u;
/** Letters restyled: fullwidth, mathematical, circled, small capitals, modifier letters. */
const STYLED =
  /[\uff21-\uff3a\uff41-\uff5a\u24b6-\u24e9\u1d00-\u1d2b\u1d43-\u1d5b\u02b0-\u02b8\u0262\u026a\u0274\u0280\u028f\u029c\u029f\ua730\ua731]|[\u{1d400}-\u{1d7ff}]|[\u{1f130}-\u{1f189}]/u;
/** An emoji between two letters, in a letter's place or splitting the word ("d🔥esh", "terr💥orist"). */
const EMOJI_IN_WORD = /\p{L}\p{M}*[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]+\p{L}/u;
/** Three or more letters standing alone in a row, one character apart ("i.s.i.s", "d a e c h"). */
const SPELLED_OUT = /(?<![\p{L}\p{M}])\p{L}[^\p{L}\p{M}\p{N}]{1,3}\p{L}[^\p{L}\p{M}\p{N}]{1,3}\p{L}(?![\p{L}\p{M}])/u;
const LATIN = /\p{Script=Latin}/u;
/** Scripts whose letters pass for Latin ones. */
const LOOKALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

/**
 * Words of two letters or more, Latin (ASCII) or Arabic (isArabicLetter, no marks), one space apart: none of the
 * evasions above can be in them, and most exclusions' hits are such ("game", "according to", "المباراة"). Settled
 * without the regexes, which took about 6 % of matching a post with the default pack installed.
 */
function plainWords(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const l = c | 0x20;
    if ((l >= 0x61 && l <= 0x7a) || isArabicLetter(c)) letters++;
    else if (c === 0x20 && letters >= 2) letters = 0;
    else return false;
  }
  return letters >= 2;
}

/** True when `s` (the original words of one hit) shows none of the evasions above. */
export function writtenPlainly(s: string): boolean {
  return plainWords(s) || showsNoEvasion(s);
}

/** writtenPlainly by the regexes alone (exported for the test that holds plainWords to them). */
export function showsNoEvasion(s: string): boolean {
  if (INVISIBLE.test(s) || STYLED.test(s) || LETTER_STAND_IN.test(s) || SPELLED_OUT.test(s) || EMOJI_IN_WORD.test(s)) return false;
  // Regional indicators standing alone are letters ("🇩 🇦 🇪 🇸 🇭"); two in a row are a flag.
  if (spellRegionalLetters(s) !== null) return false;
  return !(LATIN.test(s) && LOOKALIKE.test(s));
}
