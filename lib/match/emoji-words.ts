// Emoji standing for a word ("Watch 🔥 of the Supporters", "« 🔥🔥 des partisans »", "إصدار 🔥 الأنصار", "a 💣 for
// your offices"): supporters' pages write some words in emoji code to slip past word filters (ISD, in Politico 2020:
// "weapon", "explosion", "rocket"). The fold reads an emoji as a space, so the phrase loses its word. This module gives
// the post's text with each such emoji written as the word it stands for, in the language of the words around it, and
// a map back to the post (lib/match/rewrite.ts), so the matcher can read it a second time. Only an emoji a word comes
// after is read so (one that ends a line starts no phrase); one between two letters splits a word instead
// (emoji-split.ts). The prefilter notes a post holding one (lib/match/prefilter.ts, sawEmojiWord).
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

/**
 * Does a hit found in this reading, at [start, end) of the post, rest on a drawn word alone: it holds one of these
 * emoji, and after the last of them fewer than two words and eight letters of the keyword follow? Such a hit does not
 * count: 🔥 says "hot" far more often than "flames" ("share your 🔥 playlists", "wait for the 🔥 drop", "يلا 🔥
 * الأنصار" for a club), so a drawn word counts only where a phrase goes on after it ("🔥 of the Supporters", "« 🔥🔥
 * des partisans »", "#🔥OfTheSupporters"), never as a word alone or at a phrase's end.
 */
export function drawnWordStandsAlone(post: string, start: number, end: number): boolean {
  let last = -1;
  for (let k = start; k < end; k++) {
    const cp = post.codePointAt(k)!;
    if (cp > 0xffff) {
      if (WORDS.has(cp)) last = k + 2;
      k++;
    }
  }
  if (last < 0) return false;
  const words = post.slice(last, end).match(WORD_RUN) ?? [];
  return words.length < 2 && words.join('').length < 8;
}

/** Words after a drawn word, for drawnWordStandsAlone. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** What may stand between such an emoji and the word after it: spaces, quotes, variation selectors, joiners. */
const BETWEEN = new Set([0x20, 0xa0, 0x22, 0x27, 0xab, 0xbb, 0x201c, 0x201d, 0x2018, 0x2019, 0xfe0f, 0xfe0e, 0x200d]);

/**
 * Does a word (a letter, a digit or a hashtag) come after source index `from`, past more of these emoji, spaces and
 * quotes, within a few characters? Only such an emoji is read as a word: one that ends a post or a line ("what a
 * derby 🔥") starts no phrase, and posts are full of them. The prefilter asks the same of each one it meets.
 */
export function wordAfterEmoji(text: string, from: number): boolean {
  for (let j = from; j < text.length && j < from + 16; ) {
    const cp = text.codePointAt(j)!;
    if (cp === 0x23 || isWordChar(cp)) return true;
    if (!BETWEEN.has(cp) && !WORDS.has(cp)) return false;
    j += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/** A letter or digit (one code point). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Arabic letters. */
const ARABIC = /^\p{Script=Arabic}$/u;
/** Words that tell French from English, as the posts write them (lower case, ASCII). */
const FRENCH = ['le', 'la', 'les', 'des', 'du', 'de', 'et', 'un', 'une', 'vous', 'nous', 'est', 'pas', 'que', 'qui', 'dans', 'pour', 'sur', 'avec', 'ce', 'cette', 'regardez', 'avant'];
const ENGLISH = ['the', 'of', 'and', 'a', 'to', 'you', 'we', 'is', 'are', 'not', 'that', 'this', 'in', 'for', 'on', 'with', 'your', 'our', 'watch', 'before'];
/** An ASCII word of up to six letters as a number (five bits a letter), or -1: read without making strings. */
const keyOf = (w: string): number => (w.length > 6 ? -1 : [...w].reduce((k, ch) => k * 32 + (ch.charCodeAt(0) - 96), 0));
/** Key → +1 (French) or -1 (English); longer words ("regardez") are left out of the guess. */
const LANGUAGE_WORDS = new Map<number, number>([
  ...FRENCH.filter((w) => w.length <= 6).map((w) => [keyOf(w), 1] as [number, number]),
  ...ENGLISH.filter((w) => w.length <= 6).map((w) => [keyOf(w), -1] as [number, number]),
]);

/** How far around the first such emoji the post's short words are counted for its language (code units each way). */
const LANGUAGE_SPAN = 160;

/** French where the text holds more of French's short words than of English's; English otherwise. */
function latinLanguage(text: string): 'en' | 'fr' {
  let score = 0;
  let key = 0;
  let len = 0; // letters of the word being read; -1: not an ASCII word of six letters or fewer
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 32 : 0;
    if (c >= 0x61 && c <= 0x7a && i < text.length) {
      if (len >= 0 && len < 6) {
        key = key * 32 + (c - 96);
        len++;
      } else len = -1;
      continue;
    }
    // Any other character ends the word (an accented letter makes it no ASCII word: "été" is not "t").
    if (len > 0 && (c < 0xc0 || i === text.length)) score += LANGUAGE_WORDS.get(key) ?? 0;
    key = 0;
    len = c >= 0xc0 && i < text.length ? -1 : 0;
  }
  return score > 0 ? 'fr' : 'en';
}

/** The code point before `i` (a surrogate pair read whole), or -1. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.codePointAt(i - 2)! : c;
}

/** Is the code point a letter or a digit (not -1)? */
export const isWordChar = (cp: number): boolean => cp >= 0 && WORD_CHAR.test(String.fromCodePoint(cp));
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

/** How far before the first and after the last emoji read as a word the reading goes (code units, to a word's edge). */
const READING_SPAN = 200;

/** A word's character: where a reading's edge must not fall. */
const IN_WORD = /[\p{L}\p{N}\p{M}\p{Cf}]/u;

/**
 * `at` moved forward (or back) to the nearest character outside any word, so that the reading's edge never cuts a
 * word ("cr|isis" would read "isis"); the text's edge when there is none within READING_SPAN.
 */
function toEdge(text: string, at: number, forward: boolean): number {
  for (let k = 0; k < READING_SPAN; k++) {
    const j = forward ? at + k : at - k;
    if (j <= 0) return 0;
    if (j >= text.length) return text.length;
    if (!IN_WORD.test(text[j]!)) return j;
  }
  return forward ? 0 : text.length;
}

/**
 * The text around the emoji that stand for words, each written as that word, or null when it holds none outside a
 * word. A run of the same emoji ("🔥🔥", with variation selectors) is one word; a letter or another such word touching
 * it gets a space between, except after '#', where the word joins the hashtag ("#🔥OfTheSupporters" →
 * "#flamesOfTheSupporters"). The reading keeps READING_SPAN code units on each side, cut at a space: a phrase the
 * word belongs to lies there, and a long post is not read again whole for an emoji in it.
 */
export function spellEmojiWords(text: string): Rewrite | null {
  const spots: { at: number; end: number; word: string; spaceBefore: boolean; spaceAfter: boolean }[] = [];
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
    // Between two letters: a word split by an emoji (emoji-split.ts), not a word of its own. Read only before a word.
    if (!(isWordChar(before) && isWordChar(after)) && wordAfterEmoji(text, j)) {
      const word = nearArabic(text, i, j)
        ? words.ar
        : words[(latin ??= latinLanguage(text.slice(Math.max(0, i - LANGUAGE_SPAN), j + LANGUAGE_SPAN)))];
      spots.push({ at: i, end: j, word, spaceBefore: isWordChar(before) || lastEnd === i, spaceAfter: isWordChar(after) && before !== 0x23 });
      lastEnd = j;
    }
    i = j;
  }
  if (spots.length === 0) return null;
  const out = new RewriteBuilder(text);
  const from = spots[0]!.at > READING_SPAN ? toEdge(text, spots[0]!.at - READING_SPAN, true) : 0;
  const last = spots[spots.length - 1]!.end;
  const to = text.length - last > READING_SPAN ? toEdge(text, last + READING_SPAN, false) : text.length;
  if (from > 0) out.removeRange(0, from);
  for (const x of spots) {
    // The spaces are pieces of their own: a span of the word maps to the emoji, not past it.
    if (x.spaceBefore) out.insertAt(x.at, ' ');
    out.replaceRange(x.at, x.end, x.word);
    if (x.spaceAfter) out.insertAt(x.end, ' ');
  }
  if (to < text.length) out.removeRange(to, text.length);
  return out.finish();
}
