// Packs and settings, live, in Chromium and Firefox ESR: with an X page already open, the options page imports a pack
// through its file input (preview, confirm) and a post of the open tab is flagged without a reload; switching the pack
// off clears it; a large pack file goes through the staging database to the background and flags the open tab the
// same way; a broken pack file shows where it is wrong and changes nothing; a phrase added in "My patterns" flags
// a post live; switching X off removes every mark and badge and on again restores them; Arabic turns the badges'
// labels Arabic and the panel right-to-left.
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type E2EBrowser, type E2EPage } from './helpers/browsers';
import { useE2EBrowser } from './helpers/lifecycle';
import { defaultPack, flaggedPosts, openFixture, page, useFixtureServer } from './helpers/fixtures';
import {
  closePanelWithEsc,
  expectMarkContract,
  expectToolbarBadge,
  label,
  markOf,
  openPanel,
  setSettings,
  waitForMarks,
  type MarkInfo,
} from './helpers/flows';
import { parsePack } from '../../lib/pack/validate';
import { settle, until } from './helpers/wait';

const X_HOME = page('x', 'home');
const FB_FEED = page('facebook', 'feed');
/** A clear post of X /home whose phrase the default pack does not know, and the phrase. */
const TERRACE_POST = X_HOME.posts.find((p) => p.author.handle === 'marie_dlr')!;
const TERRACE = 'café en terrasse';
/** Another clear post, for "My patterns". */
const SPORT_POST = X_HOME.posts.find((p) => p.author.handle === 'BBCSport')!;
const SPORT = 'Arsenal 2-1 Chelsea';

const PACK_ID = 'org.example.e2e-terrace';
const PACK_CLAIM = 'A test claim about café terraces';

function terracePack(overrides: { severity?: string } = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: PACK_ID,
    name: 'E2E terrace pack',
    version: '1.0.0',
    publisher: { name: 'Firebreak e2e tests', url: 'https://example.org/' },
    languages: ['fr'],
    updated: '2026-11-28',
    contexts: [
      {
        id: 'ctx-e2e-terrace',
        '@type': 'ClaimReview',
        claimReviewed: PACK_CLAIM,
        reviewRating: { alternateName: 'Test verdict' },
        verdictLabel: { fr: 'Verdict de test' },
        author: { name: 'E2E fact-checker' },
        datePublished: '2026-11-28',
        url: 'https://example.org/fact-check/terrace',
        summary: { fr: 'Un résumé de test.' },
        sources: [{ title: 'Une source', publisher: 'Example', url: 'https://example.org/a' }],
      },
    ],
    patterns: [
      {
        id: 'e2e-terrace',
        name: `Test phrase "${TERRACE}"`,
        kind: 'phrase',
        text: TERRACE,
        lang: 'fr',
        category: 'campaign-quote',
        severity: overrides.severity ?? 'low',
        context: 'ctx-e2e-terrace',
        source: { publisher: 'Example', url: 'https://example.org/a' },
      },
    ],
  };
}

interface PackSummary {
  id: string;
  enabled: boolean;
}

const fixtureServer = useFixtureServer();

describe.each(BROWSERS)('packs and settings in %s', (kind) => {
  let b: E2EBrowser;
  const { track, browser: lifecycleBrowser } = useE2EBrowser(kind, fixtureServer);

  /** The X page, open before anything is changed, marked as expected.json says; a marker proves it never reloads. */
  async function openXHome(): Promise<E2EPage> {
    const where = `${kind} ${label(X_HOME)}`;
    const tab = track(await openFixture(b, X_HOME));
    await waitForMarks(tab, where, X_HOME.posts);
    await tab.evaluate(() => {
      (window as unknown as { __e2eNoReload: boolean }).__e2eNoReload = true;
    });
    return tab;
  }
  async function expectNotReloaded(tab: E2EPage, where: string): Promise<void> {
    const still = await tab.evaluate(() => (window as unknown as { __e2eNoReload?: boolean }).__e2eNoReload === true);
    expect(still, `${where}: the X tab was not reloaded`).toBe(true);
  }

  async function openOptions(section: string): Promise<E2EPage> {
    const options = track(await b.openExtensionPage(`options.html#${section}`));
    await until(`${kind}: the options page's ${section} section`, () =>
      options.evaluate((s: string) => !!document.querySelector(`#panel-${s}:not([hidden]) h2`), section),
    );
    return options;
  }

  beforeAll(async () => {
    b = lifecycleBrowser();
    // The phrases are not in the default pack: the posts start clear.
    const { matcher } = defaultPack();
    expect(matcher.match(TERRACE_POST.text).flagged).toBe(false);
    expect(matcher.match(SPORT_POST.text).flagged).toBe(false);
    expect(TERRACE_POST.flagged || SPORT_POST.flagged).toBe(false);
    const check = parsePack(JSON.stringify(terracePack()));
    expect(check.ok ? [] : check.errors, 'the test pack is valid').toEqual([]);
  });

  it('a pack imported on the options page flags a post of an open X tab without a reload; switching the pack off clears it', async () => {
    const where = `${kind} pack import`;
    const tab = await openXHome();
    const tabId = await b.tabIdOf(tab);
    const n = flaggedPosts(X_HOME).length;
    try {
      const options = await openOptions('packs');
      await options.setInputFiles('#import-file', [
        { name: 'e2e-terrace-pack.json', mimeType: 'application/json', content: JSON.stringify(terracePack(), null, 2) },
      ]);
      const preview = await until(
        `${where}: the import preview`,
        () =>
          options.evaluate(() => {
            const el = document.querySelector('.import-preview');
            if (!el) return null;
            const added = el.querySelector('.stat-added dd')?.textContent ?? '';
            return { title: (el.querySelector('h4')?.textContent ?? '').replace(/\s+/g, ' ').trim(), added };
          }),
        (x) => x !== null,
      );
      expect(preview!.title, `${where}: preview names the pack`).toContain('E2E terrace pack');
      expect(preview!.added, `${where}: patterns added`).toBe('1');
      // Nothing changes before the user confirms.
      await settle(300);
      expect((await markOf(tab, TERRACE_POST.id))?.state, `${where}: before confirming`).toBe('clear');

      await options.click('.import-preview .btn-primary');
      await until(`${where}: the pack listed as installed`, () =>
        options.evaluate((id: string) => !!document.querySelector(`tr[data-pack-id="${id}"]`), PACK_ID),
      );
      const m = await until(
        `${where}: post ${TERRACE_POST.id} ("${TERRACE}") flagged on the open tab`,
        () => markOf(tab, TERRACE_POST.id),
        (x) => x?.state === 'flagged',
      );
      expect(m!.severity, `${where}: the pack's severity`).toBe('low');
      expectMarkContract(m!, where);
      await expectNotReloaded(tab, where);
      await expectToolbarBadge(b, tabId, String(n + 1), where);
      const panel = await openPanel(tab, TERRACE_POST.id, 'click', where);
      expect(panel.claims, `${where}: the panel shows the pack's context`).toEqual([PACK_CLAIM]);
      expect(panel.marks.map((x) => x.text.toLowerCase()), `${where}: highlighted phrase`).toEqual([TERRACE]);
      await closePanelWithEsc(tab, TERRACE_POST.id, where);

      // The pack's switch, off.
      await options.click(`tr[data-pack-id="${PACK_ID}"] label.switch .switch-track`);
      const off = await until(
        `${where}: post ${TERRACE_POST.id} clear once the pack is off`,
        () => markOf(tab, TERRACE_POST.id),
        (x) => x?.state === 'clear' && x.badges.length === 0,
      );
      expect(off!.severity).toBeNull();
      const packs = await b.bgMessage<PackSummary[]>('listPacks');
      expect(packs.find((p) => p.id === PACK_ID)?.enabled, `${where}: the pack is off`).toBe(false);
      await waitForMarks(tab, `${where} (pack off)`, X_HOME.posts);
      await expectToolbarBadge(b, tabId, String(n), `${where} (pack off)`);
      await expectNotReloaded(tab, where);
    } finally {
      await b.bgMessage('removePack', PACK_ID).catch(() => undefined);
    }
  });

  it('a large pack file is handed to the background through the staging database, and flags the open tab', async () => {
    const where = `${kind} large pack import`;
    const tab = await openXHome();
    const big = terracePack();
    // 15,000 more patterns: with the shipped pack's, enough for the tab to take their metadata in parts
    // (getSnapshotMeta, lib/match/meta-parts.ts), as with a 50,000-pattern pack.
    const filler = Array.from({ length: 15000 }, (_, i) => ({
      id: `e2e-filler-${i}`,
      name: `Filler phrase ${i}`,
      kind: 'phrase',
      text: `zqxv filler ${i} wpkj`,
      lang: 'en',
      category: 'custom',
      severity: 'low',
      source: { publisher: 'Example', url: 'https://example.org/a' },
    }));
    big.patterns = [...(big.patterns as unknown[]), ...filler];
    const content = JSON.stringify(big, null, 2);
    expect(content.length, 'over the size from which the page stages a file').toBeGreaterThan(200_000);
    const check = parsePack(content);
    expect(check.ok ? [] : check.errors.slice(0, 3), 'the large test pack is valid').toEqual([]);
    const staged = (p: E2EPage) =>
      p.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const req = indexedDB.open('firebreak-staging');
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const db = req.result;
              if (!db.objectStoreNames.contains('files')) {
                db.close();
                resolve(0);
                return;
              }
              const count = db.transaction('files').objectStore('files').count();
              count.onsuccess = () => {
                db.close();
                resolve(count.result);
              };
              count.onerror = () => reject(count.error);
            };
          }),
      );
    try {
      const options = await openOptions('packs');
      await options.setInputFiles('#import-file', [{ name: 'e2e-large-pack.json', mimeType: 'application/json', content }]);
      const added = await until(
        `${where}: the import preview`,
        () => options.evaluate(() => document.querySelector('.import-preview .stat-added dd')?.textContent ?? null),
        (x) => x !== null,
      );
      expect(added, `${where}: patterns added`).toBe('15,001');
      expect(await staged(options), `${where}: the file is staged while the preview is shown`).toBe(1);
      await options.click('.import-preview .btn-primary');
      // 15,000 patterns: given more time than the usual 10 s on a slow machine (the two cores shared with the browser).
      await until(
        `${where}: the pack listed as installed`,
        () => options.evaluate((id: string) => !!document.querySelector(`tr[data-pack-id="${id}"]`), PACK_ID),
        Boolean,
        { timeout: 30_000 },
      );
      await until(
        `${where}: post ${TERRACE_POST.id} flagged on the open tab`,
        () => markOf(tab, TERRACE_POST.id),
        (x) => x?.state === 'flagged',
        { timeout: 30_000 },
      );
      await expectNotReloaded(tab, where);
      await until(`${where}: nothing left staged`, () => staged(options), (n) => n === 0);
      const packs = await b.bgMessage<(PackSummary & { patternCount: number })[]>('listPacks');
      expect(packs.find((p) => p.id === PACK_ID)?.patternCount, `${where}: every pattern installed`).toBe(15001);
    } finally {
      await b.bgMessage('removePack', PACK_ID).catch(() => undefined);
    }
  });

  it('a broken pack file shows where it is wrong and changes nothing', async () => {
    const where = `${kind} broken pack`;
    const tab = await openXHome();
    const before = (await b.bgMessage<PackSummary[]>('listPacks')).map((p) => `${p.id}:${p.enabled}`).sort();
    const options = await openOptions('packs');

    // A schema error: the error names the JSON path.
    await options.setInputFiles('#import-file', [
      { name: 'e2e-broken.json', mimeType: 'application/json', content: JSON.stringify(terracePack({ severity: 'extreme' }), null, 2) },
    ]);
    const shown = await until(
      `${where}: the import errors`,
      () =>
        options.evaluate(() => {
          const el = document.querySelector('.import-errors');
          if (!el) return null;
          return {
            title: (el.querySelector('h4')?.textContent ?? '').trim(),
            text: (el.textContent ?? '').replace(/\s+/g, ' '),
            paths: Array.from(el.querySelectorAll('.error-where code'), (c) => (c.textContent ?? '').trim()),
            messages: Array.from(el.querySelectorAll('.error-message'), (c) => (c.textContent ?? '').trim()),
            langs: Array.from(el.querySelectorAll('.error-message'), (c) => c.getAttribute('lang')),
            preview: !!document.querySelector('.import-preview'),
          };
        }),
      (x) => x !== null,
    );
    expect(shown!.title, `${where}: the file named`).toContain('e2e-broken.json');
    expect(shown!.text, `${where}: says nothing changed`).toContain('Nothing was changed');
    expect(shown!.paths, `${where}: the error's path`).toEqual(['/patterns/0/severity']);
    expect(shown!.messages[0], `${where}: the error's message`).toMatch(/severity "extreme"/);
    expect(shown!.langs, `${where}: the validator's sentence is marked as English for screen readers`).toEqual(['en']);
    expect(shown!.preview, `${where}: no confirm step for a broken file`).toBe(false);

    // A file that is not JSON: the place is given by line and column.
    await options.click('.import-errors .button-row .btn');
    await options.setInputFiles('#import-file', [
      { name: 'e2e-not-json.json', mimeType: 'application/json', content: '{\n  "schemaVersion": 1,\n  "id": "x",\n  "name": oops\n}' },
    ]);
    const syntax = await until(
      `${where}: the syntax error`,
      () =>
        options.evaluate(() => {
          const el = document.querySelector('.import-errors');
          if (!el || !/e2e-not-json/.test(el.textContent ?? '')) return null;
          const detail = el.querySelector('.error-detail-line .error-detail');
          return {
            at: (el.querySelector('.error-where')?.textContent ?? '').replace(/\s+/g, ' '),
            message: (el.querySelector('.error-message')?.firstChild?.textContent ?? '').trim(),
            detail: detail ? { text: (detail.textContent ?? '').trim(), lang: detail.getAttribute('lang') } : null,
          };
        }),
      (x) => x !== null,
    );
    expect(syntax!.at, `${where}: where the JSON breaks`).toContain('line 4, column 11');
    expect(syntax!.message, `${where}: said in the interface's words`).toBe('The file is not valid JSON.');
    expect(syntax!.detail, `${where}: the parser's detail, marked as English`).toEqual({ text: expect.stringMatching(/^expected a value/), lang: 'en' });

    // Nothing changed: the installed packs, and the open page.
    const after = (await b.bgMessage<PackSummary[]>('listPacks')).map((p) => `${p.id}:${p.enabled}`).sort();
    expect(after, `${where}: installed packs`).toEqual(before);
    await settle(500);
    await waitForMarks(tab, `${where}: the open X tab`, X_HOME.posts);
    expect((await markOf(tab, TERRACE_POST.id))?.state).toBe('clear');
    await expectNotReloaded(tab, where);
  });

  it('a phrase added in "My patterns" flags a post live; removing it clears the post', async () => {
    const where = `${kind} My patterns`;
    const tab = await openXHome();
    const options = await openOptions('patterns');
    await options.type('#pat-text', SPORT);
    await options.click('#pattern-form button[type="submit"]');
    await until(`${where}: the phrase listed`, () =>
      options.evaluate((t: string) => Array.from(document.querySelectorAll('#panel-patterns tbody tr')).some((tr) => (tr.textContent ?? '').includes(t)), SPORT),
    );
    const m = await until(
      `${where}: post ${SPORT_POST.id} flagged by "${SPORT}"`,
      () => markOf(tab, SPORT_POST.id),
      (x) => x?.state === 'flagged',
    );
    expect(m!.severity, `${where}: the phrase's default severity`).toBe('medium');
    expectMarkContract(m!, where);
    const panel = await openPanel(tab, SPORT_POST.id, 'click', where);
    expect(panel.marks.map((x) => x.text), `${where}: highlighted phrase`).toEqual([SPORT]);
    await closePanelWithEsc(tab, SPORT_POST.id, where);

    await options.click(`button[aria-label="Remove “${SPORT}”"]`);
    await options.click('.confirm .btn-danger');
    await until(
      `${where}: post ${SPORT_POST.id} clear once the phrase is removed`,
      () => markOf(tab, SPORT_POST.id),
      (x) => x?.state === 'clear' && x.badges.length === 0,
    );
    await waitForMarks(tab, `${where} (phrase removed)`, X_HOME.posts);
    await expectNotReloaded(tab, where);
  });

  it('switching X off in the settings removes every mark and badge; on again restores them', async () => {
    const where = `${kind} site switch`;
    const tab = await openXHome();
    const fb = track(await openFixture(b, FB_FEED));
    await waitForMarks(fb, `${kind} ${label(FB_FEED)}`, FB_FEED.posts);
    const tabId = await b.tabIdOf(tab);
    const n = flaggedPosts(X_HOME).length;
    await expectToolbarBadge(b, tabId, String(n), where);
    try {
      const options = await openOptions('settings');
      await options.click('label.switch:has(> #set-site-x) .switch-track');
      await until(
        `${where}: no marks or badges left on X once it is off`,
        async () => ({ marks: (await tab.probe<MarkInfo[]>('marks')).length, badges: await tab.probe<number>('badgeCount') }),
        (x) => x.marks === 0 && x.badges === 0,
      );
      await expectToolbarBadge(b, tabId, '', `${where} (X off)`);
      // Facebook keeps its marks.
      await waitForMarks(fb, `${where}: Facebook while X is off`, FB_FEED.posts);
      // New X posts are not marked while it is off.
      await tab.evaluate(() =>
        (window as unknown as { __fixture: { append(n: number, o: object): Promise<unknown> } }).__fixture.append(7, { flaggedEvery: 7 }),
      );
      await settle(500);
      expect(await tab.probe('badgeCount'), `${where}: no badge on posts appended while X is off`).toBe(0);

      await options.click('label.switch:has(> #set-site-x) .switch-track');
      // Every post is marked again, the ones appended while X was off included.
      const all = (await tab.probe<{ id: string; flagged: boolean }[]>('expected')).map((e) => ({ ...e, author: { name: 'post' } }));
      expect(all.length).toBe(X_HOME.posts.length + 7);
      const marks = await waitForMarks(tab, `${where}: X marked again once it is on`, all);
      for (const m of marks) expectMarkContract(m, where);
      await expectToolbarBadge(b, tabId, String(all.filter((e) => e.flagged).length), `${where} (X on)`);
      await expectNotReloaded(tab, where);
    } finally {
      await setSettings(b, { sites: { x: true } });
    }
  });

  it('in Arabic the badges are labelled in Arabic and the panel is right-to-left', async () => {
    const where = `${kind} Arabic interface`;
    const tab = await openXHome();
    const post = flaggedPosts(X_HOME)[0]!;
    try {
      const options = await openOptions('settings');
      await options.select('#set-ui-lang', 'ar');
      await until(`${where}: the options page turns right-to-left`, () => options.evaluate(() => document.documentElement.dir), (d) => d === 'rtl');
      const marks = await until(
        `${where}: every badge in Arabic`,
        () => tab.probe<MarkInfo[]>('marks'),
        (ms) => ms.filter((m) => m.state === 'flagged').every((m) => m.badges[0]?.lang === 'ar'),
      );
      for (const m of marks.filter((x) => x.state === 'flagged')) {
        const badge = m.badges[0]!;
        expect(badge.label, `${where}: post ${m.id} badge label`).toBe('خطر مرتفع');
        expect(badge.name, `${where}: post ${m.id} badge accessible name`).toMatch(/^فايربريك: خطر مرتفع/);
        expect(badge.dir, `${where}: post ${m.id} badge direction`).toBe('rtl');
      }
      const panel = await openPanel(tab, post.id, 'click', where);
      expect(panel.dir, `${where}: panel direction`).toBe('rtl');
      expect(panel.lang, `${where}: panel language`).toBe('ar');
      expect(panel.buttons, `${where}: the close button in Arabic`).toContain('إغلاق لوحة فايربريك');
      expect(panel.side, `${where}: on a left-to-right page, the panel at its end edge, the right`).toBe('right');
      await closePanelWithEsc(tab, post.id, where);
      // The site in Arabic too (X sets dir="rtl" on <html>): the page ends on the left, and so does the panel.
      await tab.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      const rtlPanel = await openPanel(tab, post.id, 'click', `${where}, right-to-left page`);
      expect(rtlPanel.side, `${where}: on a right-to-left page, the panel at its end edge, the left`).toBe('left');
      expect(rtlPanel.dir, `${where}: panel direction`).toBe('rtl');
      await closePanelWithEsc(tab, post.id, `${where}, right-to-left page`);
      await tab.evaluate(() => document.documentElement.removeAttribute('dir'));

      await options.select('#set-ui-lang', 'auto');
      await until(
        `${where}: the badges back in English`,
        () => markOf(tab, post.id),
        (m) => m?.badges[0]?.label === 'High risk' && m.badges[0]?.dir === 'ltr',
      );
      await expectNotReloaded(tab, where);
    } finally {
      await setSettings(b, { uiLang: 'auto' });
    }
  });
});
