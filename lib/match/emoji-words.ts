// Emoji standing for a word ("Watch 🔥 of the Supporters", "« 🔥🔥 des partisans »", "إصدار 🔥 الأنصار", "a 💣 for
// your offices"): supporters' pages write some words in emoji code to slip past word filters (ISD, in Politico 2020:
// "weapon", "explosion", "rocket"). The fold reads an emoji as a space, so the phrase loses its word. This module gives
// the post's text with each such emoji written as the word it stands for, in the language of the words around it, and
// a map back to the post (lib/match/rewrite.ts), so the matcher can read it a second time. An emoji between two
// letters splits a word instead (emoji-split.ts) and is left alone here. The prefilter notes a post holding one of
// these emoji (lib/match/prefilter.ts, sawEmojiWord).
import { RewriteBuilder, type Rewrite } from './rewrite';

/** The words an emoji stands for, in English, French and Arabic. */
interface Words {
  readonly en: string;
  readonly fr: string;
  readonly ar: string;
}

/**
 * The emoji read as words: the weapons and blasts of emoji code, and the fire of the 2016 video's title ("Flames of
 * the Supporters", « Flammes des partisans », لهيب الأنصار). All are astral pictographs (high surrogate U+D83D).
 */
const WORDS: ReadonlyMap<number, Words> = new Map([
  [0x1f525, { en: 'flames', fr: 'flammes', ar: 'لهيب' }], // 🔥
  [0x1f4a5, { en: 'explosion', fr: 'explosion', ar: 'انفجار' }], // 💥
  [0x1f4a3, { en: 'bomb', fr: 'bombe', ar: 'قنبلة' }], // 💣
  [0x1f680, { en: 'rocket', fr: 'roquette', ar: 'صاروخ' }], // 🚀
  [0x1f52b, { en: 'weapon', fr: 'arme', ar: 'سلاح' }], // 🔫
  [0x1f52a, { en: 'knife', fr: 'couteau', ar: 'سكين' }], // 🔪
]);

/** The high surrogate of every emoji in WORDS. */
const HIGH = 0xd83d;

/** Is the code point an emoji this module reads as a word? (The prefilter asks it of each astral character.) */
export const isWordEmoji = (cp: number): boolean => WORDS.has(cp);

/** A letter or digit (one code point). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Arabic letters. */
const ARABIC = /^\p{Script=Arabic}$/u;
/** Words that tell French from English, as the posts write them (lower case). */
const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'un', 'une', 'vous', 'nous', 'est', 'pas', 'que', 'qui', 'dans', 'pour', 'sur', 'avec', 'ce', 'cette', 'regardez', 'avant']);
const ENGLISH = new Set(['the', 'of', 'and', 'a', 'to', 'you', 'we', 'is', 'are', 'not', 'that', 'this', 'in', 'for', 'on', 'with', 'your', 'our', 'watch', 'before']);
/** Words of a post, for the language guess. */
const LATIN_WORD = /\p{Script=Latin}+/gu;

/** French where the post holds more of French's short words than of English's; English otherwise. */
function latinLanguage(text: string): 'en' | 'fr' {
  let score = 0;
  for (const [w] of text.toLowerCase().matchAll(LATIN_WORD)) {
    if (FRENCH.has(w)) score++;
    else if (ENGLISH.has(w)) score--;
  }
  return score > 0 ? 'fr' : 'en';
}

/** The code point before `i` (a surrogate pair read whole), or -1. */
function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.codePointAt(i - 2)! : c;
}

const isWordChar = (cp: number): boolean => cp >= 0 && WORD_CHAR.test(String.fromCodePoint(cp));
const isArabic = (cp: number): boolean => cp >= 0 && ARABIC.test(String.fromCodePoint(cp));

/** The nearest letter before `i` and after `j`, past spaces and punctuation, within a few characters: Arabic or not. */
function nearArabic(text: string, i: number, j: number): boolean {
  for (let k = j; k < Math.min(text.length, j + 8); k++) {
    const cp = text.codePointAt(k)!;
    if (isWordChar(cp)) return isArabic(cp);
  }
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const cp = text.codePointAt(k)!;
    if (isWordChar(cp)) return isArabic(cp);
  }
  return false;
}

/**
 * The text with each emoji that stands for a word written as that word, or null when it holds none outside a word.
 * A run of the same emoji ("🔥🔥", with variation selectors) is one word; a letter or another such word touching it
 * gets a space between, except after '#', where the word joins the hashtag ("#🔥OfTheSupporters" → "#flamesOfTheSupporters").
 */
export function spellEmojiWords(text: string): Rewrite | null {
  let out: RewriteBuilder | null = null;
  let latin: 'en' | 'fr' | null = null;
  let lastEnd = -1; // where the last emoji written as a word ended: a word right after it gets a space between
  for (let i = text.indexOf('\ud83d'); i >= 0; i = text.indexOf('\ud83d', i)) {
    const cp = text.codePointAt(i)!;
    const words = WORDS.get(cp);
    if (words === undefined || text.charCodeAt(i) !== HIGH) {
      i += 1;
      continue;
    }
    // The run of this emoji, with its variation selectors.
    let j = i + 2;
    for (;;) {
      if (text.charCodeAt(j) === 0xfe0f || text.charCodeAt(j) === 0xfe0e) j++;
      else if (text.codePointAt(j) === cp) j += 2;
      else break;
    }
    const before = codePointBefore(text, i);
    const after = j < text.length ? text.codePointAt(j)! : -1;
    const hashtag = before === 0x23;
    // Between two letters: a word split by an emoji (emoji-split.ts), not a word of its own.
    if (!(isWordChar(before) && isWordChar(after))) {
      let word: string;
      if (nearArabic(text, i, j)) word = words.ar;
      else word = words[(latin ??= latinLanguage(text))];
      out ??= new RewriteBuilder(text);
      // The spaces are pieces of their own: a span of the word maps to the emoji, not past it.
      if (isWordChar(before) || lastEnd === i) out.insertAt(i, ' ');
      out.replaceRange(i, j, word);
      if (isWordChar(after) && !hashtag) out.insertAt(j, ' ');
      lastEnd = j;
    }
    i = j;
  }
  return out === null ? null : out.finish();
}
