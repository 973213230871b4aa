// @vitest-environment happy-dom
// The content script's runtime (lib/content/app.ts) on an X timeline, with the background faked: patterns that do not
// come at first are asked for again and the page is then read (the tab says meanwhile that it is not being checked);
// a post the reader revealed is not blurred again by a later rescan, nor once its id changes; a flagged post whose node the site recycles for another post stays listed; one
// post the adapter cannot read leaves the others marked; settings that cannot be read at start are read again, and a
// site the reader turned off is then left alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SnapshotResponse } from '../../lib/messages';

type Handler = (msg: { data: unknown }) => unknown;
/** A tab report as the tests read it. */
interface SentReport {
  patternsMissing?: boolean;
  flagged: { post: { id: string } }[];
  delta?: { removed: string[] };
}
const bg = {
  answer: (async () => null) as (type: string, data: unknown) => Promise<unknown>,
  sent: [] as { type: string; data: unknown }[],
  handlers: new Map<string, Handler>(),
};

vi.mock('../../lib/messages', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    bg.sent.push({ type, data });
    return bg.answer(type, data);
  }),
  onMessage: vi.fn((type: string, handler: Handler) => {
    bg.handlers.set(type, handler);
    return () => bg.handlers.delete(type);
  }),
}));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runContentApp } from '../../lib/content/app';
import { ContentLifecycle } from '../../lib/content/lifecycle';
import { compileMatcher } from '../../lib/match/matcher';
import { toWireSnapshot } from '../../lib/background/snapshot-wire';
import { xAdapter } from '../../lib/sites/x';
import { facebookAdapter } from '../../lib/sites/facebook';
import { feedPage, textPost, unit } from './helpers/fb-markup';
import { SETTINGS_KEY } from '../../lib/settings';
import { article, cell, s, textBlock, timelinePage } from './helpers/x-markup';

import './helpers/happy-dom-purify';

const THREAT = 'erase your sites tonight';

async function snapshot(version = 'v1'): Promise<SnapshotResponse> {
  const m = compileMatcher([
    { id: 'p1', packId: 'k', name: 'erase', kind: 'phrase', terms: ['erase your sites'], category: 'campaign-quote' as never, severity: 'high', contextId: null },
  ]);
  return { version, snapshot: await toWireSnapshot(m.snapshotParts()), dismissed: [], siteProfiles: {} } as SnapshotResponse;
}

function posts(from: number, n: number, threatEvery = 3): string {
  let cells = '';
  for (let i = from; i < from + n; i++) {
    const words = i % threatEvery === 0 ? `${THREAT} number ${i}` : `hello world number ${i}`;
    cells += cell(article({ handle: `user${i}`, id: String(1000 + i), body: textBlock(s(words)) }));
  }
  return cells;
}

const articles = () => Array.from(document.querySelectorAll<HTMLElement>('article[data-testid="tweet"]'));
const states = () => articles().map((a) => a.getAttribute('data-firebreak'));
const reports = () => bg.sent.filter((m) => m.type === 'tabReport').map((m) => m.data as SentReport);
const lastReport = () => reports().at(-1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, get: () => T, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`${what}: ${JSON.stringify(v)}`);
    await sleep(25);
  }
}

let life: ContentLifecycle | null = null;

async function start(settings: Record<string, unknown> = {}): Promise<void> {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { sites: { x: true, facebook: true }, ...settings } });
  life = new ContentLifecycle();
  await runContentApp(xAdapter, life);
}

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
  bg.sent = [];
  bg.handlers.clear();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://x.com/home');
  document.body.innerHTML = timelinePage(posts(0, 6));
});

afterEach(() => {
  life?.stop();
  life = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('content app', () => {
  it('patterns that do not come at first: nothing is marked clear meanwhile, the tab says it is not checked, and the page is read once they come', async () => {
    const snap = await snapshot();
    let asks = 0;
    bg.answer = async (type) => {
      if (type === 'getSnapshot') {
        asks++;
        if (asks === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
        return snap;
      }
      return type === 'tabReport' ? { resync: false } : null;
    };
    await start();
    await until('the tab report says the patterns are missing', lastReport, (r) => r?.patternsMissing === true);
    expect(states().every((x) => x === null), 'no post marked "clear" without patterns').toBe(true);
    // The next try (a second later) brings them: the page is read.
    await until('posts marked once the patterns came', states, (st) => st.every((x) => x !== null), 4000);
    expect(asks).toBe(2);
    expect(states().filter((x) => x === 'flagged')).toHaveLength(2);
    await until('the tab report no longer says so', lastReport, (r) => r !== undefined && r.patternsMissing === undefined && r.flagged.length === 2);
  });

  it('a post the reader revealed is not blurred again when the page is read again', async () => {
    const snap = await snapshot();
    bg.answer = async (type) => (type === 'getSnapshot' ? snap : type === 'tabReport' ? { resync: false } : null);
    await start({ blurHighSeverity: true });
    await until('posts blurred', () => articles().filter((a) => a.getAttribute('data-firebreak-blur') === 'on').length, (n) => n === 2);
    const first = articles()[0]!;
    // A click on its blurred words reveals it.
    (first.querySelector('[data-testid="tweetText"] span') as HTMLElement).click();
    expect(first.hasAttribute('data-firebreak-blur')).toBe(false);
    // The patterns changed (a "Not a threat" elsewhere, a pack update): every post is read again.
    const next = await snapshot('v2');
    bg.answer = async (type) => (type === 'getSnapshot' ? next : type === 'tabReport' ? { resync: false } : null);
    await bg.handlers.get('snapshotChanged')!({ data: 'v2' });
    await sleep(100);
    expect(first.hasAttribute('data-firebreak-blur'), 'the revealed post stays revealed').toBe(false);
    expect(articles()[3]!.getAttribute('data-firebreak-blur'), 'the other high-risk post stays blurred').toBe('on');
  });

  it('a Facebook post revealed under its content hash stays revealed once its permalink appears (its id changes)', async () => {
    const snap = await snapshot();
    bg.answer = async (type) => (type === 'getSnapshot' ? snap : type === 'tabReport' ? { resync: false } : null);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.facebook.com/');
    document.body.innerHTML = feedPage(unit(textPost('Ansar Relay', 'ansar.relay', `${THREAT} inshallah`), 1) + unit(textPost('Le Monde', 'lemonde', 'Bonjour'), 2));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { sites: { x: true, facebook: true }, blurHighSeverity: true } });
    life = new ContentLifecycle();
    await runContentApp(facebookAdapter, life);
    const post = await until('the post blurred', () => document.querySelector('[data-firebreak-blur="on"]'), (el) => el !== null);
    expect(post!.getAttribute('data-firebreak-id')).toMatch(/^h:/);
    (post!.querySelector('[data-ad-rendering-role="story_message"] div[style*="text-align"]') as HTMLElement).click();
    expect(post!.hasAttribute('data-firebreak-blur')).toBe(false);
    // The reader's pointer passes over the time: Facebook fills in the permalink; the post is read again with it (the
    // page read again after a pack update, here).
    post!.querySelector('a[href="#"][role="link"]')!.setAttribute('href', 'https://www.facebook.com/ansar.relay/posts/pfbid0Abc123');
    const next = await snapshot('v2');
    bg.answer = async (type) => (type === 'getSnapshot' ? next : type === 'tabReport' ? { resync: false } : null);
    await bg.handlers.get('snapshotChanged')!({ data: 'v2' });
    await until('the post known by its permalink', () => post!.getAttribute('data-firebreak-id'), (id) => id !== null && !id.startsWith('h:'));
    await sleep(100);
    expect(post!.hasAttribute('data-firebreak-blur'), 'still revealed').toBe(false);
  });

  it("a flagged post whose node X recycles for another post stays listed, as one scrolled away does", async () => {
    const snap = await snapshot();
    bg.answer = async (type) => (type === 'getSnapshot' ? snap : type === 'tabReport' ? { resync: false } : null);
    await start();
    await until('two flagged posts reported', lastReport, (r) => r?.flagged?.length === 2);
    // The node of post 1000 (flagged) now shows post 2000, an ordinary one: the same article element, its insides
    // rendered anew with other words and another status link.
    const node = articles()[0]!;
    const holder = document.createElement('div');
    holder.innerHTML = article({ handle: 'other', id: '2000', body: textBlock(s('hello again')) });
    node.replaceChildren(...holder.firstElementChild!.childNodes);
    await until('the recycled node read as a clear post', () => node.getAttribute('data-firebreak'), (x) => x === 'clear');
    expect(articles()[0]).toBe(node);
    await sleep(1200);
    const ids = new Set<string>();
    for (const r of reports()) {
      for (const f of r.flagged) ids.add(f.post.id);
      for (const id of r.delta?.removed ?? []) ids.delete(id);
    }
    expect([...ids].sort()).toEqual(['1000', '1003']);

    // In-app navigation to another page: the site removes the timeline's other cells and keeps the recycled node,
    // which shows post 2000. Neither flagged post is on the page any more: both leave the list.
    for (const a of articles()) if (a !== node) a.closest('[data-testid="cellInnerDiv"]')!.remove();
    history.pushState({}, '', '/someone/status/2000');
    const listed = () => {
      const now = new Set<string>();
      for (const r of reports()) {
        for (const f of r.flagged) now.add(f.post.id);
        for (const id of r.delta?.removed ?? []) now.delete(id);
      }
      return [...now];
    };
    await until('the posts of the page left are dropped', listed, (l) => l.length === 0, 6000);
  });

  it('one post the adapter cannot read leaves the others of the slice marked', async () => {
    const snap = await snapshot();
    bg.answer = async (type) => (type === 'getSnapshot' ? snap : type === 'tabReport' ? { resync: false } : null);
    const scan = xAdapter.scan.bind(xAdapter);
    const bad = articles()[2]!;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(xAdapter, 'scan').mockImplementation((el: Element) => {
      if (el === bad) throw new Error('markup never seen');
      return scan(el);
    });
    await start();
    await until('every other post marked', states, (st) => st.filter((x) => x !== null).length === 5);
    expect(bad.hasAttribute('data-firebreak')).toBe(false);
    expect(states()[0]).toBe('flagged');
    expect(states()[3]).toBe('flagged');
    expect(warn).toHaveBeenCalledWith('[Firebreak] could not read a post; it is left unmarked:', expect.any(Error));
  });

  it('settings storage unreadable at start: a site the reader turned off is left alone once they can be read', async () => {
    const snap = await snapshot();
    bg.answer = async (type) => (type === 'getSnapshot' ? snap : type === 'tabReport' ? { resync: false } : null);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { sites: { x: false, facebook: true } } });
    const realGet = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let reads = 0;
    // The first four reads fail (the profile busy): the page starts with the defaults, then the retry reads them.
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys: never) => {
      reads++;
      return reads <= 4 ? Promise.reject(new Error('IO error: .../LOCK: File currently in use')) : realGet(keys);
    }) as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    life = new ContentLifecycle();
    await runContentApp(xAdapter, life);
    await until('posts read with the defaults meanwhile', states, (st) => st.every((x) => x !== null));
    expect(warn).toHaveBeenCalledWith('[Firebreak] could not read the settings (trying again):', expect.any(Error));
    // The settings read at last say X is off: its marks go.
    await until('marks removed once the settings were read', states, (st) => st.every((x) => x === null), 6000);
    expect(reads).toBeGreaterThanOrEqual(5);
    expect(document.querySelector('[data-firebreak-badge], .firebreak-badge')).toBeNull();
  });
});
