// Words split by an emoji ("Zucker💥berg", "Cali🔥phate", "زوكر🔥بيرغ"): the fold reads an emoji as a space
// (lib/text/fold-tables.ts, v3), so that "Sons 🔥 of 🔥 the Caliphate" keeps its words, and a word with an emoji
// inside it falls apart. This module gives the post's text with every emoji that sits between two letters left out,
// and a map back to the post (lib/match/rewrite.ts), so the matcher can read it a second time. The matcher asks only
// when the prefilter saw a letter, an emoji and a letter in a row (lib/match/prefilter.ts, emojiSplitsWord).
import { RewriteBuilder, type Rewrite } from './rewrite';

/**
 * An emoji between two letters: pictographs with their skin tones, variation selectors, joiners and keycap marks,
 * a letter (or its marks) right before, a letter right after.
 */
const SPLIT = /(?<=[\p{L}\p{M}])(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0E|\uFE0F|\u200D|\u20E3)+(?=\p{L})/gu;
/** A pictograph: the start of an emoji that may split a word. */
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
/** A letter (one code point). */
const LETTER = /^\p{L}$/u;
/** A cluster that holds an emoji (not only the marks that go with one). */
const HOLDS_EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}/u;

/** Whether a code point is a pictograph (an emoji, a dingbat such as ☠ or ❤). */
export function isPictograph(cp: number): boolean {
  return cp >= 0xa9 && PICTOGRAPH.test(String.fromCodePoint(cp));
}

/**
 * Whether the emoji that ends at `from` (its first code point read) is followed, past the rest of its cluster, by a
 * letter: the prefilter asks after a word, so that a letter, an emoji and a letter in a row make a post "maybe".
 */
export function emojiSplitsWord(input: string, from: number): boolean {
  for (let j = from; j < input.length; ) {
    const c = input.charCodeAt(j);
    if (c === 0xfe0e || c === 0xfe0f || c === 0x200d || c === 0x20e3) j++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const cp = input.codePointAt(j)!;
      if (!(cp >= 0x1f000 && cp <= 0x1faff)) return LETTER.test(String.fromCodePoint(cp));
      j += 2; // an emoji or a skin tone
    } else if (c >= 0x2190 && isPictograph(c)) j++;
    else return LETTER.test(input[j]!);
  }
  return false;
}

/** The text with the emoji inside words left out, or null when no emoji sits between two letters. */
export function joinEmojiSplitWords(text: string): Rewrite | null {
  const out = new RewriteBuilder(text);
  for (const m of text.matchAll(SPLIT)) {
    // A cluster of the marks alone (a variation selector between letters) is no emoji: the fold drops it already.
    if (!HOLDS_EMOJI.test(m[0])) continue;
    out.removeRange(m.index, m.index + m[0].length);
  }
  return out.finish();
}
