// Reporting from a flagged post's in-page panel, on X and Facebook, in Chromium and Firefox ESR: the site's own report
// flow ("…" menu → Report, seen through the fixture's event log), the fallback when the menu is missing (the
// platform's help page in a new tab, the post's link on the clipboard), and a national hotline (France: PHAROS) with
// the evidence text on the clipboard and the report recorded in the report log (background and options page).
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type E2EBrowser } from './helpers/browsers';
import { useE2EBrowser } from './helpers/lifecycle';
import { flaggedPosts, openFixture, page, useFixtureServer, type ExpectedPage } from './helpers/fixtures';
import { label, openPanel, panelOf, setSettings, waitForMarks } from './helpers/flows';
import { settle, until } from './helpers/wait';

const SITES = ['x', 'facebook'] as const;
type Site = (typeof SITES)[number];
const MAIN: Record<Site, ExpectedPage> = { x: page('x', 'home'), facebook: page('facebook', 'feed') };
const SITE_NAME: Record<Site, string> = { x: 'X', facebook: 'Facebook' };
/** The platforms' help pages on reporting (lib/report/destinations.ts, x-help and facebook-help). */
const HELP_URL: Record<Site, string> = {
  x: 'https://help.x.com/en/safety-and-security/report-abusive-behavior',
  facebook: 'https://www.facebook.com/help/1380418588640631',
};
const PHAROS_URL = 'https://www.internet-signalement.gouv.fr/';
const PHAROS_NAME = 'PHAROS (official French portal for reporting illegal online content)';
/** Tabs the tests open outside the fixture pages, closed after each test. */
const OUTSIDE = ['https://help.x.com/', 'https://www.facebook.com/help/', PHAROS_URL];

interface FixtureEvent {
  type: string;
  postId?: string;
  item?: string;
}

interface LoggedReport {
  destinationId: string;
  platform: string;
  permalink: string | null;
  author: { name: string };
  bundle: { sha256: string; text: string; permalink: string | null };
}

const fixtureServer = useFixtureServer();

describe.each(BROWSERS)('reporting in %s', (kind) => {
  let b: E2EBrowser;
  const { track, browser: lifecycleBrowser } = useE2EBrowser(kind, fixtureServer, { cleanup: (br) => br.closeTabsStartingWith(OUTSIDE) });

  beforeAll(async () => {
    b = lifecycleBrowser();
  });

  for (const site of SITES) {
    const p = MAIN[site];
    const post = flaggedPosts(p)[0]!;
    const reportButton = `Report to ${SITE_NAME[site]}`;

    it(`${site}: "${reportButton}" opens the post's own "…" menu and clicks its Report item`, async () => {
      const where = `${kind} ${label(p)}`;
      const tab = track(await openFixture(b, p));
      await waitForMarks(tab, where, p.posts);
      const panel = await openPanel(tab, post.id, 'click', where);
      expect(panel.buttons, `${where}: the panel offers the site's report flow`).toContain(reportButton);
      await tab.clickProbe('panelButton', reportButton, `${where}: "${reportButton}"`);

      const events = await until(
        `${where}: the site's menu opened and its Report item clicked for post ${post.id}`,
        () => tab.probe<FixtureEvent[]>('events'),
        (ev) => ev.some((e) => e.type === 'report' && e.postId === post.id),
      );
      const flow = events.filter((e) => ['menu', 'menuitem', 'report'].includes(e.type));
      expect(flow.map((e) => e.type), `${where}: the user's steps, in order`).toEqual(['menu', 'menuitem', 'report']);
      expect(flow.every((e) => e.postId === post.id), `${where}: every step on post ${post.id}: ${JSON.stringify(flow)}`).toBe(true);
      // The site's report dialog is in front (the panel made way for it), and no tab was opened.
      expect(await panelOf(tab), `${where}: the panel closed to show the site's dialog`).toBeNull();
      const dialog = await tab.evaluate(() => !!document.querySelector('[role="dialog"][aria-modal="true"], [role="dialog"]'));
      expect(dialog, `${where}: the site's report dialog is open`).toBe(true);
      await settle(300);
      expect((await b.tabUrls()).filter((u) => u.startsWith(HELP_URL[site])), `${where}: no help page opened`).toEqual([]);
      // The report log keeps it: the site's own menu, for this post (its author and words).
      const logged = await until(
        `${where}: the report in the log`,
        () => b.bgMessage<LoggedReport[]>('listReports'),
        (list) => list.some((r) => r.destinationId === `${site}-report-menu`),
      );
      const entry = logged.find((r) => r.destinationId === `${site}-report-menu`)!;
      expect([entry.platform, entry.author.name, entry.bundle.text]).toEqual([site, post.author.name, post.text]);
    });

    it(`${site}: "Download evidence" in the in-page panel saves the JSON and the PNG, and the page stays where it is`, async () => {
      const where = `${kind} ${label(p)} (download)`;
      const tab = track(await openFixture(b, p));
      await waitForMarks(tab, where, p.posts);
      const before = { url: await tab.url(), files: await b.downloadedFiles() };
      await openPanel(tab, post.id, 'click', where);
      await tab.clickProbe('panelButton', 'Download evidence', `${where}: "Download evidence"`);
      const status = await until(`${where}: the panel says the file is saved`, async () => (await panelOf(tab))?.status ?? '', (st) => /Evidence file saved/.test(st), {
        timeout: 20_000,
      });
      expect(status).toMatch(/Evidence file saved/);
      const files = await until(
        `${where}: the browser saved the evidence JSON and PNG`,
        async () => (await b.downloadedFiles()).filter((f) => !before.files.includes(f)),
        (list) => list.some((f) => f.endsWith('.json')) && list.some((f) => f.endsWith('.png')),
        { timeout: 20_000 },
      );
      const json = files.find((f) => f.endsWith('.json'))!;
      expect(files, `${where}: the PNG is named after the JSON`).toContain(json.replace(/\.json$/, '.png'));
      // The sites route clicks on links themselves: the download's link must not take the reader elsewhere.
      await settle(300);
      expect(await tab.url(), `${where}: the page did not navigate`).toBe(before.url);
      const events = await tab.probe<FixtureEvent[]>('events');
      expect(events.filter((e) => e.type === 'navigate' || e.type === 'external'), `${where}: no in-app navigation`).toEqual([]);
      expect(await panelOf(tab), `${where}: the panel is still open on the post`).not.toBeNull();
    });

    it(`${site}: without the site's "…" menu, "${reportButton}" opens the platform's help page and copies the post's link`, async () => {
      const where = `${kind} ${label(p)} (menu removed)`;
      const tab = track(await openFixture(b, p));
      await waitForMarks(tab, where, p.posts);
      const removed = await tab.probe<number>('removeMenuOf', post.id);
      expect(removed, `${where}: "…" buttons removed from post ${post.id}`).toBeGreaterThan(0);
      await tab.evaluate(() => navigator.clipboard.writeText('clipboard before the report'));

      await openPanel(tab, post.id, 'click', where);
      await tab.clickProbe('panelButton', reportButton, `${where}: "${reportButton}"`);
      const urls = await until(
        `${where}: the help page ${HELP_URL[site]} opens in a new tab`,
        () => b.tabUrls(),
        (list) => list.includes(HELP_URL[site]),
      );
      expect(urls.filter((u) => u === HELP_URL[site]).length, `${where}: one help tab`).toBe(1);
      if (site === 'x') {
        const host = new URL(HELP_URL[site]).host;
        expect(b.externalRequests().some((r) => r.includes(host)), `${where}: ${host} requested`).toBe(true);
      }
      const clip = await until(`${where}: the post's link on the clipboard`, () => b.readClipboard(tab), (c) => c !== 'clipboard before the report');
      expect(clip, `${where}: clipboard`).toBe(post.url);
      const events = await tab.probe<FixtureEvent[]>('events');
      expect(events.filter((e) => e.type === 'report'), `${where}: no report dialog without the menu`).toEqual([]);
    });

    it(`${site}: a hotline (country France) opens internet-signalement.gouv.fr, copies the evidence and logs the report`, async () => {
      const where = `${kind} ${label(p)} (country FR)`;
      await setSettings(b, { country: 'FR' });
      try {
        const tab = track(await openFixture(b, p));
        await waitForMarks(tab, where, p.posts);
        await tab.evaluate(() => navigator.clipboard.writeText('clipboard before the report'));
        const panel = await openPanel(tab, post.id, 'click', where);
        expect(panel.buttons, `${where}: the panel offers the French hotline`).toContain(PHAROS_NAME);
        await tab.clickProbe('panelButton', PHAROS_NAME, `${where}: the PHAROS button`);

        const status = await until(
          `${where}: the panel says the form is open and the evidence copied`,
          async () => (await panelOf(tab))?.status ?? '',
          (s) => /evidence is on your clipboard/.test(s),
          { timeout: 20_000 },
        );
        expect(status).toMatch(/reporting form is open in a new tab/);
        await until(`${where}: ${PHAROS_URL} opens in a new tab`, () => b.tabUrls(), (list) => list.includes(PHAROS_URL));
        expect(
          b.externalRequests().some((r) => r.includes('www.internet-signalement.gouv.fr')),
          `${where}: www.internet-signalement.gouv.fr requested (${JSON.stringify(b.externalRequests().slice(-5))})`,
        ).toBe(true);

        // The evidence text: permalink, author, the post's text, its SHA-256 fingerprint.
        const clip = await until(`${where}: evidence on the clipboard`, () => b.readClipboard(tab), (c) => c.startsWith('Firebreak'));
        expect(clip, `${where}: evidence link`).toContain(`Link: ${post.url}`);
        expect(clip, `${where}: evidence author`).toMatch(new RegExp(`^Author: ${escapeRe(post.author.name)}\\b`, 'm'));
        for (const line of post.text.split('\n').map((l) => l.trim()).filter(Boolean)) {
          expect(clip, `${where}: evidence holds the post's line ${JSON.stringify(line.slice(0, 40))}`).toContain(line);
        }
        const sha = /^SHA-256: ([0-9a-f]{64})$/m.exec(clip)?.[1];
        expect(sha, `${where}: a SHA-256 line in the evidence:\n${clip}`).toBeDefined();
        // A report copies no image, so the text names no image's fingerprint that nobody could check.
        expect(clip, `${where}: no image fingerprint in a report's evidence`).not.toContain('Image of the post');

        // The report log holds it, with the same fingerprint.
        const logged = await until(
          `${where}: the report in the log`,
          () => b.bgMessage<LoggedReport[]>('listReports'),
          (list) => list.some((r) => r.bundle.sha256 === sha),
        );
        const entry = logged.find((r) => r.bundle.sha256 === sha)!;
        expect(entry.destinationId).toBe('fr-pharos');
        expect(entry.platform).toBe(site);
        expect(entry.permalink).toBe(post.url);
        expect(entry.author.name).toBe(post.author.name);
        expect(entry.bundle.text).toBe(post.text);

        // And the options page's Report log shows it.
        const options = track(await b.openExtensionPage('options.html#reports'));
        const row = await until(
          `${where}: the options page's Report log lists the report`,
          () =>
            options.evaluate(
              ([author, dest, siteName]: string[]) =>
                Array.from(document.querySelectorAll('#panel-reports tbody tr'), (tr) => (tr.textContent ?? '').replace(/\s+/g, ' ')).find(
                  (t) => t.includes(author!) && t.includes(dest!) && t.includes(siteName!),
                ) ?? null,
              [post.author.name, PHAROS_NAME, SITE_NAME[site]],
            ),
          (r) => r !== null,
        );
        expect(row).toContain(PHAROS_NAME);
      } finally {
        await setSettings(b, { country: 'auto' });
      }
    });
  }
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
