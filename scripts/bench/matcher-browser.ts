// Matcher benchmark in real Chromium (headless /usr/bin/chromium via playwright-core): bundles browser-entry.ts
// (matcher-core.ts, the corpus generators, lib/match, lib/text and modern-ahocorasick) with esbuild, serves it from
// a local cross-origin-isolated page (5 µs clock), and runs the same suite as Node. The page rebuilds the corpus
// and packs itself from the seed; their hashes are checked against Node's.
//
// Heap: the page calls back into Node (exposeFunction), which forces a GC (HeapProfiler.collectGarbage) and reads
// Runtime.getHeapUsage: usedSize + backingStorageSize (typed arrays' memory is outside the JS heap proper).
import path from 'node:path';
import type { MatcherSuiteOptions, MatcherSuiteResult } from './matcher-core';
import { BENCH_DIR, bundle, launchPlain, startIsolatedServer } from './chromium';

export async function runMatcherBrowser(
  opts: MatcherSuiteOptions,
  log: (msg: string) => void,
): Promise<MatcherSuiteResult & { runtime: string; crossOriginIsolated: boolean }> {
  const script = await bundle(path.join(BENCH_DIR, 'browser-entry.ts'));
  log(`[chromium] bench bundle: ${Math.round(script.length / 1024)} KB`);
  const server = await startIsolatedServer(script);
  const browser = await launchPlain();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.exposeFunction('__benchLog', (msg: string) => log(msg));
    await page.exposeFunction('__benchHeap', async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      return u.usedSize + (u.backingStorageSize ?? 0);
    });
    page.on('pageerror', (e) => log(`[chromium] page error: ${e.message}`));
    await page.goto(server.url);
    await page.addScriptTag({ url: '/bench.js' });
    const isolated = await page.evaluate(() => (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true);
    if (!isolated) log('[chromium] warning: the page is not cross-origin isolated; performance.now() ticks every 100 µs');
    const result = (await page.evaluate(
      (o) => (globalThis as unknown as { __firebreakBench: { run(x: unknown): Promise<unknown> } }).__firebreakBench.run(o),
      opts as unknown as Record<string, unknown>,
    )) as MatcherSuiteResult;
    return { ...result, runtime: `Chromium ${browser.version()}`, crossOriginIsolated: isolated };
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}
