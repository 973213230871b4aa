// @vitest-environment happy-dom
// The side panel's list and the keyboard: "Back to the list" and Esc go back from a post's detail to the list, with
// focus on the post's item; when the post has left the list meanwhile ("Not a threat": the tab stops reporting it as
// flagged), on the item that took its place, else the one before it, else the list's heading, never on <body>.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { DetailView } from '../../components/DetailView';
import { PostList } from '../../components/PostList';
import { t } from '../../lib/i18n';
import type { FlaggedPost } from '../../lib/messages';
import { sampleList, SAMPLE_CONTEXTS } from '../../lib/ui/sample';
import { sampleDetailProps } from './helpers/detail-props';

import './helpers/happy-dom-purify';

let container: HTMLElement | null = null;

afterEach(() => {
  if (container) {
    act(() => render(null, container!));
    container.remove();
    container = null;
  }
});

/** Posts a, b, c, d, newest first (each an hour older than the one before). */
function posts(): FlaggedPost[] {
  const [sample] = sampleList('en');
  return ['a', 'b', 'c', 'd'].map((id, i) => ({
    ...sample!,
    post: { ...sample!.post, id, author: { ...sample!.post.author, name: `Author ${id}` }, time: new Date(Date.UTC(2026, 10, 27, 20 - i)).toISOString() },
  }));
}

interface Harness {
  setItems(items: FlaggedPost[]): void;
}

/** The list as the side panel uses it: controlled selection, items as the tab reports them. */
function mountList(initial: FlaggedPost[]): Harness {
  const harness = {} as Harness;
  function App() {
    const [items, setItems] = useState(initial);
    const [selectedId, setSelectedId] = useState<string | null>(null);
    harness.setItems = setItems;
    return (
      <PostList
        lang="en"
        theme="light"
        items={items}
        selectedId={selectedId}
        onSelect={setSelectedId}
        renderDetail={(item) => <DetailView {...sampleDetailProps('en', { post: item.post, result: item.result, contexts: SAMPLE_CONTEXTS })} />}
      />
    );
  }
  container = document.createElement('div');
  document.body.appendChild(container);
  act(() => render(<App />, container!));
  return harness;
}

const root = () => container!;
const item = (id: string) => root().querySelector<HTMLElement>(`.fb-list-open[data-post-id="${id}"]`);
const backButton = () => Array.from(root().querySelectorAll('button')).find((b) => b.textContent?.includes(t('en', 'list_back')))!;

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

async function open(id: string): Promise<void> {
  const el = item(id)!;
  el.focus();
  await act(async () => el.click());
  await settle();
  expect(root().querySelector('article.fb-detail'), `detail of ${id}`).not.toBeNull();
  // Focus on the detail's heading, as the list puts it.
  expect(document.activeElement?.classList.contains('fb-title')).toBe(true);
}

async function back(): Promise<void> {
  await act(async () => backButton().click());
  await settle();
  expect(root().querySelector('article.fb-detail')).toBeNull();
}

function escape(target: EventTarget = document.activeElement ?? document.body): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  act(() => {
    target.dispatchEvent(e);
  });
  return e;
}

describe('side panel list: focus after "Back to the list"', () => {
  it('on the post\'s own item while it is listed', async () => {
    mountList(posts());
    await open('b');
    await back();
    expect(document.activeElement).toBe(item('b'));
  });

  it('a post that left the list: the item after it, which took its place', async () => {
    const h = mountList(posts());
    await open('b');
    await act(async () => h.setItems(posts().filter((p) => p.post.id !== 'b')));
    // The detail stays open on the post it showed.
    expect(root().querySelector('article.fb-detail')).not.toBeNull();
    await back();
    expect(document.activeElement).toBe(item('c'));
  });

  it('the last post left the list: the item before it; newer posts arrived meanwhile change nothing', async () => {
    const h = mountList(posts());
    await open('d');
    const [newest] = posts();
    await act(async () => h.setItems([...posts().filter((p) => p.post.id !== 'd'), { ...newest!, post: { ...newest!.post, id: 'z', time: '2026-11-28T00:00:00.000Z' } }]));
    await back();
    expect(document.activeElement).toBe(item('c'));
  });

  it('its neighbours left too: the nearest still listed', async () => {
    const h = mountList(posts());
    await open('b');
    await act(async () => h.setItems(posts().filter((p) => p.post.id === 'a')));
    await back();
    expect(document.activeElement).toBe(item('a'));
  });

  it('no post left: the list\'s heading', async () => {
    const h = mountList(posts());
    await open('a');
    await act(async () => h.setItems([]));
    await back();
    const heading = root().querySelector<HTMLElement>('.fb-list-title')!;
    expect(root().querySelector('.fb-list-empty')).not.toBeNull();
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });
});

describe('side panel list: Esc in a post\'s detail', () => {
  it('goes back to the list, focus on the post\'s item, as "Back to the list" does', async () => {
    mountList(posts());
    await open('c');
    // Assistive technology can tell: the back button names its key.
    expect(backButton().getAttribute('aria-keyshortcuts')).toBe('Escape');
    const e = escape();
    await settle();
    expect(e.defaultPrevented).toBe(true);
    expect(root().querySelector('article.fb-detail')).toBeNull();
    expect(document.activeElement).toBe(item('c'));
  });

  it('from a button of the detail, and with focus on no control at all (<body>)', async () => {
    mountList(posts());
    await open('a');
    const download = Array.from(root().querySelectorAll<HTMLElement>('button')).find((b) => b.textContent?.includes(t('en', 'detail_download')))!;
    download.focus();
    escape(download);
    await settle();
    expect(document.activeElement).toBe(item('a'));

    await open('b');
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    escape(document.body);
    await settle();
    expect(root().querySelector('article.fb-detail')).toBeNull();
    expect(document.activeElement).toBe(item('b'));
  });

  it('after the post left the list, like "Back": the item that took its place', async () => {
    const h = mountList(posts());
    await open('a');
    await act(async () => h.setItems(posts().filter((p) => p.post.id !== 'a')));
    escape();
    await settle();
    expect(document.activeElement).toBe(item('b'));
  });

  it('an Esc something inside already handled (default prevented) stays there; in the list, Esc does nothing', async () => {
    mountList(posts());
    await open('a');
    const title = document.activeElement!;
    title.addEventListener('keydown', (e) => e.preventDefault(), { once: true });
    escape(title);
    await settle();
    expect(root().querySelector('article.fb-detail')).not.toBeNull();
    await back();
    const e = escape();
    await settle();
    expect(e.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(item('a'));
  });
});

describe('side panel list: a click right after the list was drawn again', () => {
  /** Until Preact has drawn what is pending and run the effects it runs after paint. */
  const painted = () => new Promise((r) => setTimeout(r, 150));

  // The side panel reads its tab every 2 s and draws the list again; a click can land after that render and before
  // its effects (which run after paint). The detail still takes focus, and "Back" still gives it to the item.
  it('opens the detail with focus on its title; Back gives focus to the item', async () => {
    const h = mountList(posts());
    h.setItems(posts()); // outside act: drawn at the next microtask, its effects after paint
    await Promise.resolve();
    await Promise.resolve();
    item('b')!.focus();
    item('b')!.click();
    await painted();
    expect(root().querySelector('article.fb-detail')).not.toBeNull();
    expect(document.activeElement?.classList.contains('fb-title')).toBe(true);

    h.setItems(posts());
    await Promise.resolve();
    await Promise.resolve();
    backButton().click();
    await painted();
    expect(root().querySelector('article.fb-detail')).toBeNull();
    expect(document.activeElement).toBe(item('b'));
  });
});

describe('side panel list: the focused item leaves the list', () => {
  it('focus goes to the item that took its place, then to the heading when the list empties, never to <body>', async () => {
    const h = mountList(posts());
    item('b')!.focus();
    expect(document.activeElement).toBe(item('b'));
    await act(async () => h.setItems(posts().filter((p) => p.post.id !== 'b')));
    await settle();
    expect(document.activeElement).toBe(item('c'));
    await act(async () => h.setItems([]));
    await settle();
    expect(document.activeElement).toBe(root().querySelector('.fb-list-title'));
  });

  it('focus elsewhere stays there when an item leaves, on another control or on the page itself', async () => {
    const h = mountList(posts());
    item('b')!.focus();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    await act(async () => h.setItems(posts().filter((p) => p.post.id !== 'b')));
    await settle();
    expect(document.activeElement).toBe(outside);
    outside.remove();
    // The user took focus off the list (a click on the page's background): an item leaving later does not pull it back.
    item('c')!.focus();
    item('c')!.blur();
    expect(document.activeElement).toBe(document.body);
    await act(async () => h.setItems(posts().filter((p) => p.post.id !== 'b' && p.post.id !== 'c')));
    await settle();
    expect(document.activeElement).toBe(document.body);
  });
});
