// Words masked with asterisks ("Z*ckerb*rg", "D*wla", "c*oisés"): the fold reads the asterisks as spaces, so the word
// falls apart. A masked word is read as the one keyword word of the same length whose letters agree with the ones
// shown, and the post is read a second time with those words filled in (lib/match/rewrite.ts). The keyword words of a
// length are gathered from the trie the first time a masked word of that length is read (one pass over its states:
// 3–9 ms with the bench's 10,000 patterns, about 20 ms with 50,000, in Node); a post without an asterisk costs one
// indexOf.
import { foldText } from '../text/fold';
import { keywordWordsOf, type AutomatonArrays } from './automaton';
import { RewriteBuilder, type Rewrite } from './rewrite';

/** A word with asterisks inside it: letters, marks or digits on both sides of each run of them. */
const MASKED = /[\p{L}\p{M}\p{N}]+(?:\*+[\p{L}\p{M}\p{N}]+)+/gu;
/** Fewest letters shown, and at least one more than the asterisks ("f**k" is not read: two letters shown). */
const MIN_SHOWN = 3;
/** Shortest keyword word a masked word may stand for. */
const MIN_WORD = 4;
/** Masked words read per post, at most: each is tested against the keyword words of its length (a hostile post of
 *  100,000 characters could hold 15,000 of them). */
const MAX_MASKED = 16;

export class MaskedWords {
  /** Keyword words by length, each length gathered the first time a masked word of that length is read. */
  private readonly words = new Map<number, string[]>();

  constructor(private readonly automaton: AutomatonArrays) {}

  /** The text with each masked word that stands for exactly one keyword word filled in, or null when none does. */
  unmask(text: string): Rewrite | null {
    if (text.indexOf('*') < 0) return null;
    let out: RewriteBuilder | null = null;
    let read = 0;
    for (const m of text.matchAll(MASKED)) {
      if (++read > MAX_MASKED) break;
      const word = this.wordFor(m[0]);
      if (word === null) continue;
      out ??= new RewriteBuilder(text);
      out.replaceRange(m.index, m.index + m[0].length, word);
    }
    return out?.finish() ?? null;
  }

  /** The one keyword word a masked word can stand for, or null. */
  private wordFor(masked: string): string | null {
    const parts = masked.split(/(\*+)/);
    let shown = 0;
    let hidden = 0;
    let source = '';
    for (const part of parts) {
      if (part.startsWith('*')) {
        hidden += part.length;
        source += `.{${part.length}}`;
        continue;
      }
      const folded = foldText(part).text;
      if (folded === '' || folded.includes(' ')) return null;
      shown += folded.length;
      source += folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    if (shown < MIN_SHOWN || shown <= hidden) return null;
    const re = new RegExp(`^${source}$`, 'u');
    let found: string | null = null;
    for (const w of this.ofLength(shown + hidden)) {
      if (!re.test(w)) continue;
      if (found !== null) return null; // two words fit: no guess
      found = w;
    }
    return found;
  }

  private ofLength(n: number): string[] {
    let list = this.words.get(n);
    if (!list) this.words.set(n, (list = n < MIN_WORD ? [] : [...keywordWordsOf(this.automaton, n)]));
    return list;
  }

}
