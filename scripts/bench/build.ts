// Makes sure .output/chrome-mv3 is the current code before the page and import benchmarks load it: when any
// source file (entrypoints, lib, public, components, assets, wxt.config.ts, package.json) is newer than the built
// manifest, runs `npx wxt build` (its output goes to stderr, so `--json` keeps stdout clean).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './chromium';

const SOURCES = ['entrypoints', 'lib', 'public', 'components', 'assets', 'wxt.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(p)) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, e)));
  }
  return newest;
}

/** The extension under test; FIREBREAK_BENCH_EXTENSION points elsewhere (an unminified build, for profiling). */
export const EXTENSION_DIR = process.env.FIREBREAK_BENCH_EXTENSION || path.join(REPO, '.output', 'chrome-mv3');

/** Builds when stale or missing; returns what happened. */
export function ensureBuilt(log: (msg: string) => void, force = false): { built: boolean; ms: number; reason: string } {
  if (process.env.FIREBREAK_BENCH_EXTENSION) return { built: false, ms: 0, reason: 'FIREBREAK_BENCH_EXTENSION set' };
  const manifest = path.join(EXTENSION_DIR, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(REPO, s))));
  const reason = force ? 'forced' : builtAt === 0 ? 'missing' : sourcesAt > builtAt ? 'stale' : '';
  if (!reason) return { built: false, ms: 0, reason: 'up to date' };
  log(`[build] .output/chrome-mv3 is ${reason}: npx wxt build`);
  const t0 = Date.now();
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: REPO, stdio: ['ignore', 2, 2], env: process.env });
  if (r.status !== 0) throw new Error(`npx wxt build failed (exit ${String(r.status)})`);
  return { built: true, ms: Date.now() - t0, reason };
}
