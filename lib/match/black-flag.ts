// The black standard written as an emoji: supporters close a slogan with it ("Baqiya 🏴", "B a q i y a h 🏴☝️"). The
// fold reads an emoji as a space, so the slogan loses its second word. This module gives the post's text with each
// lone black flag written as the words "black flag", and a map back to the post (lib/match/rewrite.ts), so the
// matcher reads it a second time: a pack decides where the flag may stand for a word by listing "black flag" in its
// phrases (the default pack: "baqiya" closed by the flag, never the flag anywhere near it). Read as the State's name
// wherever it stood, a first version flagged 6 of 200 ordinary posts with a flag ("dark mode forever 🏴", "Remaining
// and expanding 💪🏴 our third location", "our love for you remains 🏴"); and Shia mourning posts, which the flag
// closes too, say "baqiya" in Roman Urdu ("the rest": "Baqiya kaam kal karenge, aaj majlis hai 🏴"), so a pattern
// that reads it needs the flag right after the word and their words among its exclusions. Only beside a word in
// Latin script: an Arabic mourning post closes with it as well ("ثورة الحسين باقية 🏴", Hussein's revolution remains),
// and an Arabic post names the State in words anyway. Not the pirate flag (🏴 ZWJ ☠️) nor the flags of England,
// Scotland and Wales (🏴 and tag characters), nor a flag between two letters, which splits a word (emoji-split.ts).
// The prefilter notes a post holding a black flag (lib/match/prefilter.ts, sawBlackFlag).
import { codePointBefore, isWordChar } from './emoji-words';
import { RewriteBuilder, type Rewrite } from './rewrite';

/** 🏴 WAVING BLACK FLAG. */
export const BLACK_FLAG = 0x1f3f4;
/** Its high surrogate. */
const HIGH = '\ud83c';
/** What the flag is read as: the words a pack lists where the flag may stand for a word. */
export const BLACK_FLAG_WORDS = 'black flag';
/** How far from the flag a letter tells the script of the words beside it (code units each way). */
const NEAR = 24;

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Index `k` moved past the variation selectors there. */
function pastSelectors(text: string, k: number): number {
  while (text.charCodeAt(k) === 0xfe0f || text.charCodeAt(k) === 0xfe0e) k++;
  return k;
}

/** Does another flag start at `j` (🏴 with a ZWJ or tag characters after it: the pirate flag, England's…)? */
function sequenceAt(text: string, j: number): boolean {
  const k = pastSelectors(text, j + 2);
  const next = k < text.length ? text.codePointAt(k)! : -1;
  return next === 0x200d || (next >= 0xe0020 && next <= 0xe007f);
}

/** Is the nearest letter after `from` (forward) or before it (back), within NEAR code units, a Latin one? */
function latinNear(text: string, from: number, forward: boolean): boolean {
  for (let n = 0; n < NEAR; n++) {
    const k = forward ? from + n : from - 1 - n;
    if (k < 0 || k >= text.length) return false;
    const ch = text[k]!;
    if (LETTER.test(ch)) return LATIN.test(ch);
  }
  return false;
}

/**
 * The text with each lone black flag beside a Latin-script word written as "black flag", or null when it holds none.
 * A run of flags ("🏴🏴🏴", with variation selectors) is one; a letter touching it gets a space between.
 */
export function spellBlackFlags(text: string): Rewrite | null {
  let out: RewriteBuilder | null = null;
  for (let i = text.indexOf(HIGH); i >= 0; i = text.indexOf(HIGH, i)) {
    if (text.codePointAt(i) !== BLACK_FLAG || sequenceAt(text, i)) {
      i += 1;
      continue;
    }
    // The run of lone flags, with their variation selectors; it stops before a flag that starts another sequence.
    let j = i;
    while (j < text.length && text.codePointAt(j) === BLACK_FLAG && !sequenceAt(text, j)) {
      j = pastSelectors(text, j + 2);
    }
    const before = isWordChar(codePointBefore(text, i));
    const after = j < text.length && isWordChar(text.codePointAt(j)!);
    if (!(before && after) && (latinNear(text, i, false) || latinNear(text, j, true))) {
      out ??= new RewriteBuilder(text);
      // The spaces are pieces of their own: a span of the words maps to the flag, not past it.
      if (before) out.insertAt(i, ' ');
      out.replaceRange(i, j, BLACK_FLAG_WORDS);
      if (after) out.insertAt(j, ' ');
    }
    i = j;
  }
  return out === null ? null : out.finish();
}
