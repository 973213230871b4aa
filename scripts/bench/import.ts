// Pack import benchmark in real Chromium, through the built extension's own code: the options page sends the
// background `importPack({text})` (lib/messages.ts, @webext-core/messaging's wire format) with a generated pack of
// 10,000 or 50,000 patterns, and the round trip is timed in the page. The background validates the whole file,
// writes it to IndexedDB in one transaction, recompiles the matcher snapshot and tells open X/Facebook tabs, which
// reload it — so an X fixture tab is open during the import, as a user's would be.
//
// Responsiveness: a long-task observer and a 16 ms heartbeat run in the options page and in the X tab while the
// import is in flight (the pack text is handed to the page beforehand, so its transfer is not counted).
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumHarness } from '../../test/e2e/harness/chromium';
import { startFixtureServer, type FixtureServer } from '../../test/fixtures/server';
import path from 'node:path';
import { syntheticPack } from './corpus';
import { EXTENSION_DIR } from './build';
import { BENCH_DIR, bundle, launchPlain, startIsolatedServer } from './chromium';
import { round } from './stats';

export const BENCH_ARGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];

export async function launchWithExtension(serverPort: number): Promise<ChromiumHarness> {
  return launchChromium({ extensionPath: EXTENSION_DIR, serverPort, headless: true, extraArgs: BENCH_ARGS, serviceWorkerTimeout: 30_000 });
}

interface Wire<T> {
  res?: T;
  err?: { message?: string };
}

/** Sends one message of lib/messages.ts from an extension page; returns the response and the round trip in ms. */
export async function sendFromPage<T>(page: Page, type: string, data: unknown): Promise<{ ms: number; res: T }> {
  const out = await page.evaluate(
    async ({ type, data }) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown, cb: (r: unknown) => void) => void; lastError?: { message: string } } } }).chrome;
      const t0 = performance.now();
      const r = await new Promise<unknown>((resolve, reject) =>
        c.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }, (resp) => {
          if (c.runtime.lastError) reject(new Error(c.runtime.lastError.message));
          else resolve(resp);
        }),
      );
      return { ms: performance.now() - t0, r };
    },
    { type, data },
  );
  const wire = out.r as Wire<T> | undefined;
  if (!wire) throw new Error(`${type}: no response`);
  if (wire.err) throw new Error(`${type}: ${wire.err.message ?? 'error'}`);
  return { ms: out.ms, res: wire.res as T };
}

/** Opens the options page and waits until the background has installed the default pack (first-run setup). */
export async function openOptionsReady(h: ChromiumHarness): Promise<Page> {
  const page = await h.openExtensionPage('options.html');
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const { res } = await sendFromPage<{ id: string }[]>(page, 'listPacks', undefined);
      if (res.some((p) => p.id === 'org.firebreak.default')) return page;
    } catch {
      // the worker is still starting
    }
    if (Date.now() > deadline) throw new Error('the background did not install the default pack within 30 s');
    await page.waitForTimeout(200);
  }
}

interface ImportPreviewLike {
  ok: boolean;
  errors: { message: string }[];
  patternsAdded?: number;
}

/** Installs a pack text through the options page; resolves to the round trip in ms (setup for the page benchmark). */
export async function importText(page: Page, text: string): Promise<number> {
  await page.evaluate((t) => ((globalThis as unknown as { __packText: string }).__packText = t), text);
  return importPackInPage(page);
}

// ---- responsiveness probes ----------------------------------------------------------------------------------------

const PROBE = () => {
  const g = globalThis as unknown as { __probe?: { lt: { start: number; duration: number }[]; maxGap: number; stop(): void } };
  const lt: { start: number; duration: number }[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) lt.push({ start: e.startTime, duration: e.duration });
  });
  obs.observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    maxGap = Math.max(maxGap, t - last);
    last = t;
  }, 16);
  g.__probe = {
    lt,
    get maxGap() {
      return Math.max(maxGap, performance.now() - last);
    },
    stop() {
      clearInterval(timer);
      obs.disconnect();
    },
  } as never;
};

async function startProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

async function stopProbe(page: Page): Promise<{ longTasks: number; longestMs: number; maxGapMs: number }> {
  return page.evaluate(() => {
    const p = (globalThis as unknown as { __probe: { lt: { start: number; duration: number }[]; maxGap: number; stop(): void } }).__probe;
    const maxGap = p.maxGap;
    p.stop();
    return { longTasks: p.lt.length, longestMs: p.lt.reduce((m, e) => Math.max(m, e.duration), 0), maxGapMs: maxGap };
  });
}

// ---- the benchmark ----------------------------------------------------------------------------------------------

export interface ImportRun {
  patterns: number;
  fileBytes: number;
  /** Round trip of importPack as the options page sees it (validate, write, recompile, tabs reloaded). */
  ms: number;
  ok: boolean;
  optionsPage: { longTasks: number; longestMs: number; maxGapMs: number };
  xTab: { longTasks: number; longestMs: number; maxGapMs: number };
}

export interface ImportResult {
  runs: ImportRun[];
  ms10k: number | null;
  ms50k: number | null;
  longTasks: number;
  note: string;
}

async function waitMarked(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('article[data-testid="tweet"][data-firebreak]').length > 0, undefined, { timeout: 30_000 });
}

export async function runImport(sizes: number[], log: (msg: string) => void, server?: FixtureServer): Promise<ImportResult> {
  const own = !server;
  const srv = server ?? (await startFixtureServer());
  const runs: ImportRun[] = [];
  try {
    for (const n of sizes) {
      // A fresh profile per size: each import is a first install of that pack.
      const h = await launchWithExtension(srv.port);
      try {
        const options = await openOptionsReady(h);
        const x = await h.context.newPage();
        await x.goto('https://x.com/home', { waitUntil: 'load' });
        await waitMarked(x);
        const text = JSON.stringify(syntheticPack(n, { id: `bench.synthetic.n${n}` }).pack);
        await options.evaluate((t) => ((globalThis as unknown as { __packText: string }).__packText = t), text);
        await options.waitForTimeout(300);
        await startProbe(options);
        await startProbe(x);
        let ms = Number.NaN;
        let ok = false;
        try {
          ms = await importPackInPage(options);
          ok = true;
        } catch (e) {
          log(`[import] ${n}: ${(e as Error).message}`);
        }
        await options.waitForTimeout(1000); // the X tab reloads the snapshot and rescans
        const optionsPage = await stopProbe(options);
        const xTab = await stopProbe(x);
        runs.push({ patterns: n, fileBytes: text.length, ms: round(ms, 1), ok, optionsPage, xTab });
        log(
          `[import] ${n} patterns (${Math.round(text.length / 1024)} KB): ${round(ms, 0)} ms; long tasks: options ${optionsPage.longTasks} ` +
            `(longest ${round(optionsPage.longestMs, 0)} ms), X tab ${xTab.longTasks} (longest ${round(xTab.longestMs, 0)} ms)`,
        );
      } finally {
        await h.close();
      }
    }
  } finally {
    if (own) await srv.close();
  }
  const find = (n: number) => runs.find((r) => r.patterns === n && r.ok)?.ms ?? null;
  return {
    runs,
    ms10k: find(10_000),
    ms50k: find(50_000),
    longTasks: runs.reduce((a, r) => a + r.optionsPage.longTasks + r.xTab.longTasks, 0),
    note: 'round trip of importPack from the options page, one X fixture tab open; long tasks in the options page and the X tab during the import',
  };
}

/** importPack with the text already in the page (window.__packText); resolves to the round trip in ms. */
async function importPackInPage(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as {
      __packText: string;
      chrome: { runtime: { sendMessage: (m: unknown, cb: (r: unknown) => void) => void; lastError?: { message: string } } };
    };
    const t0 = performance.now();
    const r = (await new Promise<unknown>((resolve) =>
      g.chrome.runtime.sendMessage({ id: 2, type: 'importPack', data: { text: g.__packText }, timestamp: Date.now() }, resolve),
    )) as { res?: ImportPreviewLike; err?: { message: string } } | undefined;
    const ms = performance.now() - t0;
    if (!r || r.err || !r.res?.ok) throw new Error('import failed: ' + JSON.stringify(r?.err ?? r?.res?.errors?.slice(0, 3)));
    return ms;
  });
}

/**
 * Where the import time goes: the background's steps run one by one in a plain Chromium page (import-entry.ts), same
 * lib/ code, real IndexedDB. Not the extension itself (its build is minified), but the same work.
 */
export async function runImportPhases(sizes: number[], log: (msg: string) => void): Promise<Record<string, number>[]> {
  const script = await bundle(path.join(BENCH_DIR, 'import-entry.ts'));
  const server = await startIsolatedServer(script);
  const browser = await launchPlain();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.addScriptTag({ url: '/bench.js' });
    const out: Record<string, number>[] = [];
    for (const n of sizes) {
      const r = (await page.evaluate((k) => (globalThis as unknown as { __firebreakImport: { run(n: number): Promise<unknown> } }).__firebreakImport.run(k), n)) as Record<
        string,
        number
      >;
      out.push({ patterns: n, ...r });
      log(`[import phases] ${n}: ${Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    }
    return out;
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

