// Firefox launcher: Firefox ESR over WebDriver BiDi (puppeteer-core), the extension installed temporarily with a fixed
// moz-extension UUID, fixture hosts routed to the local server, and errors collected from pages and from every
// extension context (background, extension pages, content scripts): through a privileged console listener where
// BiDi reaches Firefox's privileged window (Firefox 153), else from what Firefox prints on its standard output.
import type { Browser, ConsoleMessage, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  FIREFOX_ADDON_ID,
  FIREFOX_EXTENSION_UUID,
  FIREFOX_PATH,
  FIXTURE_HOSTS,
  formatCaptured,
  isNoise,
  assertUnpackedExtension,
  killProcessGroup,
  normaliseExtensionPath,
  sleep,
  startWatchdog,
  withTimeout,
  type CapturedMessage,
  type IgnorePatterns,
} from './extension';
import { startConnectProxy, type ConnectProxy } from './proxy';

export interface FirefoxLaunchOptions {
  /** Unpacked extension directory, e.g. builtExtensionPath('firefox'). */
  extensionPath: string;
  /**
   * Port of the local HTTPS fixture server. Omitted or 443: fixture hosts resolve to 127.0.0.1 through
   * 'network.dns.localDomains' and Firefox connects to port 443 (the server must listen on 443). Any other port:
   * Firefox goes through a small CONNECT proxy that tunnels <fixture host>:443 to 127.0.0.1:serverPort.
   */
  serverPort?: number;
  headless?: boolean;
  /** Extra console patterns to ignore (on top of isNoise()). */
  ignoreConsole?: IgnorePatterns;
  /** Extra prefs, applied last. */
  extraPrefs?: Record<string, unknown>;
  executablePath?: string;
}

export interface FirefoxHarness {
  browser: Browser;
  /** The Gecko id returned by the install ('firebreak@firebreak.app' for Firebreak). */
  addonId: string;
  /** moz-extension://UUID/ */
  extensionBaseUrl: string;
  /** The first tab. */
  page(): Promise<Page>;
  newPage(): Promise<Page>;
  /**
   * Opens moz-extension://UUID/<path> in a new tab and waits until it has loaded. Note: Firefox sends no BiDi load
   * events for extension documents, so puppeteer's page.url() stays 'about:blank' on these pages; evaluate,
   * waitForSelector, $ and friends work normally. Use page.evaluate(() => location.href) for the URL.
   */
  openExtensionPage(path: string): Promise<Page>;
  /** Navigates an existing tab to an extension page (same caveat as openExtensionPage). */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  /** Formatted errors that are ours or the page's (noise removed). Live; clear with `consoleErrors.length = 0`. */
  consoleErrors: string[];
  /** Every error captured, noise included, for debugging. */
  capturedErrors: CapturedMessage[];
  /** Waits briefly so errors still in flight from other processes land in consoleErrors. */
  settleConsole(ms?: number): Promise<string[]>;
  /** Reads the clipboard in a page (no paste prompt: 'dom.events.testing.asyncClipboard'). */
  readClipboard(page: Page): Promise<string>;
  /**
   * Runs JavaScript in Firefox's privileged browser window (Services, WebExtensionPolicy, …). Only where BiDi reaches
   * that window (`privileged`); Firefox ESR 140 has no such scope and this throws.
   */
  evalChrome<T = unknown>(expression: string): Promise<T>;
  /** Whether BiDi reaches the privileged window (the console monitor and evalChrome work). */
  privileged: boolean;
  /** The address of every tab. */
  tabUrls(): Promise<string[]>;
  /** Closes the tabs whose address starts with one of `prefixes` (never the last tab: it is sent to about:blank). */
  closeTabsStartingWith(prefixes: readonly string[]): Promise<void>;
  /** Names of the files downloaded so far (finished ones: Firefox writes to NAME.part until a download ends). */
  downloadedFiles(): Promise<string[]>;
  /** Hosts (host:port) Firefox tried to reach that are not fixture hosts (proxy mode only). */
  refusedHosts: string[];
  close(): Promise<void>;
}

/** Downloads saved to `dir` without a dialog or the downloads panel opening over the page. */
function downloadPrefs(dir: string): Record<string, unknown> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
  };
}

/** Prefs for a quiet, deterministic test profile (added to puppeteer's own test defaults). */
export function firefoxPrefs(proxyPort: number | undefined): Record<string, unknown> {
  return {
    // Extension: fixed moz-extension UUID for our gecko id, MV3 on, unsigned OK, host permissions granted at install.
    // (Firefox 153 already grants MV3 host permissions to temporary installs; the grant pref covers other versions.)
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    'extensions.manifestV3.enabled': true,
    'xpinstall.signatures.required': false,
    'extensions.originControls.grantByDefault': true,
    // Clipboard reads without the "Paste" prompt.
    'dom.events.testing.asyncClipboard': true,
    // Routing of fixture hosts.
    ...(proxyPort === undefined
      ? { 'network.dns.localDomains': FIXTURE_HOSTS.join(',') }
      : {
          'network.proxy.type': 1,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxyPort,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxyPort,
          'network.proxy.share_proxy_settings': false,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': false,
        }),
    // No background network or first-run noise.
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.trr.mode': 5,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.discovery.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'browser.backup.scheduled.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.pocket.enabled': false,
    'identity.fxaccounts.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
  };
}

/**
 * Installed in the privileged browser window. `send` is a WebDriver BiDi channel: every call becomes a
 * 'script.message' event on our connection. Listens to (1) script errors from all processes (nsIConsoleService sees
 * them all) and (2) console.error/assert calls, through a process script in every content/extension process.
 * Only moz-extension:// sources are forwarded; page errors come through puppeteer's page events.
 */
const MONITOR = `(send) => {
  const childScript = () => {
    const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
    const fmt = (a) => {
      try {
        if (typeof a === 'string') return a;
        if (a && typeof a === 'object' && 'message' in a && 'stack' in a) return String(a) + '\\n' + a.stack;
        return JSON.stringify(a) ?? String(a);
      } catch (e) { return String(a); }
    };
    storage.addLogEventListener((m) => {
      const msg = m.wrappedJSObject || m;
      if (msg.level !== 'error' && msg.level !== 'assert') return;
      const file = String(msg.filename || '');
      if (!file.startsWith('moz-extension://')) return;
      let args = [];
      try { args = Array.from(msg.arguments || [], fmt); } catch (e) { args = ['<unserialisable>']; }
      sendAsyncMessage('firebreak-harness:console', {
        text: (msg.level === 'assert' ? 'Assertion failed: ' : '') + args.join(' '),
        url: file, line: msg.lineNumber,
      });
    }, Services.scriptSecurityManager.getSystemPrincipal());
  };
  Services.ppmm.addMessageListener('firebreak-harness:console', (m) => send(JSON.stringify(m.data)));
  Services.ppmm.loadProcessScript('data:,(' + encodeURIComponent(childScript.toString()) + ')()', true);
  Services.console.registerListener({
    observe(msg) {
      if (!(msg instanceof Ci.nsIScriptError)) return;
      if (msg.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) return;
      const src = String(msg.sourceName || '');
      if (!src.startsWith('moz-extension://')) return;
      let stack = '';
      try { let f = msg.stack; while (f) { stack += '\\n    at ' + (f.functionDisplayName || '<anonymous>') + ' (' + f.source + ':' + f.line + ':' + f.column + ')'; f = f.parent; } } catch (e) {}
      send(JSON.stringify({ text: 'Uncaught ' + msg.errorMessage + stack, url: src, line: msg.lineNumber }));
    },
  });
  return true;
}`;

const CHANNEL = 'firebreak-harness';

/**
 * An error line of Firefox's standard output or error, for versions whose BiDi has no privileged scope: Firefox
 * prints every uncaught script error as "JavaScript error: URL, line N: MESSAGE" (only extension ones are kept; the
 * page's come through puppeteer's page events), and, with 'devtools.console.stdout.content', every console.error of
 * a page or an extension as 'console.error: "TEXT"', without its source.
 */
export function parseStdioError(line: string): { text: string; url?: string } | null {
  const js = /^JavaScript error: (moz-extension:\/\/[^,]+), line (\d+): (.*)$/.exec(line);
  if (js) return { text: `Uncaught ${js[3]}`, url: `${js[1]}:${js[2]}` };
  const ce = /^console\.error: (.*)$/.exec(line);
  if (!ce) return null;
  // Each argument printed as JSON ('"a" "b"' for console.error('a', 'b')): joined by spaces, as the page events say it.
  const args = ce[1]!.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
  const text = args
    .map((a) => {
      try {
        const v: unknown = JSON.parse(a);
        return typeof v === 'string' ? v : a;
      } catch {
        return a;
      }
    })
    .join(' ');
  return { text };
}

/** How long an error line of the standard output waits for the same error to come through the page events. */
const STDIO_GRACE_MS = 500;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, handler: (params: Record<string, unknown>) => void): unknown;
}

export async function launchFirefox(options: FirefoxLaunchOptions): Promise<FirefoxHarness> {
  const extensionPath = path.resolve(options.extensionPath);
  const capturedErrors: CapturedMessage[] = [];
  const consoleErrors: string[] = [];
  const pageTexts: { text: string; at: number }[] = [];
  const record = (m: CapturedMessage): void => {
    capturedErrors.push(m);
    if (m.source === 'page') pageTexts.push({ text: m.text, at: Date.now() });
    if (!isNoise(m, options.ignoreConsole)) consoleErrors.push(formatCaptured(m));
  };
  // Errors read from Firefox's standard output (no privileged monitor): each is kept unless the page events bring the
  // same text within the grace time (a page's own console.error, a content script's error).
  let stdioPending = 0;
  const fromStdio = (line: string): void => {
    const e = parseStdioError(line);
    if (!e) return;
    const seenAt = Date.now();
    const bare = e.text.replace(/^Uncaught /, '');
    stdioPending++;
    setTimeout(() => {
      stdioPending--;
      const shown = pageTexts.some((p) => p.at >= seenAt - 2 * STDIO_GRACE_MS && p.text.includes(bare));
      if (!shown) record({ source: 'extension', text: e.text, url: e.url });
    }, STDIO_GRACE_MS).unref();
  };

  assertUnpackedExtension(extensionPath);
  let proxy: ConnectProxy | undefined;
  let browser: Browser | undefined;
  const downloadDir = mkdtempSync(path.join(os.tmpdir(), 'firebreak-e2e-downloads-'));
  let stopWatchdog = (): void => {};
  const cleanUp = async (): Promise<void> => {
    stopWatchdog();
    if (browser) {
      const pid = browser.process()?.pid;
      await withTimeout(browser.close(), 20_000, 'closing Firefox').catch(() => killProcessGroup(pid));
      if (browser.process()?.exitCode === null) killProcessGroup(pid);
    }
    await proxy?.close();
    rmSync(downloadDir, { recursive: true, force: true });
  };

  try {
    if (options.serverPort !== undefined && options.serverPort !== 443) {
      proxy = await startConnectProxy({ targetPort: options.serverPort });
    }
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath ?? FIREFOX_PATH,
      headless: options.headless ?? true,
      acceptInsecureCerts: true,
      // Lets BiDi reach the privileged window (console monitor) and navigate tabs to moz-extension:// URLs.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...firefoxPrefs(proxy?.port),
        ...downloadPrefs(downloadDir),
        // Console errors of pages and extensions on the standard output, read where the privileged monitor is missing.
        'devtools.console.stdout.content': true,
        ...options.extraPrefs,
      },
      defaultViewport: { width: 1280, height: 720 },
      timeout: 60_000,
    });
    const b = browser;
    const proc = b.process();
    const profileArg = proc?.spawnargs.indexOf('--profile') ?? -1;
    const profile = profileArg >= 0 ? proc?.spawnargs[profileArg + 1] : undefined;
    stopWatchdog = startWatchdog({
      processGroup: proc?.pid,
      removeDirs: profile && /puppeteer_dev_firefox_profile-/.test(profile) ? [profile] : [],
    });
    const conn = (b as unknown as { connection?: BidiConnection }).connection;
    if (!conn || typeof conn.send !== 'function') throw new Error('puppeteer-core: no WebDriver BiDi connection on Browser');

    // Privileged console monitor, installed before the extension so its first errors are caught.
    const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const chromeContext = (tree.result.contexts as { context: string; url: string }[] | undefined)?.find((c) =>
      c.url.startsWith('chrome://browser/'),
    )?.context;
    let monitorActive = false;
    let extensionBaseUrl = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
    conn.on('script.message', (params) => {
      if (params.channel !== CHANNEL) return;
      const data = params.data as { type: string; value?: string };
      if (data.type !== 'string' || !data.value) return;
      const m = JSON.parse(data.value) as { text: string; url: string; line?: number };
      record({ source: 'extension', text: m.text, url: m.line ? `${m.url}:${m.line}` : m.url });
    });
    const evalChrome = async <T>(expression: string): Promise<T> => {
      if (!chromeContext) throw new Error('No privileged Firefox window found (is --remote-allow-system-access honoured?)');
      const res = await conn.send('script.evaluate', {
        expression,
        target: { context: chromeContext },
        awaitPromise: true,
        resultOwnership: 'none',
        serializationOptions: { maxObjectDepth: 10 },
      });
      const r = res.result as { type: string; result?: unknown; exceptionDetails?: { text?: string } };
      if (r.type === 'exception') throw new Error(`evalChrome: ${r.exceptionDetails?.text ?? 'exception'}`);
      return deserialise(r.result) as T;
    };
    // Firefox's standard output and error, line by line, for the errors the monitor would have sent.
    for (const stream of [proc?.stdout, proc?.stderr]) {
      let rest = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        if (!monitorActive) for (const line of lines) fromStdio(line);
      });
    }
    if (chromeContext) {
      try {
        await conn.send('script.callFunction', {
          functionDeclaration: MONITOR,
          target: { context: chromeContext },
          awaitPromise: false,
          resultOwnership: 'none',
          arguments: [{ type: 'channel', value: { channel: CHANNEL } }],
        });
        monitorActive = true;
      } catch (error) {
        console.warn(`[e2e] Firefox extension console monitor unavailable: ${(error as Error).message}`);
      }
    }

    // Pages: console errors and uncaught errors. Extension-sourced ones come from the monitor when it is active.
    const fromExtension = (s: string | undefined): boolean => !!s && s.includes('moz-extension://');
    // page.url() lags during a load (the first scripts run while it still says about:blank).
    const pageUrl = (page: Page): string | undefined => (page.url() === 'about:blank' ? undefined : page.url());
    const watchPage = (page: Page): void => {
      page.on('console', (msg: ConsoleMessage) => {
        if (msg.type() !== 'error') return;
        const url = msg.location().url;
        if (monitorActive && fromExtension(url)) return;
        record({ source: 'page', text: msg.text(), url, pageUrl: pageUrl(page) });
      });
      page.on('pageerror', (err: unknown) => {
        const e = err instanceof Error ? err : new Error(String(err));
        if (monitorActive && fromExtension(e.stack)) return;
        record({ source: 'page', text: `Uncaught ${e.stack || `${e.name}: ${e.message}`}`, pageUrl: pageUrl(page) });
      });
    };
    for (const p of await b.pages()) watchPage(p);
    b.on('targetcreated', (target) => {
      if (target.type() !== 'page') return;
      void target.page().then((p) => p && watchPage(p), () => {});
    });

    const addonId = await b.installExtension(extensionPath);
    if (chromeContext) {
      // The real base URL, whatever the UUID pref did.
      const base = await evalChrome<string | null>(
        `(() => { const p = WebExtensionPolicy.getByID(${JSON.stringify(addonId)}); return p ? p.getURL('') : null; })()`,
      ).catch(() => null);
      if (base) extensionBaseUrl = base;
    }

    const gotoExtensionPage = async (page: Page, p: string): Promise<void> => {
      const url = extensionBaseUrl + normaliseExtensionPath(p);
      const target = url.replace(/#.*$/, '');
      // puppeteer's page.goto() would wait forever for load events Firefox does not send for extension documents.
      await conn.send('browsingContext.navigate', { context: browsingContextId(page), url, wait: 'none' });
      const deadline = Date.now() + 20_000;
      for (;;) {
        const state = await page
          .evaluate(() => [location.href.replace(/#.*$/, ''), document.readyState] as const)
          .catch(() => undefined);
        if (state && state[0] === target && state[1] === 'complete') return;
        if (Date.now() > deadline) {
          throw new Error(`Extension page did not load: ${url} (last state: ${JSON.stringify(state)})`);
        }
        await sleep(50);
      }
    };

    /** The tabs (BiDi's top-level browsing contexts) with their addresses. */
    const topContexts = async (): Promise<{ context: string; url: string }[]> => {
      const tree = await conn.send('browsingContext.getTree', { maxDepth: 0 });
      return (tree.result.contexts as { context: string; url: string }[] | undefined) ?? [];
    };

    let closed = false;
    return {
      browser: b,
      addonId,
      extensionBaseUrl,
      consoleErrors,
      capturedErrors,
      refusedHosts: proxy?.refused ?? [],
      async page() {
        const pages = await b.pages();
        return pages[0] ?? b.newPage();
      },
      newPage: () => b.newPage(),
      gotoExtensionPage,
      async openExtensionPage(p: string) {
        const page = await b.newPage();
        await gotoExtensionPage(page, p);
        return page;
      },
      async settleConsole(ms = 250) {
        await sleep(ms);
        while (stdioPending > 0) await sleep(50);
        return consoleErrors;
      },
      async readClipboard(page: Page) {
        await page.bringToFront();
        return page.evaluate(() => navigator.clipboard.readText());
      },
      evalChrome,
      privileged: monitorActive,
      tabUrls: async () => (await topContexts()).map((c) => c.url),
      async closeTabsStartingWith(prefixes) {
        const tabs = await topContexts();
        const doomed = tabs.filter((c) => prefixes.some((p) => c.url.startsWith(p)));
        for (const c of doomed) {
          if (c === doomed.at(-1) && doomed.length === tabs.length) {
            await conn.send('browsingContext.navigate', { context: c.context, url: 'about:blank', wait: 'none' });
          } else {
            await conn.send('browsingContext.close', { context: c.context });
          }
        }
      },
      downloadedFiles: async () => {
        // While it downloads, Firefox writes NAME.part and keeps an empty NAME beside it.
        const names = readdirSync(downloadDir);
        return names.filter((f) => !f.endsWith('.part') && !names.includes(`${f}.part`));
      },
      async close() {
        if (closed) return;
        closed = true;
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp().catch(() => {});
    throw error;
  }
}

/** The BiDi browsing-context id of a page's main frame (puppeteer's internal Frame._id). */
function browsingContextId(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('puppeteer-core: cannot read the BiDi context id of the page (Frame._id)');
  return id;
}

/** WebDriver BiDi RemoteValue → plain JS (enough for strings, numbers, booleans, arrays and plain objects). */
function deserialise(v: unknown): unknown {
  const r = v as { type?: string; value?: unknown } | undefined;
  if (!r || typeof r !== 'object') return r;
  switch (r.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return r.value;
    case 'number':
      return typeof r.value === 'number' ? r.value : Number(r.value);
    case 'array':
      return (r.value as unknown[]).map(deserialise);
    case 'object':
      return Object.fromEntries(
        (r.value as [unknown, unknown][]).map(([k, val]) => [typeof k === 'string' ? k : String(deserialise(k)), deserialise(val)]),
      );
    default:
      return r.value ?? `[${r.type}]`;
  }
}
