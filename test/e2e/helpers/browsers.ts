// One small adapter over the two drivers (playwright-core for Chromium, puppeteer-core for Firefox ESR) so a test body
// can run unchanged in both: open pages, evaluate, run the page probes, click/focus elements (shadow DOM included),
// press keys, set files on an <input type=file>, run code in the extension's context (Chromium: the service worker;
// Firefox: an extension page), read the toolbar badge and the clipboard, see which tabs exist, collect console errors.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, ElementHandle as PwElementHandle, Page as PwPage } from 'playwright-core';
import type { ElementHandle as PpElementHandle, Page as PpPage } from 'puppeteer-core';
import { launchChromium, type ChromiumHarness } from '../harness/chromium';
import {
  CHROMIUM_PATH,
  FIREFOX_PATH,
  FIXTURE_HOSTS,
  builtExtensionPath,
  requireBrowser,
  sleep,
  withTimeout,
} from '../harness/extension';
import { launchFirefox, type FirefoxHarness } from '../harness/firefox';
import type { FixtureServer } from '../../fixtures/server';
import { installProbes, type HandleProbe, type ProbeName } from './probes';
import { until } from './wait';

export type BrowserKind = 'chromium' | 'firefox';

/** The browsers present on this machine (a missing one is skipped locally and fails under CI=true). */
export const BROWSERS: readonly BrowserKind[] = [
  ...(requireBrowser(CHROMIUM_PATH) ? (['chromium'] as const) : []),
  ...(requireBrowser(FIREFOX_PATH) ? (['firefox'] as const) : []),
];

/** Keys both drivers name the same way. */
export type Key = 'Enter' | 'Space' | 'Escape' | 'Tab';

const PROBES_SRC = installProbes.toString();

function probeExpression(name: string, arg: unknown): string {
  return `(async () => { (${PROBES_SRC})(); return await window.__e2e[${JSON.stringify(name)}](${JSON.stringify(arg ?? null)}); })()`;
}

function handleExpression(name: string, arg: unknown): string {
  return `(() => { (${PROBES_SRC})(); return window.__e2e[${JSON.stringify(name)}](${JSON.stringify(arg ?? null)}); })()`;
}

export interface E2EHandle {
  click(): Promise<void>;
  focus(): Promise<void>;
  dispose(): Promise<void>;
}

export interface UploadFile {
  name: string;
  mimeType: string;
  content: string;
}

export interface E2EPage {
  readonly kind: BrowserKind;
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page (main world for web pages) and returns its JSON-serialisable result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Calls a probe of window.__e2e (see probes.ts), installing them first. */
  probe<R = unknown>(name: ProbeName, arg?: unknown): Promise<R>;
  /** An element returned by a probe getter, or null. */
  probeHandle(name: HandleProbe, arg?: unknown): Promise<E2EHandle | null>;
  /** Clicks (real mouse) the element a probe getter returns; throws with `what` when it is missing. */
  clickProbe(name: HandleProbe, arg: unknown, what: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Clicks (real mouse) the first element matching a CSS selector (light DOM; extension pages included). */
  click(selector: string): Promise<void>;
  /** Chooses an <option> of a <select> by value, as a user does (fires input and change). */
  select(selector: string, value: string): Promise<void>;
  /** Types text into a focused-by-click field. */
  type(selector: string, text: string): Promise<void>;
  /** Sets files on an <input type=file> (as a user choosing them) and lets it fire its change event. */
  setInputFiles(selector: string, files: UploadFile[]): Promise<void>;
  bringToFront(): Promise<void>;
  url(): Promise<string>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly kind: BrowserKind;
  readonly extensionBaseUrl: string;
  newPage(): Promise<E2EPage>;
  /** Opens an extension page (popup.html, sidepanel.html, options.html#packs) in a new tab. */
  openExtensionPage(p: string): Promise<E2EPage>;
  /**
   * Sends one of Firebreak's typed messages (lib/messages.ts) to the background from an extension page, as the
   * options page does, and returns the answer (throws the background's error).
   */
  bgMessage<R = unknown>(type: string, data?: unknown): Promise<R>;
  /** Runs `fn(arg)` where the extension API is available (`chrome`/`browser`); JSON-serialisable result. */
  extEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The tab id of a page (found by its exact URL). */
  tabIdOf(page: E2EPage): Promise<number>;
  /** The toolbar button's badge text for a tab. */
  badgeText(tabId: number): Promise<string>;
  /** URLs of every open tab (a tab that failed to load keeps the URL it was asked to open). */
  tabUrls(): Promise<string[]>;
  /** Closes every tab whose URL starts with one of the prefixes. */
  closeTabsStartingWith(prefixes: string[]): Promise<void>;
  /** Requests for hosts outside the fixture hosts ('host path' in Chromium, 'host:port' in Firefox). */
  externalRequests(): string[];
  readClipboard(page: E2EPage): Promise<string>;
  /** Names of the files the browser has saved (or begun saving) since it started, in any tab. */
  downloadedFiles(): Promise<string[]>;
  /** Our errors (and the pages' own), noise removed; waits briefly for in-flight ones. Clears the list. */
  takeConsoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** The wire format of @webext-core/messaging: { id, type, data, timestamp } → { res } | { err }. */
async function sendBgMessage(msg: { type: string; data: unknown }): Promise<unknown> {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  const api = (g.browser ?? g.chrome) as ExtApi;
  const r = (await api.runtime.sendMessage({
    id: Math.floor(Math.random() * 1e9),
    type: msg.type,
    data: msg.data,
    timestamp: Date.now(),
  })) as { res?: unknown; err?: { message?: string } } | undefined;
  if (!r) throw new Error(`No answer to ${msg.type}`);
  if (r.err) throw new Error(`${msg.type}: ${r.err.message ?? 'error'}`);
  return r.res;
}

/** The bits of the extension API the tests call (chrome.* in Chromium, browser.* in Firefox; both promise-based). */
export interface ExtApi {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string; windowId?: number; active?: boolean }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } };
}

// ---- Chromium ----------------------------------------------------------------------------------------------------

class PwE2EPage implements E2EPage {
  readonly kind = 'chromium' as const;
  constructor(readonly page: PwPage) {}
  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }
  probe<R>(name: ProbeName, arg?: unknown): Promise<R> {
    return this.page.evaluate(probeExpression(name, arg)) as Promise<R>;
  }
  async probeHandle(name: HandleProbe, arg?: unknown): Promise<E2EHandle | null> {
    const h = await this.page.evaluateHandle(handleExpression(name, arg));
    const el = h.asElement() as PwElementHandle | null;
    if (!el) {
      await h.dispose();
      return null;
    }
    return {
      click: () => el.click({ timeout: 10_000 }),
      focus: () => el.focus(),
      dispose: () => el.dispose(),
    };
  }
  async clickProbe(name: HandleProbe, arg: unknown, what: string): Promise<void> {
    const h = await this.probeHandle(name, arg);
    if (!h) throw new Error(`Not found on the page: ${what}`);
    try {
      await h.click();
    } finally {
      await h.dispose();
    }
  }
  press(key: Key): Promise<void> {
    return this.page.keyboard.press(key);
  }
  async click(selector: string): Promise<void> {
    await this.page.click(selector, { timeout: 10_000 });
  }
  async select(selector: string, value: string): Promise<void> {
    await this.page.selectOption(selector, value, { timeout: 10_000 });
  }
  async type(selector: string, text: string): Promise<void> {
    await this.page.click(selector, { timeout: 10_000 });
    await this.page.keyboard.type(text);
  }
  async setInputFiles(selector: string, files: UploadFile[]): Promise<void> {
    await this.page.setInputFiles(
      selector,
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.content, 'utf8') })),
    );
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  async url(): Promise<string> {
    return this.page.url();
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

async function chromiumBrowser(h: ChromiumHarness, server: FixtureServer): Promise<E2EBrowser> {
  const ctx: BrowserContext = h.context;
  const fixture = new Set<string>(FIXTURE_HOSTS);
  const downloads: string[] = [];
  const watchDownloads = (p: PwPage): void => {
    p.on('download', (d) => downloads.push(d.suggestedFilename()));
  };
  ctx.pages().forEach(watchDownloads);
  ctx.on('page', watchDownloads);
  const wrap = (p: PwPage): PwE2EPage => new PwE2EPage(p);
  const extEval = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
    h.serviceWorker.evaluate(fn as never, arg as never) as Promise<R>;
  // Messages to the background come from an extension page (the service worker does not receive its own).
  let probe: PwPage | null = null;
  const probePage = async (): Promise<PwPage> => {
    if (probe && !probe.isClosed()) return probe;
    probe = await h.openExtensionPage('popup.html');
    return probe;
  };
  return {
    kind: 'chromium',
    bgMessage: async <R>(type: string, data?: unknown) =>
      (await (await probePage()).evaluate(sendBgMessage, { type, data: data ?? null })) as R,
    extensionBaseUrl: h.extensionBaseUrl,
    newPage: async () => wrap(await h.newPage()),
    openExtensionPage: async (p) => wrap(await h.openExtensionPage(p)),
    extEval,
    async tabIdOf(page) {
      const url = await page.url();
      return until(
        `the tab id of ${url}`,
        () =>
          extEval(async (u: string) => {
            const tabs = await (globalThis as unknown as { chrome: ExtApi }).chrome.tabs.query({});
            return tabs.find((t) => t.url === u)?.id ?? -1;
          }, url),
        (id) => id >= 0,
      );
    },
    badgeText: (tabId) =>
      extEval((id: number) => (globalThis as unknown as { chrome: ExtApi }).chrome.action.getBadgeText({ tabId: id }), tabId),
    async tabUrls() {
      return ctx.pages().map((p) => p.url());
    },
    async closeTabsStartingWith(prefixes) {
      for (const p of ctx.pages()) if (prefixes.some((x) => p.url().startsWith(x))) await p.close().catch(() => {});
    },
    // Every host resolves to the fixture server (see launchE2E), which logs the request and answers 421 to hosts
    // that are not fixtures: a report page "opens" without leaving the machine.
    externalRequests: () => server.requests.filter((r) => !fixture.has(r.split(' ')[0] ?? '')),
    readClipboard: (page) => h.readClipboard((page as PwE2EPage).page),
    downloadedFiles: async () => [...downloads],
    async takeConsoleErrors() {
      await sleep(150);
      const out = [...h.consoleErrors];
      h.consoleErrors.length = 0;
      return out;
    },
    close: () => h.close(),
  };
}

// ---- Firefox -----------------------------------------------------------------------------------------------------

class PpE2EPage implements E2EPage {
  readonly kind = 'firefox' as const;
  constructor(
    readonly page: PpPage,
    private readonly tmp: () => string,
  ) {}
  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }
  probe<R>(name: ProbeName, arg?: unknown): Promise<R> {
    return this.page.evaluate(probeExpression(name, arg)) as Promise<R>;
  }
  async probeHandle(name: HandleProbe, arg?: unknown): Promise<E2EHandle | null> {
    const h = await this.page.evaluateHandle(handleExpression(name, arg));
    const el = h.asElement() as PpElementHandle<Element> | null;
    if (!el) {
      await h.dispose();
      return null;
    }
    return {
      click: () => el.click(),
      focus: () => el.focus(),
      dispose: () => el.dispose(),
    };
  }
  async clickProbe(name: HandleProbe, arg: unknown, what: string): Promise<void> {
    // A user clicks in the tab they see: select it first if another tab was opened since.
    if (!(await this.page.evaluate(() => document.hasFocus()))) await this.bringToFront();
    const h = await this.probeHandle(name, arg);
    if (!h) throw new Error(`Not found on the page: ${what}`);
    try {
      await h.click();
    } finally {
      await h.dispose();
    }
  }
  async press(key: Key): Promise<void> {
    // Keys go to the selected tab of the focused window: select this one first if it is not (opening another tab,
    // an extension page for instance, selects that one).
    if (!(await this.page.evaluate(() => document.hasFocus()))) await this.bringToFront();
    await this.page.keyboard.press(key === 'Space' ? ' ' : key);
  }
  async click(selector: string): Promise<void> {
    await this.page.waitForSelector(selector, { timeout: 10_000 });
    await this.page.click(selector);
  }
  async select(selector: string, value: string): Promise<void> {
    await this.page.waitForSelector(selector, { timeout: 10_000 });
    await this.page.select(selector, value);
  }
  async type(selector: string, text: string): Promise<void> {
    await this.page.waitForSelector(selector, { timeout: 10_000 });
    await this.page.click(selector);
    await this.page.keyboard.type(text);
  }
  async setInputFiles(selector: string, files: UploadFile[]): Promise<void> {
    const dir = mkdtempSync(path.join(this.tmp(), 'upload-'));
    const paths = files.map((f) => {
      const p = path.join(dir, f.name);
      writeFileSync(p, f.content, 'utf8');
      return p;
    });
    const input = (await this.page.$(selector)) as PpElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error(`No file input ${selector}`);
    try {
      await input.uploadFile(...paths);
    } finally {
      await input.dispose();
    }
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  url(): Promise<string> {
    // puppeteer's page.url() lags (and stays about:blank on extension pages): ask the document.
    return this.page.evaluate(() => location.href);
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

async function firefoxBrowser(h: FirefoxHarness): Promise<E2EBrowser> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'firebreak-e2e-ff-'));
  const wrap = (p: PpPage): PpE2EPage => new PpE2EPage(p, () => tmp);
  // Extension API calls run in one extension page kept open in a background tab (Firefox's background is an event
  // page that puppeteer cannot reach). popup.html is small; it only polls the active tab's state.
  let probe: PpPage | null = null;
  const probePage = async (): Promise<PpPage> => {
    if (probe && !probe.isClosed()) return probe;
    probe = await h.openExtensionPage('popup.html');
    return probe;
  };
  const extEval = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
    const p = await probePage();
    return p.evaluate(fn as never, arg as never) as Promise<R>;
  };
  await probePage();
  return {
    kind: 'firefox',
    bgMessage: async <R>(type: string, data?: unknown) =>
      (await (await probePage()).evaluate(sendBgMessage, { type, data: data ?? null })) as R,
    extensionBaseUrl: h.extensionBaseUrl,
    newPage: async () => wrap(await h.newPage()),
    openExtensionPage: async (p) => wrap(await h.openExtensionPage(p)),
    extEval,
    async tabIdOf(page) {
      const url = await page.url();
      return until(
        `the tab id of ${url}`,
        () =>
          extEval(async (u: string) => {
            const api = (globalThis as unknown as { browser: ExtApi }).browser;
            const tabs = await api.tabs.query({});
            return tabs.find((t) => t.url === u)?.id ?? -1;
          }, url),
        (id) => id >= 0,
      );
    },
    badgeText: (tabId) =>
      extEval((id: number) => (globalThis as unknown as { browser: ExtApi }).browser.action.getBadgeText({ tabId: id }), tabId),
    tabUrls: () => h.tabUrls(),
    closeTabsStartingWith: (prefixes) => h.closeTabsStartingWith(prefixes),
    externalRequests: () => [...h.refusedHosts],
    readClipboard: (page) => h.readClipboard((page as PpE2EPage).page),
    downloadedFiles: () => h.downloadedFiles(),
    async takeConsoleErrors() {
      const out = [...(await h.settleConsole(250))];
      h.consoleErrors.length = 0;
      return out;
    },
    async close() {
      await h.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

// ---- launch ------------------------------------------------------------------------------------------------------

/** Files a built extension needs to run (manifest, background, content scripts, pages). */
function missingFiles(dir: string): string[] {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return ['manifest.json'];
  let m: {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[] }[];
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  try {
    m = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return ['manifest.json (unreadable)'];
  }
  const files = [
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => c.js ?? []),
    m.action?.default_popup,
    m.options_ui?.page,
  ].filter((f): f is string => !!f);
  return files.filter((f) => !existsSync(path.join(dir, f)));
}

/**
 * A private copy of the built extension for one browser run, so that a rebuild of .output while the suite runs
 * (`npm run build` in another terminal) cannot pull files from under a running browser. Waits out a build in progress.
 */
async function snapshotExtension(kind: BrowserKind): Promise<{ dir: string; remove(): void }> {
  const src = builtExtensionPath(kind === 'chromium' ? 'chrome' : 'firefox');
  const root = mkdtempSync(path.join(os.tmpdir(), `firebreak-e2e-ext-${kind}-`));
  const dir = path.join(root, path.basename(src));
  const deadline = Date.now() + 90_000;
  for (;;) {
    rmSync(dir, { recursive: true, force: true });
    let missing: string[];
    try {
      cpSync(src, dir, { recursive: true });
      missing = missingFiles(dir);
    } catch (error) {
      missing = [`copy failed: ${(error as Error).message}`];
    }
    if (missing.length === 0) return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
    if (Date.now() > deadline) {
      rmSync(root, { recursive: true, force: true });
      throw new Error(`The built extension at ${src} is incomplete (${missing.join(', ')}): is a build still running?`);
    }
    await sleep(1000);
  }
}

/** Launches one browser with (a private copy of) the built extension, every fixture host routed to `server`. */
export async function launchE2E(kind: BrowserKind, server: FixtureServer): Promise<E2EBrowser> {
  const ext = await snapshotExtension(kind);
  try {
    const b = await launchWith(kind, server, ext.dir);
    return {
      ...b,
      async close() {
        try {
          await b.close();
        } finally {
          ext.remove();
        }
      },
    };
  } catch (error) {
    ext.remove();
    throw error;
  }
}

async function launchWith(kind: BrowserKind, server: FixtureServer, extensionPath: string): Promise<E2EBrowser> {
  const serverPort = server.port;
  if (kind === 'chromium') {
    // Every host goes to the fixture server (the last --host-resolver-rules wins): pages outside the fixtures, such
    // as the report pages Firebreak opens, load a local "not a fixture host" answer and their URL stays readable.
    const h = await launchChromium({
      extensionPath,
      serverPort,
      extraArgs: [`--host-resolver-rules=MAP * 127.0.0.1:${serverPort}, EXCLUDE localhost`],
    });
    try {
      return await chromiumBrowser(h, server);
    } catch (error) {
      await h.close();
      throw error;
    }
  }
  const h = await launchFirefox({
    extensionPath,
    serverPort,
    // Firefox reports a runtime message still in flight when a test closes its tab (the content script's reply can no
    // longer be delivered), and an extension API call of a content script that answers after its tab closed (a tab
    // closed while Firebreak was starting in it: storage.local.get). That is the test tearing the page down, not an
    // error of the page or of Firebreak; nothing can run in a page that is gone. So is NS_ERROR_NOT_INITIALIZED, which
    // Firefox throws when a document being torn down asks for a timer or a frame (Preact's hooks ask for both after a
    // render, the panel's scroll listener reads the window): seen twice in session 30's CI runs, both in the X tab
    // closed right after "Download evidence", whose checks (both files saved, the page where it was) had passed.
    ignoreConsole: [
      /Promise rejected after context unloaded: Actor 'Conduits' destroyed before query 'RuntimeMessage'/,
      /^\[extension\] Uncaught Promise resolved after context unloaded\b/,
      /^\[extension\] Uncaught NS_ERROR_NOT_INITIALIZED\b/,
    ],
  });
  try {
    return await firefoxBrowser(h);
  } catch (error) {
    await h.close();
    throw error;
  }
}

/** Pages a test opened, to close after it: `track(page)` when opening, `closeTracked()` in afterEach. */
export function pageTracker(): { track: <T extends E2EPage>(p: T) => T; closeTracked: () => Promise<void> } {
  const opened: E2EPage[] = [];
  return {
    track: (p) => {
      opened.push(p);
      return p;
    },
    closeTracked: () => closeAll(opened.splice(0)),
  };
}

/** Closes pages, ignoring ones already gone (a test's finally block). */
export async function closeAll(pages: (E2EPage | null | undefined)[]): Promise<void> {
  await Promise.all(pages.map((p) => (p ? withTimeout(p.close(), 10_000, 'closing a page').catch(() => {}) : undefined)));
}
