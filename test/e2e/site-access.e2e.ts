// A site the browser no longer lets Firebreak read (the user removed its access, as Firefox allows per site from its
// extensions button): the popup says so in place of "runs on X and Facebook only" (the browser hides the tab's address
// from it on exactly those sites), and offers to ask for access again. Firefox ESR only, in a browser of its own (the
// permission is not given back afterwards): Chromium's API refuses to remove a manifest's host permission, which a
// user withholds in Chrome's own menu, out of a test's reach (the popup's logic is the same; ui-layout.test.tsx).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchE2E, pageTracker, type E2EBrowser } from './helpers/browsers';
import { openFixture, page, useFixtureServer } from './helpers/fixtures';
import { until } from './helpers/wait';

const fixtureServer = useFixtureServer();

describe.each(BROWSERS.filter((k) => k === 'firefox'))('site access in %s', (kind) => {
  let b: E2EBrowser;
  const { track } = pageTracker();

  beforeAll(async () => {
    b = await launchE2E(kind, fixtureServer());
  });
  afterAll(async () => {
    await b?.close();
  });

  it('without access to x.com, the popup says Firebreak cannot read X and offers "Allow on X"', async () => {
    const where = `${kind} x.com without access`;
    const removed = await b.extEval(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        permissions: { remove(p: object): Promise<boolean>; contains(p: object): Promise<boolean> };
      };
      await api.permissions.remove({ origins: ['https://x.com/*'] });
      return !(await api.permissions.contains({ origins: ['https://x.com/*'] }));
    });
    expect(removed, `${where}: the browser took the access back`).toBe(true);
    const tab = track(await openFixture(b, page('x', 'home')));
    const popup = track(await b.openExtensionPage('popup.html'));
    await tab.bringToFront();
    const shown = await until(
      `${where}: the popup's warning`,
      () =>
        popup.evaluate(() => {
          const w = document.querySelector('[data-warning="no-access"]');
          return w ? { text: (w.textContent ?? '').replace(/\s+/g, ' ').trim(), button: w.querySelector('[data-action="allow-site"]')?.textContent?.trim() ?? null, role: w.getAttribute('role') } : null;
        }),
      (x) => x !== null,
    ).catch(async (e) => {
      throw new Error(`${(e as Error).message}\npopup: ${await popup.evaluate(() => document.body.innerText)}`);
    });
    expect(shown!.text, `${where}: warning text`).toContain('Firebreak cannot read X');
    expect(shown!.button, `${where}: the button that asks for access`).toBe('Allow on X');
    expect(shown!.role, `${where}: announced`).toBe('alert');
    const waiting = await popup.evaluate(() => document.body.textContent?.includes('has not been checked yet') ?? false);
    expect(waiting, `${where}: not the "reload it" advice`).toBe(false);
  });
});
