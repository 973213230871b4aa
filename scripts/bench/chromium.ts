// Chromium plumbing for the benchmark: the browser path, a plain (extension-free) launch, a tiny local HTTP
// server that makes its page cross-origin isolated (COOP + COEP: performance.now() then ticks every 5 µs instead
// of 100 µs), bundling with esbuild, and a CDP CPU-profile reader that attributes samples to script URLs.
// Launches that need the extension reuse test/e2e/harness/chromium.ts (launchChromium).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_QUIET_ARGS } from '../../test/e2e/harness/chromium';
import { CHROMIUM_PATH } from '../../test/e2e/harness/extension';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(BENCH_DIR, '../..');

/** Chromium switches shared by every launch of the benchmark. */
export const COMMON_ARGS = [
  ...CHROMIUM_QUIET_ARGS,
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

export async function launchPlain(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...COMMON_ARGS, ...extraArgs], timeout: 60_000 });
}

export async function chromiumVersion(browser: { version(): string }): Promise<string> {
  return `Chromium ${browser.version()}`;
}

/** Bundles a TypeScript entry for the page (IIFE, ES2022). */
export async function bundle(entry: string): Promise<string> {
  const res = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    write: false,
    minify: false,
    sourcemap: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  return res.outputFiles[0]!.text;
}

export interface IsolatedServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `/` (an empty page) and `/bench.js` from memory, with COOP/COEP so the page is cross-origin isolated. */
export async function startIsolatedServer(script: string): Promise<IsolatedServer> {
  const server = http.createServer((req, res) => {
    const common = {
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'no-store',
    };
    if (req.url === '/bench.js') {
      res.writeHead(200, { ...common, 'content-type': 'text/javascript; charset=utf-8' }).end(script);
      return;
    }
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res
        .writeHead(200, { ...common, 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><html><head><meta charset="utf-8"><title>Firebreak bench</title></head><body></body></html>');
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

// ---- CPU profiles (CDP Profiler.stop) ------------------------------------------------------------------------

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Sample i's timestamp (µs, profile clock) and duration (µs: the gap to the next sample). */
export function sampleTimes(p: CpuProfile): { t: Float64Array; d: Float64Array } {
  const n = p.samples.length;
  const t = new Float64Array(n);
  const d = new Float64Array(n);
  let acc = p.startTime;
  for (let i = 0; i < n; i++) {
    acc += p.timeDeltas[i] ?? 0;
    t[i] = acc;
  }
  for (let i = 0; i < n; i++) d[i] = (i + 1 < n ? t[i + 1]! : p.endTime) - t[i]!;
  return { t, d };
}

/**
 * For each node id: does its stack (itself or an ancestor) hold a frame whose URL passes `match`? Native frames
 * (DOM calls, regexps) under such a frame count as that script's time: inclusive attribution.
 */
export function nodesUnder(p: CpuProfile, match: (url: string) => boolean): Set<number> {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const under = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const stack: number[] = [];
    let cur: number | undefined = id;
    let result = false;
    while (cur !== undefined) {
      const m = memo.get(cur);
      if (m !== undefined) {
        result = m;
        break;
      }
      stack.push(cur);
      if (match(byId.get(cur)?.callFrame.url ?? '')) {
        result = true;
        break;
      }
      cur = parent.get(cur);
    }
    for (const s of stack) memo.set(s, result);
    return result;
  };
  const out = new Set<number>();
  for (const n of p.nodes) if (under(n.id)) out.add(n.id);
  return out;
}

/** Node ids whose own function is `name` (for the clock-alignment markers). */
export function nodesNamed(p: CpuProfile, name: string): Set<number> {
  return new Set(p.nodes.filter((n) => n.callFrame.functionName === name).map((n) => n.id));
}

/** Idle, program and GC nodes: not script time. */
export function nonScriptNodes(p: CpuProfile): Set<number> {
  return new Set(p.nodes.filter((n) => ['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)).map((n) => n.id));
}

// ---- CDP on the extension's service worker (non-flattened target session, as test/e2e/harness/chromium.ts) -------

export interface TargetSession {
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  detach(): Promise<void>;
}

/** Attaches to the first target of `type` whose URL starts with `urlPrefix` (the service worker of the extension). */
export async function attachTarget(browser: Browser, type: string, urlPrefix: string): Promise<TargetSession> {
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((t) => t.type === type && t.url.startsWith(urlPrefix));
  if (!target) throw new Error(`no ${type} target at ${urlPrefix}`);
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  session.on('Target.receivedMessageFromTarget', (ev: { sessionId: string; message: string }) => {
    if (ev.sessionId !== sessionId) return;
    const msg = JSON.parse(ev.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (msg.id === undefined) return;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.error) p.reject(new Error(msg.error.message));
    else p.resolve(msg.result);
  });
  return {
    send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    },
    async detach() {
      await session.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      await session.detach().catch(() => {});
    },
  };
}

/** Self time per function (ms), top `n`, from a CPU profile: "name (file:line)". */
export function topSelf(p: CpuProfile & { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber?: number } }[] }, n = 15): { fn: string; ms: number }[] {
  const { d } = sampleTimes(p);
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + d[i]!));
  const byKey = new Map<string, number>();
  for (const node of p.nodes) {
    const ms = (self.get(node.id) ?? 0) / 1000;
    if (ms === 0) continue;
    const f = node.callFrame;
    const file = f.url ? f.url.replace(/^.*\//, '') : '';
    const key = `${f.functionName || '(anonymous)'}${file ? ` (${file}:${(f.lineNumber ?? 0) + 1})` : ''}`;
    byKey.set(key, (byKey.get(key) ?? 0) + ms);
  }
  return [...byKey].sort((a, b) => b[1] - a[1]).slice(0, n).map(([fn, ms]) => ({ fn, ms: Math.round(ms * 10) / 10 }));
}

/** Inclusive time (ms) of every function whose name matches, counted once per sample. */
export function inclusiveByName(p: CpuProfile, names: string[]): Record<string, number> {
  const { d } = sampleTimes(p);
  const out: Record<string, number> = {};
  for (const name of names) {
    const set = new Set<number>();
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    for (const n of p.nodes) {
      for (let cur: number | undefined = n.id; cur !== undefined; cur = parent.get(cur)) {
        if (byId.get(cur)?.callFrame.functionName === name) {
          set.add(n.id);
          break;
        }
      }
    }
    let us = 0;
    p.samples.forEach((id, i) => {
      if (set.has(id)) us += d[i]!;
    });
    out[name] = Math.round(us / 100) / 10;
  }
  return out;
}

// ---- Chromium traces (devtools.timeline) --------------------------------------------------------------------------

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; frames?: { url?: string; processId?: number }[] } };
}

/** Trace categories for analyzeTrace. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'];

/** Top-level kinds of script work on the main thread, as DevTools' "Scripting" groups them (GC included). */
const SCRIPTING = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.callFunction',
  'v8.run',
  'V8.Execute',
  'RunMicrotasks',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'MajorGC',
  'MinorGC',
  'V8.GCIncrementalMarking',
  'V8.GCScavenger',
  'V8.GCFinalizeMC',
  'V8.GCCompactor',
  'BlinkGC.AtomicPhase',
]);

export interface TraceFigures {
  /** Thread (CPU) time of script work on the page's main thread, outermost events only (no double counting). */
  scriptingCpuMs: number;
  scriptingWallMs: number;
  /** Thread time of calls into the content script (FunctionCall events whose script is `csPrefix`…). */
  firebreakCpuMs: number;
  firebreakWallMs: number;
  /** Thread time of every task on the page's main thread (script, style, layout, paint…). */
  taskCpuMs: number;
  /** Tasks of 50 ms or more on the page's main thread (trace), with the content script's wall time inside each. */
  longTasks: { ms: number; firebreakMs: number }[];
  /** Content script wall time (ms) inside [startMs, startMs + durMs] of the page clock (performance.now()). */
  firebreakWithin(startMs: number, durMs: number): number;
  /**
   * The one trace task that best covers [startMs, startMs + durMs] of the page clock, to the microsecond, and the
   * content script's wall time inside it (long-task entries come in whole milliseconds: their window alone can miss
   * the mutation callback at the task's end, or reach into the slice that runs right after it). Null without a match.
   */
  firebreakInTask(startMs: number, durMs: number): { taskMs: number; firebreakMs: number } | null;
}

/** Reads a trace of one page: its renderer main thread is found from TracingStartedInBrowser (url prefix). */
export function analyzeTrace(
  buf: Buffer | string,
  pageUrlPrefix: string,
  csPrefix: string | null,
  sync?: { mark: string; pageMs: number },
): TraceFigures {
  const parsed = JSON.parse(typeof buf === 'string' ? buf : buf.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  let pid = -1;
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    const f = e.args?.data?.frames?.find((x) => x.url?.startsWith(pageUrlPrefix));
    if (f?.processId !== undefined) pid = f.processId;
  }
  let tid = -1;
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain') tid = e.tid;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const outermost = (pred: (e: TraceEvent) => boolean): TraceEvent[] => {
    const out: TraceEvent[] = [];
    let end = -Infinity;
    for (const e of main) {
      if (!pred(e)) continue;
      if (e.ts < end) continue;
      out.push(e);
      end = e.ts + e.dur!;
    }
    return out;
  };
  const cpu = (e: TraceEvent): number => (typeof e.tdur === 'number' ? e.tdur : e.dur!) / 1000;
  const scripting = outermost((e) => SCRIPTING.has(e.name));
  const isFb = (e: TraceEvent): boolean => !!csPrefix && e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith(csPrefix);
  const fb = outermost(isFb);
  const tasks = outermost((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const longTasks = tasks
    .filter((t) => t.dur! >= 50_000)
    .map((t) => {
      const a = t.ts;
      const b = t.ts + t.dur!;
      let fbUs = 0;
      for (const e of fb) if (e.ts >= a && e.ts < b) fbUs += Math.min(e.dur!, b - e.ts);
      return { ms: Math.round(t.dur! / 100) / 10, firebreakMs: Math.round(fbUs / 100) / 10 };
    });
  const sum = (xs: TraceEvent[], f: (e: TraceEvent) => number): number => Math.round(xs.reduce((a, e) => a + f(e), 0) * 10) / 10;
  // Page clock → trace clock: the performance.mark() made in the page at a known performance.now().
  const markEv = sync ? events.find((e) => e.name === sync.mark && e.pid === pid) : undefined;
  const offsetUs = markEv && sync ? markEv.ts - sync.pageMs * 1000 : NaN;
  const firebreakWithin = (startMs: number, durMs: number): number => {
    if (!Number.isFinite(offsetUs)) return NaN;
    const a = startMs * 1000 + offsetUs;
    const b = a + durMs * 1000;
    let us = 0;
    for (const e of fb) {
      const lo = Math.max(a, e.ts);
      const hi = Math.min(b, e.ts + e.dur!);
      if (hi > lo) us += hi - lo;
    }
    return Math.round(us / 100) / 10;
  };
  const firebreakInTask = (startMs: number, durMs: number): { taskMs: number; firebreakMs: number } | null => {
    if (!Number.isFinite(offsetUs)) return null;
    const a = startMs * 1000 + offsetUs;
    const b = a + durMs * 1000;
    let best: TraceEvent | null = null;
    let bestOverlap = 0;
    for (const t of tasks) {
      const overlap = Math.min(b, t.ts + t.dur!) - Math.max(a, t.ts);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = t;
      }
    }
    if (!best) return null;
    const ta = best.ts;
    const tb = best.ts + best.dur!;
    let us = 0;
    for (const e of fb) {
      const lo = Math.max(ta, e.ts);
      const hi = Math.min(tb, e.ts + e.dur!);
      if (hi > lo) us += hi - lo;
    }
    return { taskMs: best.dur! / 1000, firebreakMs: us / 1000 };
  };
  return {
    scriptingCpuMs: sum(scripting, cpu),
    scriptingWallMs: sum(scripting, (e) => e.dur! / 1000),
    firebreakCpuMs: sum(fb, cpu),
    firebreakWallMs: sum(fb, (e) => e.dur! / 1000),
    taskCpuMs: sum(tasks, cpu),
    longTasks,
    firebreakWithin,
    firebreakInTask,
  };
}
