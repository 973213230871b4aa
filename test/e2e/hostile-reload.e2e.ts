// The extension reloaded (chrome.runtime.reload(), as an update or the user's "reload" does) while a fixture tab is
// open, in Chromium. In the headless Chromium here, an extension loaded with --load-extension is unloaded by
// runtime.reload() but never loaded back (its pages answer net::ERR_BLOCKED_BY_CLIENT, and loading the build again
// does not bring it back either). So the reload itself is done with CDP Extensions.loadUnpacked on the same build
// (same path, same id), which reloads it exactly as an update does, and runtime.reload() is tested last, for what it
// can show here: the tab keeps its marks and stays quiet once the extension is gone. What happens in Chromium MV3: the old content script's context is invalidated (its extension API
// calls fail), and the new version's content scripts are NOT injected into tabs that are already open (Firebreak has
// no `scripting` permission to inject them itself). What we want, and assert:
//  - the marks already on the page stay (data-firebreak attributes and badges): the user keeps seeing what was flagged;
//  - no error storm: the orphaned content script stops its timers and observers instead of failing on every report;
//  - the orphaned script no longer scans (posts appended afterwards stay unmarked, rather than being marked by code
//    that can no longer reach the background); a page reload brings the new content script, which marks everything
//    again, and the database (packs, custom patterns) came through the reload intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtExtensionPath, sleep } from './harness/extension';
import { markState, marksOf } from './helpers-hostile/page-probes';
import { KINDS, startSession, waitFor, type HPage, type Session } from './helpers-hostile/session';

const ERROR_BUDGET = 2;

describe.skipIf(!KINDS.includes('chromium'))('extension reloaded while a tab is open (chromium)', () => {
  let s: Session;
  let page: HPage;

  beforeAll(async () => {
    s = await startSession('chromium', { chromiumArgs: ['--enable-unsafe-extension-debugging'] });
  });

  afterAll(async () => {
    await s?.close();
  });

  it('keeps the marks, does not flood the console, and works again after the page reloads', async () => {
    const h = s.chromium!;
    // Something of the user's to keep: a custom pattern.
    await s.send('saveCustomPattern', { text: 'reload survivor phrase', lang: 'en', category: 'custom', severity: 'low' });

    page = await s.newPage();
    await page.goto('https://x.com/home');
    await waitFor(() => page.evaluate(() => !!(window as unknown as { __fixture?: unknown }).__fixture), 'the fixture page');
    const before = await waitFor(async () => {
      const st = await page.evaluate(markState);
      return st.containers > 0 && st.marked === st.containers && st.wrong.length === 0 ? st : null;
    }, 'the first marks');
    expect(before.flagged).toBeGreaterThan(0);
    const badgesBefore = await page.evaluate(() => document.querySelectorAll('firebreak-badge').length);
    expect(badgesBefore).toBe(before.flagged);

    // Reload the extension: the same build loaded again (see the header).
    h.consoleErrors.length = 0;
    const oldWorker = h.serviceWorker.url();
    const cdp = await h.context.browser()!.newBrowserCDPSession();
    const loaded = (await cdp.send('Extensions.loadUnpacked' as never, { path: builtExtensionPath('chrome') } as never)) as { id: string };
    expect(loaded.id).toBe(h.extensionId);
    await cdp.detach();
    // The new service worker answers (same id: an unpacked extension keeps its id).
    await waitFor(async () => {
      try {
        const p = await h.openExtensionPage('popup.html');
        const ok = await p.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ res?: unknown[] }> } } }).chrome;
          const r = await api.runtime.sendMessage({ id: 1, type: 'listPacks', data: undefined, timestamp: Date.now() });
          return Array.isArray(r?.res);
        });
        await p.close();
        return ok;
      } catch {
        return false;
      }
    }, 'the reloaded extension to answer', 30_000, 500);
    expect(new URL(h.serviceWorker.url()).host).toBe(new URL(oldWorker).host);

    // The page, some seconds later: marks kept, no error storm from the orphaned content script.
    await page.evaluate(() => {
      (window as unknown as { __fixture: { setAutoAppend(on: boolean): void } }).__fixture.setAutoAppend(false);
      window.scrollBy(0, 400);
    });
    await sleep(5000);
    const after = await page.evaluate(markState);
    expect(after.marked).toBe(before.marked);
    expect(after.flagged).toBe(before.flagged);
    expect(after.wrong).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('firebreak-badge').length)).toBe(badgesBefore);
    const pageErrors = h.consoleErrors.filter((e) => e.includes('x.com'));
    console.log(`[hostile-reload] console errors in the tab after the reload: ${pageErrors.length}\n${pageErrors.join('\n')}`);
    expect(pageErrors.length, pageErrors.join('\n')).toBeLessThanOrEqual(ERROR_BUDGET);

    // The orphaned script does not scan any more: a new flagged post stays unmarked (no content script can reach the
    // background until the page loads again).
    const { ids } = await page.evaluate(async () => {
      const fx = (window as unknown as { __fixture: { append(n: number, o: object): Promise<{ ids: string[] }> } }).__fixture;
      return fx.append(3, { flaggedEvery: 1 });
    });
    await sleep(2000);
    expect(Object.values(await page.evaluate(marksOf, ids))).toEqual([null, null, null]);
    // Clicking an old badge does not throw a storm either, and its panel says to reload the page.
    await page.evaluate(() => (document.querySelector('firebreak-badge')?.shadowRoot?.querySelector('button') as HTMLButtonElement | null)?.click());
    await sleep(1000);
    const said = await page.evaluate(() => document.querySelector('firebreak-panel')?.shadowRoot?.querySelector('.fb-status')?.textContent ?? '');
    expect(said, 'the old badge\'s panel').toContain('reload the page to use these actions');
    const errorsNow = h.consoleErrors.filter((e) => e.includes('x.com'));
    expect(errorsNow.length, errorsNow.join('\n')).toBeLessThanOrEqual(ERROR_BUDGET);

    // Reloading the page brings the new content script: everything is marked again, with the user's data.
    await page.goto('https://x.com/home');
    const again = await waitFor(async () => {
      const st = await page.evaluate(markState);
      return st.containers > 0 && st.marked === st.containers && st.wrong.length === 0 ? st : null;
    }, 'marks after the page reload');
    expect(again.flagged).toBe(before.flagged);
    const custom = await s.send<{ text: string }[]>('listCustomPatterns');
    expect(custom.map((c) => c.text)).toContain('reload survivor phrase');
    expect(h.consoleErrors.filter((e) => e.includes('x.com')).length).toBeLessThanOrEqual(ERROR_BUDGET);
  }, 120_000);

  it('chrome.runtime.reload() from the service worker: the open tab keeps its marks and stays quiet', async () => {
    const h = s.chromium!;
    const before = await page.evaluate(markState);
    expect(before.marked).toBe(before.containers);
    h.consoleErrors.length = 0;
    await h.serviceWorker.evaluate(() => {
      setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 50);
    });
    await waitFor(async () => {
      const p = await h.newPage();
      const refused = await p.goto(h.extensionBaseUrl + 'popup.html').then(
        () => false,
        (err: unknown) => /ERR_BLOCKED_BY_CLIENT|ERR_FAILED|ERR_ABORTED/.test(String(err)),
      );
      await p.close();
      return refused;
    }, 'the extension to unload', 15_000, 250);
    // The orphaned content script notices within its 2-second timer (WXT's context checks runtime.id) and stops;
    // anything it marked until then was marked with the patterns it had, so marks stay right and none is removed.
    await page.evaluate(() => {
      (window as unknown as { __fixture: { setAutoAppend(on: boolean): void } }).__fixture.setAutoAppend(false);
      window.scrollBy(0, 600);
    });
    await sleep(5000);
    const after = await page.evaluate(markState);
    expect(after.wrong).toEqual([]);
    expect(after.marked).toBe(before.marked);
    expect(after.flagged).toBe(before.flagged);
    const { ids } = await page.evaluate(async () => {
      const fx = (window as unknown as { __fixture: { append(n: number, o: object): Promise<{ ids: string[] }> } }).__fixture;
      return fx.append(3, { flaggedEvery: 1 });
    });
    await sleep(2000);
    expect(Object.values(await page.evaluate(marksOf, ids))).toEqual([null, null, null]);
    const pageErrors = h.consoleErrors.filter((e) => e.includes('x.com'));
    expect(pageErrors.length, pageErrors.join('\n')).toBeLessThanOrEqual(ERROR_BUDGET);
  }, 60_000);
});
