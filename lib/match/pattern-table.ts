// The per-pattern fields a matcher's results carry (id, name, pack, category, severity, context) and the data of its
// two rare rules (the quoted term, the words a phrase may open its clause after), held compactly for as long as the
// matcher lives: ids and names as UTF-8 in one byte array, the repeated fields as numbers into one list of their
// distinct values, the rare rules only for the patterns that have them. MatcherMeta's lists, the form snapshots
// travel in, gave each of 10,321 patterns an id and a name string of its own and eight list entries: 0.91 MB of a
// tab's heap in the page bench, where this holds about 0.5 MB. Fields are read only when a post is flagged.
import type { Category, Severity } from '../types';
import type { MatcherMeta } from './matcher';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Indexes into PatternTable.values, four per pattern: pack id, category, severity, context id (0: none). */
const PACK = 0;
const CATEGORY = 1;
const SEVERITY = 2;
const CONTEXT = 3;
const FIELDS = 4;

export class PatternTable {
  readonly count: number;
  /** Ids and names in UTF-8: id 0, name 0, id 1, name 1… */
  private readonly text: Uint8Array;
  /** ends[2p]: where id p ends in `text`; ends[2p + 1]: where name p ends. */
  private readonly ends: Uint32Array;
  /** Ids and names UTF-8 cannot carry (a lone surrogate), by their index in `ends`. */
  private readonly odd: Map<number, string>;
  /** The distinct pack ids, categories, severities and context ids; entry 0 stands for no context. */
  private readonly values: string[];
  private readonly codes: Uint16Array | Uint32Array;
  /** Each pattern's quoted term where it has one (MatcherMeta.quotedTerms ≥ 0); null when the lists had none. */
  private readonly quoted: Map<number, number> | null;
  /** Each pattern's onlyAfter words where it has some; null when the lists had none. */
  private readonly after: Map<number, string[]> | null;

  constructor(meta: MatcherMeta) {
    const P = meta.ids.length;
    this.count = P;
    const strings: string[] = new Array<string>(2 * P);
    let units = 0;
    for (let p = 0; p < P; p++) {
      strings[2 * p] = meta.ids[p]!;
      strings[2 * p + 1] = meta.names[p]!;
      units += meta.ids[p]!.length + meta.names[p]!.length;
    }
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const buf = new Uint8Array(units * 3);
    const ends = new Uint32Array(2 * P);
    this.odd = new Map();
    let at = 0;
    strings.forEach((s, i) => {
      if (s.isWellFormed()) at += encoder.encodeInto(s, buf.subarray(at)).written;
      else this.odd.set(i, s);
      ends[i] = at;
    });
    this.text = buf.slice(0, at);
    this.ends = ends;

    const index = new Map<string | null, number>([[null, 0]]);
    this.values = [''];
    const codeOf = (v: string | null): number => {
      let c = index.get(v);
      if (c === undefined) {
        c = this.values.length;
        this.values.push(v as string);
        index.set(v, c);
      }
      return c;
    };
    const codes = new Uint32Array(FIELDS * P);
    for (let p = 0; p < P; p++) {
      codes[FIELDS * p + PACK] = codeOf(meta.packIds[p]!);
      codes[FIELDS * p + CATEGORY] = codeOf(meta.categories[p]!);
      codes[FIELDS * p + SEVERITY] = codeOf(meta.severities[p]!);
      codes[FIELDS * p + CONTEXT] = codeOf(meta.contextIds[p] ?? null);
    }
    this.codes = this.values.length <= 0x10000 ? Uint16Array.from(codes) : codes;

    this.quoted = meta.quotedTerms === undefined ? null : new Map();
    meta.quotedTerms?.forEach((t, p) => {
      if (t !== -1) this.quoted!.set(p, t); // a damaged entry too: the matcher checks them (quotedTermsFit)
    });
    this.after = meta.onlyAfter === undefined ? null : new Map();
    meta.onlyAfter?.forEach((w, p) => {
      if (w !== null) this.after!.set(p, w);
    });
  }

  private string(i: number): string {
    const odd = this.odd.size === 0 ? undefined : this.odd.get(i);
    if (odd !== undefined) return odd;
    return decoder.decode(this.text.subarray(i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!));
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
    const P = this.count;
    const list = <T>(f: (p: number) => T): T[] => Array.from({ length: P }, (_, p) => f(p));
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
