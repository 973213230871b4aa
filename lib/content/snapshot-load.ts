// The tab's side of the matcher snapshot: a small one comes whole with `getSnapshot`; a large one's buffer comes in
// parts (`getSnapshotChunk`), each received and decoded in a task of its own, so that loading 50,000 patterns does
// not hold the page's main thread for a long task (one message and one decode of 17 MB took 184 ms).

import { decodeBase64 } from '../base64';
import { loadMatcher, loadMatcherBytes, type Matcher } from '../match/matcher';
import type { SnapshotResponse } from '../messages';

/** What loading gave: a matcher (null when no pack is on), or `stale` when the snapshot changed meanwhile. */
export type SnapshotLoad = { matcher: Matcher | null } | { stale: true };

/**
 * The matcher of a `getSnapshot` answer. `fetchChunk` asks the background for one part; `isCurrent` says whether
 * this load is still wanted (a newer one started): it is asked after each part. Throws when the snapshot is damaged.
 */
export async function matcherFromResponse(
  res: SnapshotResponse,
  fetchChunk: (matcherVersion: string, index: number) => Promise<string | null>,
  isCurrent: () => boolean,
): Promise<SnapshotLoad> {
  if (!res.snapshot) return { matcher: null };
  const chunks = res.chunks;
  if (!chunks) return { matcher: loadMatcher(res.snapshot) };
  const { matcherVersion, count, bytes } = chunks;
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(bytes) || bytes < 0) {
    throw new Error('Matcher snapshot is damaged: its parts are not described');
  }
  const out = new Uint8Array(bytes);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const part = await fetchChunk(matcherVersion, i);
    if (!isCurrent() || part === null) return { stale: true };
    const decoded = decodeBase64(part);
    if (at + decoded.length > bytes) throw new Error('Matcher snapshot is damaged: its parts hold more than it said');
    out.set(decoded, at);
    at += decoded.length;
  }
  if (at !== bytes) throw new Error('Matcher snapshot is damaged: its parts hold less than it said');
  return { matcher: loadMatcherBytes(res.snapshot, out) };
}
