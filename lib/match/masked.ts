// Words masked with asterisks ("Z*ckerb*rg", "D*wla", "c*oisés"): the fold reads the asterisks as spaces, so the word
// falls apart. A masked word is read as the one keyword word of the same length whose letters agree with the ones
// shown, and the post is read a second time with those words filled in (lib/match/rewrite.ts). The keyword words are
// gathered from the trie the first time a masked word is read (one pass over its states); a post without an asterisk
// costs one indexOf.
import { foldText } from '../text/fold';
import { keywordWordsOf, type AutomatonArrays } from './automaton';
import { RewriteBuilder, type Rewrite } from './rewrite';

/**
 * A word with asterisks inside it: letters, marks or digits on both sides of each run of them, the whole word (a
 * match may not start or end inside one: without the lookbehind, each failed try on a long word started again one
 * character later, quadratic on a hostile post).
 */
const MASKED = /(?<![\p{L}\p{M}\p{N}*])[\p{L}\p{M}\p{N}]+(?:\*+[\p{L}\p{M}\p{N}]+)+(?![\p{L}\p{M}\p{N}*])/gu;
/**
 * Words people mask out of politeness, in English and French: a masked word that may stand for one of them is not
 * filled in ("sh*t" fits "shut", a keyword word, and "shit").
 */
const DECOYS = [
  'shit', 'shits', 'fuck', 'fucks', 'fucking', 'fucked', 'damn', 'hell', 'crap', 'piss', 'dick', 'cock', 'cunt',
  'bitch', 'bitches', 'bastard', 'asshole', 'whore', 'slut', 'twat', 'wank', 'wanker', 'merde', 'putain', 'bordel',
  'connard', 'connasse', 'salope', 'salaud', 'enculé', 'encule', 'nique', 'niquer', 'chier', 'couilles', 'pute',
].map((w) => foldText(w).text);
/** Fewest letters shown, and at least one more than the asterisks ("f**k" is not read: two letters shown). */
const MIN_SHOWN = 3;
/** Shortest keyword word a masked word may stand for. */
const MIN_WORD = 4;
/** Masked words read per post, at most: each is tested against the keyword words of its length (a hostile post of
 *  100,000 characters could hold 15,000 of them). */
const MAX_MASKED = 16;

export class MaskedWords {
  /** Keyword words of MIN_WORD code units or more, by length: gathered in one pass the first time they are needed. */
  private words: Map<number, string[]> | null = null;

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
    if (DECOYS.some((w) => re.test(w))) return null;
    let found: string | null = null;
    for (const w of this.ofLength(shown + hidden)) {
      if (!re.test(w)) continue;
      if (found !== null) return null; // two words fit: no guess
      found = w;
    }
    return found;
  }

  private ofLength(n: number): readonly string[] {
    if (this.words === null) {
      this.words = new Map();
      for (const w of keywordWordsOf(this.automaton, MIN_WORD)) {
        const list = this.words.get(w.length);
        if (list) list.push(w);
        else this.words.set(w.length, [w]);
      }
    }
    return this.words.get(n) ?? [];
  }


}
