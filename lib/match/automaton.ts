// The Aho–Corasick automaton over folded UTF-16 code units: building it from the folded keywords, scanning a
// folded post for word-bounded hits, and the flat typed-array layout that the matcher snapshot carries as is.
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
//   fail[t]       0      0    0    ...                        Int32   longest proper suffix that is a state
//   out[t]        0      ...                                  Int32   t if a keyword ends at t, else out[fail[t]]:
//                                                                     the first state of t's output chain (0: none)
//   kw[t]        -1      ...                                  Int32   keyword ending exactly at t, or -1
//   kwLen[k]                                                  Int32   length of keyword k, in code units
//
// The output chain of state s is out[s], out[fail[out[s]]], ... until 0: every keyword that ends at the current
// position, longest first. firstChild has S+1 entries (the last is S) so the child range of any s is one subtraction.
//
// Scanning keeps one dense table, root[c] = child of the root on code unit c (65,536 Int32, 256 KB), so most steps
// from the root cost one read; it is rebuilt from the root's children when a snapshot is loaded. Deeper states
// look their child up in label[] (linear for up to 8 children, binary search above).
//
// Memory: 18 bytes per state (≈ one state per keyword code unit, less shared prefixes) + 4 per keyword.

export interface AutomatonArrays {
  firstChild: Int32Array;
  label: Uint16Array;
  fail: Int32Array;
  out: Int32Array;
  kw: Int32Array;
  kwLen: Int32Array;
}

/** Builds the automaton of `keys`: unique, non-empty strings sorted by UTF-16 code unit. Keyword k is keys[k]. */
export function buildAutomaton(keys: readonly string[]): AutomatonArrays {
  let total = 1;
  for (const k of keys) total += k.length;
  // Trie nodes in BFS order; node s covers keys [lo[s], hi[s]) that share its prefix of length depth[s].
  const lo = new Int32Array(total);
  const hi = new Int32Array(total);
  const depth = new Int32Array(total);
  const label = new Uint16Array(total);
  const kw = new Int32Array(total).fill(-1);
  const firstChild = new Int32Array(total + 1);
  hi[0] = keys.length;
  let next = 1;
  for (let s = 0; s < next; s++) {
    let l = lo[s]!;
    const h = hi[s]!;
    const d = depth[s]!;
    firstChild[s] = next;
    if (l < h && keys[l]!.length === d) kw[s] = l++; // the key equal to the prefix sorts first
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

  const fc = firstChild.slice(0, S + 1);
  const lab = label.slice(0, S);
  const kws = kw.slice(0, S);
  const fail = new Int32Array(S);
  const out = new Int32Array(S);
  const root = rootTable(fc, lab);
  for (let s = 0; s < S; s++) {
    const end = fc[s + 1]!;
    for (let t = fc[s]!; t < end; t++) {
      let f = 0;
      if (s !== 0) {
        const c = lab[t]!;
        let g = fail[s]!;
        for (;;) {
          const n = g === 0 ? root[c]! : child(fc, lab, g, c);
          if (n !== 0) {
            f = n;
            break;
          }
          if (g === 0) break;
          g = fail[g]!;
        }
      }
      fail[t] = f;
      out[t] = kws[t]! >= 0 ? t : out[f]!;
    }
  }
  const kwLen = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) kwLen[k] = keys[k]!.length;
  return { firstChild: fc, label: lab, fail, out, kw: kws, kwLen };
}

/** The dense root transition table. */
export function rootTable(firstChild: Int32Array, label: Uint16Array): Int32Array {
  const root = new Int32Array(0x10000);
  const end = firstChild[1] ?? 0;
  for (let t = firstChild[0]!; t < end; t++) root[label[t]!] = t;
  return root;
}

/** The child of s on code unit c, or 0. */
function child(firstChild: Int32Array, label: Uint16Array, s: number, c: number): number {
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
 * Scanner over folded atoms (see lib/text/fold-tables.ts: code unit in the low 16 bits, class in bits 16–19).
 * Reports every keyword occurrence whose neighbours are not word characters, as (keyword, start, end) triples.
 */
export class Scanner {
  private readonly root: Int32Array;
  private hits = new Int32Array(96);

  constructor(
    private readonly a: AutomatonArrays,
    /** 1 for classes that are part of a word. */
    private readonly wordClass: Uint8Array,
  ) {
    this.root = rootTable(a.firstChild, a.label);
  }

  /** Hit triples of the last scan: [keyword, start, end) in folded code units. Valid until the next scan. */
  get hitBuffer(): Int32Array {
    return this.hits;
  }

  /** Scans atoms[0, n); returns the number of hits written to hitBuffer. */
  scan(atoms: Int32Array, n: number): number {
    const root = this.root;
    const { firstChild, label, fail, out, kw, kwLen } = this.a;
    const W = this.wordClass;
    let count = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const c = atoms[i]! & 0xffff;
      for (;;) {
        if (s === 0) {
          s = root[c]!;
          break;
        }
        let l = firstChild[s]!;
        let h = firstChild[s + 1]!;
        let found = 0;
        if (h - l <= 8) {
          for (; l < h; l++) {
            if (label[l] === c) {
              found = l;
              break;
            }
          }
        } else {
          while (l < h) {
            const m = (l + h) >>> 1;
            const v = label[m]!;
            if (v === c) {
              found = m;
              break;
            }
            if (v < c) l = m + 1;
            else h = m;
          }
        }
        if (found !== 0) {
          s = found;
          break;
        }
        s = fail[s]!;
      }
      let t = out[s]!;
      if (t === 0) continue;
      const after = i + 1 < n ? W[(atoms[i + 1]! >>> 16) & 15]! : 0;
      if (after !== 0) continue; // every keyword ending here ends inside a word
      do {
        const k = kw[t]!;
        const start = i + 1 - kwLen[k]!;
        if (start === 0 || W[(atoms[start - 1]! >>> 16) & 15] === 0) {
          if (count * 3 + 3 > this.hits.length) this.growHits();
          const H = this.hits;
          H[count * 3] = k;
          H[count * 3 + 1] = start;
          H[count * 3 + 2] = i + 1;
          count++;
        }
        t = out[fail[t]!]!;
      } while (t !== 0);
    }
    return count;
  }

  private growHits(): void {
    const h = new Int32Array(this.hits.length * 2);
    h.set(this.hits);
    this.hits = h;
  }
}
