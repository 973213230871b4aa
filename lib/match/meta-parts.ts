// A matcher snapshot's pattern metadata (ids, names, categories…: MatcherMeta) cut into parts of consecutive
// patterns and put together again. A large snapshot's metadata travels in parts (getSnapshotMeta): 50,000 patterns'
// lists are 5.3 million characters of JSON, which a tab took in one message, one task of 40–80 ms (JSON.parse of the
// same lists in Node: 42–76 ms), a long task in the page; a part of 5,000 patterns takes a few ms.
import type { MatcherMeta } from './matcher';

/** Patterns per metadata part: about 530 KB of JSON for the bench's synthetic patterns. */
export const META_PART_PATTERNS = 5000;

/**
 * Up to this many patterns the metadata comes whole with the first answer (about 15 ms to take for 15,000 in Node):
 * every part is one more message before the tab's first mark, and with 10,321 patterns in three parts the page
 * bench's cold start read 1,025–1,641 ms against 884–1,155 ms with the metadata whole, the same half hour.
 */
export const META_WHOLE_UP_TO = 15_000;

/** The lists MatcherMeta always has. */
const LISTS = ['ids', 'packIds', 'names', 'categories', 'severities', 'contextIds'] as const;
/** The lists a snapshot has only when one of its patterns needs them. */
const OPTIONAL = ['quotedTerms', 'onlyAfter'] as const;

const isString = (v: unknown): boolean => typeof v === 'string';
/** What each list's entries are (onlyAfter's word lists are checked with the whole snapshot: checkSnapshot). */
const ENTRY_OK: Record<keyof MatcherMeta, (v: unknown) => boolean> = {
  ids: isString,
  packIds: isString,
  names: isString,
  categories: isString,
  severities: isString,
  contextIds: (v) => v === null || typeof v === 'string',
  quotedTerms: (v) => Number.isInteger(v),
  onlyAfter: (v) => v === null || Array.isArray(v),
};

/** How many parts `patternCount` patterns' metadata travels in, `per` patterns to a part. */
export function metaPartCount(patternCount: number, per = META_PART_PATTERNS): number {
  return Math.ceil(patternCount / per);
}

/** `meta` with `f` applied to each of its lists (the optional ones only where `meta` has them). */
function mapLists(meta: MatcherMeta, f: <T>(list: T[]) => T[]): MatcherMeta {
  const out: MatcherMeta = {
    ids: f(meta.ids),
    packIds: f(meta.packIds),
    names: f(meta.names),
    categories: f(meta.categories),
    severities: f(meta.severities),
    contextIds: f(meta.contextIds),
  };
  if (meta.quotedTerms) out.quotedTerms = f(meta.quotedTerms);
  if (meta.onlyAfter) out.onlyAfter = f(meta.onlyAfter);
  return out;
}

/** The metadata of no pattern, with the optional lists `like` has: what a part-by-part load starts from. */
export function emptyMetaLike(like: MatcherMeta): MatcherMeta {
  return mapLists(like, () => []);
}

/** Part `index` of `meta` (patterns [index × per, …)), or null past its last part. */
export function metaPart(meta: MatcherMeta, index: number, per = META_PART_PATTERNS): MatcherMeta | null {
  const start = index * per;
  if (!Number.isInteger(index) || index < 0 || start >= meta.ids.length) return null;
  return mapLists(meta, (list) => list.slice(start, start + per));
}

/**
 * Appends `part`'s lists to `into`'s. Throws when the part is not one (a list missing, lists of different lengths,
 * an entry of the wrong type, an optional list `into` lacks or misses): the snapshot is then damaged, and nothing of
 * the part is appended. The lists only carry the parts to the matcher, which keeps the fields in a table of its own
 * (pattern-table.ts).
 */
export function appendMetaPart(into: MatcherMeta, part: unknown): void {
  const p = part as Partial<Record<keyof MatcherMeta, unknown>> | null;
  const bad = (): never => {
    throw new Error('Matcher snapshot is damaged: a part of its pattern metadata is not one');
  };
  if (p === null || typeof p !== 'object' || !Array.isArray(p.ids)) bad();
  const n = (p!.ids as unknown[]).length;
  const lists: (keyof MatcherMeta)[] = [...LISTS];
  for (const k of OPTIONAL) {
    if ((into[k] !== undefined) !== (p![k] !== undefined)) bad();
    if (into[k] !== undefined) lists.push(k);
  }
  for (const k of lists) {
    const src = p![k];
    if (!Array.isArray(src) || src.length !== n || !src.every(ENTRY_OK[k])) bad();
  }
  for (const k of lists) {
    const dst = into[k] as unknown[];
    for (const v of p![k] as unknown[]) dst.push(v);
  }
}
