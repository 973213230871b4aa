// Regional indicator symbols used as letters ("🇮 🇸", "🇧 🇦 🇶 🇮 🇾 🇦"): two of them in a row are a flag (🇫🇷), so
// people who spell a word with them put a space or an invisible character between each. The fold reads them as
// symbols, which separate words; this module gives the post's text with each one standing alone (not part of a flag)
// written as its letter, and a map back to the post (lib/match/rewrite.ts), so the matcher can read it a second time
// (the fold then joins the spaced letters: rule 5 of lib/text/fold.ts). The prefilter notes a post holding a regional
// indicator (lib/match/prefilter.ts, sawRegional).
import { RewriteBuilder, type Rewrite } from './rewrite';

const FIRST = 0x1f1e6; // 🇦
const LAST = 0x1f1ff; // 🇿
/** High surrogate of every regional indicator. */
const HIGH = 0xd83c;

/** Is the code point a regional indicator symbol (🇦–🇿)? */
export const isRegionalIndicator = (cp: number): boolean => cp >= FIRST && cp <= LAST;

/** The regional indicator at text[i] (a surrogate pair), or -1. */
function regionalAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== HIGH) return -1;
  const cp = text.codePointAt(i)!;
  return isRegionalIndicator(cp) ? cp : -1;
}

/**
 * The text with its lone regional indicators written as the letters they show, or null when it holds none. In a run
 * of them with nothing between, they pair from the run's start as flags, as Unicode's text segmentation pairs them;
 * a run of odd length leaves its last one alone.
 */
export function spellRegionalLetters(text: string): Rewrite | null {
  let out: RewriteBuilder | null = null;
  for (let i = text.indexOf('\ud83c'); i >= 0 && i < text.length; ) {
    if (regionalAt(text, i) < 0) {
      i = text.indexOf('\ud83c', i + 1);
      continue;
    }
    let n = 0;
    let j = i;
    while (regionalAt(text, j) >= 0) {
      n++;
      j += 2;
    }
    if (n % 2 === 1) {
      const last = j - 2;
      out ??= new RewriteBuilder(text);
      out.replaceRange(last, j, String.fromCharCode(0x61 + regionalAt(text, last) - FIRST));
    }
    i = text.indexOf('\ud83c', j);
  }
  return out === null ? null : out.finish();
}
