// Live pages: the built extension in real Chromium and Firefox ESR on the saved X and Facebook pages (served at the
// real hosts). What a user notices: every post marked as expected.json says, one badge per flagged post, the badge
// opening the in-page panel with the right context (mouse, Enter, Space), Esc and the close button, "Not a threat" and
// Undo, posts appended / recycled / expanded while scrolling, in-app navigation, the dark theme, the side panel, the
// popup and the toolbar badge, and no console errors anywhere.
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type E2EBrowser, type E2EPage } from './helpers/browsers';
import { useE2EBrowser } from './helpers/lifecycle';
import {
  PAGES,
  expectedPanel,
  flaggedPosts,
  openFixture,
  page,
  useFixtureServer,
  type ExpectedPage,
} from './helpers/fixtures';
import {
  closePanelWithEsc,
  expectMarkContract,
  expectPanelContext,
  expectToolbarBadge,
  label,
  markOf,
  openPanel,
  panelOf,
  popupStats,
  setSettings,
  sidePanelIds,
  waitForMarks,
  type FocusInfo,
  type MarkInfo,
} from './helpers/flows';
import { settle, until } from './helpers/wait';

const SITES = ['x', 'facebook'] as const;
type Site = (typeof SITES)[number];
/** The busiest page of each site (quote posts, "Show more"/"See more", comments, menus). */
const MAIN: Record<Site, ExpectedPage> = { x: page('x', 'home'), facebook: page('facebook', 'feed') };

interface FixturePostRef {
  id: string;
  flagged: boolean;
  isComment: boolean;
}

/** The fixture's own list of containers and what each should get, in the shape waitForMarks takes. */
async function fixtureExpectations(tab: E2EPage, note: string): Promise<{ id: string; flagged: boolean; note: string; author: { name: string } }[]> {
  const list = await tab.probe<FixturePostRef[]>('expected');
  return list.map((e) => ({ id: e.id, flagged: e.flagged, note, author: { name: e.isComment ? 'comment' : 'post' } }));
}

/** Index of the post for __fixture.recycle (X: the article among the timeline's; Facebook: the feed unit). */
async function recycleIndexOf(tab: E2EPage, site: Site, id: string): Promise<number> {
  return tab.evaluate(
    ([s, postId]: [Site, string]) => {
      const fx = (window as unknown as { __fixture: { expectedFor(el: Element): { id: string } | null } }).__fixture;
      const units =
        s === 'x'
          ? Array.from(document.querySelectorAll('[data-testid="primaryColumn"] section[role="region"] div[aria-label] > div article[data-testid="tweet"]'))
          : Array.from(document.querySelectorAll('[role="feed"] [aria-posinset]'));
      return units.findIndex((u) =>
        [u, ...Array.from(u.querySelectorAll('[data-firebreak]'))].some((c) => c.hasAttribute('data-firebreak') && fx.expectedFor(c)?.id === postId),
      );
    },
    [site, id] as [Site, string],
  );
}

const fixtureServer = useFixtureServer();

describe.each(BROWSERS)('live pages in %s', (kind) => {
  let b: E2EBrowser;
  const { track, browser: lifecycleBrowser } = useE2EBrowser(kind, fixtureServer);
  const fixtureTab = async (p: ExpectedPage, opts: { theme?: 'light' | 'dark' } = {}): Promise<E2EPage> => track(await openFixture(b, p, opts));

  beforeAll(async () => {
    b = lifecycleBrowser();
  });

  // ---- every fixture page -------------------------------------------------------------------------------------
  // By what each page holds (expectsPosts is what the adapter expects of the address: a reel's page expects no post,
  // and holds its reel's).

  for (const p of PAGES.filter((x) => x.posts.length > 0)) {
    it(`${label(p)}: every post is marked as expected.json says, and each badge opens its post's context`, async () => {
      const where = `${kind} ${label(p)}`;
      const tab = await fixtureTab(p);
      const marks = await waitForMarks(tab, where, p.posts);
      expect(marks.length, `${where}: marked containers`).toBe(p.posts.length);
      const fixture = await tab.probe<FixturePostRef[]>('expected');
      expect(fixture.map((e) => e.id).sort(), `${where}: the fixture's containers are expected.json's`).toEqual(p.posts.map((x) => x.id).sort());
      for (const m of marks) expectMarkContract(m, where);

      const flagged = flaggedPosts(p);
      expect(await tab.probe('badgeCount'), `${where}: <firebreak-badge> elements on the page`).toBe(flagged.length);
      const tabId = await b.tabIdOf(tab);
      await expectToolbarBadge(b, tabId, flagged.length ? String(flagged.length) : '', where);

      for (const post of flagged) {
        const panel = await openPanel(tab, post.id, 'click', where);
        expectPanelContext(panel, post, where);
        await closePanelWithEsc(tab, post.id, where);
      }
    });
  }

  for (const p of PAGES.filter((x) => x.posts.length === 0)) {
    it(`${label(p)} holds no posts: no marks, no badges, nothing counted`, async () => {
      const where = `${kind} ${label(p)}`;
      const tab = await fixtureTab(p);
      const tabId = await b.tabIdOf(tab);
      // The popup pointed at this tab proves the content script ran and reported it.
      const popup = track(await b.openExtensionPage('popup.html'));
      await tab.bringToFront();
      const stats = await until(`${where}: the popup shows this tab's counts`, () => popupStats(popup), (s) => s !== null);
      expect(stats, `${where}: popup counts`).toEqual({ checked: 0, flagged: 0 });
      expect(await tab.probe<MarkInfo[]>('marks'), `${where}: marked containers`).toEqual([]);
      expect(await tab.probe('badgeCount'), `${where}: badges`).toBe(0);
      expect(await b.badgeText(tabId), `${where}: toolbar badge`).toBe('');
    });
  }

  // ---- the badge and the panel ----------------------------------------------------------------------------------

  for (const site of SITES) {
    it(`${site}: the badge opens the panel with Enter and Space too; Esc and the close button close it and focus returns to the badge`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)}`;
      const tab = await fixtureTab(p);
      await waitForMarks(tab, where, p.posts);
      const post = flaggedPosts(p)[0]!;

      for (const how of ['Enter', 'Space'] as const) {
        const panel = await openPanel(tab, post.id, how, where);
        expectPanelContext(panel, post, where);
        await closePanelWithEsc(tab, post.id, where);
      }

      const panel = await openPanel(tab, post.id, 'click', where);
      expect(panel.buttons, `${where}: the panel has a close button`).toContain('Close the Firebreak panel');
      await tab.clickProbe('panelButton', 'Close the Firebreak panel', `${where}: the panel's close button`);
      await until(`${where}: the close button to close the panel`, () => panelOf(tab), (x) => x === null);
      const focus = await until(`${where}: focus back on the badge`, () => tab.probe<FocusInfo>('focus'), (f) => f.badgeOf === post.id);
      expect(focus.badgeOf).toBe(post.id);
    });

    it(`${site}: "Not a threat" clears the mark and Undo restores it`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)}`;
      const tab = await fixtureTab(p);
      await waitForMarks(tab, where, p.posts);
      const tabId = await b.tabIdOf(tab);
      const n = flaggedPosts(p).length;
      const post = flaggedPosts(p)[0]!;
      await expectToolbarBadge(b, tabId, String(n), where);

      await openPanel(tab, post.id, 'click', where);
      await tab.clickProbe('panelButton', 'Not a threat', `${where}: "Not a threat"`);
      const cleared = await until(
        `${where}: post ${post.id} cleared after "Not a threat"`,
        () => markOf(tab, post.id),
        (m) => m?.state === 'clear' && m.badges.length === 0,
      );
      expect(cleared?.severity, `${where}: no severity once dismissed`).toBeNull();
      const panel = await until(`${where}: the panel says it is marked not a threat`, () => panelOf(tab), (x) => !!x?.dismissedShown);
      expect(panel?.buttons, `${where}: Undo offered`).toContain('Undo');
      await expectToolbarBadge(b, tabId, n > 1 ? String(n - 1) : '', `${where} after "Not a threat"`);
      // The other flagged posts keep their marks.
      for (const other of flaggedPosts(p).slice(1)) expect((await markOf(tab, other.id))?.state, `${where}: post ${other.id}`).toBe('flagged');

      await tab.clickProbe('panelButton', 'Undo', `${where}: Undo`);
      const restored = await until(
        `${where}: post ${post.id} flagged again after Undo`,
        () => markOf(tab, post.id),
        (m) => m?.state === 'flagged' && m.badges.length === 1,
      );
      expectMarkContract(restored!, where);
      await expectToolbarBadge(b, tabId, String(n), `${where} after Undo`);
    });

    if (site === 'facebook') {
      it('facebook: "Not a threat" on a post whose permalink appeared (its id changes when it is read again) keeps it cleared, and Undo restores it', async () => {
        const p = MAIN[site];
        const where = `${kind} ${label(p)} (permalink filled in)`;
        const tab = await fixtureTab(p);
        await waitForMarks(tab, where, p.posts);
        const post = flaggedPosts(p)[0]!;
        expect((await markOf(tab, post.id))?.fbId, `${where}: post ${post.id} has a content-hash id before a hover`).toMatch(/^h:/);
        await openPanel(tab, post.id, 'click', where);
        // The pointer passes over the post's timestamp: Facebook fills in its link (the post's id once read again).
        await tab.evaluate((id: string) => {
          const fx = (window as unknown as { __fixture: { expectedFor(c: Element): { id: string } | null } }).__fixture;
          const c = Array.from(document.querySelectorAll('[data-firebreak]')).find((el) => fx.expectedFor(el)?.id === id);
          for (const a of Array.from(c?.querySelectorAll('a') ?? [])) a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        }, post.id);
        await tab.clickProbe('panelButton', 'Not a threat', `${where}: "Not a threat"`);
        await until(`${where}: post ${post.id} cleared`, () => markOf(tab, post.id), (m) => m?.state === 'clear' && m.badges.length === 0);
        // The background tells the tab of the new dismissal and every post is read again, this one under its permalink.
        const after = await until(`${where}: post ${post.id} read again under its permalink`, () => markOf(tab, post.id), (m) => !!m?.fbId && !m.fbId.startsWith('h:'));
        await settle(1000);
        expect((await markOf(tab, post.id))?.state, `${where}: still cleared under its new id ${after?.fbId}`).toBe('clear');
        await tab.clickProbe('panelButton', 'Undo', `${where}: Undo`);
        await until(`${where}: post ${post.id} flagged again after Undo`, () => markOf(tab, post.id), (m) => m?.state === 'flagged' && m.badges.length === 1);
        await settle(1500);
        expect((await markOf(tab, post.id))?.state, `${where}: still flagged after Undo`).toBe('flagged');
      });
    }

    it(`${site}: with "blur high-severity posts" on, their words are blurred (an X Article's title and body too) until clicked`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)} with blur on`;
      // The post's words as each site marks them (the adapters' text selectors, X Articles' blocks included).
      const TEXT = site === 'x'
        ? '[data-testid="tweetText"], [data-testid="twitter-article-title"], [data-testid="twitterArticleRichTextView"]'
        : '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ad-comet-preview="message"]';
      await setSettings(b, { blurHighSeverity: true });
      try {
        const tab = await fixtureTab(p);
        await waitForMarks(tab, where, p.posts);
        const blurred = () =>
          tab.evaluate((sel: string) =>
            Array.from(document.querySelectorAll('[data-firebreak-severity="high"]'), (post) => ({
              id: post.getAttribute('data-firebreak-id') ?? '',
              on: post.getAttribute('data-firebreak-blur') === 'on',
              blocks: Array.from(post.querySelectorAll(sel)).filter((el) => el.closest('[data-firebreak]') === post)
                .map((el) => getComputedStyle(el).filter.includes('blur')),
            })), TEXT);
        const high = await until(`${where}: high-severity posts blurred`, blurred, (list) => list.length > 0 && list.every((x) => x.on));
        for (const x of high!) {
          expect(x.blocks.length, `${where}: post ${x.id} has text blocks`).toBeGreaterThan(0);
          expect(x.blocks.every(Boolean), `${where}: every text block of post ${x.id} is blurred`).toBe(true);
        }
        if (site === 'x') expect(high!.map((x) => x.id), `${where}: the X Article is among them`).toContain('1994092227504747520');
        // A click on the blurred words reveals that post only.
        const first = high![0]!;
        await tab.click(`[data-firebreak-id="${first.id}"] :is(${TEXT})`);
        const after = await until(`${where}: post ${first.id} revealed by a click`, blurred, (list) => list.some((x) => x.id === first.id && !x.on));
        for (const x of after!.filter((y) => y.id !== first.id)) expect(x.on, `${where}: post ${x.id} still blurred`).toBe(true);
      } finally {
        await setSettings(b, { blurHighSeverity: false });
      }
    });

    if (site === 'facebook') {
      it('facebook: with "blur high-severity posts" on, a Watch video\'s caption written as bare words is blurred, its author\'s name is not, until clicked', async () => {
        const p = page('facebook', 'watch');
        const where = `${kind} ${label(p)} with blur on`;
        await setSettings(b, { blurHighSeverity: true });
        try {
          const tab = await fixtureTab(p);
          await waitForMarks(tab, where, p.posts);
          const state = () =>
            tab.evaluate(() =>
              Array.from(document.querySelectorAll('[data-firebreak-severity="high"]'), (post) => ({
                id: post.getAttribute('data-firebreak-id') ?? '',
                on: post.getAttribute('data-firebreak-blur') === 'on',
                caption: Array.from(post.querySelectorAll('[data-firebreak-text]'), (el) => ({
                  blurred: getComputedStyle(el).filter.includes('blur'),
                  words: (el.textContent ?? '').trim().length,
                })),
                author: Array.from(post.querySelectorAll('h2 a'), (el) => getComputedStyle(el).filter.includes('blur')),
              })).filter((x) => x.caption.length > 0),
            );
          const found = await until(`${where}: the video's caption blurred`, state, (list) => list.length === 1 && list[0]!.on && list[0]!.caption.every((c) => c.blurred));
          const post = found![0]!;
          expect(post.caption.every((c) => c.words > 0), `${where}: the blurred block holds the caption's words`).toBe(true);
          expect(post.author.length, `${where}: the author's heading link`).toBeGreaterThan(0);
          expect(post.author.some(Boolean), `${where}: the author's name stays readable`).toBe(false);
          await tab.click(`[data-firebreak-id="${post.id}"] [data-firebreak-text]`);
          await until(`${where}: the caption revealed by a click`, () => tab.evaluate((id: string) => document.querySelector(`[data-firebreak-id="${id}"]`)?.getAttribute('data-firebreak-blur') ?? null, post.id), (v) => v === null);
        } finally {
          await setSettings(b, { blurHighSeverity: false });
        }
      });
    }

    // ---- the page changes under Firebreak -----------------------------------------------------------------------

    it(`${site}: posts appended while scrolling get marked`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)} + appended posts`;
      const tab = await fixtureTab(p);
      await waitForMarks(tab, where, p.posts);
      const tabId = await b.tabIdOf(tab);
      const added = await tab.evaluate(() =>
        (window as unknown as { __fixture: { append(n: number, o: object): Promise<{ ids: string[]; flagged: string[] }> } }).__fixture.append(
          15,
          { flaggedEvery: 7, batch: 5 },
        ),
      );
      expect(added.ids.length).toBe(15);
      expect(added.flagged.length).toBe(2);
      const posts = [
        ...p.posts,
        ...added.ids.map((id) => ({ id, flagged: added.flagged.includes(id), note: 'appended', author: { name: 'appended post' } })),
      ];
      const marks = await waitForMarks(tab, where, posts);
      for (const m of marks) expectMarkContract(m, where);
      await expectToolbarBadge(b, tabId, String(flaggedPosts(p).length + added.flagged.length), where);
    });

    if (site === 'x') {
      it('x: the media viewer over its own status page (/status/ID/photo/1) shows the post again: flagged, counted once, and still counted after it closes', async () => {
        const p = page('x', 'status');
        const where = `${kind} ${label(p)} + media viewer`;
        const tab = await fixtureTab(p);
        await waitForMarks(tab, where, p.posts);
        const tabId = await b.tabIdOf(tab);
        const n = flaggedPosts(p).length;
        await expectToolbarBadge(b, tabId, String(n), where);
        // As X mounts it: a dialog in #layers holding the photo and the conversation again, the post first.
        const statusPath = await tab.evaluate(() => {
          const own = document.querySelector('article[data-testid="tweet"][tabindex="-1"]')!;
          const copy = own.cloneNode(true) as Element;
          for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
            for (const a of Array.from(el.attributes)) if (a.name.startsWith('data-firebreak')) el.removeAttribute(a.name);
          }
          copy.querySelectorAll('firebreak-badge').forEach((e) => e.remove());
          const dialog = document.createElement('div');
          dialog.id = 'e2e-media-viewer';
          dialog.setAttribute('role', 'dialog');
          dialog.setAttribute('aria-modal', 'true');
          dialog.innerHTML = '<div aria-label="Image" role="group"><img alt="Image" src="data:,"></div><section role="region"><div><div data-testid="cellInnerDiv"></div></div></section>';
          dialog.querySelector('[data-testid="cellInnerDiv"]')!.appendChild(copy);
          document.body.appendChild(dialog);
          const path = location.pathname;
          history.pushState(null, '', `${path}/photo/1`);
          return path;
        });
        const viewerState = () => tab.evaluate(() => document.querySelector('#e2e-media-viewer [data-firebreak]')?.getAttribute('data-firebreak') ?? '');
        await until(`${where}: the viewer's copy is marked`, viewerState, (x) => x === 'flagged');
        await settle(1500);
        await expectToolbarBadge(b, tabId, String(n), `${where}: the post shown twice is counted once`);
        // Closed: the page's copy is still on the page, marked, and still counted.
        await tab.evaluate((path: string) => {
          document.getElementById('e2e-media-viewer')!.remove();
          history.pushState(null, '', path);
        }, statusPath);
        await settle(2500);
        expect(await tab.probe('badgeCount'), `${where}: badges on the page after it closed`).toBe(n);
        await expectToolbarBadge(b, tabId, String(n), `${where}: after it closed`);
      });

      it('x: "Show on page" in the side panel brings back a post the virtual list dropped: scrolled to, marked again, its panel open', async () => {
        const p = MAIN.x;
        const where = `${kind} ${label(p)} + virtual list`;
        const tab = await fixtureTab(p);
        await waitForMarks(tab, where, p.posts);
        const first = flaggedPosts(p)[0]!;
        const id = (await markOf(tab, first.id))?.fbId ?? '';
        expect(id, `${where}: the first flagged post's id`).not.toBe('');
        // As X does: the list keeps a few screens of cells; the reader scrolls on and the first ones leave the DOM.
        await tab.evaluate(async () => {
          const fx = (window as unknown as { __fixture: { setVirtualize(n: number): void; append(n: number, o: object): Promise<unknown> } }).__fixture;
          fx.setVirtualize(12);
          for (let i = 0; i < 3; i++) {
            await fx.append(10, { flaggedEvery: 5, batch: 10 });
            window.scrollTo(0, document.documentElement.scrollHeight);
            await new Promise((r) => setTimeout(r, 150));
          }
        });
        const inDom = () => tab.evaluate((x: string) => !!document.querySelector(`[data-firebreak-id="${CSS.escape(x)}"]`), id);
        await until(`${where}: the post left the DOM`, inDom, (here) => !here);
        const side = track(await b.openExtensionPage('sidepanel.html'));
        await tab.bringToFront();
        await until(`${where}: the side panel still lists it`, () => sidePanelIds(side), (l) => l.includes(id));
        await side.evaluate((x: string) => {
          const item = document.querySelector(`[data-post-id="${CSS.escape(x)}"]`)!.closest('li')!;
          item.querySelector<HTMLButtonElement>('.fb-list-side button')!.click();
        }, id);
        await until(`${where}: the post rendered again and marked`, inDom, (here) => here);
        const panel = await until(`${where}: its panel open`, () => panelOf(tab), (x) => !!x && x.open && x.visible);
        expect(panel!.postText, `${where}: the panel shows the post brought back`).toContain(first.text.slice(0, 40));
        const seen = await tab.evaluate((x: string) => {
          const r = document.querySelector(`[data-firebreak-id="${CSS.escape(x)}"]`)!.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        }, id);
        expect(seen, `${where}: the post is in view`).toBe(true);
      });
    }

    if (site === 'facebook') {
      it('facebook: two posts that read alike (same author, same opening words, no permalink yet) are counted and listed apart', async () => {
        const p = MAIN.facebook;
        const where = `${kind} ${label(p)} + two look-alike posts`;
        const tab = await fixtureTab(p);
        const marks = await waitForMarks(tab, where, p.posts);
        const tabId = await b.tabIdOf(tab);
        const before = marks.filter((m) => m.state === 'flagged').length;
        // Two copies of a flagged story, as a repost wave or search results show them: outside any feed position,
        // without a permalink, their words differing only at the end.
        await tab.evaluate(() => {
          const src = document.querySelector('[role="feed"] [aria-posinset] [data-firebreak="flagged"]')!.closest('[aria-posinset]')!;
          const list = document.createElement('div');
          for (const tail of [' (1)', ' (2)']) {
            const c = src.cloneNode(true) as Element;
            for (const el of [c, ...Array.from(c.querySelectorAll('*'))]) {
              for (const a of Array.from(el.attributes)) if (a.name.startsWith('data-firebreak') || a.name === 'aria-posinset' || a.name === 'id') el.removeAttribute(a.name);
              if (el.tagName === 'A' && /\/posts\/|permalink|story_fbid|#$/.test(el.getAttribute('href') ?? '')) el.removeAttribute('href');
            }
            c.querySelectorAll('firebreak-badge').forEach((e) => e.remove());
            const msg = c.querySelector('[data-ad-preview="message"], [data-ad-comet-preview="message"]')!;
            msg.appendChild(document.createTextNode(tail));
            list.appendChild(c);
          }
          document.querySelector('[role="main"]')!.appendChild(list);
        });
        await expectToolbarBadge(b, tabId, String(before + 2), where);
        const ids = await tab.evaluate(() => Array.from(document.querySelectorAll('[role="main"] > div:last-child [data-firebreak="flagged"]'), (e) => e.getAttribute('data-firebreak-id')));
        expect(ids, `${where}: ids of the two look-alike posts`).toHaveLength(2);
        expect(new Set(ids).size, `${where}: ids of the two look-alike posts (${ids.join(', ')})`).toBe(2);
        const side = track(await b.openExtensionPage('sidepanel.html'));
        await tab.bringToFront();
        await until(`${where}: the side panel lists both`, async () => await sidePanelIds(side), (l) => ids.every((id) => l.includes(id!)));
      });

      it.each([
        ['the address unchanged', false],
        ["the address changed to the post's permalink", true],
      ])('facebook: a feed post opened in its dialog (permalink shown at once, none yet in the feed), %s, is one post: counted and listed once, and "Not a threat" and Undo act on both copies', async (_name, moves) => {
        const p = MAIN.facebook;
        const where = `${kind} ${label(p)} + a post's dialog${moves ? ' at its permalink' : ''}`;
        const tab = await fixtureTab(p);
        const marks = await waitForMarks(tab, where, p.posts);
        const tabId = await b.tabIdOf(tab);
        const n = marks.filter((m) => m.state === 'flagged').length;
        const post = flaggedPosts(p)[0]!;
        const feedId = (await markOf(tab, post.id))?.fbId ?? '';
        expect(feedId, `${where}: the feed copy has a content-hash id (no hover yet)`).toMatch(/^h:/);
        // As "N comments" opens it: the same story in a dialog outside the feed, its timestamp link filled in. Put
        // first in the document, so that the probes find this copy by the fixture's post id.
        const feedAddress = await tab.evaluate(() => location.href);
        await tab.evaluate(([fid, move]: readonly [string, boolean]) => {
          const unit = document.querySelector(`[data-firebreak-id="${CSS.escape(fid)}"]`)!.closest('[aria-posinset]')!;
          const c = unit.cloneNode(true) as Element;
          for (const el of [c, ...Array.from(c.querySelectorAll('*'))]) {
            for (const a of Array.from(el.attributes)) if (a.name.startsWith('data-firebreak') || a.name === 'aria-posinset') el.removeAttribute(a.name);
          }
          c.querySelectorAll('firebreak-badge').forEach((e) => e.remove());
          const dialog = document.createElement('div');
          dialog.id = 'e2e-dialog';
          dialog.setAttribute('role', 'dialog');
          dialog.setAttribute('aria-modal', 'true');
          dialog.appendChild(c);
          document.body.prepend(dialog);
          for (const a of Array.from(c.querySelectorAll('span[id] a'))) a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          // Facebook puts the post's permalink in the address bar as the dialog opens, and the feed's own address back
          // as it closes.
          const permalink = Array.from(c.querySelectorAll('span[id] a')).find((a) => !['', '#'].includes(a.getAttribute('href') ?? ''));
          if (move) history.pushState({}, '', permalink!.getAttribute('href')!);
        }, [feedId, moves] as const);
        const states = () =>
          tab.evaluate((fid: string) => {
            const d = document.querySelector('#e2e-dialog [data-firebreak]');
            const f = document.querySelector(`[role="feed"] [data-firebreak-id="${CSS.escape(fid)}"]`);
            return { dialogId: d?.getAttribute('data-firebreak-id') ?? '', dialog: d?.getAttribute('data-firebreak') ?? '', feed: f?.getAttribute('data-firebreak') ?? '' };
          }, feedId);
        const opened = await until(`${where}: the dialog's copy marked under its permalink`, states, (x) => x.dialog === 'flagged' && !!x.dialogId && !x.dialogId.startsWith('h:'));
        if (moves) expect(await tab.evaluate(() => location.href), `${where}: the address`).not.toBe(feedAddress);
        expect(opened!.feed, `${where}: the feed copy still marked`).toBe('flagged');
        await settle(1500);
        await expectToolbarBadge(b, tabId, String(n), `${where}: counted once`);
        const side = track(await b.openExtensionPage('sidepanel.html'));
        await tab.bringToFront();
        const listed = await until(`${where}: the side panel lists the post under its permalink`, async () => await sidePanelIds(side), (l) => l.includes(opened!.dialogId));
        expect(listed!.filter((id) => id === feedId || id === opened!.dialogId), `${where}: listed once (${listed!.join(', ')})`).toEqual([opened!.dialogId]);
        expect(listed!.length, `${where}: the side panel's list`).toBe(n);
        // "Not a threat" from the dialog's copy: the feed's copy is cleared with it, and Undo brings both back.
        await openPanel(tab, post.id, 'click', where);
        await tab.clickProbe('panelButton', 'Not a threat', `${where}: "Not a threat"`);
        await until(`${where}: both copies cleared`, states, (x) => x.dialog === 'clear' && x.feed === 'clear');
        await expectToolbarBadge(b, tabId, n > 1 ? String(n - 1) : '', `${where} after "Not a threat"`);
        await settle(1000);
        expect(await states(), `${where}: both copies still cleared`).toMatchObject({ dialog: 'clear', feed: 'clear' });
        await tab.clickProbe('panelButton', 'Undo', `${where}: Undo`);
        await until(`${where}: both copies flagged again after Undo`, states, (x) => x.dialog === 'flagged' && x.feed === 'flagged');
        await expectToolbarBadge(b, tabId, String(n), `${where} after Undo`);
        // The dialog closed: the feed's copy stays one flagged post.
        await tab.evaluate((back: string | null) => {
          document.getElementById('e2e-dialog')!.remove();
          if (back !== null) history.pushState({}, '', back);
        }, moves ? feedAddress : null);
        await settle(1000);
        expect((await states()).feed, `${where}: the feed copy after the dialog closed`).toBe('flagged');
        await expectToolbarBadge(b, tabId, String(n), `${where} after the dialog closed`);
      });

      it('facebook: the photo viewer opened as a layer over the feed: its caption (no author hook) is its own flagged post', async () => {
        const p = MAIN.facebook;
        const where = `${kind} ${label(p)} + photo viewer`;
        const tab = await fixtureTab(p);
        const marks = await waitForMarks(tab, where, p.posts);
        const tabId = await b.tabIdOf(tab);
        const before = marks.filter((m) => m.state === 'flagged').length;
        // As Facebook mounts it: outside the main column, the photo on one side, the author's heading and the caption
        // on the other, none of the feed's data-ad-rendering-role hooks.
        await tab.evaluate(() => {
          const layer = document.createElement('div');
          layer.innerHTML =
            '<div role="dialog" aria-modal="true" aria-label="Photo viewer"><div><img alt="" src="data:,"></div>' +
            '<div role="complementary"><div><h2><span><a href="https://www.facebook.com/profile.php?id=100089123456789" role="link"><strong><span>Abu Ansar</span></strong></a></span></h2>' +
            '<a href="#" role="link"><span>3h</span></a></div>' +
            '<div><span dir="auto"><div dir="auto" style="text-align: start;">إذا أغلقتم حساباً واحداً سنأخذ عشرة مقابله، وقريباً ستُمحى أسماؤكم</div></span></div>' +
            '<div><div role="button" aria-label="Like">Like</div></div></div></div>';
          document.body.appendChild(layer);
        });
        await expectToolbarBadge(b, tabId, String(before + 1), where);
        const mark = await tab.evaluate(() => {
          const el = document.querySelector('[role="dialog"] [data-firebreak="flagged"]');
          return el ? { holdsFeed: !!el.querySelector('[role="feed"]'), badge: !!el.querySelector('firebreak-badge'), text: (el.textContent ?? '').length } : null;
        });
        expect(mark, `${where}: the caption's container is marked inside the layer`).not.toBeNull();
        expect(mark!.holdsFeed, `${where}: the mark stays inside the layer`).toBe(false);
        expect(mark!.badge, `${where}: the caption's post has its badge`).toBe(true);
      });

      it('facebook: a reel opened as a layer over the feed (its address /reel/<id>, its author a bare link): its caption is its own flagged post until the layer closes', async () => {
        const p = MAIN.facebook;
        const where = `${kind} ${label(p)} + reel layer`;
        const tab = await fixtureTab(p);
        const marks = await waitForMarks(tab, where, p.posts);
        const tabId = await b.tabIdOf(tab);
        const before = marks.filter((m) => m.state === 'flagged').length;
        const feedAddress = await tab.evaluate(() => location.href);
        // As Facebook mounts it when a reel of the feed is clicked: the layer first, then the reel's address; the
        // player, and over it the author's avatar and name as bare links (no heading, no hook), "Suivre" and the caption.
        await tab.evaluate(() => {
          const layer = document.createElement('div');
          layer.id = 'e2e-reel';
          layer.innerHTML =
            '<div role="dialog" aria-modal="true" aria-label="Reel"><div aria-label="Fermer" role="button" tabindex="0"><svg></svg></div>' +
            '<div class="x1n2onr6"><div data-video-id="1029384756470001"><video playsinline=""></video></div>' +
            '<div class="x1n2onr6 x78zum5 xdt5ytf"><div class="x78zum5"><a aria-label="Jund al-Ansar" href="https://www.facebook.com/jund.ansar.media" role="link" tabindex="0"><svg></svg></a>' +
            '<span><a href="https://www.facebook.com/jund.ansar.media" role="link" tabindex="0"><span dir="auto">Jund al-Ansar</span></a></span>' +
            '<span aria-hidden="true"> · </span><div role="button" tabindex="0"><span>Suivre</span></div></div>' +
            '<div><div><div><span dir="auto">Si vous fermez un de nos comptes, nous en prendrons dix en échange… <div role="button" tabindex="0">Voir plus</div></span></div></div></div>' +
            '</div></div></div>';
          document.body.appendChild(layer);
          history.pushState({}, '', '/reel/1029384756470001');
        });
        await expectToolbarBadge(b, tabId, String(before + 1), where);
        const mark = await tab.evaluate(() => {
          const el = document.querySelector('#e2e-reel [data-firebreak="flagged"]');
          return el ? { holdsFeed: !!el.querySelector('[role="feed"]'), badge: !!el.querySelector('firebreak-badge'), caption: (el.textContent ?? '').includes('nous en prendrons dix') } : null;
        });
        expect(mark, `${where}: the caption's container is marked inside the layer`).not.toBeNull();
        expect(mark, `${where}: the mark stays inside the layer, around the caption, with its badge`).toEqual({ holdsFeed: false, badge: true, caption: true });
        expect(await tab.evaluate(() => document.querySelectorAll('[role="feed"] [data-firebreak="flagged"]').length), `${where}: the feed's flagged posts`).toBe(before);
        // Closed: the layer leaves and the feed's address comes back; the count goes back to the feed's.
        await tab.evaluate((back: string) => {
          document.getElementById('e2e-reel')!.remove();
          history.pushState({}, '', back);
        }, feedAddress);
        await expectToolbarBadge(b, tabId, String(before), `${where} after the layer closed`);
      });
    }

    it(`${site}: a page that takes Firebreak's state off a flagged post, sets it to clear, or writes a dismissal the user never made, gets the marks back`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)} + page resets the state`;
      const tab = await fixtureTab(p);
      await waitForMarks(tab, where, p.posts);
      const posts = flaggedPosts(p).slice(0, 2);
      const ids = await Promise.all(posts.map(async (post) => (await markOf(tab, post.id))?.fbId ?? ''));
      expect(ids.length === 2 && ids.every(Boolean), `${where}: two flagged posts with ids`).toBe(true);
      const backAgain = async (what: string) => {
        for (const post of posts) {
          await until(`${where}: post ${post.id} flagged again with its badge (${what})`, () => markOf(tab, post.id), (m) => m?.state === 'flagged' && m.badges.length === 1);
        }
      };
      // As a site script resetting attributes would: one set to clear, the other's taken off.
      await tab.evaluate((fbIds: string[]) => {
        const [a, b] = fbIds.map((id) => document.querySelector(`[data-firebreak-id="${CSS.escape(id)}"]`)!);
        a!.setAttribute('data-firebreak', 'clear');
        b!.removeAttribute('data-firebreak');
      }, ids);
      await backAgain('state changed');
      // Then a dismissal the user never made, written as Firebreak writes one.
      await tab.evaluate((fbIds: string[]) => {
        for (const el of fbIds.map((id) => document.querySelector(`[data-firebreak-id="${CSS.escape(id)}"]`)!)) {
          el.setAttribute('data-firebreak-dismissed', 'true');
          el.setAttribute('data-firebreak', 'clear');
        }
      }, ids);
      await backAgain('dismissed by the page');
    });

    it(`${site}: a recycled post node is scanned again and its marks follow the new text`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)} (recycled nodes)`;
      const tab = await fixtureTab(p);
      await waitForMarks(tab, where, p.posts);
      const tabId = await b.tabIdOf(tab);
      const n = flaggedPosts(p).length;
      type Recycled = { oldId: string; newId: string; flagged: boolean };
      const recycle = (index: number, flagged: boolean) =>
        tab.evaluate(
          ([i, f]: [number, boolean]) =>
            (window as unknown as { __fixture: { recycle(i: number, o: object): Recycled } }).__fixture.recycle(i, { flagged: f }),
          [index, flagged] as [number, boolean],
        );

      // A clear post's node now shows a threat.
      const clearPost = p.posts.find((x) => !x.flagged && !x.isComment)!;
      const i = await recycleIndexOf(tab, site, clearPost.id);
      expect(i, `${where}: the node of ${clearPost.id} on the page`).toBeGreaterThanOrEqual(0);
      const r1 = await recycle(i, true);
      expect(r1.oldId).toBe(clearPost.id);
      const left = (await tab.probe<FixturePostRef[]>('expected')).some((e) => e.id === r1.oldId);
      expect(left, `${where}: recycle() reused the node of ${r1.oldId} for another post`).toBe(false);
      let marks = await waitForMarks(tab, `${where}: clear → flagged`, await fixtureExpectations(tab, 'after recycling'));
      const m1 = marks.find((m) => m.id === r1.newId);
      expect(m1?.state, `${where}: the recycled node shows ${r1.newId}`).toBe('flagged');
      expectMarkContract(m1!, where);
      await expectToolbarBadge(b, tabId, String(n + 1), `${where}: clear → flagged`);

      // The same node now shows an ordinary post: the badge goes.
      const r2 = await recycle(i, false);
      marks = await waitForMarks(tab, `${where}: flagged → clear`, await fixtureExpectations(tab, 'after recycling'));
      const m2 = marks.find((m) => m.id === r2.newId);
      expect(m2?.state).toBe('clear');
      expect(m2?.badges.length, `${where}: no badge left on the recycled node`).toBe(0);
      // The toolbar counts the flagged posts seen on this page: one whose node the site reused for another post
      // scrolled away and is still listed (the sites render it again when scrolled back to).
      await expectToolbarBadge(b, tabId, String(n + 1), `${where}: flagged → clear (posts seen on this page)`);

      // A flagged post's node now shows an ordinary post.
      const flaggedPost = flaggedPosts(p).find((x) => !x.isComment)!;
      const j = await recycleIndexOf(tab, site, flaggedPost.id);
      expect(j, `${where}: the node of ${flaggedPost.id} on the page`).toBeGreaterThanOrEqual(0);
      const r3 = await recycle(j, false);
      marks = await waitForMarks(tab, `${where}: flagged post → clear post`, await fixtureExpectations(tab, 'after recycling'));
      expect(marks.find((m) => m.id === r3.newId)?.badges.length, `${where}: no badge left`).toBe(0);
      expect(await tab.probe('badgeCount'), `${where}: badges on the page`).toBe(n - 1);
      await expectToolbarBadge(b, tabId, String(n + 1), `${where}: flagged post → clear post (posts seen on this page)`);
    });

    it(`${site}: a dismissed post's node recycled for another flagged post: the new post is marked, its own dismissal untouched`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)} (dismissed node recycled)`;
      const tab = await fixtureTab(p);
      await waitForMarks(tab, where, p.posts);
      const post = flaggedPosts(p).find((x) => !x.isComment)!;
      await openPanel(tab, post.id, 'click', where);
      await tab.clickProbe('panelButton', 'Not a threat', `${where}: "Not a threat"`);
      await until(`${where}: post ${post.id} cleared`, () => markOf(tab, post.id), (m) => m?.state === 'clear');
      await tab.press('Escape');
      const i = await recycleIndexOf(tab, site, post.id);
      expect(i, `${where}: the node of ${post.id} on the page`).toBeGreaterThanOrEqual(0);
      const r = await tab.evaluate(
        (index: number) =>
          (window as unknown as { __fixture: { recycle(i: number, o: object): { oldId: string; newId: string } } }).__fixture.recycle(index, { flagged: true }),
        i,
      );
      expect(r.oldId).toBe(post.id);
      const m = await until(`${where}: the recycled node shows ${r.newId}, flagged`, () => markOf(tab, r.newId), (x) => x?.state === 'flagged');
      expect(m?.badges.length, `${where}: ${r.newId} has its badge`).toBe(1);
      // The user's "Not a threat" stays with the post it was given to, not with the node.
      const stored = await b.bgMessage<{ postId: string }[]>('listFeedback');
      expect(stored.length, `${where}: one dismissal stored`).toBe(1);
      await b.bgMessage('removeFeedback', stored[0]!.postId);
    });

    it(`${site}: "${site === 'x' ? 'Show more' : 'See more'}" expands a post in place and it is scanned again`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)} (expansion)`;
      // A phrase that only the hidden part of a long post holds, as the user's own pattern.
      const post = p.posts.find((x) => x.textExpanded && (site === 'x' || /oliveraies/.test(x.textExpanded)))!;
      const phrase = site === 'x' ? 'the bakery employs four people' : 'connu pour ses oliveraies';
      expect(post.text.includes(phrase)).toBe(false);
      expect(post.textExpanded!.includes(phrase)).toBe(true);
      const saved = await b.bgMessage<{ id: string }>('saveCustomPattern', { text: phrase, lang: 'any', category: 'custom', severity: 'medium' });
      try {
        const tab = await fixtureTab(p);
        await waitForMarks(tab, where, p.posts);
        const expanded = await tab.evaluate(() => (window as unknown as { __fixture: { expandAll(): number } }).__fixture.expandAll());
        expect(expanded, `${where}: expanded posts`).toBeGreaterThan(0);
        const m = await until(
          `${where}: post ${post.id} flagged once its hidden text shows`,
          () => markOf(tab, post.id),
          (x) => x?.state === 'flagged',
        );
        expect(m?.severity).toBe('medium');
        expectMarkContract(m!, where);
        const panel = await openPanel(tab, post.id, 'click', where);
        expect(panel.marks.map((x) => x.text.toLowerCase()), `${where}: the panel highlights the phrase`).toEqual([phrase]);
        await closePanelWithEsc(tab, post.id, where);
        // The rest of the page is unchanged.
        await waitForMarks(tab, where, p.posts.map((x) => (x.id === post.id ? { ...x, flagged: true } : x)));
      } finally {
        await b.bgMessage('removeCustomPattern', saved.id);
      }
    });

    it(`${site}: in-app navigation to other pages keeps marking`, async () => {
      const route = site === 'x' ? [page('x', 'status'), page('x', 'profile')] : [page('facebook', 'group'), page('facebook', 'post')];
      const p = MAIN[site];
      const tab = await fixtureTab(p);
      await waitForMarks(tab, `${kind} ${label(p)}`, p.posts);
      const tabId = await b.tabIdOf(tab);
      for (const next of route) {
        const where = `${kind} ${label(p)} → in-app navigation to ${next.path}`;
        await tab.evaluate(
          (path: string) => (window as unknown as { __fixture: { navigate(p: string): Promise<void> } }).__fixture.navigate(path),
          next.path,
        );
        const marks = await waitForMarks(tab, where, next.posts);
        for (const m of marks) expectMarkContract(m, where);
        const n = flaggedPosts(next).length;
        expect(await tab.probe('badgeCount'), `${where}: badges on the page`).toBe(n);
        await expectToolbarBadge(b, tabId, n ? String(n) : '', where);
        for (const post of flaggedPosts(next).slice(0, 1)) {
          const panel = await openPanel(tab, post.id, 'click', where);
          expectPanelContext(panel, post, where);
          await closePanelWithEsc(tab, post.id, where);
        }
      }
    });

    it(`${site}: on the site's dark theme the panel is dark`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)}?theme=dark`;
      const tab = await fixtureTab(p, { theme: 'dark' });
      await waitForMarks(tab, where, p.posts);
      const post = flaggedPosts(p)[0]!;
      const panel = await openPanel(tab, post.id, 'click', where);
      expect(panel.frameClass.split(/\s+/), `${where}: panel frame class`).toContain('dark');
      expect(panel.theme, `${where}: detail view theme`).toBe('dark');
      const rgb = /rgba?\((\d+), (\d+), (\d+)/.exec(panel.background);
      expect(rgb, `${where}: panel background ${panel.background}`).not.toBeNull();
      const lum = 0.2126 * Number(rgb![1]) + 0.7152 * Number(rgb![2]) + 0.0722 * Number(rgb![3]);
      expect(lum, `${where}: panel background ${panel.background} is dark`).toBeLessThan(64);
      await closePanelWithEsc(tab, post.id, where);
    });

    // ---- the extension's own pages ------------------------------------------------------------------------------

    it(`${site}: the site renames its text hooks on a loaded page: the popup says Firebreak cannot read this page`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)} with its text hooks renamed`;
      const tab = await fixtureTab(p);
      await waitForMarks(tab, where, p.posts);
      const popup = track(await b.openExtensionPage('popup.html'));
      await tab.bringToFront();
      const warning = () => popup.evaluate(() => document.body.innerText.includes('Firebreak cannot read this page'));
      await until(`${where}: the popup shows this tab's counts`, () => popupStats(popup), (x) => x !== null);
      expect(await warning(), `${where}: no warning while the hooks are there`).toBe(false);
      // As a site release would: every text block's hook under another name (the words stay on the page).
      await tab.evaluate((hooks: string[]) => {
        for (const [attr, value] of hooks.map((h) => h.split('=') as [string, string])) {
          for (const el of Array.from(document.querySelectorAll(`[${attr}="${value}"]`))) el.setAttribute(attr, `${value}-v2`);
        }
      }, site === 'x' ? ['data-testid=tweetText'] : ['data-ad-rendering-role=story_message', 'data-ad-preview=message', 'data-ad-comet-preview=message']);
      await until(`${where}: the popup says Firebreak cannot read this page`, warning, (w) => w === true, { timeout: 20_000 });
    });

    it(`${site}: the side panel lists the tab's flagged posts, the popup and the toolbar badge count them`, async () => {
      const p = MAIN[site];
      const where = `${kind} ${label(p)}`;
      const tab = await fixtureTab(p);
      const marks = await waitForMarks(tab, where, p.posts);
      const flaggedIds = marks.filter((m) => m.state === 'flagged').map((m) => m.fbId!).sort();
      const tabId = await b.tabIdOf(tab);
      await expectToolbarBadge(b, tabId, String(flaggedIds.length), where);

      // Both pages follow the active tab of their window: open them as tabs, then show the fixture tab.
      const side = track(await b.openExtensionPage('sidepanel.html'));
      const popup = track(await b.openExtensionPage('popup.html'));
      await tab.bringToFront();
      const listed = await until(
        `${where}: the side panel lists the tab's flagged posts`,
        async () => (await sidePanelIds(side)).sort(),
        (ids) => ids.length === flaggedIds.length,
      );
      expect(listed, `${where}: side panel items (data-post-id) = the page's flagged posts (data-firebreak-id)`).toEqual(flaggedIds);
      const stats = await until(`${where}: the popup shows this tab's counts`, () => popupStats(popup), (s) => s !== null && s.flagged === flaggedIds.length);
      expect(stats!.checked, `${where}: popup "Posts checked"`).toBeGreaterThanOrEqual(p.posts.length);
      expect(stats!.flagged, `${where}: popup "Flagged"`).toBe(flaggedIds.length);

      // Choosing a post in the side panel shows the same detail view.
      const first = flaggedPosts(p).find((x) => marks.find((m) => m.id === x.id)?.fbId === listed[0])!;
      await side.click(`[data-post-id="${listed[0]}"]`);
      const claims = await until(
        `${where}: the side panel shows the context of post ${first.id}`,
        () => side.evaluate(() => Array.from(document.querySelectorAll('.fb-claim-text'), (e) => (e.textContent ?? '').trim())),
        (c) => c.length > 0,
      );
      expect(claims, `${where}: side panel context of post ${first.id}`).toEqual(expectedPanel(first.text).claims);

      // "Download evidence" saves the bundle (JSON) and the rendered screenshot (PNG) the tab drew of the post.
      await side.evaluate(() => {
        const w = window as unknown as { __saved: Promise<{ name: string; type: string; bytes: number[] }>[] };
        w.__saved = [];
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          const name = this.download;
          if (!name) return;
          w.__saved.push(
            fetch(this.href)
              .then((r) => r.blob())
              .then(async (b) => ({ name, type: b.type, bytes: Array.from(new Uint8Array(await b.arrayBuffer())) })),
          );
        };
      });
      await side.click('[data-action="download-evidence"]');
      const saved = await until(
        `${where}: the side panel saved the evidence files`,
        () =>
          side.evaluate(async () => {
            const w = window as unknown as { __saved: Promise<{ name: string; type: string; bytes: number[] }>[] };
            return Promise.all(w.__saved);
          }),
        (files) => files.length >= 2,
      );
      const json = saved.find((f) => f.name.endsWith('.json'));
      const png = saved.find((f) => f.name.endsWith('.png'));
      expect(json?.type, `${where}: evidence JSON saved`).toBe('application/json');
      expect(png?.type, `${where}: evidence PNG saved`).toBe('image/png');
      expect(png!.bytes.slice(0, 8), `${where}: the PNG file starts with the PNG signature`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png!.name.replace(/\.png$/, ''), `${where}: the PNG is named after the JSON`).toBe(json!.name.replace(/\.json$/, ''));
      const bundle = JSON.parse(new TextDecoder().decode(new Uint8Array(json!.bytes))) as { postId: string; screenshot?: { sha256: string } };
      expect(bundle.postId, `${where}: the bundle is the chosen post's`).toBe(listed[0]);
      const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(png!.bytes))), (b) => b.toString(16).padStart(2, '0')).join('');
      expect(bundle.screenshot?.sha256, `${where}: the bundle names the saved PNG by its SHA-256`).toBe(digest);
    });
  }
});
