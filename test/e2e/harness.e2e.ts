// Smoke test of the e2e harness itself: a throwaway MV3 extension in headless Chromium and Firefox, a local HTTPS
// server behind x.com and www.facebook.com, content-script effect, extension pages, host permissions, clipboard and
// error collection (content script, page, extension page, background).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumHarness } from './harness/chromium';
import {
  CHROMIUM_PATH,
  FIREFOX_ADDON_ID,
  FIREFOX_EXTENSION_UUID,
  FIREFOX_PATH,
  chromiumUnpackedExtensionId,
  requireBrowser,
} from './harness/extension';
import { launchFirefox, type FirefoxHarness } from './harness/firefox';
import { startTinyHttpsServer, type TinyHttpsServer } from './harness/https-server';

const hasChromium = requireBrowser(CHROMIUM_PATH);
const hasFirefox = requireBrowser(FIREFOX_PATH);

// ---- the throwaway extension -------------------------------------------------------------------------------------

const CONTENT_SCRIPT = `
document.documentElement.dataset.smoke = '1';
if (location.pathname === '/errors') {
  console.error('smoke-cs-console-error');
  setTimeout(() => { throw new Error('smoke-cs-uncaught'); }, 0);
}`;
const BACKGROUND = `
const api = globalThis.browser ?? globalThis.chrome;
api.runtime.onMessage.addListener((msg) => {
  if (msg === 'boom') {
    console.error('smoke-bg-console-error');
    setTimeout(() => { throw new Error('smoke-bg-uncaught'); }, 0);
  }
});`;
const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>smoke page</title></head>
<body><p id="ready">extension page</p><script src="page.js"></script></body></html>`;
const PAGE_JS = `
if (location.hash === '#boom') {
  console.error('smoke-extpage-console-error');
  (globalThis.browser ?? globalThis.chrome).runtime.sendMessage('boom');
}`;

function writeSmokeExtension(dir: string, browser: 'chrome' | 'firefox'): string {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Firebreak harness smoke',
    version: '0.0.1',
    background: browser === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    host_permissions: ['https://x.com/*', 'https://www.facebook.com/*'],
    content_scripts: [{ matches: ['https://x.com/*', 'https://www.facebook.com/*'], js: ['content.js'], run_at: 'document_idle' }],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: FIREFOX_ADDON_ID } } } : {}),
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'content.js'), CONTENT_SCRIPT);
  writeFileSync(path.join(dir, 'background.js'), BACKGROUND);
  writeFileSync(path.join(dir, 'page.html'), PAGE_HTML);
  writeFileSync(path.join(dir, 'page.js'), PAGE_JS);
  return dir;
}

const render = (host: string, p: string): string | undefined => {
  if (p === '/favicon.ico') return undefined; // 404: noise the harness must ignore
  const own = p === '/errors' ? `<script>console.error('smoke-page-own-error')</script>` : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${host}</title></head><body><main>${host}${p}</main>${own}</body></html>`;
};

const EXPECTED_ERRORS = [
  /smoke-page-own-error/,
  /smoke-cs-console-error/,
  /smoke-cs-uncaught/,
  /smoke-extpage-console-error/,
  /smoke-bg-console-error/,
  /smoke-bg-uncaught/,
];

/** The bit of the extension API the tests call inside extension pages. */
type PermissionsApi = { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
type ExtGlobal = { chrome: PermissionsApi; browser: PermissionsApi };

let tmp: string;
let server: TinyHttpsServer;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'firebreak-smoke-'));
  writeSmokeExtension(path.join(tmp, 'chrome-mv3'), 'chrome');
  writeSmokeExtension(path.join(tmp, 'firefox-mv3'), 'firefox');
  server = await startTinyHttpsServer({ render });
});

afterAll(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  return fn().finally(() => console.log(`[harness smoke] ${label}: ${Math.round(performance.now() - t0)} ms`));
}

// ---- Chromium ----------------------------------------------------------------------------------------------------

describe.skipIf(!hasChromium)('Chromium harness', () => {
  let h: ChromiumHarness;

  beforeAll(async () => {
    h = await timed('Chromium launch', () =>
      launchChromium({ extensionPath: path.join(tmp, 'chrome-mv3'), serverPort: server.port }),
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('runs the content script on https://x.com/home and https://www.facebook.com/', async () => {
    const page = await h.newPage();
    await page.goto('https://x.com/home');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.smoke)).toBe('1');
    expect(await page.textContent('main')).toBe('x.com/home');
    await page.goto('https://www.facebook.com/');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.smoke)).toBe('1');
    await page.close();
    expect(server.requests).toContain('x.com /home');
    expect(h.consoleErrors).toEqual([]);
  });

  it('knows the extension id, opens extension pages, and has the host permissions', async () => {
    expect(h.extensionId).toBe(chromiumUnpackedExtensionId(path.join(tmp, 'chrome-mv3')));
    expect(h.serviceWorker.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
    const page = await h.openExtensionPage('page.html');
    expect(page.url()).toBe(`chrome-extension://${h.extensionId}/page.html`);
    expect(await page.textContent('#ready')).toBe('extension page');
    expect(await page.evaluate(() => (globalThis as unknown as ExtGlobal).chrome.permissions.contains({ origins: ['https://x.com/*'] }))).toBe(true);
    await page.close();
  });

  it('reads the clipboard', async () => {
    const page = await h.newPage();
    await page.goto('https://x.com/clip');
    await page.evaluate(() => navigator.clipboard.writeText('smoke-clip-chromium'));
    expect(await h.readClipboard(page)).toBe('smoke-clip-chromium');
    await page.close();
  });

  it('collects errors from the page, content script, extension page and service worker, not noise', async () => {
    h.consoleErrors.length = 0;
    const page = await h.newPage();
    await page.goto('https://x.com/errors');
    const ext = await h.openExtensionPage('page.html#boom');
    for (const re of EXPECTED_ERRORS) {
      await expect.poll(() => h.consoleErrors.some((e) => re.test(e)), { message: `${re} in ${h.consoleErrors.join('\n')}` }).toBe(true);
    }
    expect(h.consoleErrors.filter((e) => /favicon/.test(e))).toEqual([]);
    expect(h.consoleErrors.find((e) => /smoke-cs-uncaught/.test(e))).toMatch(/chrome-extension:\/\//);
    expect(h.consoleErrors.find((e) => /smoke-bg-uncaught/.test(e))).toMatch(/^\[worker\]/);
    await Promise.all([page.close(), ext.close()]);
    h.consoleErrors.length = 0;
  });
});

// ---- Firefox -----------------------------------------------------------------------------------------------------

function firefoxSuite(mode: 'proxy' | 'port443'): void {
  let h: FirefoxHarness | undefined;
  let server443: TinyHttpsServer | undefined;
  let unavailable = '';

  beforeAll(async () => {
    let serverPort = server.port;
    if (mode === 'port443') {
      try {
        server443 = await startTinyHttpsServer({ port: 443, render });
        serverPort = 443;
      } catch (error) {
        unavailable = `cannot listen on port 443 (${(error as Error).message}); proxy mode covers Firefox`;
        return;
      }
    }
    h = await timed(`Firefox launch + install (${mode})`, () =>
      launchFirefox({ extensionPath: path.join(tmp, 'firefox-mv3'), serverPort }),
    );
  });
  afterAll(async () => {
    await h?.close();
    await server443?.close();
  });

  it('runs the content script on https://x.com/home and https://www.facebook.com/', async (ctx) => {
    ctx.skip(!h, unavailable);
    const page = await h!.page();
    await page.goto('https://x.com/home');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.smoke)).toBe('1');
    expect(await page.$eval('main', (m) => m.textContent)).toBe('x.com/home');
    await page.goto('https://www.facebook.com/');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.smoke)).toBe('1');
    expect((server443 ?? server).requests).toContain('x.com /home');
    expect(await h!.settleConsole()).toEqual([]);
  });

  it('has the fixed addon id and moz-extension UUID, opens extension pages, and has the host permissions', async (ctx) => {
    ctx.skip(!h, unavailable);
    expect(h!.addonId).toBe(FIREFOX_ADDON_ID);
    expect(h!.extensionBaseUrl).toBe(`moz-extension://${FIREFOX_EXTENSION_UUID}/`);
    const page = await h!.openExtensionPage('page.html');
    expect(await page.evaluate(() => location.href)).toBe(`moz-extension://${FIREFOX_EXTENSION_UUID}/page.html`);
    const ready = await page.waitForSelector('#ready');
    expect(await ready!.evaluate((el) => el.textContent)).toBe('extension page');
    const granted = await page.evaluate(() =>
      (globalThis as unknown as ExtGlobal).browser.permissions.contains({ origins: ['https://x.com/*'] }),
    );
    expect(granted).toBe(true);
    await page.close();
  });

  // The rest is the same in both routing modes: once is enough.
  if (mode !== 'proxy') return;

  it('reads the clipboard', async (ctx) => {
    ctx.skip(!h, unavailable);
    const page = await h!.newPage();
    await page.goto('https://x.com/clip');
    await page.evaluate(() => navigator.clipboard.writeText('smoke-clip-firefox'));
    expect(await h!.readClipboard(page)).toBe('smoke-clip-firefox');
    await page.close();
  });

  it('collects errors from the page, content script, extension page and background, not noise', async (ctx) => {
    ctx.skip(!h, unavailable);
    const fx = h!;
    fx.consoleErrors.length = 0;
    const page = await fx.newPage();
    await page.goto('https://x.com/errors');
    const ext = await fx.openExtensionPage('page.html#boom');
    for (const re of EXPECTED_ERRORS) {
      await expect.poll(() => fx.consoleErrors.some((e) => re.test(e)), { message: `${re} in ${fx.consoleErrors.join('\n')}` }).toBe(true);
    }
    await fx.settleConsole();
    expect(fx.consoleErrors.filter((e) => /favicon/.test(e))).toEqual([]);
    // Each extension error is reported once (the privileged monitor, not also the page listener).
    expect(fx.consoleErrors.filter((e) => /smoke-cs-console-error/.test(e))).toHaveLength(1);
    expect(fx.consoleErrors.find((e) => /smoke-bg-uncaught/.test(e))).toMatch(/moz-extension:\/\/.*background\.js/);
    expect(fx.refusedHosts.filter((hp) => /^(x\.com|www\.facebook\.com):/.test(hp))).toEqual([]);
    await Promise.all([page.close(), ext.close()]);
    fx.consoleErrors.length = 0;
  });
}

describe.skipIf(!hasFirefox)('Firefox harness (CONNECT proxy to the server port)', () => firefoxSuite('proxy'));
describe.skipIf(!hasFirefox)('Firefox harness (network.dns.localDomains, server on port 443)', () => firefoxSuite('port443'));
