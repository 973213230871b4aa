// Keyboard focus in real browsers, where a keyboard user goes after "Not a threat" and Undo: the in-page panel gives
// focus back to the post's badge (a new one after Undo) or to the post itself (no badge after "Not a threat"), never
// to <body>; Tab stays within the panel while it is open; in the side panel, Esc and "Back to the list" go back to
// the list with focus on the post's item, or on the item that took its place once the post left the list.
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type E2EBrowser, type E2EPage } from './helpers/browsers';
import { useE2EBrowser } from './helpers/lifecycle';
import { flaggedPosts, openFixture, page, useFixtureServer, type ExpectedPage } from './helpers/fixtures';
import { expectToolbarBadge, label, markOf, openPanel, panelOf, sidePanelIds, waitForMarks, type FocusInfo } from './helpers/flows';
import { settle, until } from './helpers/wait';

const SITES = ['x', 'facebook'] as const;
type Site = (typeof SITES)[number];
const MAIN: Record<Site, ExpectedPage> = { x: page('x', 'home'), facebook: page('facebook', 'feed') };

/** Where focus is on the page: a badge (its post's fixture id), a control of the panel (its name), a post, or else. */
interface PageFocus {
  kind: string;
  id: string | null;
  name: string | null;
}

function pageFocus(tab: E2EPage): Promise<PageFocus> {
  return tab.evaluate(() => {
    const fx = (window as unknown as { __fixture: { expectedFor(el: Element): { id: string } | null } }).__fixture;
    const a = document.activeElement;
    if (!a || a === document.body) return { kind: 'body', id: null, name: null };
    if (a.localName === 'firebreak-badge') {
      const c = a.closest('[data-firebreak]');
      return { kind: 'badge', id: c ? (fx.expectedFor(c)?.id ?? null) : null, name: null };
    }
    if (a.localName === 'firebreak-panel') {
      const inner = a.shadowRoot?.activeElement ?? null;
      const name = inner ? (inner.getAttribute('aria-label') ?? inner.textContent ?? '').trim() : null;
      return { kind: 'panel', id: null, name };
    }
    if (a.hasAttribute('data-firebreak')) return { kind: 'post', id: fx.expectedFor(a)?.id ?? null, name: null };
    return { kind: a.localName, id: null, name: null };
  });
}

async function focusPanelButton(tab: E2EPage, name: string, where: string): Promise<void> {
  const h = await until(`${where}: the panel's "${name}" button`, () => tab.probeHandle('panelButton', name), (x) => x !== null);
  try {
    await h!.focus();
  } finally {
    await h!.dispose();
  }
}

const fixtureServer = useFixtureServer();

describe.each(BROWSERS)('keyboard focus in %s', (kind) => {
  let b: E2EBrowser;
  const { track, browser: lifecycleBrowser } = useE2EBrowser(kind, fixtureServer);
  const fixtureTab = async (p: ExpectedPage): Promise<E2EPage> => track(await openFixture(b, p));

  beforeAll(async () => {
    b = lifecycleBrowser();
  });

  for (const site of SITES) {
    it(`${site}: after "Not a threat" and Undo, Esc gives focus to the post's new badge; Tab stays in the panel`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)}`;
      const tab = await fixtureTab(p);
      await waitForMarks(tab, where, p.posts);
      const post = flaggedPosts(p)[0]!;
      await openPanel(tab, post.id, 'Enter', where);
      await until(`${where}: focus in the panel`, () => tab.probe<FocusInfo>('focus'), (f) => f.inPanel);

      // Tab past the last control (a link of the fact-check, at the end): the first one (the close button), not the
      // top of the site.
      const lastName = await tab.evaluate(() => {
        const sr = document.querySelector('firebreak-panel')!.shadowRoot!;
        const stops = Array.from(sr.querySelectorAll<HTMLElement>('a[href], button')).filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
        const last = stops[stops.length - 1]!;
        last.focus();
        return (last.textContent ?? '').trim();
      });
      expect((await pageFocus(tab)).name, `${where}: the last control focused`).toBe(lastName);
      await tab.press('Tab');
      expect(await pageFocus(tab), `${where}: Tab after the last control`).toEqual({ kind: 'panel', id: null, name: 'Close the Firebreak panel' });

      // The two decisions come one after the other, right after the post: "Report to …", then "Not a threat".
      const reportTo = `Report to ${site === 'x' ? 'X' : 'Facebook'}`;
      await focusPanelButton(tab, reportTo, where);
      await tab.press('Tab');
      expect((await pageFocus(tab)).name, `${where}: Tab after "${reportTo}"`).toBe('Not a threat');

      await focusPanelButton(tab, 'Not a threat', where);
      await tab.press('Enter');
      await until(`${where}: post ${post.id} cleared`, () => markOf(tab, post.id), (m) => m?.state === 'clear' && m.badges.length === 0);
      await until(`${where}: focus on Undo`, () => pageFocus(tab), (f) => f.kind === 'panel' && f.name === 'Undo');
      // Undo takes the place of "Not a threat", after "Report to …"; the round still goes from the last control to the first.
      await focusPanelButton(tab, reportTo, where);
      await tab.press('Tab');
      expect((await pageFocus(tab)).name, `${where}: Tab after "${reportTo}"`).toBe('Undo');

      await focusPanelButton(tab, 'Undo', where);
      await tab.press('Space');
      await until(`${where}: post ${post.id} flagged again`, () => markOf(tab, post.id), (m) => m?.state === 'flagged' && m.badges.length === 1);
      await until(`${where}: focus on "Not a threat"`, () => pageFocus(tab), (f) => f.kind === 'panel' && f.name === 'Not a threat');

      await tab.press('Escape');
      await until(`${where}: Esc closes the panel`, () => panelOf(tab), (x) => x === null);
      const focus = await until(`${where}: focus on the post's new badge`, () => pageFocus(tab), (f) => f.kind !== 'panel');
      expect(focus, `${where}: focus after Esc`).toEqual({ kind: 'badge', id: post.id, name: null });
    });

    it(`${site}: after "Not a threat" (the badge is gone), the close button gives focus to the post itself`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)}`;
      const tab = await fixtureTab(p);
      await waitForMarks(tab, where, p.posts);
      const post = flaggedPosts(p)[0]!;
      const fbId = (await markOf(tab, post.id))!.fbId!;
      await openPanel(tab, post.id, 'Enter', where);
      await focusPanelButton(tab, 'Not a threat', where);
      await tab.press('Enter');
      await until(`${where}: post ${post.id} cleared`, () => markOf(tab, post.id), (m) => m?.state === 'clear' && m.badges.length === 0);
      await until(`${where}: focus on Undo`, () => pageFocus(tab), (f) => f.kind === 'panel' && f.name === 'Undo');
      await focusPanelButton(tab, 'Close the Firebreak panel', where);
      await tab.press('Enter');
      await until(`${where}: the close button closes the panel`, () => panelOf(tab), (x) => x === null);
      const focus = await until(`${where}: focus on the post`, () => pageFocus(tab), (f) => f.kind !== 'panel');
      expect(focus, `${where}: focus after closing`).toEqual({ kind: 'post', id: post.id, name: null });
      // Tab goes on from the post: into it (its links and buttons), not to the top of the page.
      await tab.press('Tab');
      const next = await tab.evaluate((id: string) => {
        const fx = (window as unknown as { __fixture: { expectedFor(el: Element): { id: string } | null } }).__fixture;
        const c = Array.from(document.querySelectorAll('[data-firebreak]')).find((el) => fx.expectedFor(el)?.id === id);
        const a = document.activeElement;
        return { inPost: !!(c && a && c.contains(a) && a !== c), after: !!(c && a && c.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) };
      }, post.id);
      expect(next.inPost || next.after, `${where}: Tab from the post goes on after it`).toBe(true);
      // Undone (the background takes the post id), for the tests after this one in this browser's profile.
      await b.bgMessage('removeFeedback', fbId);
      await until(`${where}: post ${post.id} flagged again`, () => markOf(tab, post.id), (m) => m?.state === 'flagged');
    });
  }

  // The side panel is opened here as a tab. Firefox's driver delivers keys only to the selected tab, so the harness
  // selects the panel's tab before a key press; the panel keeps describing the fixture tab meanwhile.
  it('x side panel: after "Not a threat", Esc and "Back to the list" focus the post\'s item, kept in the list with Undo', async () => {
    const p = MAIN.x;
    const where = `${kind} ${label(p)} side panel`;
    const tab = await fixtureTab(p);
    const marks = await waitForMarks(tab, where, p.posts);
    const tabId = await b.tabIdOf(tab);
    const n = marks.filter((m) => m.state === 'flagged').length;
    expect(n, `${where}: flagged posts on the page`).toBeGreaterThanOrEqual(3);
    const side = track(await b.openExtensionPage('sidepanel.html'));
    await tab.bringToFront();
    const ids = await until(`${where}: the side panel lists the flagged posts`, () => sidePanelIds(side), (l) => l.length === n);
    // Opened as a tab here, the panel may become the active tab itself: it keeps describing the page it showed.
    await side.bringToFront();
    await settle(2500);
    expect(await sidePanelIds(side), `${where}: the list while the panel's own tab is active`).toEqual(ids);
    await tab.bringToFront();
    const focused = () =>
      side.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a || a === document.body) return 'body';
        if (a.dataset.postId) return `item:${a.dataset.postId}`;
        if (a.classList.contains('fb-list-title')) return 'heading';
        if (a.classList.contains('fb-title')) return 'detail-title';
        return `${a.localName}:${(a.textContent ?? '').trim().slice(0, 40)}`;
      });
    const inList = (f: string) => f.startsWith('item:') || f === 'heading';
    // One Enter on a post's item opens its detail with focus on the title, whenever it comes (the panel draws its list
    // again at every state poll).
    const open = async (id: string) => {
      // Shown, as a side panel is while one uses it: a panel out of sight does not poll its tab (every 2 s when
      // visible), so a state read while the tab was between two reports would stay on screen.
      await side.bringToFront();
      await until(
        `${where}: the item of ${id} is listed and takes focus`,
        () =>
          side.evaluate((x: string) => {
            const item = document.querySelector<HTMLElement>(`[data-post-id="${CSS.escape(x)}"]`);
            item?.focus();
            const a = document.activeElement as HTMLElement | null;
            // What the panel shows when it does not: its items, the detail's title, and what holds focus.
            return {
              ok: document.activeElement === item && item !== null,
              items: Array.from(document.querySelectorAll<HTMLElement>('[data-post-id]')).map((e) => e.dataset.postId),
              detail: document.querySelector('article.fb-detail .fb-title')?.textContent ?? null,
              active: a ? `${a.localName}.${a.className}` : null,
              hidden: item ? item.closest('[hidden],[inert],[aria-hidden="true"]') !== null : null,
            };
          }, id),
        (r) => r.ok,
      );
      await side.press('Enter');
      await until(`${where}: the detail of ${id} opens with focus on its title`, focused, (f) => f === 'detail-title');
    };
    const notThreat = async (left: number) => {
      await side.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('button')).find((x) => /Not a threat/.test(x.textContent ?? ''))!.focus());
      await side.press('Enter');
      await until(`${where}: focus on Undo`, focused, (f) => f.startsWith('button:Undo'));
      // The page drops the post from its flagged list; the side panel reads it again (its state poll is 2 s).
      await expectToolbarBadge(b, tabId, String(left), where);
      await settle(2500);
    };

    /** The item of a post as listed: marked "Not a threat" (greyed), and its Undo button's name. */
    const itemOf = (id: string) =>
      side.evaluate((x: string) => {
        const li = document.querySelector(`[data-post-id="${CSS.escape(x)}"]`)?.closest('li');
        return li ? { dismissed: li.classList.contains('is-dismissed'), undo: li.querySelector('.fb-list-undo button')?.getAttribute('aria-label') ?? null } : null;
      }, id);

    // The middle post, dismissed, then Esc: back on its item, which stays listed (the page no longer flags it),
    // greyed, with Undo.
    await open(ids[1]!);
    await notThreat(n - 1);
    await side.press('Escape');
    await until(`${where}: Esc goes back to the list`, () => side.evaluate(() => document.querySelector('article.fb-detail') === null), (x) => x);
    expect(await until(`${where}: focus back in the list`, focused, inList), `${where}: focus after Esc`).toBe(`item:${ids[1]}`);
    expect(await sidePanelIds(side), `${where}: the dismissed post is still listed`).toEqual(ids);
    expect(await itemOf(ids[1]!), `${where}: the dismissed post's item`).toEqual({ dismissed: true, undo: expect.stringMatching(/^Undo “Not a threat”: post by /) });

    // The last post, dismissed, then "Back to the list": its item too.
    const last = ids[ids.length - 1]!;
    await open(last);
    await notThreat(n - 2);
    await side.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('button')).find((x) => /Back to the list/.test(x.textContent ?? ''))!.focus());
    await side.press('Enter');
    expect(await until(`${where}: "Back" goes back to the list`, focused, inList), `${where}: focus after Back`).toBe(`item:${last}`);

    // Undo in the list: the page flags the post again, focus stays on its item, no longer greyed.
    await side.evaluate((x: string) => document.querySelector(`[data-post-id="${CSS.escape(x)}"]`)!.closest('li')!.querySelector<HTMLElement>('.fb-list-undo button')!.focus(), ids[1]!);
    await side.press('Enter');
    await expectToolbarBadge(b, tabId, String(n - 1), `${where} after Undo in the list`);
    expect(await until(`${where}: focus on the undone post's item`, focused, inList), `${where}: focus after Undo`).toBe(`item:${ids[1]}`);
    expect(await itemOf(ids[1]!), `${where}: the undone post's item`).toEqual({ dismissed: false, undo: null });

    // Esc on a post still listed: its own item.
    await open(ids[0]!);
    await side.press('Escape');
    expect(await until(`${where}: Esc goes back to the list`, focused, inList), `${where}: focus after Esc`).toBe(`item:${ids[0]}`);

    await b.bgMessage('removeFeedback', last);
    await expectToolbarBadge(b, tabId, String(n), `${where} after undoing`);
  });
});
