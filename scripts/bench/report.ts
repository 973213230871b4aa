// The benchmark's report: the one JSON object (`--json`) and the plain-text tables printed otherwise. Every figure
// sits next to the baseline measured in the same run.
import type { Budget } from './budgets';
import type { ImportResult } from './import';
import type { MatcherSuiteResult, SizeFigures } from './matcher-core';
import type { PageScanResult } from './page-scan';

export interface BenchReport {
  tool: 'firebreak-bench';
  version: 1;
  startedAt: string;
  durationMs: number;
  mode: 'full' | 'quick';
  machine: { cpus: number; node: string; chromium: string | null; platform: string; loadAvgStart: number[]; loadAvgEnd: number[] };
  build: { built: boolean; ms: number; reason: string } | null;
  matcher: {
    /** Chromium, 10,000 patterns: fold + match per post. */
    p50MicrosPerPost: number;
    speedupVsRegexLoop: number;
    speedupVsAlternation: number;
    speedupVsModernAhocorasick: number;
    /** The same ratios against Firebreak's automaton alone on the same folded text (like for like). */
    matchOnly: { speedupVsRegexLoop: number; speedupVsAlternation: number; speedupVsModernAhocorasick: number };
    /** A bare loop reading each code unit's fold-table entry (µs/post), and modern-ahocorasick's and the alternation's means over it. */
    floorMicrosPerPost: number;
    ceilingVsModernAhocorasick: number;
    ceilingVsAlternation: number;
    /** Chromium: fold + match p50 with the default pack installed under the synthetic 10,000 (not a budget). */
    installedP50MicrosPerPost: number;
    chromium10k: SizeFigures | null;
    node10k: SizeFigures | null;
    chromium: MatcherSuiteResult & { runtime?: string };
    node: MatcherSuiteResult & { runtime?: string };
  } | null;
  page: PageScanResult | null;
  import: (ImportResult & { phases: Record<string, number>[] }) | null;
  budgets: Budget[];
  errors: string[];
}

const pad = (s: string | number, n: number): string => String(s).padStart(n);
const padr = (s: string | number, n: number): string => String(s).padEnd(n);
const num = (x: number | null | undefined, d = 1): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toFixed(d);
const kb = (b: number): string => `${(b / 1024).toFixed(0)} KB`;
const mb = (b: number): string => `${(b / 1048576).toFixed(2)} MB`;

function table(head: string[], rows: (string | number)[][], widths: number[]): string {
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? padr(c, widths[i]!) : pad(c, widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function matcherSection(label: string, r: MatcherSuiteResult & { runtime?: string }): string {
  const out: string[] = [];
  out.push(
    `${label} — ${r.runtime ?? r.env}; ${r.corpus.posts} posts, mean ${r.corpus.meanChars} chars, corpus ${r.corpus.hash}; ` +
      `clock ${r.timerResolutionMs * 1000} µs; fold alone p50 ${num(r.foldOnly.p50, 2)} µs, mean ${num(r.foldOnly.mean, 2)} µs`,
  );
  for (const s of r.sizes) {
    out.push('');
    out.push(
      `  ${s.patterns.toLocaleString('en-US')} patterns (${s.keywords} keywords): compile ${num(s.compileMs)} ms, snapshot ${kb(s.snapshotBytes)} ` +
        `(JSON ${kb(s.snapshotJsonBytes)}), load ${num(s.loadMs)} ms, heap compiled ${mb(s.heapCompiledBytes)} / loaded ${mb(s.heapLoadedBytes)}; ` +
        `${s.throughput.postsPerSec.toLocaleString('en-US')} posts/s (${num(s.throughput.mbPerSec)} MB/s); flagged ${s.flaggedPosts}, planted found ${s.plantedFound}/${s.plantedPosts}`,
    );
    const b = s.baselines;
    const rows: (string | number)[][] = [
      ['Firebreak fold + match', num(s.throughput.meanUs, 2), num(s.perPost.p50, 2), num(s.perPost.p99, 1), s.throughput.posts, num(s.compileMs), '1', '1', ''],
    ];
    for (const [name, e] of b
      ? ([
          ['(a) RegExp per keyword', b.regexLoop],
          ['(b) alternation RegExp', b.alternation],
          ['(c) modern-ahocorasick', b.modernAhocorasick],
        ] as const)
      : []) {
      rows.push([name, num(e.meanUs, 1), num(e.p50Us, 1), num(e.p99Us, 0), e.postsMeasured, num(e.compileMs), `${num(e.speedup)}×`, `${num(e.speedupMatchOnly)}×`, e.keySetMismatches]);
    }
    out.push(
      table(
        ['  engine', 'mean µs', 'p50 µs', 'p99 µs', 'posts', 'compile ms', 'speed-up', 'match-only', 'diff'],
        rows.map((r0) => ['  ' + r0[0], ...r0.slice(1)]),
        [26, 9, 8, 8, 6, 10, 9, 10, 5],
      ),
    );
    const floor = b?.modernAhocorasick.floorMeanUs;
    if (floor !== undefined)
      out.push(
        `  floor: a bare loop reading each code unit's fold-table entry and hashing words, on the same posts: ${num(floor, 2)} µs/post ` +
          `(modern-ahocorasick ÷ floor = ×${num(b!.modernAhocorasick.ceilingSpeedup ?? Number.NaN)}` +
          (b!.alternation.ceilingSpeedup !== undefined ? `, alternation ÷ floor = ×${num(b!.alternation.ceilingSpeedup)}` : '') +
          `: a fold + match that reads every code unit through the table cannot do better against them)`,
      );
  }
  const i = r.installed;
  if (i) {
    out.push('');
    out.push(
      `  with the shipped default pack under the first size (${i.patterns.toLocaleString('en-US')} patterns, as a user has them; not a budget): ` +
        `fold + match mean ${num(i.perPost.mean, 2)} µs, p50 ${num(i.perPost.p50, 2)} µs, p90 ${num(i.perPost.p90, 1)} µs, p99 ${num(i.perPost.p99, 1)} µs; flagged ${i.flaggedPosts}`,
    );
  }
  return out.join('\n');
}

export function renderText(r: BenchReport): string {
  const out: string[] = [];
  out.push(
    `Firebreak benchmark (${r.mode}) — ${r.startedAt}, ${(r.durationMs / 1000).toFixed(0)} s; ${r.machine.cpus} CPUs, ${r.machine.node}, ${r.machine.chromium ?? '–'}; ` +
      `load average ${r.machine.loadAvgStart.map((x) => x.toFixed(1)).join(' ')} → ${r.machine.loadAvgEnd.map((x) => x.toFixed(1)).join(' ')}`,
  );
  if (r.build) out.push(`build: ${r.build.reason}${r.build.built ? ` (${(r.build.ms / 1000).toFixed(1)} s)` : ''}`);
  if (r.matcher) {
    out.push(
      '',
      '== Matcher ==',
      'mean: best of alternating whole passes (Firebreak: all posts; baselines: the posts listed, Firebreak timed on the same posts for the ratio);',
      'p50/p99: per post, each post repeated for ≥ 0.2 ms (warm caches). speed-up: baseline ÷ Firebreak fold + match on the same posts;',
      "match-only: baseline ÷ Firebreak's automaton alone on the same folded text; diff: posts whose keyword set differs from Firebreak's.",
    );
    out.push('', matcherSection('Chromium', r.matcher.chromium));
    out.push('', matcherSection('Node', r.matcher.node));
  }
  if (r.page) {
    const p = r.page;
    const o = p.options;
    out.push('', '== Page scan (built extension, X fixture) ==');
    out.push(`${o.posts} posts appended in batches of ${o.batch} every ${o.delayMs} ms (every ${o.flaggedEvery}th flagged), ${o.patterns.toLocaleString('en-US')}-pattern pack + default pack; ${o.reps} run(s) each with Firebreak, without an extension and with the floor (a content script that reads and marks each post, nothing else)`);
    const rows = p.runs.map((x) => [
      x.variant === 'floor' ? 'floor' : x.withExtension ? 'with Firebreak' : 'without',
      x.insertToMark ? `${num(x.insertToMark.p50)} / ${num(x.insertToMark.p95)} / ${num(x.insertToMark.max)}` : '–',
      num(x.scriptingCpuMs),
      num(x.firebreakCpuMs),
      num(x.firebreakMs),
      num(x.profileScriptMs),
      `${x.longTasks} (${x.longTasksFirebreak})`,
      mb(x.heapAfterWorkloadBytes),
      x.coldStartMs === null ? '–' : num(x.coldStartMs),
    ]);
    out.push(
      table(
        ['run', 'insert→mark p50/p95/max ms', 'script CPU', 'FB CPU', 'FB sampled', 'sampled all', 'long tasks (FB)', 'heap', 'cold start ms'],
        rows,
        [15, 27, 10, 8, 10, 11, 15, 9, 13],
      ),
    );
    out.push(
      `scripting with/without ${num(p.scriptingRatio, 3)}× (median of the back-to-back pairs: ${(p.scriptingRatioPairs ?? []).map((x) => num(x, 3)).join(', ')}; ` +
        `CPU medians ${num(p.scriptingMsWith)} / ${num(p.scriptingMsWithout)} ms; sampled: ${num(p.scriptingRatioSampled, 3)}×); ` +
        `Firebreak ${num(p.firebreakCpuMs)} ms CPU in content-script calls, ${num(p.firebreakSampledMs)} ms sampled (${num(p.firebreakMsPerPost, 3)} ms/post); ` +
        `floor (read + mark only) ${num(p.floorScriptingRatio, 3)}× (pairs ${(p.floorScriptingRatioPairs ?? []).map((x) => num(x, 3)).join(', ')}; ${num(p.floorMsPerPost, 3)} ms/post); ` +
        `content-script heap ${num(p.heapMB, 2)} MB (after load ${num(p.heapAfterLoadMB, 2)} MB); cold start ${num(p.coldStartMs)} ms (navigation → first mark ${num(p.navToFirstMarkMs)} ms)`,
    );
    const top = p.runs.find((x) => x.withExtension)?.firebreakTop ?? [];
    if (top.length) out.push(`Firebreak self time, first run: ${top.slice(0, 8).map((t) => `${t.fn} ${t.ms} ms`).join('; ')}`);
  }
  if (r.import) {
    const i = r.import;
    out.push('', '== Pack import (built extension: Import clicked in the options page, one X tab open) ==');
    out.push(
      table(
        ['patterns', 'file', 'to listed ms', 'to flagged in X ms', 'text in message ms', 'long tasks options / X', 'max gap options / X ms'],
        i.runs.map((x) => [
          x.patterns.toLocaleString('en-US'),
          kb(x.fileBytes),
          num(x.ms),
          x.tabFlaggedMs === null ? '–' : num(x.tabFlaggedMs),
          x.textMessageMs === null ? '–' : num(x.textMessageMs),
          `${x.optionsPage.longTasks} / ${x.xTab.longTasks}`,
          `${Math.round(x.optionsPage.maxGapMs)} / ${Math.round(x.xTab.maxGapMs)}`,
        ]),
        [9, 9, 12, 18, 18, 22, 22],
      ),
    );
    if (i.phases.length) {
      out.push('Phases (same lib/ code in a plain Chromium page, real IndexedDB):');
      for (const ph of i.phases) {
        out.push(
          `  ${ph.patterns!.toLocaleString('en-US')}: ` +
            Object.entries(ph)
              .filter(([k]) => k.endsWith('Ms'))
              .map(([k, v]) => `${k.replace(/Ms$/, '')} ${num(v)}`)
              .join(', ') +
            ` ms; getSnapshot answer ${kb(ph.snapshotMessageBytes ?? 0)}`,
        );
      }
    }
  }
  out.push('', '== Budgets ==');
  out.push(
    table(
      ['budget', 'value', 'limit', 'status', 'details'],
      r.budgets.map((b) => [
        b.label,
        b.value === null ? '–' : `${num(b.value, b.unit === '×' || b.unit === 'µs/post' ? 2 : b.unit === '' ? 0 : 1)}${b.unit === '×' ? '×' : ''}`,
        `${b.op} ${b.limit}${b.unit === '×' ? '×' : ` ${b.unit}`}`,
        b.met === null ? 'not run' : b.met ? 'met' : 'MISSED',
        b.note,
      ]),
      [44, 9, 14, 7, 0],
    ),
  );
  if (r.errors.length) out.push('', 'Errors:', ...r.errors.map((e) => `  ${e}`));
  return out.join('\n');
}
