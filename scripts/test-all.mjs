#!/usr/bin/env node
// `npm test`: build both targets (so the e2e tests load the current code), then run every vitest project (unit and
// e2e) in one run so the closing summary counts all tests. Fails fast; prints timing per step.
// Extra arguments go to vitest: `npm test -- --reporter=verbose`, `npm test -- test/unit/foo.test.ts`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';

const steps = [
  { title: 'Build the Chrome extension (wxt build)', cmd: 'npx', args: ['wxt', 'build'] },
  { title: 'Build the Firefox extension (wxt build -b firefox --mv3)', cmd: 'npx', args: ['wxt', 'build', '-b', 'firefox', '--mv3'] },
  { title: 'Run all tests: unit + e2e (vitest run)', cmd: 'npx', args: ['vitest', 'run', ...process.argv.slice(2)] },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const line = '='.repeat(78);
const timings = [];
const started = Date.now();

function summary() {
  console.log(`\n${line}`);
  for (const t of timings) console.log(`  ${t.ok ? 'ok  ' : 'FAIL'}  ${seconds(t.ms).padStart(8)}  ${t.title}`);
  console.log(`  total ${seconds(Date.now() - started)}`);
  console.log(line);
}

for (const [i, step] of steps.entries()) {
  console.log(`\n${line}\n[${i + 1}/${steps.length}] ${step.title}\n$ ${[step.cmd, ...step.args].join(' ')}\n${line}`);
  const t0 = Date.now();
  const result = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', shell: isWindows });
  const ms = Date.now() - t0;
  const ok = result.status === 0;
  timings.push({ title: step.title, ms, ok });
  console.log(`\n[${i + 1}/${steps.length}] ${ok ? 'done' : 'FAILED'} in ${seconds(ms)}: ${step.title}`);
  if (!ok) {
    const why = result.error
      ? `could not start: ${result.error.message}`
      : result.signal
        ? `killed by ${result.signal}`
        : `exit code ${result.status}`;
    console.error(`\nnpm test: step ${i + 1} failed (${why}): ${step.title}`);
    summary();
    process.exit(typeof result.status === 'number' && result.status !== 0 ? result.status : 1);
  }
}

summary();
console.log('npm test: all steps passed');
