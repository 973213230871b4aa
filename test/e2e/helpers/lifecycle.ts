// The life of one e2e browser in a describe block: launched with the built extension before its tests, closed after
// them; after each test the pages it opened are closed and no page or extension context may have logged an error.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { FixtureServer } from '../../fixtures/server';
import { launchE2E, pageTracker, type BrowserKind, type E2EBrowser, type E2EPage } from './browsers';

export interface E2ELifecycle {
  /** The browser (after the block's first beforeAll). */
  browser(): E2EBrowser;
  /** Marks a page to be closed after the test. */
  track<T extends E2EPage>(p: T): T;
}

/**
 * Registers the hooks of one browser for the enclosing describe block. `cleanup` runs after each test, once its
 * pages are closed and before the console check (for example closing tabs that a test opened by a click).
 */
export function useE2EBrowser(
  kind: BrowserKind,
  server: () => FixtureServer,
  opts: { cleanup?: (b: E2EBrowser) => Promise<void> } = {},
): E2ELifecycle {
  let b: E2EBrowser | undefined;
  const { track, closeTracked } = pageTracker();
  beforeAll(async () => {
    b = await launchE2E(kind, server());
  });
  afterAll(async () => {
    await b?.close();
  });
  afterEach(async () => {
    if (!b) return;
    await closeTracked();
    await opts.cleanup?.(b);
    expect(await b.takeConsoleErrors(), `${kind}: console errors in pages and extension contexts`).toEqual([]);
  });
  return {
    browser: () => {
      if (!b) throw new Error(`The ${kind} browser has not started.`);
      return b;
    },
    track,
  };
}
