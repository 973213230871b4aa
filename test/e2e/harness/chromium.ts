// Chromium launcher: the built extension in a persistent headless context, fixture hosts routed to the local server,
// console and uncaught errors collected from every page, the extension's pages and its service worker.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type ConsoleMessage, type Page, type WebError, type Worker } from 'playwright-core';
import {
  CHROMIUM_PATH,
  FIXTURE_HOSTS,
  chromiumUnpackedExtensionId,
  formatCaptured,
  isNoise,
  killProcessGroup,
  assertUnpackedExtension,
  normaliseExtensionPath,
  startWatchdog,
  withTimeout,
  type CapturedMessage,
  type IgnorePatterns,
} from './extension';

export interface ChromiumLaunchOptions {
  /** Unpacked extension directory, e.g. builtExtensionPath('chrome'). */
  extensionPath: string;
  /** Port of the local HTTPS fixture server; https://<fixture host>/ (port 443) is routed to 127.0.0.1:serverPort. */
  serverPort: number;
  headless?: boolean;
  /** Profile directory; by default a fresh temporary one, removed on close(). */
  userDataDir?: string;
  /** Extra console patterns to ignore (on top of isNoise()). */
  ignoreConsole?: IgnorePatterns;
  /** Extra Chromium switches. */
  extraArgs?: string[];
  executablePath?: string;
  /** How long to wait for the extension's service worker (ms). */
  serviceWorkerTimeout?: number;
}

export interface ChromiumHarness {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID/ */
  extensionBaseUrl: string;
  /** The extension's current service worker (a new one appears if Chromium restarts it). */
  readonly serviceWorker: Worker;
  /** Opens chrome-extension://ID/<path> in a new tab and waits for load. */
  openExtensionPage(path: string): Promise<Page>;
  newPage(): Promise<Page>;
  /** Formatted errors that are ours or the page's (noise removed). Live; clear with `consoleErrors.length = 0`. */
  consoleErrors: string[];
  /** Every error captured, noise included, for debugging. */
  capturedErrors: CapturedMessage[];
  /** Reads the clipboard from a page on a fixture host or an extension page (permissions are pre-granted). */
  readClipboard(page: Page): Promise<string>;
  close(): Promise<void>;
}

/** Switches for a quiet, headless, reproducible Chromium (shared with the benchmark's launches). */
export const CHROMIUM_QUIET_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-search-engine-choice-screen',
];

export function chromiumArgs(extensionPath: string, serverPort: number): string[] {
  const rules = FIXTURE_HOSTS.map((h) => `MAP ${h}:443 127.0.0.1:${serverPort}`).join(', ');
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    ...CHROMIUM_QUIET_ARGS,
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
  ];
}

/** Kills whatever still runs with this (unique, temporary) profile directory. */
function killByUserDataDir(userDataDir: string): void {
  const needle = `--user-data-dir=${userDataDir}`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline.includes(needle)) killProcessGroup(Number(entry));
    } catch {
      // process gone or unreadable
    }
  }
}

function firstUrlInStack(stack: string | undefined): string | undefined {
  return stack?.match(/((?:chrome-extension|https?):\/\/[^\s)]+?)(?::\d+){0,2}(?:\)|\s|$)/m)?.[1];
}

export async function launchChromium(options: ChromiumLaunchOptions): Promise<ChromiumHarness> {
  const extensionPath = path.resolve(options.extensionPath);
  assertUnpackedExtension(extensionPath);
  const ownsProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'firebreak-chromium-'));
  const capturedErrors: CapturedMessage[] = [];
  const consoleErrors: string[] = [];
  const record = (m: CapturedMessage): void => {
    capturedErrors.push(m);
    if (!isNoise(m, options.ignoreConsole)) consoleErrors.push(formatCaptured(m));
  };

  let context: BrowserContext | undefined;
  let cdp: CDPSession | undefined;
  // Chromium exits when its pipe closes; the watchdog only removes a temporary profile a killed run leaves behind.
  const stopWatchdog = ownsProfile ? startWatchdog({ removeDirs: [userDataDir] }) : () => {};
  const cleanUp = async (): Promise<void> => {
    stopWatchdog();
    await cdp?.detach().catch(() => {});
    if (context) await withTimeout(context.close(), 20_000, 'closing Chromium').catch(() => {});
    killByUserDataDir(userDataDir); // normally nothing is left; this covers a hung close()
    if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: options.executablePath ?? CHROMIUM_PATH,
      headless: options.headless ?? true,
      args: [...chromiumArgs(extensionPath, options.serverPort), ...(options.extraArgs ?? [])],
      timeout: 60_000,
    });
    const ctx = context;

    // Console messages of every page, extension page and worker (service workers included) go through the context.
    ctx.on('console', (msg: ConsoleMessage) => {
      if (msg.type() !== 'error') return;
      const worker = msg.worker();
      record({
        source: worker ? 'worker' : 'page',
        text: msg.text(),
        url: msg.location().url || worker?.url(),
        pageUrl: msg.page()?.url(),
      });
    });
    // Uncaught errors and unhandled rejections in pages (content scripts included).
    ctx.on('weberror', (e: WebError) => {
      const err = e.error();
      record({
        source: 'page',
        text: `Uncaught ${err.stack || `${err.name}: ${err.message}`}`,
        url: firstUrlInStack(err.stack),
        pageUrl: e.page()?.url(),
      });
    });

    // The extension's service worker: id from its URL.
    const isOurs = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
    let worker: Worker | undefined = ctx.serviceWorkers().find(isOurs);
    ctx.on('serviceworker', (w) => {
      if (isOurs(w)) worker = w;
    });
    worker ??= await ctx
      .waitForEvent('serviceworker', { predicate: isOurs, timeout: options.serviceWorkerTimeout ?? 20_000 })
      .catch(() => undefined);
    const expectedId = chromiumUnpackedExtensionId(extensionPath);
    if (!worker) {
      throw new Error(
        `The extension at ${extensionPath} did not start a service worker (expected chrome-extension://${expectedId}/). ` +
          'Is the manifest valid and does it declare background.service_worker?',
      );
    }
    const extensionId = new URL(worker.url()).host;
    const extensionBaseUrl = `chrome-extension://${extensionId}/`;

    // Uncaught errors in the service worker are not reported by Playwright: attach to it over CDP (non-flattened,
    // through the browser session) and listen for Runtime.exceptionThrown. Runtime.enable replays earlier ones.
    const browser = ctx.browser();
    if (browser) {
      const session = await browser.newBrowserCDPSession();
      cdp = session;
      const attached = new Set<string>();
      const attach = async (info: { targetId: string; type: string; url: string }): Promise<void> => {
        if (info.type !== 'service_worker' || !info.url.startsWith(extensionBaseUrl) || attached.has(info.targetId)) return;
        attached.add(info.targetId);
        try {
          const { sessionId } = await session.send('Target.attachToTarget', { targetId: info.targetId, flatten: false });
          await session.send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id: 1, method: 'Runtime.enable' }),
          });
        } catch {
          attached.delete(info.targetId); // the worker went away meanwhile
        }
      };
      session.on('Target.receivedMessageFromTarget', (ev: { message: string }) => {
        let msg: { method?: string; params?: { exceptionDetails?: ExceptionDetails } };
        try {
          msg = JSON.parse(ev.message);
        } catch {
          return;
        }
        const details = msg.method === 'Runtime.exceptionThrown' ? msg.params?.exceptionDetails : undefined;
        if (!details) return;
        const description = details.exception?.description ?? details.exception?.value ?? '';
        record({
          source: 'worker',
          text: `${details.text}${description ? ` ${description}` : ''}`,
          url: details.url ?? details.stackTrace?.callFrames?.[0]?.url ?? worker?.url(),
        });
      });
      session.on('Target.targetCreated', (ev: { targetInfo: { targetId: string; type: string; url: string } }) => {
        void attach(ev.targetInfo);
      });
      session.on('Target.targetInfoChanged', (ev: { targetInfo: { targetId: string; type: string; url: string } }) => {
        void attach(ev.targetInfo);
      });
      await session.send('Target.setDiscoverTargets', { discover: true });
      const { targetInfos } = await session.send('Target.getTargets');
      await Promise.all(targetInfos.map(attach));
    }

    // Clipboard access for tests (copying a report, for instance).
    for (const origin of [...FIXTURE_HOSTS.map((h) => `https://${h}`), extensionBaseUrl.replace(/\/$/, '')]) {
      await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }).catch(() => {});
    }

    let closed = false;
    return {
      context: ctx,
      extensionId,
      extensionBaseUrl,
      get serviceWorker() {
        return worker!;
      },
      consoleErrors,
      capturedErrors,
      async newPage() {
        return ctx.newPage();
      },
      async openExtensionPage(p: string) {
        const page = await ctx.newPage();
        await page.goto(extensionBaseUrl + normaliseExtensionPath(p), { waitUntil: 'load' });
        return page;
      },
      async readClipboard(page: Page) {
        await page.bringToFront();
        return page.evaluate(() => navigator.clipboard.readText());
      },
      async close() {
        if (closed) return;
        closed = true;
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

interface ExceptionDetails {
  text: string;
  url?: string;
  exception?: { description?: string; value?: string };
  stackTrace?: { callFrames?: { url: string }[] };
}
