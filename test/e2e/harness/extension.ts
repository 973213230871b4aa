// E2E harness basics: where the built extension and the browsers are, the fixture hosts, and console-noise filtering.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type BrowserName = 'chrome' | 'firefox';

/** Repository root (…/test/e2e/harness → three levels up). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Browser binaries; override with FIREBREAK_CHROMIUM / FIREBREAK_FIREFOX. */
export const CHROMIUM_PATH = process.env.FIREBREAK_CHROMIUM || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREBREAK_FIREFOX || '/usr/bin/firefox-esr';

/** The Gecko id in wxt.config.ts (browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'firebreak@firebreak.app';
/** Fixed moz-extension:// UUID, set through the 'extensions.webextensions.uuids' pref before launch. */
export const FIREFOX_EXTENSION_UUID = 'f17eb7ea-0000-4000-8000-00000000e2e0';

/** Hosts the browsers route to the local fixture server (port 443 of these hosts → 127.0.0.1:PORT). */
export const FIXTURE_HOSTS = ['x.com', 'twitter.com', 'mobile.x.com', 'www.facebook.com', 'web.facebook.com'] as const;

const BUILD_COMMAND: Record<BrowserName, string> = {
  chrome: 'npm run build',
  firefox: 'npm run build:firefox',
};

/** Path of the built, unpacked extension (.output/chrome-mv3 or .output/firefox-mv3). Throws when it is missing. */
export function builtExtensionPath(browser: BrowserName): string {
  const dir = path.join(REPO_ROOT, '.output', browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `Built ${browser} extension not found at ${dir} (no manifest.json). ` +
        `Run \`${BUILD_COMMAND[browser]}\` first (or \`npm test\`, which builds both before testing).`,
    );
  }
  return dir;
}

/** Throws a clear error unless dir holds a manifest.json. */
export function assertUnpackedExtension(dir: string): void {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No unpacked extension at ${dir} (manifest.json missing).`);
  }
}

/**
 * Is this browser binary present and executable? When it is missing: under CI (CI=true) this throws, so a missing
 * browser is a failure and never a silent skip; elsewhere it returns false so a suite can `describe.skipIf(!ok)`.
 */
export function requireBrowser(binaryPath: string): boolean {
  try {
    accessSync(binaryPath, constants.X_OK);
    return true;
  } catch {
    const message = `Browser binary not found or not executable: ${binaryPath}`;
    if (process.env.CI === 'true') throw new Error(`${message} (CI=true: a missing browser fails the run).`);
    console.warn(`[e2e] ${message}; skipping the tests that need it.`);
    return false;
  }
}

/**
 * The id Chromium gives an unpacked extension: sha256 of its absolute path, first 32 hex digits mapped 0-f → a-p.
 * Used as a fallback when the service worker is slow to appear, and as a cross-check.
 */
export function chromiumUnpackedExtensionId(extensionPath: string): string {
  const abs = realpathSync(path.resolve(extensionPath));
  const hex = createHash('sha256').update(abs).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** One captured console message or uncaught error. */
export interface CapturedMessage {
  /** Where it came from: 'page', 'worker' (Chromium service worker), 'extension' (Firefox extension context). */
  source: 'page' | 'worker' | 'extension';
  text: string;
  /** Script or document URL the message is attributed to, when known. */
  url?: string;
  /** The page URL, for page messages. */
  pageUrl?: string;
}

/** Extra patterns a test may add to ignore (matched against the formatted line). */
export type IgnorePatterns = readonly RegExp[];

/**
 * Noise that is not ours: favicon fetches, network-level resource failures of non-extension URLs (the fixture pages
 * may reference hosts that are not routed), and browser-internal sources. Anything attributed to an extension URL
 * (chrome-extension://, moz-extension://) is never noise.
 */
export function isNoise(m: CapturedMessage, extraIgnore: IgnorePatterns = []): boolean {
  const url = m.url ?? '';
  const line = formatCaptured(m);
  if (extraIgnore.some((re) => re.test(line))) return true;
  // WebDriver BiDi's own evaluation in a document that has navigated away (Firefox ESR 140), not the page's error.
  if (/Permission denied to access property "__bidi_(args|this)"/.test(m.text)) return true;
  if (/^(chrome|moz)-extension:\/\//.test(url)) return false;
  if (/\/favicon\.ico(\?|$)/.test(url) || /favicon\.ico/.test(m.text)) return true;
  if (/^Failed to load resource\b/.test(m.text)) return true; // Chromium network errors for page resources
  if (/^(chrome|resource|about|devtools):/.test(url)) return true; // browser-internal code
  return false;
}

export function formatCaptured(m: CapturedMessage): string {
  const where = m.url ? ` (${m.url})` : '';
  const page = m.source === 'page' && m.pageUrl ? ` @ ${m.pageUrl}` : '';
  return `[${m.source}${page}] ${m.text}${where}`;
}

/** Paths in extension pages: 'sidepanel.html', '/options.html#x' → 'options.html#x'. */
export function normaliseExtensionPath(p: string): string {
  return p.replace(/^\/+/, '');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Races a promise against a timeout (the timer never keeps the process alive). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Kills a process group (browsers are started as group leaders), ignoring "no such process". */
export function killProcessGroup(pid: number | undefined): void {
  if (!pid) return;
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * A detached watchdog: when this Node process dies without closing the browser (SIGKILL, crash), it kills the
 * browser's process group and removes the temporary profile. Firefox needs it: it is driven over a WebSocket and
 * outlives its parent; Chromium (driven over a pipe) exits by itself. Returns a function that stops the watchdog.
 */
export function startWatchdog(options: { processGroup?: number; removeDirs?: string[] }): () => void {
  if (process.platform === 'win32') return () => {};
  const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const script = [
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done`,
    options.processGroup ? `kill -9 -${options.processGroup} 2>/dev/null; kill -9 ${options.processGroup} 2>/dev/null` : '',
    ...(options.removeDirs ?? []).map((d) => `rm -rf ${q(d)}`),
  ]
    .filter(Boolean)
    .join('; ');
  const child = spawn('/bin/sh', ['-c', script], { detached: true, stdio: 'ignore' });
  child.on('error', () => {});
  child.unref();
  return () => {
    try {
      if (child.pid) process.kill(child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
}
