#!/usr/bin/env -S npx tsx
// Hardening tests at full size (the `npm test` run uses reduced sizes to stay fast):
//   - fast-check properties with 20,000 runs (50,000 for the matcher-vs-reference comparison), 16 MB inputs;
//   - packs at the validator's limit (200,000 patterns), 100 MB files;
//   - in Chromium and Firefox: a 1 MB post, 10,000 posts on one page, and long tasks judged strictly (the tab-report
//     sends that `npm test` only logs as a known issue fail here).
// Sizes: test/fixtures/hostile/sizes.ts. Builds both targets first so the browser tests load the current code.
//
//   npx tsx scripts/test-stress.ts                 # everything
//   npx tsx scripts/test-stress.ts --unit          # unit tests only (no build, no browsers)
//   npx tsx scripts/test-stress.ts --e2e           # browser tests only
//   npx tsx scripts/test-stress.ts --no-build      # skip the build (the .output folders are current)
//   FC_SEED=123 npx tsx scripts/test-stress.ts --unit   # replay a property failure with its seed
// Extra arguments after `--` go to vitest.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dashDash = args.indexOf('--');
const own = dashDash >= 0 ? args.slice(0, dashDash) : args;
const passThrough = dashDash >= 0 ? args.slice(dashDash + 1) : [];
const unitOnly = own.includes('--unit');
const e2eOnly = own.includes('--e2e');
const build = !own.includes('--no-build') && !unitOnly;

const UNIT = [
  'test/unit/hardening-fold-matcher.property.test.ts',
  'test/unit/hardening-packs.test.ts',
  'test/unit/hardening-faults.test.ts',
  'test/unit/hardening-ui.test.tsx',
  'test/unit/hardening-scanner.test.tsx',
];
const E2E = ['test/e2e/hostile-page.e2e.ts', 'test/e2e/hostile-pack.e2e.ts', 'test/e2e/hostile-reload.e2e.ts'];

const env = { ...process.env, FIREBREAK_STRESS: '1', FIREBREAK_STRICT_LONGTASKS: '1' };
const line = '='.repeat(78);
const started = Date.now();

function run(title: string, cmd: string, cmdArgs: string[]): void {
  console.log(`\n${line}\n${title}\n$ ${[cmd, ...cmdArgs].join(' ')}\n${line}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\ntest:stress: "${title}" failed after ${s} s (${r.error ? r.error.message : `exit code ${r.status}`})`);
    process.exit(typeof r.status === 'number' && r.status !== 0 ? r.status : 1);
  }
  console.log(`\n${title}: done in ${s} s`);
}

if (build) {
  run('Build the Chrome extension', 'npx', ['wxt', 'build']);
  run('Build the Firefox extension', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
}
if (!e2eOnly) {
  run('Hardening unit tests at full size', 'npx', ['vitest', 'run', '--project', 'unit', ...UNIT, ...passThrough]);
}
if (!unitOnly) {
  run('Hostile pages, packs and reloads in Chromium and Firefox at full size', 'npx', [
    'vitest',
    'run',
    '--project',
    'e2e',
    '--testTimeout',
    '900000',
    '--hookTimeout',
    '300000',
    ...E2E,
    ...passThrough,
  ]);
}
console.log(`\ntest:stress: all passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
