// The tab's side of the matcher snapshot: its buffer comes deflated (lib/background/snapshot-wire.ts), whole with
// `getSnapshot` when small, or in parts (`getSnapshotChunk`) when large, each part received in a task of its own,
// then decoded and inflated a piece per step, so that loading 50,000 patterns does not hold the page's main thread
// for a long task (one message and one decode of 17 MB took 184 ms); many patterns' metadata comes in parts too
// (`getSnapshotMeta`, lib/match/meta-parts.ts), and goes into the matcher's table of pattern fields a step at a time.
import { Inflate } from 'fflate';
import { base64ByteLength, decodeBase64 } from '../base64';
import { checkSnapshot, loadMatcherBytes, type Matcher, type MatcherMeta } from '../match/matcher';
import { checkMetaLists, metaPart } from '../match/meta-parts';
import { PatternTableBuilder } from '../match/pattern-table';
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

/**
 * The task budget shared by the load's steps (inflation, then the metadata): a step yields once the task it runs in
 * has run TASK_BUDGET_MS. `restart` when a new task begins on its own (a part's message answered).
 */
class TaskBudget {
  private start = performance.now();

  restart(): void {
    this.start = performance.now();
  }

  /** Gives the page its turn when this task's budget is spent. */
  async yieldIfSpent(): Promise<void> {
    if (performance.now() - this.start < TASK_BUDGET_MS) return;
    await nextTask();
    this.start = performance.now();
  }
}

/** Base64 characters decoded and inflated per step: the step's bytes, or just under (whole groups of four). */
const stepChars = (): number => 4 * Math.floor((hidden() ? INFLATE_STEP_HIDDEN : INFLATE_STEP) / 3);

/** How many bytes a buffer (or a part of one) given in base64 holds; throws the snapshot's own message when it cannot be base64. */
function partBytes(part: unknown, what = 'a part of its buffer'): number {
  if (typeof part !== 'string') throw damaged(`${what} is not text`);
  try {
    return base64ByteLength(part);
  } catch {
    throw damaged('its buffer is not base64');
  }
}

/**
 * Decodes and inflates one part given in base64, a few steps per task (`last`: the stream ends with this part). It is
 * decoded a step at a time too: one decode of a whole 1.5-million-character part took 5–10 ms in an X tab during a
 * 50,000-pattern import (a profile of the unminified build), in the same task as the step after it.
 */
async function inflatePart(inflater: Inflater, part: string, last: boolean, budget: TaskBudget): Promise<void> {
  for (let at = 0; ; ) {
    if (at > 0) await budget.yieldIfSpent();
    const end = Math.min(part.length, at + stepChars());
    let bytes: Uint8Array;
    try {
      // Padding ends a part only: a step that ends in '=' before the part's end is not base64 of the whole.
      if (end < part.length && part.charCodeAt(end - 1) === 0x3d) throw new Error('padding inside');
      bytes = decodeBase64(part.slice(at, end));
    } catch {
      throw damaged('its buffer is not base64');
    }
    inflater.push(bytes, last && end === part.length);
    if (end === part.length) return;
    at = end;
  }
}

/**
 * Patterns of a metadata part put into the table per step: a part of 5,000 took 2.5–17 ms in an X tab during a
 * 50,000-pattern import (the same profile); a task goes on taking steps for TASK_BUDGET_MS.
 */
const META_STEP = 1000;

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
  const budget = new TaskBudget();
  if (!chunks) {
    partBytes(snap.data, 'its buffer');
    await inflatePart(inflater, snap.data, true, budget);
  } else {
    const { matcherVersion, count, bytes } = chunks;
    if (!Number.isInteger(count) || count < 1 || !Number.isInteger(bytes) || bytes < 0) throw damaged('its parts are not described');
    let at = 0;
    for (let i = 0; i < count; i++) {
      const part = await fetch.chunk(matcherVersion, i);
      if (!isCurrent() || part === null) return { stale: true };
      at += partBytes(part);
      if (at > bytes) throw damaged('its parts hold more than it said');
      budget.restart();
      await inflatePart(inflater, part, i === count - 1, budget);
    }
    if (at !== bytes) throw damaged('its parts hold less than it said');
  }
  // The buffer's own faults first, whichever way it came.
  const bytes = inflater.finish();
  // The matcher's table of pattern fields is built a step at a time (META_STEP patterns). Many patterns' metadata
  // comes in parts, each taken in a task of its own (the reply to its message); fewer come whole with the snapshot,
  // checked first as the matcher would check them (a table of 10,000 patterns took 15–20 ms in a tab, in the matcher's
  // build task).
  const meta = snap.meta;
  const metaParts = chunks?.metaParts;
  const { encoding: _encoding, bytes: _bytes, ...header } = snap;
  const snapshot = { ...header, data: '' };
  const builder = new PatternTableBuilder(meta ?? {});
  /** Adds `lists` to the table a step at a time; false when this load is no longer wanted. */
  const addInSteps = async (lists: MatcherMeta): Promise<boolean> => {
    for (let j = 0, step = metaPart(lists, 0, META_STEP); step !== null; step = metaPart(lists, ++j, META_STEP)) {
      await budget.yieldIfSpent();
      if (!isCurrent()) return false;
      builder.add(step);
    }
    return true;
  };
  if (metaParts !== undefined) {
    if (!chunks || !Number.isInteger(metaParts) || metaParts < 1) throw damaged('its metadata parts are not described');
    if (meta === null || typeof meta !== 'object') throw damaged('its pattern metadata is missing');
    for (let i = 0; i < metaParts; i++) {
      const part = await fetch.meta(chunks.matcherVersion, i);
      if (!isCurrent() || part === null) return { stale: true };
      budget.restart();
      if (!(await addInSteps(checkMetaLists(part, meta, 'a part of its pattern metadata is not one')))) return { stale: true };
    }
  } else {
    if (!isCurrent()) return { stale: true };
    checkSnapshot(snapshot);
    if (!(await addInSteps(meta))) return { stale: true };
  }
  const table = builder.finish();
  // The matcher is built in a task of its own (15–40 ms for 10,000 patterns): after the last piece's, the two made
  // tasks of 51–73 ms in an open X tab.
  await nextTask();
  if (!isCurrent()) return { stale: true };
  const matcher = loadMatcherBytes(snapshot, bytes, table);
  // The page is read again with it from a task of its own: the build (5–40 ms for 10,000 patterns in a busy tab), and
  // the rescan that followed it in the same task, made tasks of 54–59 ms.
  await nextTask();
  if (!isCurrent()) return { stale: true };
  return { matcher };
}
