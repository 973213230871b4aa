// Golden-corpus harness (after uBlock Origin's dig/snfe.js record / compare / maxcost): `--record out.json` runs the
// matcher in Node over the synthetic corpus and writes, per post, the matched pattern ids and the fold + match
// time; `--compare a.json b.json` lists the posts whose matches differ, the 20 costliest posts, and the time
// deltas, so a change in what matches or in speed shows at once. The corpus is rebuilt from the seed recorded in
// the file (its hash is checked), so records stay small: ids and µs only.
import { readFileSync, writeFileSync } from 'node:fs';
import { runMatcherNode } from './matcher-node';
import { DEFAULT_SEED, syntheticCorpus } from './corpus';
import { round, summarize } from './stats';

export interface GoldenFile {
  tool: 'firebreak-bench-golden';
  version: 1;
  createdAt: string;
  runtime: string;
  seed: number;
  patterns: number;
  corpusHash: string;
  packHash: string;
  posts: { ids: string[]; us: number }[];
  totals: { posts: number; flagged: number; meanUs: number; p50Us: number; p99Us: number; totalMs: number };
}

export async function recordGolden(
  file: string,
  opts: { patterns: number; posts: number; seed?: number },
  log: (msg: string) => void,
): Promise<GoldenFile> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const res = await runMatcherNode(
    { sizes: [opts.patterns], posts: opts.posts, seed, minBlockMs: 0.2, baselineCapMs: 1, baselineMaxPosts: 1, recordPosts: true },
    log,
  );
  const rows = res.golden ?? [];
  const s = summarize(rows.map((r) => r.us));
  const size = res.sizes[0]!;
  const out: GoldenFile = {
    tool: 'firebreak-bench-golden',
    version: 1,
    createdAt: new Date().toISOString(),
    runtime: res.runtime,
    seed,
    patterns: opts.patterns,
    corpusHash: res.corpus.hash,
    packHash: size.packHash,
    posts: rows,
    totals: {
      posts: rows.length,
      flagged: rows.filter((r) => r.ids.length > 0).length,
      meanUs: round(s.mean, 3),
      p50Us: round(s.p50, 3),
      p99Us: round(s.p99, 2),
      totalMs: round(s.sum / 1000, 1),
    },
  };
  writeFileSync(file, JSON.stringify(out));
  log(`[golden] recorded ${rows.length} posts to ${file}`);
  return out;
}

export interface GoldenComparison {
  a: string;
  b: string;
  sameCorpus: boolean;
  samePack: boolean;
  posts: number;
  changed: { post: number; a: string[]; b: string[]; excerpt: string }[];
  costliest: { post: number; aUs: number; bUs: number; chars: number; excerpt: string }[];
  time: { a: GoldenFile['totals']; b: GoldenFile['totals']; meanRatio: number; p50Ratio: number; p99Ratio: number; totalDeltaMs: number };
}

function load(file: string): GoldenFile {
  const g = JSON.parse(readFileSync(file, 'utf8')) as GoldenFile;
  if (g.tool !== 'firebreak-bench-golden') throw new Error(`${file} is not a golden record of this benchmark`);
  return g;
}

export function compareGolden(fileA: string, fileB: string): GoldenComparison {
  const a = load(fileA);
  const b = load(fileB);
  const n = Math.min(a.posts.length, b.posts.length);
  const corpus = syntheticCorpus(Math.max(a.posts.length, b.posts.length), b.seed);
  const excerpt = (i: number): string => (corpus.posts[i]?.text ?? '').replace(/\s+/g, ' ').slice(0, 80);
  const changed: GoldenComparison['changed'] = [];
  for (let i = 0; i < n; i++) {
    const x = [...a.posts[i]!.ids].sort().join(',');
    const y = [...b.posts[i]!.ids].sort().join(',');
    if (x !== y) changed.push({ post: i, a: a.posts[i]!.ids, b: b.posts[i]!.ids, excerpt: excerpt(i) });
  }
  const order = b.posts.map((p, i) => ({ i, us: p.us })).sort((x, y) => y.us - x.us);
  const costliest = order.slice(0, 20).map(({ i, us }) => ({
    post: i,
    aUs: a.posts[i]?.us ?? Number.NaN,
    bUs: us,
    chars: corpus.posts[i]?.text.length ?? 0,
    excerpt: excerpt(i),
  }));
  return {
    a: fileA,
    b: fileB,
    sameCorpus: a.corpusHash === b.corpusHash,
    samePack: a.packHash === b.packHash,
    posts: n,
    changed,
    costliest,
    time: {
      a: a.totals,
      b: b.totals,
      meanRatio: round(b.totals.meanUs / a.totals.meanUs, 3),
      p50Ratio: round(b.totals.p50Us / a.totals.p50Us, 3),
      p99Ratio: round(b.totals.p99Us / a.totals.p99Us, 3),
      totalDeltaMs: round(b.totals.totalMs - a.totals.totalMs, 1),
    },
  };
}

export function renderComparison(c: GoldenComparison): string {
  const out: string[] = [];
  out.push(`Golden comparison: ${c.a} → ${c.b} (${c.posts} posts)`);
  if (!c.sameCorpus) out.push('WARNING: the two records were made on different corpora (posts are compared by index).');
  if (!c.samePack) out.push('Note: the pattern packs differ (different size or seed).');
  const t = c.time;
  out.push(
    `time per post: mean ${t.a.meanUs} → ${t.b.meanUs} µs (×${t.meanRatio}), p50 ${t.a.p50Us} → ${t.b.p50Us} µs (×${t.p50Ratio}), ` +
      `p99 ${t.a.p99Us} → ${t.b.p99Us} µs (×${t.p99Ratio}); total ${t.a.totalMs} → ${t.b.totalMs} ms (${t.totalDeltaMs >= 0 ? '+' : ''}${t.totalDeltaMs} ms)`,
  );
  out.push(`flagged posts: ${t.a.flagged} → ${t.b.flagged}`);
  out.push('', `Posts whose matches differ: ${c.changed.length}`);
  for (const x of c.changed.slice(0, 50)) out.push(`  #${x.post}: [${x.a.join(', ')}] → [${x.b.join(', ')}]  ${x.excerpt}`);
  if (c.changed.length > 50) out.push(`  … and ${c.changed.length - 50} more (see --json)`);
  out.push('', 'Costliest posts (second record):');
  for (const x of c.costliest) out.push(`  #${String(x.post).padEnd(5)} ${String(x.bUs).padStart(9)} µs (was ${x.aUs} µs), ${x.chars} chars  ${x.excerpt}`);
  return out.join('\n');
}
