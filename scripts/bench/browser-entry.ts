// In-page entry of the matcher benchmark (bundled by matcher-browser.ts with esbuild into one IIFE): exposes
// window.__firebreakBench.run(options), which runs matcher-core.ts with the page's clock, `gc()` (Chromium started
// with --js-flags=--expose-gc) and a heap reading taken by the Node side over CDP (Runtime.getHeapUsage: used
// JS heap + ArrayBuffer backing stores), reached through Playwright's exposeFunction bindings.
import { runMatcherSuite, type BenchEnv, type MatcherSuiteOptions } from './matcher-core';

interface BenchWindow {
  __firebreakBench?: { run(opts: MatcherSuiteOptions): Promise<unknown> };
  __benchHeap?: () => Promise<number>;
  __benchLog?: (msg: string) => Promise<void>;
  gc?: () => void;
  crossOriginIsolated?: boolean;
}

const w = globalThis as unknown as BenchWindow;

const env: BenchEnv = {
  name: 'chromium',
  now: () => performance.now(),
  gc: async () => {
    w.gc?.();
    w.gc?.();
  },
  heapBytes: async () => (w.__benchHeap ? w.__benchHeap() : 0),
  log: (msg) => void w.__benchLog?.(msg),
  pause: () => new Promise((r) => setTimeout(r, 0)),
  timerResolutionMs: w.crossOriginIsolated ? 0.005 : 0.1,
};

w.__firebreakBench = { run: (opts) => runMatcherSuite(env, opts) };
