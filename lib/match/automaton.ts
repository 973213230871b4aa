// The keyword automaton over folded UTF-16 code units: a trie of the folded keywords in flat typed arrays, and a
// filter of word-level hashes that decides where in a post the trie needs walking at all. Scanning reports every
// keyword occurrence whose neighbours are not word characters.
//
// A space inside a word of a keyword spelled by a pattern (not a run-together form) is skipped, once per word, when
// three word atoms or more stand on each side ("Cali phate", "Zucker berg", "الخل افة", "remain.ing and expand.ing"):
// splitAt marks the trie states where a skip may start, kwSplit the keywords a walk that skipped may report, and the
// filter holds the start hashes of the splits of a keyword's first two tokens.
//
// Why not Aho–Corasick (what this file held until the speed work): keywords are word-bounded, so an occurrence can
// only start where a word (or a symbol) starts. Walking the trie from such starts finds exactly the word-bounded
// occurrences (test/unit/fold-matcher.property.test.ts compares with a naive search), but reading the trie for
// nearly every character of a post was the scan's whole cost: random reads over a megabyte of arrays. So the scan
// first cuts the post into tokens (a run of word characters, or one other non-space character) and hashes each one
// as the characters stream by; it walks the trie only where a token, or a token and the next one, hash to a bit set
// in the filter by a keyword's first token or first two tokens. A stray bit costs one short walk, never a wrong
// answer: the walk decides. Measured in Chromium on the bench corpus (10,000 patterns): 6.5 → 3.8 µs per post for
// the scan alone, snapshot 2.15 → 1.40 MB.
//
// Layout
// ------
// States are numbered in breadth-first order of the keyword trie, built from the keywords sorted by code unit.
// Every state but the root has exactly one parent edge, so the edge into state t is stored *at t*, and the
// children of a state are consecutive states:
//
//   state:        0      1    2    3    4    5    6   ...        S-1
//                 root   ──── depth 1 ────   ──── depth 2 ──── ...
//   label[t]      -      'a'  'd'  'ج'  'm'  'b'  'a' ...   Uint16  code unit on the edge parent → t
//   firstChild[s] 1      4    6    ...                        Int32   children of s are [firstChild[s],
//                                                                     firstChild[s+1]), labels ascending
//   kwEnd[]                                                   Int32   bit set over states: a keyword ends at t
//   kwAt[r]                                                   Int32   the keyword ending at the r-th such state
//                                                                     (in state order; keywordAt finds r by rank)
//   kwLen[k]                                                  Int32   length of keyword k, in code units
//   splitAt[], kwSplit[]                                      Int32   bit sets over states and keywords (above)
//   filter[]                                                  Int32   Bloom filter of the keywords' start hashes:
//                                                                     two bits each (filterHas), a power-of-two
//                                                                     number of bits, ≥ 20 per start hash; a false
//                                                                     positive costs a short walk, never a miss
//
// Memory: 6.375 bytes per state (≈ one state per keyword code unit, less shared prefixes; 0.125 more for kwRank,
// built on load) + 8 per keyword + 2.5 to 5 per start hash for the filter (one or a few per keyword). A keyword id per
// state (Int32, -1 for most) took 4 bytes of every state: 1.27 MB of a 10,321-pattern snapshot's 4.45 MB, where a
// keyword ends at one state in 7.5.
import { foldInto } from '../text/fold';
import { C_SEP, WORD_CLASS } from '../text/fold-tables';

export interface AutomatonArrays {
  firstChild: Int32Array;
  label: Uint16Array;
  /** Bit s: a keyword ends exactly at state s (keywordAt). */
  kwEnd: Int32Array;
  /** The keywords ending at the states of kwEnd, in state order. */
  kwAt: Int32Array;
  /** Per word of kwEnd, the bits set in the words before it (kwRanks: built from kwEnd, never stored). */
  kwRank: Int32Array;
  kwLen: Int32Array;
  filter: Int32Array;
  /**
   * The start filter of the keywords the prefilter counts when asked for terms only (the patterns' anchor terms:
   * matcher.ts anchorKeywords); `filter` itself when every keyword counts.
   */
  anchorFilter: Int32Array;
  /** Bit k: keyword k counts in the prefilter's terms-only pass (every keyword, when built without anchors). */
  anchors: Int32Array;
  /** Bit s: the walk may skip a space after state s (a splittable keyword's word goes on with SPLIT_MIN or more). */
  splitAt: Int32Array;
  /** Bit k: keyword k may be found with a space inside one of its words (not a run-together form). */
  kwSplit: Int32Array;
}

/** Bit i of a bit set. */
export function bitOf(set: Int32Array, i: number): boolean {
  return ((set[i >>> 5]! >>> (i & 31)) & 1) !== 0;
}

/** Bits set in a 32-bit word. */
function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Per word of a bit set, the bits set in the words before it; the last entry is the bits set in all. */
export function kwRanks(kwEnd: Int32Array): Int32Array {
  const rank = new Int32Array(kwEnd.length + 1);
  for (let i = 0; i < kwEnd.length; i++) rank[i + 1] = rank[i]! + popcount(kwEnd[i]!);
  return rank;
}

/** The keyword ending exactly at state s, or -1. */
export function keywordAt(a: AutomatonArrays, s: number): number {
  const w = a.kwEnd[s >>> 5]!;
  const bit = 1 << (s & 31);
  if ((w & bit) === 0) return -1;
  return a.kwAt[a.kwRank[s >>> 5]! + popcount(w & ((bit - 1) | 0))]!;
}

/** Sets bit i of a bit set. */
function setBit(set: Int32Array, i: number): void {
  set[i >>> 5]! |= 1 << (i & 31);
}

/**
 * Builds the automaton of `keys`: unique, non-empty strings sorted by UTF-16 code unit. Keyword k is keys[k];
 * `splittable[k]` (default: every keyword) lets the walk find it with a space inside one of its words. `anchors`
 * (bit k: keyword k counts in the prefilter's terms-only pass) gets a start filter of its own; without it, or when it
 * holds every keyword, `anchorFilter` is `filter`.
 */
export function buildAutomaton(keys: readonly string[], splittable?: readonly boolean[], anchors?: Int32Array): AutomatonArrays {
  let total = 1;
  for (const k of keys) total += k.length;
  // Trie nodes in BFS order; node s covers keys [lo[s], hi[s]) that share its prefix of length depth[s].
  const lo = new Int32Array(total);
  const hi = new Int32Array(total);
  const depth = new Int32Array(total);
  const label = new Uint16Array(total);
  const kwEnd = new Int32Array((total + 31) >>> 5);
  const kwAt = new Int32Array(keys.length);
  let ends = 0;
  const firstChild = new Int32Array(total + 1);
  hi[0] = keys.length;
  let next = 1;
  for (let s = 0; s < next; s++) {
    let l = lo[s]!;
    const h = hi[s]!;
    const d = depth[s]!;
    firstChild[s] = next;
    if (l < h && keys[l]!.length === d) {
      // the key equal to the prefix sorts first
      setBit(kwEnd, s);
      kwAt[ends++] = l++;
    }
    while (l < h) {
      const c = keys[l]!.charCodeAt(d);
      let j = l + 1;
      while (j < h && keys[j]!.charCodeAt(d) === c) j++;
      label[next] = c;
      lo[next] = l;
      hi[next] = j;
      depth[next] = d + 1;
      next++;
      l = j;
    }
  }
  const S = next;
  firstChild[S] = S;

  const kwLen = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) kwLen[k] = keys[k]!.length;
  const endsOfS = kwEnd.slice(0, (S + 31) >>> 5);
  const arrays: AutomatonArrays = {
    firstChild: firstChild.slice(0, S + 1),
    label: label.slice(0, S),
    kwEnd: endsOfS,
    kwAt,
    kwRank: kwRanks(endsOfS),
    kwLen,
    filter: new Int32Array(0),
    anchorFilter: new Int32Array(0),
    anchors: anchors ?? new Int32Array((keys.length + 31) >>> 5).fill(-1),
    splitAt: new Int32Array((S + 31) >>> 5),
    kwSplit: new Int32Array((keys.length + 31) >>> 5),
  };
  const starts: number[] = [];
  const anchorStarts: number[] = [];
  let allAnchors = true;
  keys.forEach((key, k) => {
    const f = foldInto(key);
    let same = f.length === key.length;
    for (let i = 0; same && i < key.length; i++) same = (f.atoms[i]! & 0xffff) === key.charCodeAt(i);
    if (!same) throw new Error(`Keyword "${key}" is not folded text`); // compileMatcher refuses such terms
    const split = splittable?.[k] ?? true;
    const anchor = anchors === undefined || bitOf(anchors, k);
    allAnchors &&= anchor;
    for (const x of startHashes(f.atoms, f.length, WORD_CLASS, split)) {
      starts.push(x);
      if (anchor) anchorStarts.push(x);
    }
    if (!split) return;
    setBit(arrays.kwSplit, k);
    // The states after which a space may be skipped: SPLIT_MIN word atoms or more on each side, in one word.
    let s = 0;
    let run = 0; // word atoms before position d, in the current word
    for (let d = 0; d < key.length; d++) {
      s = childOf(arrays.firstChild, arrays.label, s, key.charCodeAt(d));
      run = WORD_CLASS[(f.atoms[d]! >>> 16) & 15] !== 0 ? run + 1 : 0;
      if (run < SPLIT_MIN) continue;
      let ahead = 0;
      while (ahead < SPLIT_MIN && d + 1 + ahead < key.length && WORD_CLASS[(f.atoms[d + 1 + ahead]! >>> 16) & 15] !== 0) ahead++;
      if (ahead === SPLIT_MIN) setBit(arrays.splitAt, s);
    }
  });
  arrays.filter = buildFilter(starts);
  // The anchors' own filter where it spares most walks: a pack of phrases has few keywords that are not anchors.
  arrays.anchorFilter =
    allAnchors || anchorStarts.length > starts.length * ANCHOR_SHARE_MAX ? arrays.filter : buildFilter(anchorStarts, ANCHOR_BITS_PER_KEY);
  return arrays;
}

// ---- the start filter ----

const SEP = C_SEP;
/**
 * Filter bits per start hash, at least (a keyword has one, and one per split of its first two words; the size is the
 * power of two above: 20 to 40 bits per start hash). It was 32
 * until run-together forms (matcher.ts) nearly doubled the keywords of a pack of phrases: the filter then doubled
 * too and its probes, one or two per token, left the processor's caches (50,000 patterns in Chromium: fold + match
 * 1.6× slower). At 20 the filters of the bench's packs keep their earlier size (10,000 patterns: 512 Kbit for
 * 17,997 keywords; 50,000: 2 Mbit for 89,178), and the posts the prefilter cannot rule out stay as few (149 of
 * 10,000, against 145 before the forms). The size follows the number of start hashes, split starts ("cali" "phate")
 * included: 45,390 for the 10,000-pattern pack, 1 Mbit. Kept at the keywords' size (512 Kbit), the filter held a bit
 * in 11 % of its places, stray walks went up 2.2× and the pass over the bench's posts took 10 % more than before the
 * split rule; at its own size, 3 % more (Node, both in one process, medians of 15 passes).
 */
const FILTER_BITS_PER_KEY = 20;
/** FNV-1a over a token's code units: start value and multiplier. */
export const H0 = 0x811c9dc5 | 0;
export const HM = 0x01000193;

/** Final mix of a token's running hash (every bit of it is used: the filter's two probes read low and high bits). */
export function finishHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/**
 * Is the start hash `x` in the filter? Each keyword sets two bits (a Bloom filter with k = 2): bit x & mask, and
 * the top bits of x times the golden ratio (`shift` = 32 − log2 of the filter's size in bits). A token that only
 * hits one bit no longer costs a walk (measured at 32 bits per keyword, with one bit per keyword: stray walks fell
 * from about 3 % of a post's tokens to about 0.4 %).
 */
export function filterHas(F: Int32Array, mask: number, shift: number, x: number): boolean {
  let b = x & mask;
  if (((F[b >>> 5]! >>> (b & 31)) & 1) === 0) return false;
  b = Math.imul(x, 0x9e3779b1) >>> shift;
  return ((F[b >>> 5]! >>> (b & 31)) & 1) !== 0;
}

/** Hash of two consecutive tokens. */
export function pairHash(a: number, b: number): number {
  // a and b are finished hashes already: one multiply keeps the pair's low bits (the first probe) and high bits
  // (the second) well spread.
  return Math.imul(a, 0x9e3779b1) ^ b;
}

/** Tokens of folded atoms: a run of word atoms, or one other atom that is not a separator. [start, end) pairs. */
function tokenSpans(atoms: Int32Array, n: number, W: Uint8Array, max: number): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < n && out.length < max) {
    const cls = (atoms[i]! >>> 16) & 15;
    if (cls === SEP) {
      i++;
      continue;
    }
    const start = i++;
    if (W[cls] !== 0) while (i < n && W[(atoms[i]! >>> 16) & 15] !== 0) i++;
    out.push([start, i]);
  }
  return out;
}

/**
 * The finished hash of atoms[from, to), as the scan computes a token's: a code unit equal to the one before it is
 * left out, so that a word with a letter doubled by mistake ("khilaffa") hashes as the keyword's does and the walk,
 * which may skip that letter (Scanner.walkOn), is tried.
 */
function hashOf(atoms: Int32Array, from: number, to: number): number {
  let h = H0;
  let prev = -1;
  for (let i = from; i < to; i++) {
    const u = atoms[i]! & 0xffff;
    if (u !== prev) h = Math.imul(h ^ u, HM);
    prev = u;
  }
  return finishHash(h);
}

/**
 * Code units on each side of a space the walk may skip inside a keyword's word ("Cali phate", "Zucker berg"), at
 * least. Fewer would join everyday pairs ("is is" into "isis", "al qaeda" is a spelling of its own); only words of
 * six or more can be split.
 */
export const SPLIT_MIN = 3;

/**
 * Word atoms of a keyword's word read before a letter written twice may be skipped ("khilaffa", "Zuckerrberg",
 * "الخلاافة"), at least. Fewer would read everyday words as others ("all" as "al", "off" as "of"). Runs of three or
 * more are folded to one letter already (fold.ts).
 */
export const DOUBLE_MIN = 3;

/**
 * The folded letters a slip may write twice (mayDouble): Latin consonants, and the Arabic letters of long vowels
 * (ا و ي), which Arabic never writes twice in a word's middle. Not Latin vowels: transliterations write long vowels
 * twice ("Furqaan", "Allaah", "Ansaar") and French feminines end in "ée" ("partagée" is not "partage"); not Arabic
 * consonants: a root with two equal letters is written with both ("تسددون" they pay, beside "تسدون" you close;
 * "نفتتح", "تمكننا"); not digits ("50000" is not "5000"); not ه, which a pronoun doubles ("وجهه").
 */
const DOUBLE_UNITS = new Uint8Array(0x64b);
for (const c of 'bcdfghjklmnpqrstvwxz\u0627\u0648\u064a') DOUBLE_UNITS[c.charCodeAt(0)] = 1;

/** May folded code unit `u`, written twice in a word, be a slip for one (DOUBLE_UNITS)? */
export function mayDouble(u: number): boolean {
  return u < 0x64b && DOUBLE_UNITS[u] === 1;
}

/** Word tokens of at least this length can be split once (2 × SPLIT_MIN). */
const SPLIT_WORD_MIN = 2 * SPLIT_MIN;

/**
 * The start hashes of a keyword: its first token's hash when it is one token, else the pair hash of its first two
 * tokens. A keyword occurring at a start in a post has the same tokens there (token edges are word edges, and the
 * keyword's edges are word edges in the post), so the scan finds its start hash at that start. A keyword whose first
 * or second token is a word the walk may split (SPLIT_MIN) also has the start hashes of each split: the two halves
 * of its first word ("cali" "phate"), or its first token and the first half of its second ("mark" "zucker").
 */
export function startHashes(atoms: Int32Array, n: number, W: Uint8Array, withSplits: boolean): number[] {
  const t = tokenSpans(atoms, n, W, 2);
  if (t.length === 0) return [];
  const [a0, a1] = t[0]!;
  const h0 = hashOf(atoms, a0, a1);
  const out = [t.length === 1 ? h0 : pairHash(h0, hashOf(atoms, t[1]![0], t[1]![1]))];
  if (!withSplits) return out;
  const splits = (from: number, to: number, hash: (p: number) => number): void => {
    if (to - from < SPLIT_WORD_MIN || W[(atoms[from]! >>> 16) & 15] === 0) return;
    for (let p = from + SPLIT_MIN; p <= to - SPLIT_MIN; p++) out.push(hash(p));
  };
  splits(a0, a1, (p) => pairHash(hashOf(atoms, a0, p), hashOf(atoms, p, a1)));
  if (t.length === 2) {
    const [b0, b1] = t[1]!;
    splits(b0, b1, (p) => pairHash(h0, hashOf(atoms, b0, p)));
  }
  return out;
}

/**
 * The anchors' filter (AutomatonArrays.anchorFilter) is built only when their start hashes are at most this share of
 * all: the bench's synthetic packs of phrases have 95 %, and a filter as large as the whole one for few skipped walks.
 * The default pack has 32 %, the default pack under the synthetic 10,000 patterns 66 %.
 */
const ANCHOR_SHARE_MAX = 0.75;
/**
 * Its bits per start hash: a stray bit costs a walk that fails, and the filter is extra memory in every tab (with the
 * synthetic 10,000 under the default pack: 128 KB at 10, 256 KB at 20).
 */
const ANCHOR_BITS_PER_KEY = 10;

/** The start filter of the keywords' start hashes (startHashes): two bits each. */
function buildFilter(starts: readonly number[], bitsPerKey = FILTER_BITS_PER_KEY): Int32Array {
  let bits = 1 << 10;
  while (bits < starts.length * bitsPerKey) bits *= 2;
  const set = new Int32Array(bits >>> 5);
  const mask = bits - 1;
  const shift = Math.clz32(mask);
  for (const x of starts) for (const b of [x & mask, Math.imul(x, 0x9e3779b1) >>> shift]) setBit(set, b);
  return set;
}

/**
 * Where each word of the trie's keywords (split at spaces) ends, by length, with every state's parent, so that words
 * can be compared with a mask without writing them all out. Built in one pass over the states in their breadth-first
 * order (a state's parent comes before it); for rare uses, not per post.
 */
export class KeywordWordIndex {
  private readonly parent: Int32Array;
  /** Length → the states where a word of that length ends (a keyword's end, or the state before a space). */
  private readonly ends = new Map<number, number[]>();

  constructor(
    private readonly a: AutomatonArrays,
    minLength: number,
  ) {
    const S = a.label.length;
    const parent = new Int32Array(S);
    const wordLen = new Int32Array(S); // code units of the current word up to and including state t's label
    const end = (s: number): void => {
      const n = wordLen[s]!;
      if (n < minLength) return;
      const list = this.ends.get(n);
      if (list) list.push(s);
      else this.ends.set(n, [s]);
    };
    for (let s = 0; s < S; s++) {
      for (let t = a.firstChild[s]!, last = a.firstChild[s + 1]!; t < last; t++) {
        parent[t] = s;
        if (a.label[t] === 32) {
          if (s !== 0) end(s); // a word ends before this space
        } else wordLen[t] = wordLen[s]! + 1;
      }
      if (s !== 0 && bitOf(a.kwEnd, s)) end(s); // a keyword ends here
    }
    this.parent = parent;
  }

  /** The distinct words whose last code unit passes `keep` (one walk back from each word's end). */
  wordsEndingWith(keep: (unit: number) => boolean): Set<string> {
    const out = new Set<string>();
    for (const [n, list] of this.ends) for (const s of list) if (keep(this.a.label[s]!)) out.add(this.wordAt(s, n));
    return out;
  }

  /** The lengths words have. */
  lengths(): number[] {
    return [...this.ends.keys()];
  }

  /**
   * The distinct words whose code units agree with `mask` (-1 where any unit will do), at most `limit` + 1 of them
   * (enough to tell "one" from "several").
   */
  matching(mask: readonly number[], limit = Infinity): string[] {
    return this.matchingAny(mask, limit);
  }

  /**
   * The distinct words whose code units each agree with `mask`: a unit, -1 for any, or a list of units any of which
   * will do; at most `limit` + 1 of them. A word is built only once it agrees (a mismatch is found walking back from
   * its end, most often at once).
   */
  matchingAny(mask: readonly (number | readonly number[])[], limit = Infinity): string[] {
    const out = new Set<string>();
    const n = mask.length;
    for (const s of this.ends.get(n) ?? []) {
      let t = s;
      let k = n - 1;
      for (; k >= 0; k--, t = this.parent[t]!) {
        const m = mask[k]!;
        const l = this.a.label[t]!;
        if (typeof m === 'number' ? m !== -1 && m !== l : !m.includes(l)) break;
      }
      if (k >= 0) continue;
      out.add(this.wordAt(s, n));
      if (out.size > limit) break;
    }
    return [...out];
  }

  /** The word of `n` code units that ends at state `s`. */
  private wordAt(s: number, n: number): string {
    const units: number[] = [];
    for (let u = s, m = 0; m < n; m++, u = this.parent[u]!) units.push(this.a.label[u]!);
    return String.fromCharCode(...units.reverse());
  }
}

/** Shortest word the shared index holds (keywordWordIndex). */
const SHARED_INDEX_MIN = 3;
const sharedIndexes = new WeakMap<AutomatonArrays, KeywordWordIndex>();

/**
 * The index of the keyword words of three code units or more, built the first time a reading asks for it and shared
 * by the readings of one automaton (masked words, Arabic words run together): it walks every state of the trie once.
 */
export function keywordWordIndex(a: AutomatonArrays): KeywordWordIndex {
  let index = sharedIndexes.get(a);
  if (index === undefined) {
    index = new KeywordWordIndex(a, SHARED_INDEX_MIN);
    sharedIndexes.set(a, index);
  }
  return index;
}

/** The child of state `s` on code unit `c`, or 0 (children are consecutive, labels ascending). */
export function childOf(firstChild: Int32Array, label: Uint16Array, s: number, c: number): number {
  let l = firstChild[s]!;
  let h = firstChild[s + 1]!;
  if (h - l <= 8) {
    for (; l < h; l++) if (label[l] === c) return l;
    return 0;
  }
  while (l < h) {
    const m = (l + h) >>> 1;
    const v = label[m]!;
    if (v === c) return m;
    if (v < c) l = m + 1;
    else h = m;
  }
  return 0;
}

/**
 * The dense root transition table. Its states fit 16 bits: the root's children are states 1 to n in breadth-first
 * order, one per code unit a keyword starts with (0: none), and folded text never holds the upper-case ASCII letters.
 * Half the size of an Int32 table (128 KB less of a tab's heap), read as fast.
 */
export function rootTable(firstChild: Int32Array, label: Uint16Array): Uint16Array {
  const root = new Uint16Array(0x10000);
  const end = firstChild[1] ?? 0;
  if (end > 0x10000) throw new Error('Matcher snapshot is damaged: its root has more children than there are code units');
  for (let t = firstChild[0]!; t < end; t++) root[label[t]!] = t;
  return root;
}

/**
 * Scanner over folded atoms (see lib/text/fold-tables.ts: code unit in the low 16 bits, class in bits 16–19).
 * Reports every keyword occurrence whose neighbours are not word characters, as (keyword, start, end) triples
 * ordered by end, then start (the order an Aho–Corasick scan reports them in).
 */
export class Scanner {
  /** Dense root transitions (rootTable). */
  readonly root: Uint16Array;
  private readonly mask: number;
  private readonly shift: number;
  /** Bit c set when class c is part of a word. */
  private readonly wordMask: number;
  private hits = new Int32Array(96);

  constructor(
    private readonly a: AutomatonArrays,
    /** 1 for classes that are part of a word. */
    private readonly wordClass: Uint8Array,
  ) {
    this.root = rootTable(a.firstChild, a.label);
    this.mask = a.filter.length * 32 - 1;
    this.shift = Math.clz32(this.mask);
    let wm = 0;
    for (let c = 0; c < 16; c++) if (wordClass[c]) wm |= 1 << c;
    this.wordMask = wm;
  }

  /** Hit triples of the last scan: [keyword, start, end) in folded code units. Valid until the next scan. */
  get hitBuffer(): Int32Array {
    return this.hits;
  }

  /** Scans atoms[0, n); returns the number of hits written to hitBuffer. */
  scan(atoms: Int32Array, n: number): number {
    const WM = this.wordMask;
    const F = this.a.filter;
    const mask = this.mask;
    const shift = this.shift;
    let count = 0;
    // The previous token: its start when an occurrence may start there (not right after a word atom), else -1.
    let pStart = -1;
    let pHash = 0;
    // The word token being read: its start (-1: none), running hash and last code unit (hashOf leaves out repeats).
    let ws = -1;
    let h = H0;
    let hu = -1;
    // One flat loop: word atoms only feed the hash; any other atom (or the end) closes the open word token, and
    // an atom that is not a separator is a token of its own. Each closed token settles the previous one: is it a
    // one-token keyword's start, or are the two the first two tokens of a longer keyword?
    for (let i = 0; i <= n; i++) {
      let x = 0;
      if (i < n) {
        x = atoms[i]!;
        if (((WM >>> ((x >>> 16) & 15)) & 1) !== 0) {
          if (ws < 0) ws = i;
          const u = x & 0xffff;
          if (u !== hu) h = Math.imul(h ^ u, HM);
          hu = u;
          continue;
        }
      }
      let afterWord = false;
      if (ws >= 0) {
        const t = finishHash(h);
        if (pStart >= 0 && this.mayStart(F, mask, shift, pHash, t)) count = this.walk(atoms, n, pStart, count);
        pStart = ws;
        pHash = t;
        ws = -1;
        h = H0;
        hu = -1;
        afterWord = true;
      }
      if (i < n && ((x >>> 16) & 15) !== SEP) {
        const t = finishHash(Math.imul(H0 ^ (x & 0xffff), HM));
        if (pStart >= 0 && this.mayStart(F, mask, shift, pHash, t)) count = this.walk(atoms, n, pStart, count);
        pStart = afterWord ? -1 : i;
        pHash = t;
      }
    }
    if (pStart >= 0) {
      if (filterHas(F, mask, shift, pHash)) count = this.walk(atoms, n, pStart, count);
    }
    if (count > 1) this.sortHits(count);
    return count;
  }

  /** Does a keyword's start hash match token `a` alone, or `a` followed by `b`? */
  private mayStart(F: Int32Array, mask: number, shift: number, a: number, b: number): boolean {
    return filterHas(F, mask, shift, a) || filterHas(F, mask, shift, pairHash(a, b));
  }

  /**
   * Walks the trie from `from`, recording every keyword that ends before a non-word atom (or the end). A space inside
   * a word of a splittable keyword is skipped, once per word, SPLIT_MIN word atoms or more on each side ("Cali phate",
   * "remain ing and expand ing").
   */
  private walk(atoms: Int32Array, n: number, from: number, count: number): number {
    const x = atoms[from]!;
    return this.walkOn(atoms, n, from, from, this.root[x & 0xffff]!, -1, this.wordClass[(x >>> 16) & 15] !== 0 ? 1 : 0, count);
  }

  /**
   * The walk from state `s`, which has read atoms[from, j]. `half`: -1 while no space was skipped; after a skip,
   * the word atoms read since it until that word of the keyword ends, then -2 (a later word may be split again).
   * `wd`: the word atoms of the keyword's current word read so far. A letter written twice where the keyword has it
   * once ("khilaffa", "الخلاافة") is skipped, DOUBLE_MIN word atoms or more into the word (not "all" for "al") and
   * before another word atom, when it is one of the letters mayDouble takes.
   */
  private walkOn(atoms: Int32Array, n: number, from: number, j: number, s: number, half: number, wd: number, count: number): number {
    const a = this.a;
    const { firstChild, label, splitAt, kwSplit } = a;
    const W = this.wordClass;
    while (s !== 0) {
      const k = keywordAt(a, s);
      j++;
      const atEnd = j >= n;
      const x = atEnd ? 0 : atoms[j]!;
      const word = !atEnd && W[(x >>> 16) & 15] !== 0;
      if (k >= 0 && !word && (half === -1 || ((half === -2 || half >= SPLIT_MIN) && bitOf(kwSplit, k)))) {
        if (count * 3 + 3 > this.hits.length) this.growHits();
        const H = this.hits;
        H[count * 3] = k;
        H[count * 3 + 1] = from;
        H[count * 3 + 2] = j;
        count++;
      }
      if (atEnd) break;
      if (word) {
        // The letter again, inside a word ("khilaffa", not "less" for "les"): the walk goes on without it too (the
        // keyword may have it twice: both are tried).
        const u = x & 0xffff;
        if (wd >= DOUBLE_MIN && u === (atoms[j - 1]! & 0xffff) && mayDouble(u) && j + 1 < n && W[(atoms[j + 1]! >>> 16) & 15] !== 0)
          count = this.walkOn(atoms, n, from, j, s, half, wd, count);
        wd++;
        if (half >= 0) half++;
      } else {
        // A split word ends here: the space just read is not one the same word of the keyword may skip again.
        const ended = half >= 0;
        if (ended) {
          if (half < SPLIT_MIN) break;
          half = -2;
        }
        if (!ended && ((x >>> 16) & 15) === SEP && bitOf(splitAt, s) && j + 1 < n && W[(atoms[j + 1]! >>> 16) & 15] !== 0) {
          const t = childOf(firstChild, label, s, atoms[j + 1]! & 0xffff);
          if (t !== 0) count = this.walkOn(atoms, n, from, j + 1, t, 1, wd + 1, count);
        }
        wd = 0;
      }
      s = childOf(firstChild, label, s, x & 0xffff);
    }
    return count;
  }

  /** Orders the hit triples by end, then start (insertion sort: a post has few hits). */
  private sortHits(count: number): void {
    const H = this.hits;
    for (let a = 1; a < count; a++) {
      const k = H[a * 3]!;
      const st = H[a * 3 + 1]!;
      const en = H[a * 3 + 2]!;
      let b = a - 1;
      while (b >= 0 && (H[b * 3 + 2]! > en || (H[b * 3 + 2] === en && H[b * 3 + 1]! > st))) {
        H[b * 3 + 3] = H[b * 3]!;
        H[b * 3 + 4] = H[b * 3 + 1]!;
        H[b * 3 + 5] = H[b * 3 + 2]!;
        b--;
      }
      H[b * 3 + 3] = k;
      H[b * 3 + 4] = st;
      H[b * 3 + 5] = en;
    }
  }

  private growHits(): void {
    const h = new Int32Array(this.hits.length * 2);
    h.set(this.hits);
    this.hits = h;
  }
}
