import { syntheticPack } from './corpus';
import { compileMatcher } from '../../lib/match/matcher';
for (const n of [10_000, 50_000]) {
  const sp = syntheticPack(n);
  const m = compileMatcher(sp.patterns);
  const parts = m.snapshotParts();
  const json = JSON.stringify(parts.header.meta);
  const fields = Object.fromEntries(Object.entries(parts.header.meta).map(([k, v]) => [k, JSON.stringify(v).length]));
  let t = performance.now();
  for (let i = 0; i < 5; i++) JSON.parse(json);
  const parse = (performance.now() - t) / 5;
  t = performance.now();
  for (let i = 0; i < 5; i++) structuredClone(parts.header.meta);
  const sc = (performance.now() - t) / 5;
  console.log(n, 'meta json chars', json.length, 'bytes', parts.bytes.length, 'parse ms', parse.toFixed(1), 'clone ms', sc.toFixed(1), fields);
}
import { loadMatcherBytes } from '../../lib/match/matcher';
for (const n of [10_000, 50_000]) {
  const sp = syntheticPack(n);
  const m = compileMatcher(sp.patterns);
  const parts = m.snapshotParts();
  for (let k = 0; k < 4; k++) {
    const meta = JSON.parse(JSON.stringify(parts.header.meta));
    const t = performance.now();
    const lm = loadMatcherBytes({ ...parts.header, meta, data: '' } as any, parts.bytes.slice());
    const t1 = performance.now();
    lm.match('hello world this is a test of the matcher');
    console.log(n, 'load ms', (t1 - t).toFixed(1), 'first match', (performance.now() - t1).toFixed(1));
  }
}
