// @vitest-environment happy-dom
// The side panel after "Not a threat": the tab stops reporting the post, and the list keeps it for the session,
// greyed and labelled "Not a threat", with Undo; after Undo it is listed as flagged again. It says "Marked as not a
// threat." once. Posts kept on one page are not listed on another.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { FlaggedPost, TabState } from '../../lib/messages';
import { sampleList } from '../../lib/ui/sample';

/** What the tab reports, as the background gives it; the messages the panel sent. */
const tab = { state: null as TabState | null, sent: [] as [string, unknown][], holdAdd: null as Promise<void> | null };

vi.mock('../../lib/messages', () => ({
  sendMessage: vi.fn(async (name: string, arg: unknown) => {
    tab.sent.push([name, arg]);
    if (name === 'getTabState') return tab.state;
    if (name === 'addFeedback') {
      if (tab.holdAdd) await tab.holdAdd;
      return { id: 'fb-1' };
    }
    return null;
  }),
}));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountSidePanel, unmountSidePanel } from './helpers/side-panel';
import { t } from '../../lib/i18n';

import './helpers/happy-dom-purify';

const URL_HOME = 'https://x.com/home';
let root: HTMLElement | null = null;
let tabId = 0;
let items: FlaggedPost[] = [];

function report(flagged: FlaggedPost[], url = URL_HOME): void {
  tab.state = { tabId, url, site: 'x', flagged, scanned: 12, unreadable: false } as unknown as TabState;
}

async function settle(ms = 30): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

/** The panel reads the tab again (as its poll or a storage change makes it do). */
async function poll(): Promise<void> {
  await act(async () => {
    await fakeBrowser.storage.session.set({ tick: Math.random() });
  });
  await settle();
}

const listItem = (id: string) => root!.querySelector(`.fb-list-open[data-post-id="${id}"]`)?.closest('li') ?? null;
const button = (text: string) => Array.from(root!.querySelectorAll('button')).find((b) => b.textContent?.includes(text));

beforeEach(async () => {
  fakeBrowser.reset();
  tab.sent = [];
  tab.holdAdd = null;
  // The active tab of the panel's window (the fake browser has no focused window).
  tabId = 7;
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: tabId, url: URL_HOME }]) as unknown as typeof fakeBrowser.tabs.query);
  items = sampleList('en');
  report(items);
  root = await mountSidePanel();
});

afterEach(() => {
  vi.restoreAllMocks();
  unmountSidePanel(root);
  root = null;
});

describe('side panel: posts marked "Not a threat" stay listed for the session', () => {
  it('keeps the post listed, greyed, labelled and with Undo, once the tab no longer reports it; Undo lists it as flagged', async () => {
    const [first, second] = items;
    const id = first!.post.id;
    expect(listItem(id)).not.toBeNull();
    await act(async () => (root!.querySelector(`.fb-list-open[data-post-id="${id}"]`) as HTMLElement).click());
    await settle();
    await act(async () => button(t('en', 'detail_not_threat'))!.click());
    await settle();
    // Said once.
    expect(root!.textContent!.split(t('en', 'detail_marked_not_threat')).length - 1).toBe(1);
    expect(tab.sent.some(([n]) => n === 'addFeedback')).toBe(true);

    // The tab drops the post from its flagged list.
    report([second!]);
    await poll();
    await act(async () => button(t('en', 'list_back'))!.click());
    await settle();
    const item = listItem(id)!;
    expect(item, 'the dismissed post is still listed').not.toBeNull();
    expect(item.classList.contains('is-dismissed')).toBe(true);
    expect(item.querySelector('.fb-list-dismissed')?.textContent).toBe(t('en', 'detail_not_threat'));
    expect(document.activeElement?.getAttribute('data-post-id')).toBe(id);
    expect(root!.querySelector('.fb-list-count')?.textContent).toBe(t('en', 'list_count', { count: '1' }));

    // Undo from the list.
    await act(async () => item.querySelector<HTMLButtonElement>('.fb-list-undo button')!.click());
    await settle();
    expect(tab.sent.some(([n, arg]) => n === 'removeFeedback' && arg === 'fb-1')).toBe(true);
    expect(listItem(id)?.classList.contains('is-dismissed')).toBe(false);
    expect(listItem(id)?.querySelector('.fb-list-undo')).toBeNull();
    expect(document.activeElement?.getAttribute('data-post-id')).toBe(id);
    expect(root!.querySelector('.fb-app-status')?.textContent).toBe(t('en', 'detail_undone'));
    expect(root!.querySelector('.fb-list-count')?.textContent).toBe(t('en', 'list_count', { count: '2' }));

    // The tab reports it again: listed once.
    report(items);
    await poll();
    expect(root!.querySelectorAll(`.fb-list-open[data-post-id="${id}"]`)).toHaveLength(1);
  });

  it('Undo before the store has answered "Not a threat" undoes it all the same (by the post\'s id)', async () => {
    const id = items[0]!.post.id;
    let release!: () => void;
    tab.holdAdd = new Promise<void>((r) => (release = r));
    await act(async () => (root!.querySelector(`.fb-list-open[data-post-id="${id}"]`) as HTMLElement).click());
    await settle();
    await act(async () => button(t('en', 'detail_not_threat'))!.click());
    await settle();
    await act(async () => button(t('en', 'detail_undo'))!.click());
    await settle();
    expect(tab.sent.some(([n, arg]) => n === 'removeFeedback' && arg === id)).toBe(true);
    release();
    await settle();
  });

  it('does not list a post kept on one page once the tab shows another', async () => {
    const [first, second] = items;
    const id = first!.post.id;
    await act(async () => (root!.querySelector(`.fb-list-open[data-post-id="${id}"]`) as HTMLElement).click());
    await settle();
    await act(async () => button(t('en', 'detail_not_threat'))!.click());
    await settle();
    report([second!], 'https://x.com/explore');
    await poll();
    await act(async () => button(t('en', 'list_back'))!.click());
    await settle();
    expect(listItem(id)).toBeNull();
    expect(listItem(second!.post.id)).not.toBeNull();
  });
});
