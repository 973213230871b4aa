// Pack import benchmark in real Chromium, through the built extension's own code, as a user imports: a generated pack
// of 10,000 or 50,000 patterns is chosen in the options page's file input, its preview shown, and the time is taken
// from the click on Import until the pack is listed as installed. The page stages the file (lib/store/staging.ts),
// the background validates the whole file, writes it to IndexedDB in one transaction, compiles the matcher snapshot
// and tells the open X/Facebook tabs, which fetch it. An X fixture tab is open, as a user's would be, with one of its
// posts rewritten to hold a phrase of the new pack: the time until that post is marked flagged is the time until the
// new patterns are at work in the open tab. Baseline in the same run, same build, on a fresh profile: the same file
// sent as text in an `importPack` message instead of staged (what the staging saves).
//
// Responsiveness: a long-task observer and a 16 ms heartbeat run in the options page and in the X tab while the
// import is in flight (the file is read and previewed beforehand, so reading it is not counted).
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumHarness } from '../../test/e2e/harness/chromium';
import { startFixtureServer, type FixtureServer } from '../../test/fixtures/server';
import path from 'node:path';
import { syntheticPack } from './corpus';
import { EXTENSION_DIR } from './build';
import { BENCH_DIR, bundle, launchPlain, startIsolatedServer } from './chromium';
import { round } from './stats';

export const BENCH_ARGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];

/** Chromium with the built extension (or another unpacked one: the page bench's floor), as the benches launch it. */
export async function launchWithExtension(serverPort: number, extensionPath = EXTENSION_DIR): Promise<ChromiumHarness> {
  return launchChromium({ extensionPath, serverPort, headless: true, extraArgs: BENCH_ARGS, serviceWorkerTimeout: 30_000 });
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
  /** The click on Import → the pack listed as installed (staged file read, validated, written, compiled, tabs told). */
  ms: number;
  /** The click on Import → the open X tab's planted post flagged by the new pack. */
  tabFlaggedMs: number | null;
  /** Baseline: importPack with the file's text in the message, on a fresh profile (ms, round trip). */
  textMessageMs: number | null;
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

/** A phrase of the synthetic pack, written in one of the X tab's clear posts before the import. */
function plantedPhrase(pack: { patterns: { kind: string; text?: string; lang: string }[] }): string {
  const p = pack.patterns.find((x) => x.kind === 'phrase' && x.lang === 'en' && typeof x.text === 'string' && x.text.split(' ').length >= 3);
  if (!p?.text) throw new Error('the synthetic pack has no English phrase to plant');
  return p.text;
}

/** Rewrites a clear post of the X tab to hold `text`; resolves once it was scanned again (still clear). */
async function plantPost(x: Page, text: string): Promise<void> {
  const ok = await x.evaluate((t) => {
    const article = document.querySelector('article[data-testid="tweet"][data-firebreak="clear"]');
    const body = article?.querySelector('[data-testid="tweetText"]');
    if (!article || !body) return false;
    article.setAttribute('data-bench-planted', '');
    body.textContent = `Just read this, shared without comment: ${t}.`;
    return true;
  }, text);
  if (!ok) throw new Error('no clear post to plant the phrase in');
  await x.waitForTimeout(1500);
  const state = await x.evaluate(() => document.querySelector('[data-bench-planted]')?.getAttribute('data-firebreak'));
  if (state !== 'clear') throw new Error(`the planted post reads ${state} before the import`);
}

/** Starts watching the planted post; window.__flaggedAt gets the epoch ms at which it is marked flagged. */
async function watchPlanted(x: Page): Promise<void> {
  await x.evaluate(() => {
    const g = window as unknown as { __flaggedAt: number | null };
    g.__flaggedAt = null;
    const el = document.querySelector('[data-bench-planted]')!;
    const obs = new MutationObserver(() => {
      if (el.getAttribute('data-firebreak') === 'flagged' && g.__flaggedAt === null) {
        g.__flaggedAt = Date.now();
        obs.disconnect();
      }
    });
    obs.observe(el, { attributes: true, attributeFilter: ['data-firebreak'] });
  });
}

/** Clicks Import in the preview; resolves to the click's epoch ms and the ms until the pack is listed. */
async function confirmImport(options: Page, packId: string): Promise<{ clickedAt: number; ms: number }> {
  return options.evaluate(async (id) => {
    const button = document.querySelector<HTMLElement>('.import-preview .btn-primary');
    if (!button) throw new Error('no Import button');
    const clickedAt = Date.now();
    const t0 = performance.now();
    button.click();
    const deadline = t0 + 120_000;
    while (!document.querySelector(`tr[data-pack-id="${CSS.escape(id)}"]`)) {
      if (document.querySelector('.import-errors')) throw new Error('import refused: ' + (document.querySelector('.import-errors')?.textContent ?? ''));
      if (performance.now() > deadline) throw new Error('the pack was not listed within 120 s');
      await new Promise((r) => setTimeout(r, 4));
    }
    return { clickedAt, ms: performance.now() - t0 };
  }, packId);
}

/** One import through the options page's file input; the X tab open with a planted post. */
async function importThroughPage(srv: FixtureServer, n: number, log: (msg: string) => void): Promise<Omit<ImportRun, 'textMessageMs'>> {
  const h = await launchWithExtension(srv.port);
  try {
    const options = await openOptionsReady(h);
    await options.evaluate(() => (location.hash = '#packs'));
    const x = await h.context.newPage();
    await x.goto('https://x.com/home', { waitUntil: 'load' });
    await waitMarked(x);
    const id = `bench.synthetic.n${n}`;
    const { pack } = syntheticPack(n, { id });
    const text = JSON.stringify(pack);
    await plantPost(x, plantedPhrase(pack));
    await options.bringToFront();
    await options.setInputFiles('#import-file', { name: `synthetic-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
    await options.waitForSelector('.import-preview .btn-primary', { timeout: 120_000 });
    await options.waitForTimeout(300);
    await startProbe(options);
    await startProbe(x);
    await watchPlanted(x);
    let ms = Number.NaN;
    let tabFlaggedMs: number | null = null;
    let ok = false;
    try {
      const r = await confirmImport(options, id);
      ms = r.ms;
      await x.waitForFunction(() => (window as unknown as { __flaggedAt: number | null }).__flaggedAt !== null, undefined, { timeout: 60_000 });
      const at = await x.evaluate(() => (window as unknown as { __flaggedAt: number }).__flaggedAt);
      tabFlaggedMs = at - r.clickedAt;
      ok = true;
    } catch (e) {
      log(`[import] ${n}: ${(e as Error).message}`);
    }
    await options.waitForTimeout(1000);
    const optionsPage = await stopProbe(options);
    const xTab = await stopProbe(x);
    return { patterns: n, fileBytes: text.length, ms: round(ms, 1), tabFlaggedMs: tabFlaggedMs === null ? null : round(tabFlaggedMs, 1), ok, optionsPage, xTab };
  } finally {
    await h.close();
  }
}

/** Baseline: the same file sent as text in an importPack message (a fresh profile, the X tab open). */
async function importByMessage(srv: FixtureServer, n: number, log: (msg: string) => void): Promise<number | null> {
  const h = await launchWithExtension(srv.port);
  try {
    const options = await openOptionsReady(h);
    const x = await h.context.newPage();
    await x.goto('https://x.com/home', { waitUntil: 'load' });
    await waitMarked(x);
    const text = JSON.stringify(syntheticPack(n, { id: `bench.synthetic.n${n}` }).pack);
    await options.evaluate((t) => ((globalThis as unknown as { __packText: string }).__packText = t), text);
    await options.waitForTimeout(300);
    return round(await importPackInPage(options), 1);
  } catch (e) {
    log(`[import] ${n} (text in the message): ${(e as Error).message}`);
    return null;
  } finally {
    await h.close();
  }
}

export async function runImport(sizes: number[], log: (msg: string) => void, server?: FixtureServer): Promise<ImportResult> {
  const own = !server;
  const srv = server ?? (await startFixtureServer());
  const runs: ImportRun[] = [];
  try {
    for (const n of sizes) {
      // A fresh profile per import: each is a first install of that pack.
      const run = await importThroughPage(srv, n, log);
      const textMessageMs = await importByMessage(srv, n, log);
      runs.push({ ...run, textMessageMs });
      log(
        `[import] ${n} patterns (${Math.round(run.fileBytes / 1024)} KB): ${round(run.ms, 0)} ms to listed, ${run.tabFlaggedMs === null ? '–' : round(run.tabFlaggedMs, 0)} ms ` +
          `to flagged in the X tab (text in the message: ${textMessageMs === null ? '–' : round(textMessageMs, 0)} ms); long tasks: options ${run.optionsPage.longTasks} ` +
          `(longest ${round(run.optionsPage.longestMs, 0)} ms), X tab ${run.xTab.longTasks} (longest ${round(run.xTab.longestMs, 0)} ms)`,
      );
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
    note:
      'the click on Import in the options page (file chosen, preview shown) until the pack is listed; one X fixture tab open, one of its posts holding ' +
      'a phrase of the new pack (tabFlaggedMs: until it is flagged); textMessageMs: the same file sent as text in an importPack message, on a fresh ' +
      'profile; long tasks in the options page and the X tab during the import',
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

