// Arabizi: Arabic written in Latin letters with digits for the sounds Latin lacks ("dawla 2islamiya ba9iya", "el
// 5ilafa", "sa7afi"). The fold reads such a word as it is, or, when its digits are all leet ones, as a leet word
// ("5ilafa" → "silafa"). This module gives the post's text with those words in the Latin transliteration that pack
// authors write ("islamiya baqiya", "khilafa", "sahafi"), with a map back to the post (lib/match/rewrite.ts), so the
// matcher can read it a second time. The prefilter notes a post holding one (lib/match/prefilter.ts, sawArabizi) with
// the same test (holdsArabizi).
import { digitWords, MEASURE } from './leet';
import { RewriteBuilder, type Rewrite } from './rewrite';

/** Letters and the digits Arabizi writes sounds with (0, 1 and 4 are leet or numbers, never Arabizi here). */
const ARABIZI_CHARS = /^[a-z2356789]+$/i;
/** Two digits in a row: a number or a code ("b52", "a380"), not a spelling. */
const DIGIT_PAIR = /[0-9][0-9]/;
/**
 * A name with a number after it ("mp3", "ps5", "amaq2": a handle's or a file's counter, even where Arabizi would read
 * a final hamza or ʿayn) and French ordinals ("3ieme"): left alone.
 */
const CODE = /^(?:[a-z]+[0-9]|[0-9]+i?eme)$/i;
const VOWEL = /^[aeiou]$/i;

/** The sound each Arabizi digit stands for: ء (2), خ (5), ط (6), ح (7), غ (8), ق (9); ع (3) in transliterate. */
const SOUND: Record<string, string> = { 2: '', 5: 'kh', 6: 't', 7: 'h', 8: 'gh', 9: 'q' };

/**
 * A word written in Arabizi: ASCII letters and Arabizi digits only, two letters at least, a digit at its start or
 * inside it, no two digits in a row, and neither a measure, a time nor a name with a number.
 */
export function isArabiziWord(word: string): boolean {
  if (!ARABIZI_CHARS.test(word) || DIGIT_PAIR.test(word) || MEASURE.test(word) || CODE.test(word)) return false;
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else letters++;
  }
  return letters >= 2 && digits > 0;
}

/**
 * The word in the Latin transliteration: 2 (hamza) is left out, 3 (ʿayn) too beside a vowel ("a3ma9" → "amaq",
 * "bay3a" → "baya") and is an 'a' between consonants ("b3d" → "bad").
 */
export function transliterate(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === '3') out += VOWEL.test(word[i - 1] ?? '') || VOWEL.test(word[i + 1] ?? '') ? '' : 'a';
    else out += SOUND[ch] ?? ch;
  }
  return out;
}

/**
 * Whether a piece of text (the prefilter's word, with the character before it and what closed it) holds an Arabizi
 * word: the prefilter's side of the test, as wide as spellArabizi's on the whole post or wider (past the piece's ends
 * it sees nothing).
 */
export function holdsArabizi(piece: string): boolean {
  return digitWords(piece, isArabiziWord).length > 0;
}

/**
 * A quick look at a word of the source [from, to) (the prefilter's: a run of word characters, which may hold
 * characters the fold drops) before holdsArabizi: false only where that test must say no, for words of ASCII letters
 * and digits with a digit that Arabizi does not use (0, 1, 4), two digits in a row, or too few letters: most link
 * codes ("t.co/cw60pj"), numbers and years.
 */
export function mayBeArabizi(text: string, from: number, to: number): boolean {
  let letters = 0;
  let digits = 0;
  let prevDigit = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (c === 0x30 || c === 0x31 || c === 0x34 || prevDigit) return false;
      digits++;
      prevDigit = true;
    } else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) {
      letters++;
      prevDigit = false;
    } else return true; // anything else: the whole test decides
  }
  return digits > 0 && letters >= 2;
}

/** The text with its Arabizi words in the Latin transliteration, or null when it holds none. */
export function spellArabizi(text: string): Rewrite | null {
  const words = digitWords(text, isArabiziWord); // whole runs of ASCII letters and digits, nothing touching
  if (words.length === 0) return null;
  const out = new RewriteBuilder(text);
  for (const [s, e] of words) out.replaceRange(s, e, transliterate(text.slice(s, e)));
  return out.finish();
}
