// Page-scan benchmark: the BUILT extension (.output/chrome-mv3) on the X fixture timeline (test/fixtures/server.ts),
// with a 10,000-pattern pack installed through the options page, while the page appends 1,000 posts in batches of
// 10 (window.__fixture.append(n, {batch, delayMs, flaggedEvery})). Every figure is paired with the same run
// without the extension (a second launch without --load-extension); runs alternate with / without.
//
// What is measured, and how:
//  - insertion → mark: an init script in the page's main world records, per <article data-testid="tweet">, the time
//    of the MutationObserver callback that saw it inserted and the one that saw its data-firebreak attribute set
//    (each callback runs at the end of the task that made the change); p50 / p95 / max over the appended posts.
//  - CPU time: a Chromium trace (devtools.timeline) of the workload; thread time (tdur) of the page's renderer main
//    thread. Scripting = outermost script events (FunctionCall, RunMicrotasks, timers, idle callbacks, GC, …);
//    Firebreak = FunctionCall events whose script is chrome-extension://<id>/content-scripts/…. Thread time is what
//    the page's own thread spent, so other processes on a loaded machine inflate it far less than wall time.
//  - main-thread time by function: CDP Profiler (100 µs sampling, wall clock); a sample counts as Firebreak's when any
//    frame of its stack comes from the content script (inclusive: DOM calls it makes count), which also catches the
//    mutation-observer callbacks the trace files under the page's microtasks. Gives Firebreak's top functions.
//  - long tasks: PerformanceObserver('longtask') in the page during the workload; each is attributed with the trace
//    (page and trace clocks aligned on a performance.mark): one is "caused by Firebreak" when removing the content
//    script's time inside it would bring it under 50 ms. Both come from the trace task that covers the entry, to the
//    microsecond: entries come in whole milliseconds (a 50 ms entry is a task of 50 to 51 ms), and a window that
//    coarse can miss the mutation callback at the task's end or reach into the slice Firebreak runs right after it.
//    Where the trace task found is shorter than the entry, the entry's length stands (it is not all of the task).
//  - cold start: Runtime.executionContextCreated of the extension's isolated world (injection, Node clock) to the
//    first data-firebreak mark (page clock, wall time); also navigation start → first mark.
//  - content-script heap: CDP Runtime.getHeapUsage (usedSize + backingStorageSize) after two forced GCs, with the
//    extension minus without it, same page state. V8 reports one heap per page (isolate), shared by the page's
//    main world and the content script's isolated world; the difference between the two launches is what the
//    content script (and anything it makes the page keep) holds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumArgs } from '../../test/e2e/harness/chromium';
import { CHROMIUM_PATH } from '../../test/e2e/harness/extension';
import { startFixtureServer, type FixtureServer } from '../../test/fixtures/server';
import { analyzeTrace, nodesUnder, sampleTimes, topSelf, TRACE_CATEGORIES, type CpuProfile } from './chromium';
import { syntheticPack } from './corpus';
import { BENCH_ARGS, importText, launchWithExtension, openOptionsReady } from './import';
import { EXTENSION_DIR } from './build';
import { writeFloorExtension } from './page-floor';
import { median, round, summarize } from './stats';

export interface PageScanOptions {
  posts: number;
  batch: number;
  /** Pause between batches (ms), as the fixture's append() takes it. */
  delayMs: number;
  flaggedEvery: number;
  /** Patterns installed (synthetic pack) on top of the default pack. */
  patterns: number;
  /** Alternating with/without pairs. */
  reps: number;
  settleMs: number;
}

/** Which launch: Firebreak's built extension, none, or the floor (page-floor.ts: read and mark each post, nothing else). */
export type RunVariant = 'firebreak' | 'none' | 'floor';

export interface RunFigures {
  variant: RunVariant;
  /** Firebreak's extension was loaded (variant 'firebreak'). */
  withExtension: boolean;
  appended: number;
  marked: number;
  insertToMark: { p50: number; p95: number; max: number; mean: number } | null;
  /** Baseline: insertion → a setTimeout(0) task queued by the page at insertion (the page's own event-loop delay). */
  insertToTask: { p50: number; p95: number; max: number } | null;
  /** Trace: scripting thread time on the page's main thread. */
  scriptingCpuMs: number;
  /** Trace: thread time of calls into the content script. */
  firebreakCpuMs: number;
  /** Trace: thread time of every main-thread task. */
  taskCpuMs: number;
  /** CDP Performance.getMetrics ScriptDuration (undercounts microtasks). */
  scriptDurationMs: number;
  workloadMs: number;
  /** CPU profile: samples whose stack holds the content script (wall clock). */
  firebreakMs: number;
  /** CPU profile: every non-idle sample (JS, native calls from JS, GC). */
  profileScriptMs: number;
  longTasks: number;
  longTasksFirebreak: number;
  longTasksWithFirebreakTime: number;
  longestTaskMs: number;
  /** Trace tasks of 50 ms or more (tracing itself lengthens tasks: informative only). */
  traceTasksOver50ms: number;
  coldStartMs: number | null;
  navToFirstMarkMs: number | null;
  heapAfterLoadBytes: number;
  heapAfterWorkloadBytes: number;
  loafFirebreakMs: number;
  /** Where Firebreak's main-thread time goes: self time of the functions on its stacks (ms). */
  firebreakTop: { fn: string; ms: number }[];
}

export interface PageScanResult {
  options: PageScanOptions;
  runs: RunFigures[];
  insertToMarkP50Ms: number;
  insertToMarkP95Ms: number;
  insertToMarkMaxMs: number;
  /** Baseline in the runs without the extension: insertion → the page's next task (setTimeout 0), p50 / p95. */
  insertToTaskP50MsWithout: number;
  insertToTaskP95MsWithout: number;
  /** Trace thread time in content-script calls (median of runs). */
  firebreakCpuMs: number;
  /** CPU-profile samples under content-script frames (median of runs, wall clock). */
  firebreakSampledMs: number;
  firebreakMsPerPost: number;
  longTasks: number;
  longTasksTotalWith: number;
  longTasksTotalWithout: number;
  scriptingMsWith: number;
  scriptingMsWithout: number;
  /**
   * Median over the pairs (a launch with the extension and the launch without it right after) of with ÷ without: a
   * pair shares the machine's state of those minutes, which moves one launch's page scripting by ±10 % here.
   */
  scriptingRatio: number;
  /** Each pair's ratio, in launch order. */
  scriptingRatioPairs: number[];
  /** The same ratio from CPU-profile samples (wall clock). */
  scriptingRatioSampled: number;
  /**
   * The floor's ratio (page-floor.ts: a content script that reads and marks each post and does nothing else), median
   * over the pairs of a floor launch and the launch without an extension right before it; what Firebreak's ratio is
   * read against.
   */
  floorScriptingRatio: number;
  floorScriptingRatioPairs: number[];
  /** Trace thread time in the floor's content-script calls, per post (median of runs). */
  floorMsPerPost: number;
  coldStartMs: number | null;
  navToFirstMarkMs: number | null;
  heapMB: number;
  heapAfterLoadMB: number;
  heapMethod: string;
  unmarked: number;
}

// ---- in-page instrumentation (main world, installed before any page script) ----------------------------------

const INSTRUMENT = `(() => {
  const S = { ins: [], mark: [], task: [], firstMark: null, firstMarkWall: null, lt: [], loaf: [], idx: new WeakMap() };
  window.__fbb = S;
  const SEL = 'article[data-testid="tweet"]';
  const add = (el, t) => {
    if (S.idx.has(el)) return;
    S.idx.set(el, S.ins.length);
    S.ins.push(t);
    S.mark.push(-1);
  };
  new MutationObserver((recs) => {
    const t = performance.now();
    const before = S.ins.length;
    for (const r of recs) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1) continue;
          if (n.matches(SEL)) add(n, t);
          else if (n.firstElementChild) for (const a of n.querySelectorAll(SEL)) add(a, t);
        }
      } else if (r.type === 'attributes') {
        if (S.firstMark === null) { S.firstMark = t; S.firstMarkWall = performance.timeOrigin + t; }
        const i = S.idx.get(r.target);
        if (i !== undefined && S.mark[i] < 0) S.mark[i] = t;
      }
    }
    // Baseline: how long the page's own event loop makes a task queued at insertion wait (setTimeout 0).
    if (S.ins.length > before) setTimeout(() => S.task.push(performance.now() - t), 0);
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-firebreak'] });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) S.lt.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        let ext = 0;
        for (const s of e.scripts || []) if ((s.sourceURL || '').startsWith('chrome-extension://')) ext += s.duration;
        S.loaf.push({ start: e.startTime, duration: e.duration, ext });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

interface PageData {
  ins: number[];
  mark: number[];
  task: number[];
  firstMark: number | null;
  firstMarkWall: number | null;
  lt: { start: number; duration: number }[];
  loaf: { start: number; duration: number; ext: number }[];
}

async function heapBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return u.usedSize + (u.backingStorageSize ?? 0);
}

async function metric(cdp: CDPSession, names: string[]): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const out: Record<string, number> = {};
  for (const m of metrics) if (names.includes(m.name)) out[m.name] = m.value;
  return out;
}

/** Self time of functions among the given nodes (names are minified in a production build). */
function topSelfWithin(profile: CpuProfile, nodes: Set<number>, n: number): { fn: string; ms: number }[] {
  const keep = new Set(nodes);
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  const { d } = sampleTimes(profile);
  // A profile restricted to the samples in `nodes` (durations carried over).
  profile.samples.forEach((id, i) => {
    if (!keep.has(id)) return;
    samples.push(id);
    timeDeltas.push(d[i]!);
  });
  let acc = 0;
  const sub: CpuProfile = { ...profile, samples, timeDeltas: timeDeltas.map((x, i) => (i === 0 ? 0 : timeDeltas[i - 1]!)), startTime: 0, endTime: 0 };
  for (const x of timeDeltas) acc += x;
  sub.endTime = acc;
  return topSelf(sub as never, n);
}

async function launchWithout(port: number): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'firebreak-bench-noext-'));
  const args = chromiumArgs(EXTENSION_DIR, port).filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...args, ...BENCH_ARGS],
    timeout: 60_000,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

async function oneRun(
  variant: RunVariant,
  srv: FixtureServer,
  packText: string,
  opts: PageScanOptions,
  log: (msg: string) => void,
  floorDir: string,
): Promise<RunFigures> {
  // withExt: a content script runs (Firebreak's or the floor's); the pack is installed in Firebreak only.
  const withExt = variant !== 'none';
  const h = withExt ? await launchWithExtension(srv.port, variant === 'floor' ? floorDir : undefined) : null;
  const plain = withExt ? null : await launchWithout(srv.port);
  const context = h ? h.context : plain!.context;
  try {
    let extensionId = '';
    if (h) extensionId = h.extensionId;
    if (h && variant === 'firebreak') {
      const options = await openOptionsReady(h);
      const ms = await importText(options, packText);
      log(`[page] installed the ${opts.patterns}-pattern pack (${round(ms, 0)} ms)`);
      await options.close();
    }
    const page: Page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    let injectedWall: number | null = null;
    cdp.on('Runtime.executionContextCreated', (ev: { context: { origin: string; auxData?: { type?: string } } }) => {
      if (injectedWall === null && ev.context.auxData?.type === 'isolated' && ev.context.origin.startsWith('chrome-extension://')) {
        injectedWall = Date.now();
      }
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.addInitScript({ content: INSTRUMENT });
    await page.goto('https://x.com/home', { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __fixture?: { ready: Promise<void> } }).__fixture?.ready);
    await page.evaluate(() => (window as unknown as { __fixture: { ready: Promise<void>; setAutoAppend(on: boolean): void } }).__fixture.setAutoAppend(false));
    if (withExt) {
      await page.waitForFunction(() => (window as unknown as { __fbb: PageData }).__fbb.firstMark !== null, undefined, { timeout: 30_000 });
      await page.waitForFunction(() => document.querySelectorAll('article[data-testid="tweet"]:not([data-firebreak])').length === 0, undefined, {
        timeout: 30_000,
      });
    }
    await page.waitForTimeout(opts.settleMs);
    const first = (await page.evaluate(() => {
      const s = (window as unknown as { __fbb: PageData }).__fbb;
      return { firstMark: s.firstMark, firstMarkWall: s.firstMarkWall, initial: s.ins.length };
    })) as { firstMark: number | null; firstMarkWall: number | null; initial: number };
    const heapAfterLoadBytes = await heapBytes(cdp);

    // ---- the workload ----
    const browser = context.browser();
    if (!browser) throw new Error('no browser handle for tracing');
    const m0 = await metric(cdp, ['ScriptDuration']);
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const tStartPage = (await page.evaluate(() => performance.mark('fbb-sync').startTime)) as number;
    const tStart = Date.now();
    await page.evaluate(
      (o) =>
        (window as unknown as { __fixture: { append(n: number, x: unknown): Promise<unknown> } }).__fixture.append(o.posts, {
          batch: o.batch,
          delayMs: o.delayMs,
          flaggedEvery: o.flaggedEvery,
        }),
      opts,
    );
    if (withExt) {
      await page
        .waitForFunction(() => document.querySelectorAll('article[data-testid="tweet"]:not([data-firebreak])').length === 0, undefined, {
          timeout: 30_000,
          polling: 50,
        })
        .catch(() => log('[page] some posts were never marked within 30 s'));
    }
    await page.waitForTimeout(opts.settleMs);
    const workloadMs = Date.now() - tStart;
    const trace = await browser.stopTracing();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const m1 = await metric(cdp, ['ScriptDuration']);
    if (process.env.FIREBREAK_BENCH_PROFILE_DIR) {
      // Diagnostics: keep the raw profile and trace (open them in Chrome DevTools > Performance).
      const base = path.join(process.env.FIREBREAK_BENCH_PROFILE_DIR, `page-${variant === 'firebreak' ? 'with' : variant === 'floor' ? 'floor' : 'without'}-${Date.now()}`);
      writeFileSync(`${base}.cpuprofile`, JSON.stringify(profile));
      writeFileSync(`${base}.trace.json`, trace);
      log(`[page] profile and trace saved: ${base}.*`);
    }
    const data = (await page.evaluate(() => {
      const s = (window as unknown as { __fbb: PageData }).__fbb;
      return { ins: s.ins, mark: s.mark, task: s.task, firstMark: s.firstMark, firstMarkWall: s.firstMarkWall, lt: s.lt, loaf: s.loaf };
    })) as PageData;
    const heapAfterWorkloadBytes = await heapBytes(cdp);

    // ---- attribution ----
    const csPrefix = `chrome-extension://${extensionId}/content-scripts/`;
    const tr = analyzeTrace(trace, 'https://x.com', withExt ? csPrefix : null, { mark: 'fbb-sync', pageMs: tStartPage });
    const { d } = sampleTimes(profile);
    const fbNodes = withExt ? nodesUnder(profile, (u) => u.startsWith(csPrefix)) : new Set<number>();
    const idleNodes = new Set(profile.nodes.filter((n) => ['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)).map((n) => n.id));
    let fbUs = 0;
    let scriptUs = 0;
    profile.samples.forEach((id, i) => {
      if (fbNodes.has(id)) fbUs += d[i]!;
      if (!idleNodes.has(id)) scriptUs += d[i]!;
    });
    // Long tasks as the page sees them (PerformanceObserver), each attributed with the trace.
    const observed = data.lt.filter((e) => e.start >= tStartPage);
    // Each long task: its trace task (duration to the µs) and the content script's time inside it. The entry's own
    // duration is the fallback where no trace task matches, and the task's length where the trace task found is
    // shorter than the entry (a 51 ms entry matched to a trace task of 47.5 ms is not all of the long task: without
    // Firebreak's 0.24 ms in it, the page's task still ran 50.76 ms or more).
    const inTask = observed.map((e) => (withExt ? tr.firebreakInTask(e.start, e.duration) : null));
    const fbInLt = observed.map((e, k) => (withExt ? (inTask[k]?.firebreakMs ?? tr.firebreakWithin(e.start, e.duration)) : 0));
    const taskMs = observed.map((e, k) => Math.max(inTask[k]?.taskMs ?? 0, e.duration));
    for (const [k, e] of observed.entries()) {
      if (!withExt) continue;
      log(`[page] long task ${round(e.duration, 1)} ms (trace task ${round(taskMs[k]!, 2)} ms): content script ${round(fbInLt[k]!, 2)} ms inside it`);
    }
    const ltFb = observed.filter((_, k) => fbInLt[k]! > 0 && taskMs[k]! - fbInLt[k]! < 50).length;
    const ltWithFb = fbInLt.filter((x) => x > 0).length;

    // ---- insertion → mark ----
    const lat: number[] = [];
    let appended = 0;
    for (let i = first.initial; i < data.ins.length; i++) {
      appended++;
      if (data.mark[i]! >= 0) lat.push(data.mark[i]! - data.ins[i]!);
    }
    const s = lat.length ? summarize(lat) : null;
    const taskLat = data.task.slice(-Math.ceil(opts.posts / opts.batch));
    const ts = taskLat.length ? summarize(taskLat) : null;
    const coldStartMs = withExt && injectedWall !== null && first.firstMarkWall !== null ? first.firstMarkWall - injectedWall : null;
    const firebreakTop = withExt ? topSelfWithin(profile, fbNodes, 12) : [];
    const fig: RunFigures = {
      variant,
      withExtension: variant === 'firebreak',
      appended,
      marked: lat.length,
      insertToMark: s ? { p50: round(s.p50, 1), p95: round(s.p95, 1), max: round(s.max, 1), mean: round(s.mean, 1) } : null,
      insertToTask: ts ? { p50: round(ts.p50, 1), p95: round(ts.p95, 1), max: round(ts.max, 1) } : null,
      scriptingCpuMs: tr.scriptingCpuMs,
      firebreakCpuMs: tr.firebreakCpuMs,
      taskCpuMs: tr.taskCpuMs,
      scriptDurationMs: round(((m1.ScriptDuration ?? 0) - (m0.ScriptDuration ?? 0)) * 1000, 1),
      workloadMs,
      firebreakMs: round(fbUs / 1000, 1),
      profileScriptMs: round(scriptUs / 1000, 1),
      longTasks: observed.length,
      longTasksFirebreak: ltFb,
      longTasksWithFirebreakTime: ltWithFb,
      longestTaskMs: round(observed.reduce((m, e) => Math.max(m, e.duration), 0), 1),
      traceTasksOver50ms: tr.longTasks.length,
      coldStartMs: coldStartMs === null ? null : round(coldStartMs, 1),
      navToFirstMarkMs: withExt && first.firstMark !== null ? round(first.firstMark, 1) : null,
      heapAfterLoadBytes,
      heapAfterWorkloadBytes,
      loafFirebreakMs: round(data.loaf.filter((e) => e.start >= tStartPage).reduce((a, e) => a + e.ext, 0), 1),
      firebreakTop,
    };
    log(
      `[page] ${variant === 'firebreak' ? 'with Firebreak' : variant === 'floor' ? 'with the floor extension' : 'without extension'}: ` +
        `scripting CPU ${fig.scriptingCpuMs} ms, content-script CPU ${fig.firebreakCpuMs} ms ` +
        `(sampled ${fig.firebreakMs} ms), ` +
        `long tasks ${fig.longTasks} (Firebreak ${fig.longTasksFirebreak}), ` +
        (s ? `insert→mark p50 ${fig.insertToMark!.p50} / p95 ${fig.insertToMark!.p95} ms, ` : '') +
        (ts ? `insert→page task p50 ${fig.insertToTask!.p50} / p95 ${fig.insertToTask!.p95} ms, ` : '') +
        `heap ${round(heapAfterWorkloadBytes / 1048576, 2)} MB` +
        (fig.coldStartMs !== null ? `, cold start ${fig.coldStartMs} ms` : ''),
    );
    return fig;
  } finally {
    if (h) await h.close();
    if (plain) await plain.close();
  }
}

export async function runPageScan(opts: PageScanOptions, log: (msg: string) => void, server?: FixtureServer): Promise<PageScanResult> {
  const own = !server;
  const srv = server ?? (await startFixtureServer());
  const packText = JSON.stringify(syntheticPack(opts.patterns, { id: 'bench.synthetic.page' }).pack);
  const runs: RunFigures[] = [];
  const floor = writeFloorExtension();
  try {
    // Launch order firebreak, none, floor: each launch without an extension is paired with the Firebreak launch right
    // before it and the floor launch right after it.
    for (let r = 0; r < opts.reps; r++) {
      runs.push(await oneRun('firebreak', srv, packText, opts, log, floor.dir));
      runs.push(await oneRun('none', srv, packText, opts, log, floor.dir));
      runs.push(await oneRun('floor', srv, packText, opts, log, floor.dir));
    }
  } finally {
    floor.remove();
    if (own) await srv.close();
  }
  const w = runs.filter((r) => r.variant === 'firebreak');
  const wo = runs.filter((r) => r.variant === 'none');
  const fl = runs.filter((r) => r.variant === 'floor');
  const med = (xs: (number | null | undefined)[]): number => median(xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)));
  const scriptingMsWith = med(w.map((r) => r.scriptingCpuMs));
  const scriptingMsWithout = med(wo.map((r) => r.scriptingCpuMs));
  // Runs alternate with, without, with, without…: pair each launch with the extension and the one right after it.
  const pairRatios = w.map((r, i) => r.scriptingCpuMs / (wo[i]?.scriptingCpuMs ?? Number.NaN)).filter((x) => Number.isFinite(x));
  const floorRatios = fl.map((r, i) => r.scriptingCpuMs / (wo[i]?.scriptingCpuMs ?? Number.NaN)).filter((x) => Number.isFinite(x));
  // An even count takes the mean of the two middle pairs (the lower one alone would flatter).
  const pairMedian = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const heapWith = med(w.map((r) => r.heapAfterWorkloadBytes));
  const heapWithout = med(wo.map((r) => r.heapAfterWorkloadBytes));
  const heapLoadWith = med(w.map((r) => r.heapAfterLoadBytes));
  const heapLoadWithout = med(wo.map((r) => r.heapAfterLoadBytes));
  const fbCpu = med(w.map((r) => r.firebreakCpuMs));
  const fbSampled = med(w.map((r) => r.firebreakMs));
  return {
    options: opts,
    runs,
    insertToMarkP50Ms: med(w.map((r) => r.insertToMark?.p50)),
    insertToMarkP95Ms: med(w.map((r) => r.insertToMark?.p95)),
    insertToMarkMaxMs: Math.max(...w.map((r) => r.insertToMark?.max ?? 0)),
    insertToTaskP50MsWithout: med(wo.map((r) => r.insertToTask?.p50)),
    insertToTaskP95MsWithout: med(wo.map((r) => r.insertToTask?.p95)),
    firebreakCpuMs: fbCpu,
    firebreakSampledMs: fbSampled,
    firebreakMsPerPost: round(fbCpu / opts.posts, 3),
    longTasks: w.reduce((a, r) => a + r.longTasksFirebreak, 0),
    longTasksTotalWith: w.reduce((a, r) => a + r.longTasks, 0),
    longTasksTotalWithout: wo.reduce((a, r) => a + r.longTasks, 0),
    scriptingMsWith,
    scriptingMsWithout,
    scriptingRatio: round(pairMedian(pairRatios), 3),
    scriptingRatioPairs: pairRatios.map((x) => round(x, 3)),
    scriptingRatioSampled: round(med(w.map((r) => r.profileScriptMs)) / med(wo.map((r) => r.profileScriptMs)), 3),
    floorScriptingRatio: round(pairMedian(floorRatios), 3),
    floorScriptingRatioPairs: floorRatios.map((x) => round(x, 3)),
    floorMsPerPost: round(med(fl.map((r) => r.firebreakCpuMs)) / opts.posts, 3),
    coldStartMs: med(w.map((r) => r.coldStartMs)),
    navToFirstMarkMs: med(w.map((r) => r.navToFirstMarkMs)),
    heapMB: round((heapWith - heapWithout) / 1048576, 2),
    heapAfterLoadMB: round((heapLoadWith - heapLoadWithout) / 1048576, 2),
    heapMethod:
      'CDP Runtime.getHeapUsage (usedSize + backingStorageSize) after 2 forced GCs, launch with the extension minus launch without, same page state (median of runs)',
    unmarked: w.reduce((a, r) => a + (r.appended - r.marked), 0),
  };
}
