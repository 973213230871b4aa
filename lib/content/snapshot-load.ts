// The tab's side of the matcher snapshot: its buffer comes deflated (lib/background/snapshot-wire.ts), whole with
// `getSnapshot` when small, or in parts (`getSnapshotChunk`) when large, each part received and decoded in a task
// of its own and inflated a piece per task, so that loading 50,000 patterns does not hold the page's main thread for
// a long task (one message and one decode of 17 MB took 184 ms).
import { Inflate } from 'fflate';
import { decodeBase64 } from '../base64';
import { loadMatcherBytes, type Matcher } from '../match/matcher';
import type { SnapshotResponse, WireSnapshot } from '../messages';

/** What loading gave: a matcher (null when no pack is on), or `stale` when the snapshot changed meanwhile. */
export type SnapshotLoad = { matcher: Matcher | null } | { stale: true };

function damaged(why: string): Error {
  return new Error(`Matcher snapshot is damaged: ${why}`);
}

/**
 * Inflates raw DEFLATE data given in parts into a buffer of the size announced (fflate, in the content script's own
 * JavaScript: Firefox hands a content script the page's DecompressionStream, which refuses the script's own byte
 * arrays, "Value could not be converted to any of: ArrayBufferView, ArrayBuffer").
 */
class Inflater {
  private readonly out: Uint8Array;
  private at = 0;
  private ended = false;
  private readonly inflate: Inflate;

  constructor(private readonly size: number) {
    const out = new Uint8Array(size);
    this.out = out;
    this.inflate = new Inflate((chunk, final) => {
      if (this.at + chunk.length > size) throw damaged('it inflates to more than it said');
      out.set(chunk, this.at);
      this.at += chunk.length;
      if (final) this.ended = true;
    });
  }

  /** Inflates one part (`last`: the stream ends with it). */
  push(part: Uint8Array, last: boolean): void {
    try {
      this.inflate.push(part, last);
    } catch (err) {
      throw err instanceof Error && err.message.startsWith('Matcher snapshot') ? err : damaged('its deflated buffer does not inflate');
    }
  }

  finish(): Uint8Array {
    if (!this.ended) throw damaged('its deflated buffer is cut short');
    if (this.at !== this.size) throw damaged('it inflates to less than it said');
    return this.out;
  }
}

/**
 * Deflated bytes inflated per task: 64 KB give about 250 KB of buffer. fflate's code runs cold in a tab that has just
 * loaded it: with 256 KB pieces, importing 10,000 and 50,000 patterns caused 1 and 5–8 long tasks (51–109 ms) in an
 * open X tab; with 64 KB, none.
 */
const INFLATE_PIECE = 64 << 10;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Inflates one part a piece per task (`last`: the stream ends with this part). */
async function inflatePart(inflater: Inflater, part: Uint8Array, last: boolean): Promise<void> {
  for (let at = 0; ; at += INFLATE_PIECE) {
    if (at > 0) await nextTask();
    const end = Math.min(part.length, at + INFLATE_PIECE);
    inflater.push(part.subarray(at, end), last && end === part.length);
    if (end === part.length) return;
  }
}

function checkWire(snap: WireSnapshot): void {
  if (snap.encoding !== 'deflate-raw') throw damaged(`its encoding ${String(snap.encoding).slice(0, 40)} is not known`);
  if (!Number.isInteger(snap.bytes) || snap.bytes < 0) throw damaged('its size is not given');
}

/**
 * The matcher of a `getSnapshot` answer. `fetchChunk` asks the background for one part; `isCurrent` says whether
 * this load is still wanted (a newer one started): it is asked after each part. Throws when the snapshot is damaged.
 */
export async function matcherFromResponse(
  res: SnapshotResponse,
  fetchChunk: (matcherVersion: string, index: number) => Promise<string | null>,
  isCurrent: () => boolean,
): Promise<SnapshotLoad> {
  const snap = res.snapshot;
  if (!snap) return { matcher: null };
  checkWire(snap);
  const chunks = res.chunks;
  const inflater = new Inflater(snap.bytes);
  if (!chunks) {
    await inflatePart(inflater, decodeBase64(snap.data), true);
  } else {
    const { matcherVersion, count, bytes } = chunks;
    if (!Number.isInteger(count) || count < 1 || !Number.isInteger(bytes) || bytes < 0) throw damaged('its parts are not described');
    let at = 0;
    for (let i = 0; i < count; i++) {
      const part = await fetchChunk(matcherVersion, i);
      if (!isCurrent() || part === null) return { stale: true };
      const decoded = decodeBase64(part);
      at += decoded.length;
      if (at > bytes) throw damaged('its parts hold more than it said');
      await inflatePart(inflater, decoded, i === count - 1);
    }
    if (at !== bytes) throw damaged('its parts hold less than it said');
  }
  const { encoding: _encoding, bytes: _bytes, ...header } = snap;
  return { matcher: loadMatcherBytes({ ...header, data: '' }, inflater.finish()) };
}
