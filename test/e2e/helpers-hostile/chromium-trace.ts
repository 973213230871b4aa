// Which long tasks are Firebreak's, in Chromium: a DevTools trace of the page's renderer (CDP Tracing, categories
// devtools.timeline and toplevel), then, for every task of the renderer main thread longer than 50 ms, the time spent
// in scripts of the extension (FunctionCall / EvaluateScript / v8 execution events whose URL is
// chrome-extension://<id>/...) inside it. A task is Firebreak's when Firebreak's scripts ran in it for at least
// MIN_SCRIPT_MS and the task would not have been long without them (in main-thread CPU time, so that a loaded machine
// does not count): the page's own layout and paint of huge content (which happen with or without the extension, as a
// run without it shows) are not counted; Firebreak's own work and anything it runs synchronously are.
import type { CDPSession, Page } from 'playwright-core';

export const LONG_TASK_MS = 50;
/** Script time of the extension in a long task that makes the task Firebreak's. */
export const MIN_SCRIPT_MS = 10;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs, when the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string } };
}

export interface LongTask {
  durationMs: number;
  /** CPU time of the main thread in the task (ms): what the task cost, whatever else the machine was running. */
  cpuMs: number;
  /** Time the extension's scripts ran in the task (ms, wall clock). */
  extensionScriptMs: number;
  /** CPU time of the extension's scripts in the task (ms). */
  extensionCpuMs: number;
  /** What started the task's script work: 'idle' (requestIdleCallback: Firebreak's scanner), 'timer', 'event', 'other'. */
  trigger: 'idle' | 'timer' | 'event' | 'other';
  top: string[];
}

export interface TaskReport {
  /** Main-thread tasks over 50 ms. */
  longTasks: LongTask[];
  /** The long tasks that are Firebreak's. */
  firebreak: LongTask[];
  /** Total script time of the extension during the trace (ms). */
  extensionScriptMs: number;
}

export interface Trace {
  stop(): Promise<TaskReport>;
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'v8.run', 'FireIdleCallback', 'TimerFire', 'EventDispatch', 'RunMicrotasks']);

export async function startTrace(page: Page, extensionBaseUrl: string): Promise<Trace> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: object[] }) => {
    for (const ev of e.value) events.push(ev as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,toplevel,v8.execute',
    transferMode: 'ReportEvents',
  } as never);
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      return analyse(events, extensionBaseUrl);
    },
  };
}

function analyse(events: TraceEvent[], base: string): TaskReport {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => mains.has(`${e.pid}:${e.tid}`);
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && onMain(e));
  const isExt = (e: TraceEvent) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && String(e.args?.data?.url ?? '').startsWith(base);
  // Outermost extension script events (a FunctionCall inside another one is not counted twice).
  const ext = complete.filter(isExt).sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  for (const e of ext) {
    const last = outer[outer.length - 1];
    if (last && e.ts >= last.ts && e.ts + e.dur! <= last.ts + last.dur! && e.tid === last.tid) continue;
    outer.push(e);
  }
  // Candidates by wall time; judged below by CPU time.
  const tasks = complete.filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.dur! > LONG_TASK_MS * 1000);
  // Nested RunTask events describe the same task: keep the outermost.
  const outerTasks = tasks.filter((t) => !tasks.some((o) => o !== t && o.tid === t.tid && o.ts <= t.ts && o.ts + o.dur! >= t.ts + t.dur! && o.dur! > t.dur!));
  const longTasks = outerTasks.map((t) => {
    const inside = complete.filter((e) => e !== t && e.tid === t.tid && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!);
    const extMs = outer.filter((e) => e.tid === t.tid && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!).reduce((n, e) => n + e.dur! / 1000, 0);
    const top = inside
      .filter((e) => !SCRIPT_EVENTS.has(e.name) || isExt(e))
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 4)
      .map((e) => `${e.name}${isExt(e) ? ' (extension)' : ''} ${Math.round(e.dur! / 1000)} ms`);
    const names = new Set(inside.map((e) => e.name));
    const trigger: LongTask['trigger'] = names.has('FireIdleCallback') ? 'idle' : names.has('TimerFire') ? 'timer' : names.has('EventDispatch') ? 'event' : 'other';
    const extCpu = outer.filter((e) => e.tid === t.tid && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!).reduce((n, e) => n + (e.tdur ?? e.dur!) / 1000, 0);
    return {
      durationMs: Math.round(t.dur! / 1000),
      cpuMs: Math.round((t.tdur ?? t.dur!) / 1000),
      extensionScriptMs: Math.round(extMs),
      extensionCpuMs: Math.round(extCpu),
      trigger,
      top,
    };
  });
  return {
    longTasks,
    // Firebreak's: its scripts ran in the task for MIN_SCRIPT_MS or more and, without them, the task would not have
    // been long. Measured in CPU time of the main thread: on a loaded machine (other browsers, builds) wall time
    // includes the time the thread waited for a CPU, which no code can avoid.
    firebreak: longTasks.filter((t) => t.extensionCpuMs >= MIN_SCRIPT_MS && t.cpuMs > LONG_TASK_MS && t.cpuMs - t.extensionCpuMs <= LONG_TASK_MS),
    extensionScriptMs: Math.round(outer.reduce((n, e) => n + e.dur! / 1000, 0)),
  };
}
