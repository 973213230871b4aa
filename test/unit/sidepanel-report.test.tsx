// @vitest-environment happy-dom
// The side panel's report to a destination: the evidence the tab builds is asked for without an image (a report
// copies no image fingerprint), copied, and the destination's page opened; when the tab does not answer in time, the
// panel builds the evidence itself from what the tab reported, the post's link included.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { FlaggedPost, TabState } from '../../lib/messages';
import { sampleList } from '../../lib/ui/sample';
import { buildEvidence } from '../../lib/report/evidence';

const tab = { state: null as TabState | null, sent: [] as [string, unknown][], answer: true };

vi.mock('../../lib/messages', () => ({
  sendMessage: vi.fn(async (name: string, arg: unknown) => {
    tab.sent.push([name, arg]);
    if (name === 'getTabState') return tab.state;
    if (name === 'captureEvidence') {
      if (!tab.answer) return new Promise(() => undefined); // a tab that never answers
      const { postId } = arg as { postId: string };
      const item = (tab.state as unknown as { flagged: FlaggedPost[] }).flagged.find((f) => f.post.id === postId)!;
      // The tab's bundle: the link it found on the page, captured on the page it was seen on.
      const bundle = await buildEvidence({ ...item.post, url: 'https://x.com/found_by_tab/status/1' }, item.result, 'https://x.com/home', new Date());
      return { bundle, pngBase64: null };
    }
    if (name === 'logReport') return { id: 'r-1' };
    return null;
  }),
}));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountSidePanel, unmountSidePanel } from './helpers/side-panel';

import './helpers/happy-dom-purify';

let root: HTMLElement | null = null;
let items: FlaggedPost[] = [];
let copied: string[] = [];
let opened: string[] = [];

async function settle(ms = 30): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  tab.sent = [];
  tab.answer = true;
  copied = [];
  opened = [];
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 7, url: 'https://x.com/home' }]) as unknown as typeof fakeBrowser.tabs.query);
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async (p: { url: string }) => {
    opened.push(p.url);
    return { id: 99 };
  }) as unknown as typeof fakeBrowser.tabs.create);
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (s: string) => void copied.push(s) },
  });
  items = sampleList('en').filter((f) => f.post.site === 'x');
  tab.state = { tabId: 7, url: 'https://x.com/home', site: 'x', flagged: items, scanned: 12, unreadable: false } as unknown as TabState;
  root = await mountSidePanel();
});

afterEach(() => {
  vi.restoreAllMocks();
  unmountSidePanel(root);
  root = null;
});

async function reportFirstPost(): Promise<void> {
  const id = items[0]!.post.id;
  await act(async () => (root!.querySelector(`.fb-list-open[data-post-id="${id}"]`) as HTMLElement).click());
  await settle();
  await act(async () => root!.querySelector<HTMLButtonElement>('.fb-dest-btn')!.click());
}

describe('side panel: report to a destination', () => {
  it("copies the tab's evidence, asked for without an image, and opens the destination's page", async () => {
    await reportFirstPost();
    await settle(60);
    expect(tab.sent).toContainEqual(['captureEvidence', { postId: items[0]!.post.id, image: false }]);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^Link: https:\/\/x\.com\/found_by_tab\/status\/1$/m);
    expect(copied[0]).not.toContain('Image of the post');
    expect(opened).toEqual(['https://help.x.com/en/safety-and-security/report-abusive-behavior']);
    expect(tab.sent.some(([n]) => n === 'logReport')).toBe(true);
  });

  it('builds the evidence itself when the tab does not answer in time, with the link the tab reported', async () => {
    tab.answer = false;
    items[0]!.post.url = 'https://x.com/reported/status/2';
    await reportFirstPost();
    await settle(2700);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^Link: https:\/\/x\.com\/reported\/status\/2$/m);
    expect(copied[0]).toMatch(/^Seen on page: https:\/\/x\.com\/home$/m);
  });
});
