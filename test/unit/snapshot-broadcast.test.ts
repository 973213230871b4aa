// The snapshot broadcast: changes made at the same time (several imports, a toggle) must leave the tabs told the
// newest version last, however long each change took to build its snapshot; a tab that never answers must not hold
// up the broadcasts after it, nor the change that told it.
import { describe, expect, it, vi } from 'vitest';
import type { BackgroundEnv } from '../../lib/background/env';
import { SnapshotService, TAB_ANSWER_MS } from '../../lib/background/snapshot';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A service whose n-th version is "vn", the first one slow to build (a compile), the others quick. */
class Timed extends SnapshotService {
  private n = 0;
  override async currentVersion(): Promise<string> {
    const n = ++this.n;
    if (n === 1) await wait(40);
    return `v${n}`;
  }
}

function env(sent: string[], answer: (tabId: number) => Promise<unknown>): BackgroundEnv {
  return {
    browser: { tabs: { query: async () => [{ id: 1 }, { id: 2 }] } },
    sendToTab: (tabId: number, _type: string, v: string) => {
      sent.push(`${tabId}:${v}`);
      return answer(tabId);
    },
    logError: () => {},
  } as unknown as BackgroundEnv;
}

describe('snapshot broadcast', () => {
  it('tells the tabs the newest version last when two changes race', async () => {
    const sent: string[] = [];
    const s = new Timed(env(sent, async () => undefined));
    const [a, b] = await Promise.all([s.broadcast(), s.broadcast()]);
    expect([a, b]).toEqual(['v1', 'v2']);
    expect(sent).toEqual(['1:v1', '2:v1', '1:v2', '2:v2']);
  });

  it('a tab that never answers holds up neither the other tabs nor the next broadcast', async () => {
    const sent: string[] = [];
    const s = new Timed(env(sent, (tabId) => (tabId === 2 ? new Promise(() => {}) : Promise.resolve())));
    void s.broadcast();
    void s.broadcast();
    await wait(100);
    expect(sent).toEqual(['1:v1', '2:v1', '1:v2', '2:v2']);
  });

  it('a dismissal waits for the tabs that answer, and no longer than TAB_ANSWER_MS for one that does not', async () => {
    const sent: string[] = [];
    let answered = false;
    const s = new Timed(env(sent, (tabId) => (tabId === 1 ? wait(30).then(() => (answered = true)) : Promise.resolve())));
    await expect(s.broadcast({ waitForTabs: true })).resolves.toBe('v1');
    expect(answered).toBe(true);
    vi.useFakeTimers();
    try {
      const never = new Timed(env([], () => new Promise(() => {})));
      let done = false;
      const p = never.broadcast({ waitForTabs: true }).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(40 + TAB_ANSWER_MS - 100);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      await p;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a change is done once the tabs are told, not when they have loaded the new patterns', async () => {
    const sent: string[] = [];
    const s = new Timed(env(sent, () => new Promise(() => {})));
    await expect(s.broadcast()).resolves.toBe('v1');
    expect(sent).toEqual(['1:v1', '2:v1']);
  });
});
