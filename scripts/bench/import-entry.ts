// In-page entry for the import phase breakdown (bundled by import.ts): the background's import pipeline, step by
// step, with the same lib/ code and Chromium's real IndexedDB, in a plain page: parse + validate (parsePack),
// install in one transaction (installPack), read the enabled patterns back (listPatternRecords), compile
// (packToMatcherPatterns + compileMatcher), snapshot (toWireSnapshot: deflate + base64), write the snapshot cache,
// and the JSON size of the getSnapshot answer every open tab then loads. Exposes window.__firebreakImport.run(n).
import { compileMatcher } from '../../lib/match/matcher';
import { parsePack } from '../../lib/pack/validate';
import { packToMatcherPatterns } from '../../lib/pack/to-matcher';
import { openFirebreakDB } from '../../lib/store/db';
import { installPack, listPatternRecords } from '../../lib/store/packs';
import { writeSnapshotCache } from '../../lib/store/snapshot-cache';
import { toWireSnapshot } from '../../lib/background/snapshot-wire';
import { syntheticPack } from './corpus';

async function run(n: number): Promise<Record<string, number>> {
  const text = JSON.stringify(syntheticPack(n, { id: `bench.phases.n${n}` }).pack);
  const name = `firebreak-bench-${n}-${Date.now()}`;
  const out: Record<string, number> = { fileBytes: text.length };
  let t = performance.now();
  const lap = (k: string): void => {
    const now = performance.now();
    out[k] = Math.round((now - t) * 10) / 10;
    t = now;
  };
  const parsed = parsePack(text);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message ?? 'invalid');
  lap('parsePackMs');
  const db = await openFirebreakDB({ name });
  lap('openDbMs');
  await installPack(db, parsed.pack, text, { source: 'bench' });
  lap('installPackMs');
  const records = await listPatternRecords(db, parsed.pack.id);
  lap('readBackMs');
  const patterns = packToMatcherPatterns({ id: parsed.pack.id, patterns: records.map((r) => r.pattern) });
  const matcher = compileMatcher(patterns);
  lap('compileMs');
  const snapshot = await toWireSnapshot(matcher.snapshotParts());
  lap('toSnapshotMs');
  await writeSnapshotCache(db, { version: 'bench', snapshot, builtAt: new Date().toISOString() });
  lap('writeSnapshotCacheMs');
  const json = JSON.stringify({ version: 'bench', snapshot, dismissed: [], siteProfiles: {} });
  lap('serializeSnapshotMs');
  out.snapshotMessageBytes = json.length;
  db.close();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
  return out;
}

(globalThis as unknown as { __firebreakImport: { run: typeof run } }).__firebreakImport = { run };
