// Words split by an emoji ("Zucker💥berg", "Cali🔥phate", "زوكر🔥بيرغ"): the fold reads an emoji as a space
// (lib/text/fold-tables.ts, v3), so that "Sons 🔥 of 🔥 the Caliphate" keeps its words, and a word with an emoji
// inside it falls apart. This module gives the post's text with every emoji that sits between two letters left out,
// and a map back to the post (lib/match/rewrite.ts), so the matcher can read it a second time; and, for an emoji that
// stands for a letter, with each such emoji written as an asterisk, for the masked words' reading. The matcher asks only
// when the prefilter saw a word, an emoji and a letter in a row (lib/match/prefilter.ts, with emojiSplitsWord): one
// test, isSplittingEmoji, says what an emoji is on both sides. The scans are linear: a cluster is read once.
import { atomsOf, C_SEP, classOf, entryOf } from '../text/fold-tables';
import { RewriteBuilder, type Rewrite } from './rewrite';

/** A pictograph, a skin tone or a flag's letter. */
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator})$/u;
/** A letter (one code point). */
const LETTER = /^\p{L}$/u;
/** A mark (one code point): variation selectors are marks too. */
const MARK = /^\p{M}$/u;
/** BMP code points already tested (0: not yet, 1: an emoji that splits words, 2: not one). */
const BMP_SEEN = new Uint8Array(0x10000);

/**
 * Whether a code point is an emoji that splits a word: a pictograph, a skin tone or a flag's letter that the fold
 * reads as a separator (not ™, ℹ or 🅰, which it reads as letters).
 */
export function isSplittingEmoji(cp: number): boolean {
  if (cp < 0xa9) return false;
  if (cp <= 0xffff) {
    const seen = BMP_SEEN[cp]!;
    if (seen !== 0) return seen === 1;
    const yes = classOf(entryOf(cp)) === C_SEP && EMOJI.test(String.fromCharCode(cp));
    BMP_SEEN[cp] = yes ? 1 : 2;
    return yes;
  }
  if (cp < 0x1f000 || cp > 0x1ffff) return false;
  const atoms = atomsOf(cp);
  return atoms.length === 1 && classOf(atoms[0]!) === C_SEP && EMOJI.test(String.fromCodePoint(cp));
}

/**
 * Where the emoji cluster that goes on at `from` ends: more emoji, variation selectors, joiners, keycap marks and
 * tag characters (a subdivision flag's) are part of it.
 */
function clusterEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0xfe0e || c === 0xfe0f || c === 0x200d || c === 0x20e3) j++;
    else {
      const cp = text.codePointAt(j)!;
      if ((cp >= 0xe0020 && cp <= 0xe007f) || isSplittingEmoji(cp)) j += cp > 0xffff ? 2 : 1;
      else break;
    }
  }
  return j;
}

function letterAt(text: string, i: number): boolean {
  return i < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** A letter before `i`, past its marks. */
function letterBefore(text: string, i: number): boolean {
  let j = i;
  while (j > 0) {
    const lo = text.charCodeAt(j - 1);
    const start = lo >= 0xdc00 && lo <= 0xdfff && j >= 2 ? j - 2 : j - 1;
    const ch = String.fromCodePoint(text.codePointAt(start)!);
    if (LETTER.test(ch)) return true;
    if (!MARK.test(ch)) return false;
    j = start;
  }
  return false;
}

/**
 * Whether the emoji whose first code point ends at `from` is followed, past the rest of its cluster, by a letter:
 * the prefilter asks after a word, so that a word, an emoji and a letter in a row make a post "maybe".
 */
export function emojiSplitsWord(input: string, from: number): boolean {
  return letterAt(input, clusterEnd(input, from));
}

/** The text with the emoji inside words left out, or null when no emoji sits between two letters. */
export function joinEmojiSplitWords(text: string): Rewrite | null {
  return rewriteSplittingEmoji(text, null);
}

/**
 * The text with each emoji inside a word written as an asterisk, or null when no emoji sits between two letters: an
 * emoji may stand for a letter ("kh🖤lafa", "Zuck❤️rberg"), which the masked words' reading then fills in
 * (lib/match/masked.ts).
 */
export function maskEmojiLetters(text: string): Rewrite | null {
  return rewriteSplittingEmoji(text, '*');
}

/** The text with the emoji inside words left out (`by` null) or replaced by `by`; null when there is none. */
function rewriteSplittingEmoji(text: string, by: string | null): Rewrite | null {
  let out: RewriteBuilder | null = null;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0xa9) continue;
    const cp = text.codePointAt(i)!;
    if (!isSplittingEmoji(cp)) {
      if (cp > 0xffff) i++;
      continue;
    }
    const end = clusterEnd(text, i);
    if (letterAt(text, end) && letterBefore(text, i)) {
      out ??= new RewriteBuilder(text);
      if (by === null) out.removeRange(i, end);
      else out.replaceRange(i, end, by);
    }
    i = end - 1;
  }
  return out?.finish() ?? null;
}
