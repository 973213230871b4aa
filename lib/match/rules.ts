// Pattern rules applied to the automaton's hits: a phrase fires on its term, an `all` pattern needs every term
// (within N words when `within` is set), and an `unless` exclusion found anywhere in the post suppresses it, where
// the post writes it plainly (the caller says which hits are; lib/match/plain.ts).
// Works on the flat tables of the snapshot; allocates only when a post has hits.
import { C_SEP } from '../text/fold-tables';

export const KIND_PHRASE = 0;
export const KIND_ALL = 1;

/** Flat rule tables, stored in the snapshot buffer next to the automaton. */
export interface RuleArrays {
  /** Refs of keyword k are refs[kwRefStart[k], kwRefStart[k+1]). */
  kwRefStart: Int32Array;
  /** A term slot (>= 0), or -(p + 1) when the keyword is an exclusion of pattern p. */
  refs: Int32Array;
  /** Pattern of each term slot; pattern p's terms are slots [patTermBase[p], patTermBase[p] + patTermCount[p]). */
  slotPattern: Int32Array;
  patKind: Int32Array;
  patTermBase: Int32Array;
  patTermCount: Int32Array;
  /** Max distance in words between the starts of the first and last required hits; -1 when not set. */
  patWithin: Int32Array;
}

export interface RuleMatch {
  pattern: number;
  /** Indices of the hits (in the scanner's hit buffer) to show for this pattern, in scan order. */
  hits: number[];
}

const SEP = C_SEP;
const EMPTY: RuleMatch[] = [];

export class RuleEvaluator {
  private gen = 0;
  private readonly slotGen: Int32Array;
  private readonly patGen: Int32Array;
  private readonly patSeen: Int32Array;
  private readonly exclGen: Int32Array;
  private readonly patSlot: Int32Array;
  /** The patterns an exclusion of theirs was found for in the last evaluate(), each once. */
  readonly excluded: number[] = [];

  constructor(private readonly r: RuleArrays) {
    this.slotGen = new Int32Array(r.slotPattern.length);
    this.patGen = new Int32Array(r.patKind.length);
    this.patSeen = new Int32Array(r.patKind.length);
    this.exclGen = new Int32Array(r.patKind.length);
    this.patSlot = new Int32Array(r.patKind.length);
  }

  /**
   * The patterns that fire, in pattern order, given `count` hit triples (keyword, start, end) in H. `plain(h)` says
   * whether hit h is written plainly: an exclusion hit that is not excuses nothing (absent: every hit is).
   */
  evaluate(H: Int32Array, count: number, atoms: Int32Array, n: number, plain?: (h: number) => boolean): RuleMatch[] {
    const { kwRefStart, refs, slotPattern, patTermBase, patTermCount, patWithin } = this.r;
    if (++this.gen === 0x7fffffff) this.reset();
    const gen = this.gen;
    this.excluded.length = 0;
    // Per touched pattern: its hits and which of its terms each hit is.
    const touched: number[] = [];
    const hitsOf: number[][] = [];
    const termsOf: number[][] = [];
    for (let h = 0; h < count; h++) {
      const k = H[h * 3]!;
      // Whether this hit is written plainly, asked once per hit however many patterns exclude its keyword.
      let isPlain = -1;
      for (let x = kwRefStart[k]!, end = kwRefStart[k + 1]!; x < end; x++) {
        const ref = refs[x]!;
        if (ref < 0) {
          if (plain !== undefined && isPlain < 0) isPlain = plain(h) ? 1 : 0;
          if (isPlain === 0) continue;
          if (this.exclGen[-ref - 1] !== gen) this.excluded.push(-ref - 1);
          this.exclGen[-ref - 1] = gen;
          continue;
        }
        const p = slotPattern[ref]!;
        if (this.patGen[p] !== gen) {
          this.patGen[p] = gen;
          this.patSeen[p] = 0;
          this.patSlot[p] = touched.length;
          touched.push(p);
          hitsOf.push([]);
          termsOf.push([]);
        }
        const t = this.patSlot[p]!;
        hitsOf[t]!.push(h);
        termsOf[t]!.push(ref - patTermBase[p]!);
        if (this.slotGen[ref] !== gen) {
          this.slotGen[ref] = gen;
          this.patSeen[p]!++;
        }
      }
    }
    if (touched.length === 0) return EMPTY;
    const out: RuleMatch[] = [];
    let words: Int32Array | null = null;
    for (let t = 0; t < touched.length; t++) {
      const p = touched[t]!;
      if (this.exclGen[p] === gen || this.patSeen[p]! < patTermCount[p]!) continue;
      const within = patWithin[p]!;
      // One term (a phrase): every place it stands. Several terms with no distance: the closest set holding each once,
      // not every place of every term (a long article naming Facebook and Twitter twenty times is highlighted in four).
      if (within < 0 && patTermCount[p]! <= 1) {
        out.push({ pattern: p, hits: hitsOf[t]! });
        continue;
      }
      words ??= wordIndex(atoms, n);
      const best = closestWindow(hitsOf[t]!, termsOf[t]!, patTermCount[p]!, H, words, within < 0 ? Number.MAX_SAFE_INTEGER : within);
      if (best) out.push({ pattern: p, hits: best });
    }
    return out.length > 1 ? out.sort((a, b) => a.pattern - b.pattern) : out;
  }

  private reset(): void {
    this.gen = 1;
    this.slotGen.fill(0);
    this.patGen.fill(0);
    this.exclGen.fill(0);
  }
}

/** Word number of every folded position: the count of separators before it. */
function wordIndex(atoms: Int32Array, n: number): Int32Array {
  const w = new Int32Array(n + 1);
  let c = 0;
  for (let i = 0; i < n; i++) {
    w[i] = c;
    if (((atoms[i]! >>> 16) & 15) === SEP) c++;
  }
  w[n] = c;
  return w;
}

/**
 * The smallest set of consecutive hits (by word position) covering every term; returns its hit indices when the
 * distance between its first and last hit is at most `within` words, else null.
 */
function closestWindow(
  hits: number[],
  terms: number[],
  termCount: number,
  H: Int32Array,
  words: Int32Array,
  within: number,
): number[] | null {
  const order = hits.map((_, i) => i);
  const pos = hits.map((h) => words[H[h * 3 + 1]!]!);
  order.sort((a, b) => pos[a]! - pos[b]! || a - b);
  const have = new Int32Array(termCount);
  let covered = 0;
  let best = -1;
  let bestL = 0;
  let bestR = 0;
  let l = 0;
  for (let r = 0; r < order.length; r++) {
    if (have[terms[order[r]!]!]!++ === 0) covered++;
    while (covered === termCount) {
      const span = pos[order[r]!]! - pos[order[l]!]!;
      if (best < 0 || span < best) {
        best = span;
        bestL = l;
        bestR = r;
      }
      if (--have[terms[order[l]!]!]! === 0) covered--;
      l++;
    }
  }
  if (best < 0 || best > within) return null;
  return order
    .slice(bestL, bestR + 1)
    .map((i) => hits[i]!)
    .sort((a, b) => a - b);
}
