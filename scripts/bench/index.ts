// `npm run bench`: Firebreak's speed, each figure against baselines measured in the same run.
//
//   npm run bench                          matcher (Node + Chromium), page scan, pack import; tables + budgets
//   npm run -s bench -- --json             one JSON object on stdout (progress goes to stderr; -s silences npm's banner)
//   npm run bench -- --quick               smaller sizes, one run each (about a minute)
//   npm run bench -- --only matcher        or page, import (comma-separated or repeated)
//   npm run bench -- --record out.json     golden record: per-post matched ids and µs (Node, 10,000 patterns)
//   npm run bench -- --compare a.json b.json   posts whose matches differ, the 20 costliest posts, time deltas
//   --no-build                             do not rebuild .output/chrome-mv3 even when sources are newer
//
// Environment (diagnostics): FIREBREAK_BENCH_EXTENSION=<dir> loads another unpacked build (an unminified one gives
// readable profiles); FIREBREAK_BENCH_PROFILE_DIR=<dir> keeps the page's CPU profiles (.cpuprofile).
import os from 'node:os';
import { evaluateBudgets } from './budgets';
import { ensureBuilt } from './build';
import { compareGolden, recordGolden, renderComparison } from './golden';
import { runImport, runImportPhases } from './import';
import { runMatcherBrowser } from './matcher-browser';
import { runMatcherNode } from './matcher-node';
import type { MatcherSuiteOptions } from './matcher-core';
import { runPageScan, type PageScanOptions } from './page-scan';
import { renderText, type BenchReport } from './report';
import { startFixtureServer } from '../../test/fixtures/server';

type Part = 'matcher' | 'page' | 'import';
const PARTS: Part[] = ['matcher', 'page', 'import'];

interface Args {
  json: boolean;
  quick: boolean;
  only: Set<Part>;
  record: string | null;
  compare: [string, string] | null;
  build: boolean;
}

/** A mistake on the command line: printed without a stack. */
class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const a: Args = { json: false, quick: false, only: new Set(PARTS), record: null, compare: null, build: true };
  const only: Part[] = [];
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--json') a.json = true;
    else if (x === '--quick') a.quick = true;
    else if (x === '--no-build') a.build = false;
    else if (x === '--only' || x.startsWith('--only=')) {
      const v = x.includes('=') ? x.slice(7) : argv[++i];
      for (const p of (v ?? '').split(',')) {
        if (!PARTS.includes(p as Part)) throw new UsageError(`--only takes ${PARTS.join(', ')}; got "${p}"`);
        only.push(p as Part);
      }
    } else if (x === '--record') {
      a.record = argv[++i] ?? null;
      if (!a.record) throw new UsageError('--record needs a file name');
    } else if (x === '--compare') {
      const f1 = argv[++i];
      const f2 = argv[++i];
      if (!f1 || !f2) throw new UsageError('--compare needs two files');
      a.compare = [f1, f2];
    } else if (x === '--help' || x === '-h') {
      process.stderr.write(
        'usage: npm run bench -- [--json] [--quick] [--only matcher|page|import] [--no-build]\n' +
          '       npm run bench -- --record out.json [--quick]\n' +
          '       npm run bench -- --compare a.json b.json [--json]\n',
      );
      process.exit(0);
    } else throw new UsageError(`unknown option ${x} (try --help)`);
  }
  if (only.length) a.only = new Set(only);
  return a;
}

const log = (msg: string): void => {
  process.stderr.write(msg + '\n');
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();

  if (args.compare) {
    const c = compareGolden(args.compare[0], args.compare[1]);
    process.stdout.write(args.json ? JSON.stringify(c) + '\n' : renderComparison(c) + '\n');
    return;
  }
  if (args.record) {
    const g = await recordGolden(args.record, { patterns: 10_000, posts: args.quick ? 2000 : 10_000 }, log);
    const summary = { file: args.record, runtime: g.runtime, corpusHash: g.corpusHash, packHash: g.packHash, ...g.totals };
    process.stdout.write(
      args.json
        ? JSON.stringify(summary) + '\n'
        : `Golden record ${args.record}: ${g.totals.posts} posts, ${g.totals.flagged} flagged; mean ${g.totals.meanUs} µs, p50 ${g.totals.p50Us} µs, p99 ${g.totals.p99Us} µs (${g.runtime})\n`,
    );
    return;
  }

  const q = args.quick;
  const matcherOpts: MatcherSuiteOptions = q
    ? { sizes: [10_000], posts: 2000, minBlockMs: 0.1, baselineCapMs: 800, baselineMaxPosts: 200 }
    : { sizes: [10_000, 50_000], posts: 10_000, minBlockMs: 0.2, baselineCapMs: 2500, baselineMaxPosts: 500 };
  const pageOpts: PageScanOptions = {
    posts: q ? 200 : 1000,
    batch: 10,
    delayMs: 50,
    flaggedEvery: 10,
    patterns: 10_000,
    // Four launches with and four without: one launch's page scripting moves ±10 % on this machine, so the ratio
    // is the median of the four pairs' ratios (each pair launched back to back).
    reps: q ? 1 : 4,
    settleMs: 500,
  };
  const importSizes = q ? [10_000] : [10_000, 50_000];

  const report: BenchReport = {
    tool: 'firebreak-bench',
    version: 1,
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    mode: q ? 'quick' : 'full',
    machine: {
      cpus: os.cpus().length,
      node: `Node ${process.version}`,
      chromium: null,
      platform: `${os.platform()} ${os.release()}`,
      loadAvgStart: os.loadavg(),
      loadAvgEnd: [],
    },
    build: null,
    matcher: null,
    page: null,
    import: null,
    budgets: [],
    errors: [],
  };

  const attempt = async (what: string, fn: () => Promise<void>): Promise<void> => {
    try {
      await fn();
    } catch (e) {
      const msg = `${what}: ${(e as Error).stack ?? String(e)}`;
      report.errors.push(msg.split('\n').slice(0, 4).join(' | '));
      log(`[bench] ${msg}`);
    }
  };

  if (args.only.has('matcher')) {
    await attempt('matcher', async () => {
      log('[bench] matcher: Node');
      const node = await runMatcherNode(matcherOpts, log);
      log('[bench] matcher: Chromium');
      const chromium = await runMatcherBrowser(matcherOpts, log);
      report.machine.chromium = chromium.runtime;
      if (chromium.corpus.hash !== node.corpus.hash) report.errors.push(`corpus differs between Node (${node.corpus.hash}) and Chromium (${chromium.corpus.hash})`);
      const c10 = chromium.sizes.find((s) => s.patterns === 10_000) ?? null;
      const n10 = node.sizes.find((s) => s.patterns === 10_000) ?? null;
      const { golden: _g, ...nodeRest } = node;
      report.matcher = {
        p50MicrosPerPost: c10?.perPost.p50 ?? Number.NaN,
        speedupVsRegexLoop: c10?.baselines?.regexLoop.speedup ?? Number.NaN,
        speedupVsAlternation: c10?.baselines?.alternation.speedup ?? Number.NaN,
        speedupVsModernAhocorasick: c10?.baselines?.modernAhocorasick.speedup ?? Number.NaN,
        matchOnly: {
          speedupVsRegexLoop: c10?.baselines?.regexLoop.speedupMatchOnly ?? Number.NaN,
          speedupVsAlternation: c10?.baselines?.alternation.speedupMatchOnly ?? Number.NaN,
          speedupVsModernAhocorasick: c10?.baselines?.modernAhocorasick.speedupMatchOnly ?? Number.NaN,
        },
        floorMicrosPerPost: c10?.baselines?.modernAhocorasick.floorMeanUs ?? Number.NaN,
        ceilingVsModernAhocorasick: c10?.baselines?.modernAhocorasick.ceilingSpeedup ?? Number.NaN,
        ceilingVsAlternation: c10?.baselines?.alternation.ceilingSpeedup ?? Number.NaN,
        installedP50MicrosPerPost: chromium.installed?.perPost.p50 ?? Number.NaN,
        chromium10k: c10,
        node10k: n10,
        chromium,
        node: nodeRest,
      };
    });
  }

  const needsExtension = args.only.has('page') || args.only.has('import');
  if (needsExtension) {
    await attempt('build', async () => {
      report.build = args.build ? ensureBuilt(log) : { built: false, ms: 0, reason: 'skipped (--no-build)' };
    });
    const server = await startFixtureServer();
    try {
      if (args.only.has('page')) {
        await attempt('page', async () => {
          log('[bench] page scan');
          report.page = await runPageScan(pageOpts, log, server);
        });
      }
      if (args.only.has('import')) {
        await attempt('import', async () => {
          log('[bench] pack import');
          const res = await runImport(importSizes, log, server);
          const phases = await runImportPhases(importSizes, log);
          report.import = { ...res, phases };
        });
      }
    } finally {
      await server.close();
    }
  }

  report.budgets = evaluateBudgets(report);
  report.durationMs = Date.now() - started;
  report.machine.loadAvgEnd = os.loadavg();
  if (args.json) process.stdout.write(JSON.stringify(report) + '\n');
  else process.stdout.write(renderText(report) + '\n');
  log(`[bench] done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    if (e instanceof UsageError) {
      log(`bench: ${e.message}`);
      process.exit(2);
    }
    log(`[bench] ${(e as Error).stack ?? String(e)}`);
    process.exit(1);
  },
);
