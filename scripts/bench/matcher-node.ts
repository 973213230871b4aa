// Matcher benchmark in Node: runs matcher-core.ts with Node's clock, heap (process.memoryUsage: heapUsed +
// arrayBuffers, after a forced GC) and logs on stderr. The GC is exposed at run time (v8.setFlagsFromString), so
// `npm run bench` needs no extra Node flag.
import v8 from 'node:v8';
import vm from 'node:vm';
import { runMatcherSuite, type BenchEnv, type MatcherSuiteOptions, type MatcherSuiteResult, type GoldenRow } from './matcher-core';

let gcFn: (() => void) | null = null;

/** A callable global.gc, without --expose-gc on the command line. */
export function exposeGc(): () => void {
  if (gcFn) return gcFn;
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return (gcFn = existing);
  v8.setFlagsFromString('--expose-gc');
  gcFn = vm.runInNewContext('gc') as () => void;
  return gcFn;
}

export function nodeEnv(log: (msg: string) => void): BenchEnv {
  const gc = exposeGc();
  return {
    name: 'node',
    now: () => performance.now(),
    gc: async () => {
      gc();
      gc();
    },
    heapBytes: async () => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    },
    log,
    pause: () => new Promise((r) => setImmediate(r)),
    timerResolutionMs: 0.001,
  };
}

export async function runMatcherNode(
  opts: MatcherSuiteOptions,
  log: (msg: string) => void,
): Promise<MatcherSuiteResult & { golden?: GoldenRow[]; runtime: string }> {
  const res = await runMatcherSuite(nodeEnv(log), opts);
  return { ...res, runtime: `Node ${process.version} (V8 ${process.versions.v8})` };
}
