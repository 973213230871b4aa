// The matcher snapshot cache in `meta`: a restarted service worker reads the compiled snapshot instead of
// compiling the enabled packs again. The version says what it was built from (see lib/background/snapshot.ts).
import type { WireSnapshot } from '../messages';
import type { FirebreakDB } from './db';
import { META_KEYS, deleteMeta, getMeta, setMeta } from './meta';

export interface CachedSnapshot {
  version: string;
  /** As the tabs get it, its buffer deflated; null when no pattern is enabled. */
  snapshot: WireSnapshot | null;
  builtAt: string;
}

export async function readSnapshotCache(db: FirebreakDB): Promise<CachedSnapshot | undefined> {
  const v = await getMeta<CachedSnapshot>(db, META_KEYS.snapshot);
  return v && typeof v === 'object' && typeof v.version === 'string' ? v : undefined;
}

export async function writeSnapshotCache(db: FirebreakDB, value: CachedSnapshot): Promise<void> {
  await setMeta(db, META_KEYS.snapshot, value);
}

export async function clearSnapshotCache(db: FirebreakDB): Promise<void> {
  await deleteMeta(db, META_KEYS.snapshot);
}
