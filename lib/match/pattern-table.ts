// The per-pattern fields a matcher's results carry (id, name, pack, category, severity, context) and the data of its
// two rare rules (the quoted term, the words a phrase may open its clause after), held compactly for as long as the
// matcher lives: ids and names as UTF-8 in one byte array, the repeated fields as numbers into one list of their
// distinct values, the rare rules only for the patterns that have them. MatcherMeta's lists, the form snapshots
// travel in, gave each of 10,321 patterns an id and a name string of its own and eight list entries: 0.91 MB of a
// tab's heap in the page bench, where this holds about 0.5 MB. Fields are read only when a post is flagged.
//
// The UTF-8 is written here, not with TextEncoder: one encodeInto per string cost 1.4 µs in Chromium (100,000 ids and
// names: 143 ms, a long task in a tab taking a 50,000-pattern pack) where this loop took 22 ms for the same strings.
// A table is built part by part (PatternTableBuilder) as a large snapshot's metadata arrives, one part per task.
import type { Category, Severity } from '../types';
import type { MatcherMeta } from './matcher';

const decoder = new TextDecoder();
/**
 * Ids and names decoded lately, kept: a flagged post asks for each of its patterns' ids in every reading that finds
 * it, and its names once more, and one TextDecoder call costs about 1 µs in Chromium, as an encodeInto does (above).
 * The patterns that flag posts are few; past this many the cache starts again.
 */
const DECODED_MAX = 256;

/** Indexes into the table's values, four per pattern: pack id, category, severity, context id (0: none). */
const PACK = 0;
const CATEGORY = 1;
const SEVERITY = 2;
const CONTEXT = 3;
const FIELDS = 4;

/**
 * Writes `s` as UTF-8 at `out[at]` (room for three bytes per code unit) and returns where it ends, or -1 when `s`
 * holds a lone surrogate (UTF-8 cannot carry it; the caller keeps such a string as it is).
 */
function writeUtf8(s: string, out: Uint8Array, at: number): number {
  const n = s.length;
  for (let k = 0; k < n; k++) {
    let c = s.charCodeAt(k);
    if (c < 0x80) out[at++] = c;
    else if (c < 0x800) {
      out[at++] = 0xc0 | (c >> 6);
      out[at++] = 0x80 | (c & 63);
    } else if ((c & 0xf800) !== 0xd800) {
      out[at++] = 0xe0 | (c >> 12);
      out[at++] = 0x80 | ((c >> 6) & 63);
      out[at++] = 0x80 | (c & 63);
    } else {
      const d = k + 1 < n ? s.charCodeAt(k + 1) : 0;
      if (c >= 0xdc00 || (d & 0xfc00) !== 0xdc00) return -1;
      k++;
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      out[at++] = 0xf0 | (c >> 18);
      out[at++] = 0x80 | ((c >> 12) & 63);
      out[at++] = 0x80 | ((c >> 6) & 63);
      out[at++] = 0x80 | (c & 63);
    }
  }
  return at;
}

export class PatternTable {
  constructor(
    readonly count: number,
    /** Ids and names in UTF-8: id 0, name 0, id 1, name 1… */
    private readonly text: Uint8Array,
    /** ends[2p]: where id p ends in `text`; ends[2p + 1]: where name p ends. */
    private readonly ends: Uint32Array,
    /** Ids and names UTF-8 cannot carry (a lone surrogate), by their index in `ends`. */
    private readonly odd: Map<number, string>,
    /** The distinct pack ids, categories, severities and context ids; entry 0 stands for no context. */
    private readonly values: readonly string[],
    private readonly codes: Uint16Array | Uint32Array,
    /** Each pattern's quoted term where it has one (any entry but -1); null when the lists had none. */
    private readonly quoted: Map<number, number> | null,
    /** Each pattern's onlyAfter words where it has some; null when the lists had none. */
    private readonly after: Map<number, string[]> | null,
  ) {}

  /** Ids and names decoded lately, by their index in `ends` (DECODED_MAX). */
  private readonly decoded = new Map<number, string>();

  /** The table of whole lists. */
  static from(meta: MatcherMeta): PatternTable {
    const b = new PatternTableBuilder(meta);
    b.add(meta);
    return b.finish();
  }

  private string(i: number): string {
    const odd = this.odd.size === 0 ? undefined : this.odd.get(i);
    if (odd !== undefined) return odd;
    let s = this.decoded.get(i);
    if (s === undefined) {
      s = decoder.decode(this.text.subarray(i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!));
      if (this.decoded.size >= DECODED_MAX) this.decoded.clear();
      this.decoded.set(i, s);
    }
    return s;
  }

  id(p: number): string {
    return this.string(2 * p);
  }

  name(p: number): string {
    return this.string(2 * p + 1);
  }

  packId(p: number): string {
    return this.values[this.codes[FIELDS * p + PACK]!]!;
  }

  category(p: number): Category {
    return this.values[this.codes[FIELDS * p + CATEGORY]!] as Category;
  }

  severity(p: number): Severity {
    return this.values[this.codes[FIELDS * p + SEVERITY]!] as Severity;
  }

  contextId(p: number): string | null {
    const c = this.codes[FIELDS * p + CONTEXT]!;
    return c === 0 ? null : this.values[c]!;
  }

  /** Pattern p's quoted term (the index of one of its terms), or -1. */
  quotedTerm(p: number): number {
    return this.quoted?.get(p) ?? -1;
  }

  /** [pattern, quoted term] for each pattern that has one. */
  quotedTerms(): IterableIterator<[number, number]> {
    return (this.quoted ?? new Map<number, number>()).entries();
  }

  /** The folded words pattern p's phrase may stand after, or null. */
  onlyAfter(p: number): string[] | null {
    return this.after?.get(p) ?? null;
  }

  /** The lists back, as the snapshot they came from had them (the optional ones only where it had them). */
  toMeta(): MatcherMeta {
    const list = <T>(f: (p: number) => T): T[] => Array.from({ length: this.count }, (_, p) => f(p));
    const meta: MatcherMeta = {
      ids: list((p) => this.id(p)),
      packIds: list((p) => this.packId(p)),
      names: list((p) => this.name(p)),
      categories: list((p) => this.category(p)),
      severities: list((p) => this.severity(p)),
      contextIds: list((p) => this.contextId(p)),
    };
    if (this.quoted) meta.quotedTerms = list((p) => this.quotedTerm(p));
    if (this.after) meta.onlyAfter = list((p) => this.onlyAfter(p));
    return meta;
  }
}

/** Builds a PatternTable from consecutive parts of a snapshot's metadata (lists already checked). */
export class PatternTableBuilder {
  private count = 0;
  private text = new Uint8Array(0);
  private at = 0;
  private ends = new Uint32Array(0);
  private readonly odd = new Map<number, string>();
  private readonly values: string[] = [''];
  private readonly index = new Map<string | null, number>([[null, 0]]);
  private codes = new Uint32Array(0);
  private readonly quoted: Map<number, number> | null;
  private readonly after: Map<number, string[]> | null;

  /** `like`: lists whose optional ones tell which the table has (the parts must have the same). */
  constructor(like: Pick<MatcherMeta, 'quotedTerms' | 'onlyAfter'>) {
    this.quoted = like.quotedTerms === undefined ? null : new Map();
    this.after = like.onlyAfter === undefined ? null : new Map();
  }

  private codeOf(v: string | null): number {
    let c = this.index.get(v);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(v as string);
      this.index.set(v, c);
    }
    return c;
  }

  /** Writes string i's UTF-8 after the text so far (or keeps it aside) and returns where the text ends. */
  private put(i: number, s: string): number {
    const end = writeUtf8(s, this.text, this.at);
    if (end < 0) this.odd.set(i, s);
    else this.at = end;
    return this.at;
  }

  /** Appends the patterns of `part` (a tab adds a large snapshot's metadata a thousand patterns at a time). */
  add(part: MatcherMeta): void {
    const n = part.ids.length;
    const base = this.count;
    let units = 0;
    for (let p = 0; p < n; p++) units += part.ids[p]!.length + part.names[p]!.length;
    if (this.text.length < this.at + units * 3) {
      const grown = new Uint8Array(Math.max(this.at + units * 3, this.text.length * 2));
      grown.set(this.text.subarray(0, this.at));
      this.text = grown;
    }
    // The arrays grow by doubling, as the text does: copied whole at each part, 50 parts made the copies quadratic.
    let ends = this.ends;
    if (ends.length < 2 * (base + n)) {
      ends = new Uint32Array(Math.max(2 * (base + n), ends.length * 2));
      ends.set(this.ends.subarray(0, 2 * base));
    }
    let codes = this.codes;
    if (codes.length < FIELDS * (base + n)) {
      codes = new Uint32Array(Math.max(FIELDS * (base + n), codes.length * 2));
      codes.set(this.codes.subarray(0, FIELDS * base));
    }
    for (let p = 0; p < n; p++) {
      const i = 2 * (base + p);
      ends[i] = this.put(i, part.ids[p]!);
      ends[i + 1] = this.put(i + 1, part.names[p]!);
      const c = FIELDS * (base + p);
      codes[c + PACK] = this.codeOf(part.packIds[p]!);
      codes[c + CATEGORY] = this.codeOf(part.categories[p]!);
      codes[c + SEVERITY] = this.codeOf(part.severities[p]!);
      codes[c + CONTEXT] = this.codeOf(part.contextIds[p] ?? null);
      const q = part.quotedTerms?.[p] ?? -1;
      if (q !== -1) this.quoted?.set(base + p, q); // a damaged entry too: the matcher checks them (quotedTermsFit)
      const w = part.onlyAfter?.[p] ?? null;
      if (w !== null) this.after?.set(base + p, w);
    }
    this.ends = ends;
    this.codes = codes;
    this.count = base + n;
  }

  finish(): PatternTable {
    // The arrays as long as the patterns added (add() grows them past that).
    const used = this.codes.length === FIELDS * this.count ? this.codes : this.codes.slice(0, FIELDS * this.count);
    const codes = this.values.length <= 0x10000 ? Uint16Array.from(used) : used;
    const ends = this.ends.length === 2 * this.count ? this.ends : this.ends.slice(0, 2 * this.count);
    return new PatternTable(this.count, this.text.slice(0, this.at), ends, this.odd, this.values, codes, this.quoted, this.after);
  }
}
