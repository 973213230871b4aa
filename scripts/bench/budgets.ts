// The speed budgets of issue "Speed: benchmarks against baselines in one run, and the budgets met", checked against
// the figures of one run. Printed by the benchmark (never test assertions): each says met / MISSED / not run, and
// what falls short.
//
// Speed-ups: the budget figure is Firebreak's fold + match against a baseline that is handed text already folded
// (conservative). The match-only ratio (Firebreak's automaton on the same folded text) is shown next to it.
import type { BenchReport } from './report';

export interface Budget {
  id: string;
  label: string;
  /** null when the part was not run. */
  value: number | null;
  limit: number;
  op: '<=' | '>=' | '==';
  unit: string;
  met: boolean | null;
  /** Why it falls short, or a remark. */
  note: string;
}

function check(value: number | null | undefined, op: Budget['op'], limit: number): boolean | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return op === '<=' ? value <= limit : op === '>=' ? value >= limit : value === limit;
}

export function evaluateBudgets(r: BenchReport): Budget[] {
  const out: Budget[] = [];
  const add = (b: Omit<Budget, 'met'>): void => {
    out.push({ ...b, met: check(b.value, b.op, b.limit) });
  };
  const m = r.matcher;
  const mo = m?.chromium10k?.baselines;
  add({
    id: 'matcher.p50',
    label: 'fold + match p50, 10,000 patterns, Chromium',
    value: m?.p50MicrosPerPost ?? null,
    limit: 10,
    op: '<=',
    unit: 'µs/post',
    note: m ? `p99 ${m.chromium10k?.perPost.p99} µs; Node p50 ${m.node10k?.perPost.p50 ?? '–'} µs` : '',
  });
  add({
    id: 'matcher.vsRegexLoop',
    label: 'speed-up vs one RegExp per pattern',
    value: m?.speedupVsRegexLoop ?? null,
    limit: 100,
    op: '>=',
    unit: '×',
    note: mo ? `match-only ${mo.regexLoop.speedupMatchOnly}×; ${mo.regexLoop.postsMeasured} posts` : '',
  });
  add({
    id: 'matcher.vsAlternation',
    label: 'speed-up vs one alternation RegExp',
    value: m?.speedupVsAlternation ?? null,
    limit: 5,
    op: '>=',
    unit: '×',
    note: mo
      ? `match-only ${mo.alternation.speedupMatchOnly}×; source ${mo.alternation.sourceChars} chars` +
        (mo.alternation.floorMeanUs !== undefined
          ? `; a bare loop reading each code unit's fold-table entry takes ${mo.alternation.floorMeanUs} µs/post on its posts: ` +
            `a fold + match reading every code unit through it cannot pass ×${mo.alternation.ceilingSpeedup}`
          : '')
      : '',
  });
  add({
    id: 'matcher.vsModernAhocorasick',
    label: 'speed-up vs modern-ahocorasick',
    value: m?.speedupVsModernAhocorasick ?? null,
    limit: 20,
    op: '>=',
    unit: '×',
    note: mo
      ? `match-only ${mo.modernAhocorasick.speedupMatchOnly}×; p50 ratio ${mo.modernAhocorasick.speedupP50}×` +
        (mo.modernAhocorasick.floorMeanUs !== undefined
          ? `; a bare loop reading each code unit's fold-table entry takes ${mo.modernAhocorasick.floorMeanUs} µs/post here: ` +
            `a fold + match reading every code unit through it cannot pass ×${mo.modernAhocorasick.ceilingSpeedup}`
          : '')
      : '',
  });
  const p = r.page;
  add({
    id: 'page.insertToMarkP95',
    label: 'insertion → mark p95',
    value: p?.insertToMarkP95Ms ?? null,
    limit: 50,
    op: '<=',
    unit: 'ms',
    note: p
      ? `p50 ${p.insertToMarkP50Ms} ms, max ${p.insertToMarkMaxMs} ms; baseline without Firebreak, insertion → the page's next task: p50 ${p.insertToTaskP50MsWithout} / p95 ${p.insertToTaskP95MsWithout} ms`
      : '',
  });
  add({
    id: 'page.longTasks',
    label: 'long tasks caused by Firebreak',
    value: p?.longTasks ?? null,
    limit: 0,
    op: '==',
    unit: '',
    note: p ? `long tasks in runs with / without: ${p.longTasksTotalWith} / ${p.longTasksTotalWithout}` : '',
  });
  add({
    id: 'page.scriptingRatio',
    label: 'page scripting with / without Firebreak',
    value: p?.scriptingRatio ?? null,
    limit: 1.05,
    op: '<=',
    unit: '×',
    note: p
      ? `median of ${(p.scriptingRatioPairs ?? []).length} back-to-back pairs (${(p.scriptingRatioPairs ?? []).join(', ')}); scripting CPU medians ${p.scriptingMsWith} / ${p.scriptingMsWithout} ms (sampled ratio ${p.scriptingRatioSampled}×); Firebreak ${p.firebreakCpuMs} ms CPU = ${p.firebreakMsPerPost} ms/post; the floor, a content script that only reads and marks each post: ${p.floorScriptingRatio}× (${p.floorMsPerPost} ms/post)`
      : '',
  });
  add({
    id: 'page.heap',
    label: 'content-script heap, 10,000 patterns',
    value: p?.heapMB ?? null,
    limit: 10,
    op: '<=',
    unit: 'MB',
    note: p ? `after load ${p.heapAfterLoadMB} MB` : '',
  });
  const i = r.import;
  add({
    id: 'import.ms10k',
    label: '10,000-pattern import',
    value: i?.ms10k ?? null,
    limit: 1000,
    op: '<=',
    unit: 'ms',
    note: i
      ? `Import clicked → listed; open X tab flagging with it after ${i.runs.map((x) => `${x.tabFlaggedMs ?? '–'} ms (${x.patterns})`).join(', ')}; 50,000: ${i.ms50k ?? '–'} ms`
      : '',
  });
  add({
    id: 'import.longTasks',
    label: 'long tasks in pages during imports',
    value: i?.longTasks ?? null,
    limit: 0,
    op: '==',
    unit: '',
    note: i ? `heartbeat max gap: ${i.runs.map((x) => `${x.patterns}: options ${Math.round(x.optionsPage.maxGapMs)} / X ${Math.round(x.xTab.maxGapMs)} ms`).join('; ')}` : '',
  });
  return out;
}
