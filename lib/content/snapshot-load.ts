// The tab's side of the matcher snapshot: its buffer comes deflated (lib/background/snapshot-wire.ts), whole with
// `getSnapshot` when small, or in parts (`getSnapshotChunk`) when large, each part received and decoded in a task
// of its own and inflated a piece per task, so that loading 50,000 patterns does not hold the page's main thread for
// a long task (one message and one decode of 17 MB took 184 ms); many patterns' metadata comes in parts too
// (`getSnapshotMeta`, lib/match/meta-parts.ts).
import { Inflate } from 'fflate';
import { decodeBase64 } from '../base64';
import { loadMatcherBytes, type Matcher, type MatcherMeta } from '../match/matcher';
import { checkMetaLists } from '../match/meta-parts';
import { PatternTableBuilder, type PatternTable } from '../match/pattern-table';
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
 * Deflated bytes inflated per step (about 60 KB of buffer; 15 KB in a hidden tab), and how long a task goes on taking
 * steps before it gives the page its turn. The same 64 KB piece took 4 to 50 ms in an open X tab during a
 * 10,000-pattern import (fflate runs cold in a tab that has just loaded it, and the worker and the options page share
 * the machine's cores meanwhile): one 64 KB piece per task still caused 51–63 ms tasks in 2 imports of 4. A step ends
 * the task once it has run 8 ms. In an X tab behind the options page (a hidden tab's renderer gets the cores last) one
 * 16 KB step took 15–52 ms, three tasks of 50–59 ms in four imports; 4 KB steps took at most 30 ms, none over 50 ms in
 * four. In sight, 4 KB steps made the page bench's cold start 300–500 ms longer (four times as many tasks, each yield
 * a timer).
 */
const INFLATE_STEP = 16 << 10;
const INFLATE_STEP_HIDDEN = 4 << 10;

const hidden = (): boolean => typeof document !== 'undefined' && document.visibilityState === 'hidden';
const TASK_BUDGET_MS = 8;

/**
 * Resolves in a task of its own. While the tab is in the background (the options page or the side panel in front),
 * through a message to this script itself: there Firefox runs a `setTimeout` at most once a second, and loading 2,000
 * patterns in 16 KB steps took 8 s; messages are not held back. In sight, through a timer, which leaves the page
 * more room: with messages, one import of two made three 51–69 ms tasks in the open X tab, with timers none in five.
 */
const nextTask = (() => {
  let channel: MessageChannel | null = null;
  const waiting: (() => void)[] = [];
  return (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (!hidden()) {
        setTimeout(resolve, 0);
        return;
      }
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = () => waiting.shift()?.();
      }
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
})();

/** Inflates one part, a few steps per task (`last`: the stream ends with this part). */
async function inflatePart(inflater: Inflater, part: Uint8Array, last: boolean): Promise<void> {
  let taskStart = performance.now();
  for (let at = 0; ; ) {
    if (at > 0 && performance.now() - taskStart >= TASK_BUDGET_MS) {
      await nextTask();
      taskStart = performance.now();
    }
    const end = Math.min(part.length, at + (hidden() ? INFLATE_STEP_HIDDEN : INFLATE_STEP));
    inflater.push(part.subarray(at, end), last && end === part.length);
    if (end === part.length) return;
    at = end;
  }
}

function checkWire(snap: WireSnapshot): void {
  if (snap.encoding !== 'deflate-raw') throw damaged(`its encoding ${String(snap.encoding).slice(0, 40)} is not known`);
  if (!Number.isInteger(snap.bytes) || snap.bytes < 0) throw damaged('its size is not given');
}

/** Asks the background for one part of a chunked snapshot: of its buffer, or of its pattern metadata (null: gone). */
export interface SnapshotPartFetcher {
  chunk(matcherVersion: string, index: number): Promise<string | null>;
  meta(matcherVersion: string, index: number): Promise<MatcherMeta | null>;
}

/**
 * The matcher of a `getSnapshot` answer. `fetch` asks the background for one part; `isCurrent` says whether this
 * load is still wanted (a newer one started): it is asked after each part. Throws when the snapshot is damaged.
 */
export async function matcherFromResponse(res: SnapshotResponse, fetch: SnapshotPartFetcher, isCurrent: () => boolean): Promise<SnapshotLoad> {
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
      const part = await fetch.chunk(matcherVersion, i);
      if (!isCurrent() || part === null) return { stale: true };
      const decoded = decodeBase64(part);
      at += decoded.length;
      if (at > bytes) throw damaged('its parts hold more than it said');
      await inflatePart(inflater, decoded, i === count - 1);
    }
    if (at !== bytes) throw damaged('its parts hold less than it said');
  }
  // Many patterns' metadata comes in parts, each taken in a task of its own (the reply to its message), where it
  // goes into the matcher's table of pattern fields (2–6 ms per part of 5,000 patterns in Node).
  const meta = snap.meta;
  const metaParts = chunks?.metaParts;
  let table: PatternTable | undefined;
  if (metaParts !== undefined) {
    if (!chunks || !Number.isInteger(metaParts) || metaParts < 1) throw damaged('its metadata parts are not described');
    if (meta === null || typeof meta !== 'object') throw damaged('its pattern metadata is missing');
    const builder = new PatternTableBuilder(meta);
    for (let i = 0; i < metaParts; i++) {
      const part = await fetch.meta(chunks.matcherVersion, i);
      if (!isCurrent() || part === null) return { stale: true };
      builder.add(checkMetaLists(part, meta, 'a part of its pattern metadata is not one'));
    }
    table = builder.finish();
  }
  const bytes = inflater.finish();
  // The matcher is built in a task of its own (15–40 ms for 10,000 patterns): after the last piece's, the two made
  // tasks of 51–73 ms in an open X tab.
  await nextTask();
  if (!isCurrent()) return { stale: true };
  const { encoding: _encoding, bytes: _bytes, ...header } = snap;
  const matcher = loadMatcherBytes({ ...header, meta, data: '' }, bytes, table);
  // The page is read again with it from a task of its own: the build (5–40 ms for 10,000 patterns in a busy tab), and
  // the rescan that followed it in the same task, made tasks of 54–59 ms.
  await nextTask();
  if (!isCurrent()) return { stale: true };
  return { matcher };
}
