// The local "My patterns" pack (id 'local.my-patterns'): the user's own phrases, stored as a pack like any
// other so the snapshot, export and context lookups treat it the same. Every change bumps its version in the
// same transaction, so the matcher snapshot is rebuilt.
import { PACK_SCHEMA_VERSION, type PackPattern } from '../pack/schema';
import { LANGS } from '../types';
import type { IDBPObjectStore } from 'idb';
import type { FirebreakDB, FirebreakDBSchema, PackHeader, PackRecord, PatternRecord } from './db';
import { abortQuietly, CUSTOM_PACK_ID, failureCause, packKeyRange, toStoreError, type StoreAction } from './packs';

export const CUSTOM_PACK_NAME = 'My patterns';
export const CUSTOM_PACK_START_VERSION = '1.0.0';

/** The next patch version ('1.0.41' → '1.0.42'); the minor rolls over before the format's 9-digit limit. */
export function bumpVersion(version: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) return CUSTOM_PACK_START_VERSION;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return patch >= 999_999_999 ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

export function customPackHeader(version: string, now: Date): PackHeader {
  return {
    schemaVersion: PACK_SCHEMA_VERSION,
    id: CUSTOM_PACK_ID,
    name: CUSTOM_PACK_NAME,
    version,
    publisher: { name: 'You (this browser)' },
    description: 'Phrases you added yourself in Firebreak. They stay in this browser unless you export them.',
    languages: [...LANGS],
    updated: now.toISOString().slice(0, 10),
  } as PackHeader;
}

function newCustomRecord(now: Date): PackRecord {
  const iso = now.toISOString();
  return {
    id: CUSTOM_PACK_ID,
    name: CUSTOM_PACK_NAME,
    version: CUSTOM_PACK_START_VERSION,
    publisher: 'You (this browser)',
    description: null,
    header: customPackHeader(CUSTOM_PACK_START_VERSION, now),
    raw: null,
    patternCount: 0,
    contextCount: 0,
    enabled: true,
    builtIn: false,
    custom: true,
    installedAt: iso,
    updatedAt: iso,
    subscription: null,
    signedBy: null,
    source: 'custom',
  };
}

/** Creates the empty custom pack when it is missing; returns its record. */
export async function ensureCustomPack(db: FirebreakDB, now = new Date()): Promise<PackRecord> {
  const tx = db.transaction('packs', 'readwrite');
  try {
    let rec = await tx.store.get(CUSTOM_PACK_ID);
    if (!rec) {
      rec = newCustomRecord(now);
      await tx.store.put(rec);
    }
    await tx.done;
    return rec;
  } catch (err) {
    abortQuietly(tx, []);
    throw toStoreError(failureCause(err, tx), 'create-custom');
  }
}

export async function listCustomPatternRecords(db: FirebreakDB): Promise<PatternRecord[]> {
  return db.getAll('patterns', packKeyRange(CUSTOM_PACK_ID));
}

type PatternStore = IDBPObjectStore<FirebreakDBSchema, ('packs' | 'patterns')[], 'patterns', 'readwrite'>;

/** Changes the custom pack's patterns and bumps its version, in one transaction. */
async function changeCustom(
  db: FirebreakDB,
  now: Date,
  change: (patterns: PatternStore) => Promise<boolean>,
  action: StoreAction = 'save-pattern',
): Promise<{ record: PackRecord; changed: boolean }> {
  const tx = db.transaction(['packs', 'patterns'], 'readwrite');
  const pending: Promise<unknown>[] = [];
  try {
    const packs = tx.objectStore('packs');
    const patterns = tx.objectStore('patterns');
    const rec = (await packs.get(CUSTOM_PACK_ID)) ?? newCustomRecord(now);
    const changed = await change(patterns);
    if (!changed) {
      await tx.done;
      return { record: rec, changed };
    }
    const count = await patterns.count(packKeyRange(CUSTOM_PACK_ID));
    const version = bumpVersion(rec.version);
    const next: PackRecord = {
      ...rec,
      version,
      header: { ...customPackHeader(version, now), ...pickHeaderExtras(rec.header), version, updated: now.toISOString().slice(0, 10) },
      patternCount: count,
      updatedAt: now.toISOString(),
    };
    pending.push(packs.put(next));
    await Promise.all([...pending, tx.done]);
    return { record: next, changed };
  } catch (err) {
    abortQuietly(tx, pending);
    throw toStoreError(failureCause(err, tx), action);
  }
}

/** Keeps header fields an imported "My patterns" file may have set (name stays fixed). */
function pickHeaderExtras(h: PackHeader): Partial<PackHeader> {
  return h.description !== undefined ? { description: h.description } : {};
}

/** Adds or replaces a custom pattern (with the user's note) and bumps the pack version. */
export async function putCustomPattern(db: FirebreakDB, pattern: PackPattern, note: string | undefined, now = new Date()): Promise<PackRecord> {
  const { record } = await changeCustom(db, now, async (store) => {
    const rec: PatternRecord = { packId: CUSTOM_PACK_ID, id: pattern.id, pattern };
    if (note) rec.note = note;
    await store.put(rec);
    return true;
  });
  return record;
}

/**
 * Adds patterns to the custom pack (a "My patterns" file restored or brought from another browser), in one
 * transaction and one version bump; none of the user's patterns is removed or replaced (the caller gives ids that
 * are not taken).
 */
export async function addCustomPatterns(db: FirebreakDB, patterns: readonly PackPattern[], now = new Date()): Promise<PackRecord> {
  const { record } = await changeCustom(db, now, async (store) => {
    for (const { note, ...pattern } of patterns) {
      // A file's note on a phrase becomes the phrase's note in My patterns, as one typed in the form.
      const rec: PatternRecord = { packId: CUSTOM_PACK_ID, id: pattern.id, pattern };
      if (note) rec.note = note;
      await store.add(rec);
    }
    return patterns.length > 0;
  });
  return record;
}

/** Deletes a custom pattern; false when there was none with that id. */
export async function deleteCustomPattern(db: FirebreakDB, id: string, now = new Date()): Promise<boolean> {
  const { changed } = await changeCustom(db, now, async (store) => {
    const key: [string, string] = [CUSTOM_PACK_ID, id];
    if ((await store.getKey(key)) === undefined) return false;
    await store.delete(key);
    return true;
  }, 'remove-pattern');
  return changed;
}
