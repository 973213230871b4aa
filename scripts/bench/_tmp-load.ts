import { syntheticPack } from './corpus';
import { compileMatcher, loadMatcherBytes } from '../../lib/match/matcher';
const sp = syntheticPack(50_000);
const m = compileMatcher(sp.patterns);
const parts = m.snapshotParts();
const metaJson = JSON.stringify(parts.header.meta);
const t0 = performance.now();
for (let k = 0; k < 30; k++) {
  const meta = JSON.parse(metaJson);
  loadMatcherBytes({ ...parts.header, meta, data: '' } as any, parts.bytes.slice());
}
console.log('done', (performance.now() - t0) / 30);
