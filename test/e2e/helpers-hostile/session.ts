// One interface over the two e2e harnesses for the hostile tests: Chromium (playwright-core, test/e2e/harness/
// chromium.ts) and Firefox ESR (puppeteer-core over WebDriver BiDi, test/e2e/harness/firefox.ts), with the built
// extension loaded and the fixture server (test/fixtures/server.ts) behind x.com and www.facebook.com.
// A test body gets pages that evaluate functions, record dialogs, and talk to the background the way the options
// page does (runtime.sendMessage with @webext-core/messaging's message shape).
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium, type ChromiumHarness } from '../harness/chromium';
import { CHROMIUM_PATH, FIREFOX_PATH, builtExtensionPath, requireBrowser, sleep } from '../harness/extension';
import { launchFirefox, type FirefoxHarness } from '../harness/firefox';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server';

export type Kind = 'chromium' | 'firefox';

const CSP_RECORDER = `(() => {
  const list = [];
  Object.defineProperty(window, '__cspViolations', { value: list });
  document.addEventListener('securitypolicyviolation', (e) => {
    const t = e.target;
    // The spec dispatches at the offending element when it is connected to this document, else at the document:
    // an element target is a live node; the document as target means the node was elsewhere (an inert parse).
    const live = t instanceof Element && t.ownerDocument === document && t.isConnected;
    list.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, live, node: t && t.nodeName });
  }, true);
})();`;

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  /** True when the offending node is an element of the page's live document (false: elsewhere, e.g. a DOMParser parse). */
  live: boolean;
  node: string;
}

/** The CSP violations a page recorded (Chromium only; [] elsewhere). */
export async function cspViolations(page: HPage): Promise<CspViolation[]> {
  return page.evaluate(() => ((window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? []).slice());
}

/** Browsers present here (a missing one is skipped locally, and fails the run under CI=true). */
export const KINDS: readonly Kind[] = [
  ...(requireBrowser(CHROMIUM_PATH) ? (['chromium'] as const) : []),
  ...(requireBrowser(FIREFOX_PATH) ? (['firefox'] as const) : []),
];

export interface HPage {
  readonly kind: Kind;
  /** Dialogs (alert, confirm, prompt, beforeunload) the page opened; each was dismissed. */
  readonly dialogs: string[];
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  isClosed(): boolean;
  close(): Promise<void>;
  readonly raw: PwPage | PpPage;
}

export interface Session {
  readonly kind: Kind;
  readonly server: FixtureServer;
  readonly extensionBaseUrl: string;
  /** Console errors and uncaught errors that are ours or the page's (harness noise filter applied). Live. */
  readonly consoleErrors: string[];
  newPage(): Promise<HPage>;
  /** Opens an extension page (options.html, popup.html, sidepanel.html) in a tab. */
  openExtensionPage(path: string): Promise<HPage>;
  /** Sends a message to the background from an extension page, as the options page does; returns its answer. */
  send<R = unknown>(type: string, data?: unknown): Promise<R>;
  readonly chromium?: ChromiumHarness;
  readonly firefox?: FirefoxHarness;
  close(): Promise<void>;
}

function wrapPw(page: PwPage): HPage {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  return {
    kind: 'chromium',
    dialogs,
    raw: page,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    isClosed: () => page.isClosed(),
    close: () => page.close(),
  };
}

function wrapPp(page: PpPage, kind: Kind): HPage {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  return {
    kind,
    dialogs,
    raw: page,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    isClosed: () => page.isClosed(),
    close: () => page.close(),
  };
}

/** The message the options page would send, sent from an extension page; throws the background's error. */
async function sendFrom(page: HPage, type: string, data: unknown): Promise<unknown> {
  const out = await page.evaluate(
    async ({ type, data }: { type: string; data: unknown }) => {
      const api = (globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser
        ?? (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      const reply = (await api.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() })) as
        | { res?: unknown; err?: { message?: string } }
        | undefined;
      return reply ? JSON.stringify(reply) : JSON.stringify({ err: { message: 'No response' } });
    },
    { type, data },
  );
  const reply = JSON.parse(out) as { res?: unknown; err?: { message?: string } };
  if (reply.err) throw new Error(`background answered ${type} with an error: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res;
}

export interface SessionOptions {
  /** Extra Chromium switches (e.g. --enable-unsafe-extension-debugging for CDP Extensions.loadUnpacked). */
  chromiumArgs?: string[];
}

export async function startSession(kind: Kind, opts: SessionOptions = {}): Promise<Session> {
  const server = await startFixtureServer({ port: 0 });
  try {
    if (kind === 'chromium') {
      const h = await launchChromium({ extensionPath: builtExtensionPath('chrome'), serverPort: server.port, extraArgs: opts.chromiumArgs });
      // Every page (extension pages included) records its Content-Security-Policy violations, with whether the
      // offending node belongs to the page's live document (see cspViolations()).
      await h.context.addInitScript({ content: CSP_RECORDER });
      let messenger: HPage | null = null;
      const session: Session = {
        kind,
        server,
        extensionBaseUrl: h.extensionBaseUrl,
        consoleErrors: h.consoleErrors,
        chromium: h,
        newPage: async () => wrapPw(await h.newPage()),
        openExtensionPage: async (p) => wrapPw(await h.openExtensionPage(p)),
        async send<R>(type: string, data?: unknown) {
          // The extension's pages close when it reloads: open a new one then.
          if (!messenger || messenger.isClosed()) messenger = wrapPw(await h.openExtensionPage('popup.html'));
          return (await sendFrom(messenger, type, data)) as R;
        },
        async close() {
          await h.close();
          await server.close();
        },
      };
      return session;
    }
    const h = await launchFirefox({ extensionPath: builtExtensionPath('firefox'), serverPort: server.port });
    let messenger: HPage | null = null;
    const session: Session = {
      kind,
      server,
      extensionBaseUrl: h.extensionBaseUrl,
      consoleErrors: h.consoleErrors,
      firefox: h,
      newPage: async () => wrapPp(await h.newPage(), 'firefox'),
      openExtensionPage: async (p) => wrapPp(await h.openExtensionPage(p), 'firefox'),
      async send<R>(type: string, data?: unknown) {
        if (!messenger || messenger.isClosed()) messenger = wrapPp(await h.openExtensionPage('popup.html'), 'firefox');
        return (await sendFrom(messenger, type, data)) as R;
      },
      async close() {
        await h.close();
        await server.close();
      },
    };
    return session;
  } catch (err) {
    await server.close();
    throw err;
  }
}

/** Polls `fn` until it returns a truthy value (returned), or throws after `timeoutMs` with `what`. */
export async function waitFor<T>(fn: () => Promise<T>, what: string, timeoutMs = 30_000, everyMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await fn();
      if (last) return last as NonNullable<T>;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)}${lastErr ? `, last error: ${String(lastErr)}` : ''})`);
    }
    await sleep(everyMs);
  }
}
