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
/** What each list's entries are (onlyAfter's word lists apart: checkMetaLists names them in its message). */
const ENTRY_OK: Record<keyof MatcherMeta, (v: unknown) => boolean> = {
  ids: isString,
  packIds: isString,
  names: isString,
  categories: isString,
  severities: isString,
  contextIds: (v) => v === null || typeof v === 'string',
  quotedTerms: (v) => Number.isInteger(v),
  onlyAfter: (v) => v === null || (Array.isArray(v) && v.every(isString)),
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
 * `lists` as MatcherMeta, once checked: every list MatcherMeta has, the optional ones exactly where `like` has them,
 * all of one length, each entry of its type. Throws "Matcher snapshot is damaged: <why>" otherwise (a list holding an
 * entry of the wrong type, or a bad onlyAfter list, says so). The lists only carry metadata to the matcher, which keeps the fields
 * in a table of its own (pattern-table.ts: a tab builds it part by part as a large snapshot's parts arrive).
 */
export function checkMetaLists(lists: unknown, like: Pick<MatcherMeta, 'quotedTerms' | 'onlyAfter'>, why: string): MatcherMeta {
  const m = lists as Partial<Record<keyof MatcherMeta, unknown>> | null;
  const bad = (reason = why): never => {
    throw new Error(`Matcher snapshot is damaged: ${reason}`);
  };
  if (m === null || typeof m !== 'object' || !Array.isArray(m.ids)) bad();
  const n = (m!.ids as unknown[]).length;
  const keys: (keyof MatcherMeta)[] = [...LISTS];
  for (const k of OPTIONAL) {
    if ((like[k] !== undefined) !== (m![k] !== undefined)) bad();
    if (like[k] !== undefined) keys.push(k);
  }
  for (const k of keys) {
    const src = m![k];
    if (k === 'onlyAfter' && (!Array.isArray(src) || src.length !== n || !src.every(ENTRY_OK[k]))) bad("a pattern's onlyAfter words are not a list of words");
    if (!Array.isArray(src) || src.length !== n) bad();
    if (!(src as unknown[]).every(ENTRY_OK[k])) bad(`its pattern metadata's ${k} hold an entry of the wrong type`);
  }
  return m as MatcherMeta;
}
