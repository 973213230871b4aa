// Leet '1' read as 'l': the fold reads a leet '1' as 'i' ("k1ll" → "kill", lib/text/fold.ts rule 3), and writers use
// it for 'l' as often ("ca1ifat", "Daw1a", "khi1afa", "a1-Naba"). This module gives the post's text with the ones the
// fold read as 'i' written 'l', and a map back to the post (lib/match/rewrite.ts), so the matcher reads it a second
// time. The prefilter says "maybe" where a word so read may start or carry on a keyword (prefilter.ts, onesMayMatch).
import { foldInto, type FoldBuffer } from '../text/fold';
import { WORD_CLASS } from '../text/fold-tables';
import { RewriteBuilder, type Rewrite } from './rewrite';

const LATIN_I = 0x69;
const ONE = 0x31;
const SLASH = 0x2f;

/**
 * Whether the word starting at source index `wordStart` is a link's path ("t.co/x1ecsb"): it comes right after '/'.
 * Its ones are not read as 'l', here nor in the prefilter's "maybe" for this reading.
 */
export function inLinkPath(text: string, wordStart: number): boolean {
  return wordStart > 0 && text.charCodeAt(wordStart - 1) === SLASH;
}

/**
 * The text with every leet '1' the fold reads as 'i' written 'l', or null when it holds none. `folded`: the text's
 * fold when the caller has it at hand (the matcher, right after scanning the post), so it is not folded again.
 */
export function spellOnesAsL(text: string, folded?: FoldBuffer): Rewrite | null {
  if (!text.includes('1')) return null;
  const f = folded ?? foldInto(text);
  let out: RewriteBuilder | null = null;
  let wordFrom = 0; // source start of the word the atom k is in
  let inWord = false;
  for (let k = 0; k < f.length; k++) {
    const x = f.atoms[k]!;
    if (WORD_CLASS[(x >>> 16) & 15] === 0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      wordFrom = f.start[k]!;
    }
    if ((x & 0xffff) !== LATIN_I) continue;
    const s = f.start[k]!;
    const e = f.end[k]!;
    // The 'i' stands for ones only (a run of them collapsed: "c111f" → "cif"): an 'i' the post wrote, or a run
    // mixing 'i' and '1', is left alone.
    let ones = e > s;
    for (let j = s; ones && j < e; j++) ones = text.charCodeAt(j) === ONE;
    if (!ones) continue;
    if (inLinkPath(text, wordFrom)) continue;
    out ??= new RewriteBuilder(text);
    out.replaceRange(s, e, 'l'.repeat(e - s));
  }
  return out?.finish() ?? null;
}
