// Pack files handed from an extension page to the background through IndexedDB instead of a message. Chromium's
// runtime messaging serialises a message's text and carries it between processes at about 140 ns per character: a
// 2.7 MB pack file (10,000 patterns) took 380 ms to reach the background, and the options page sent it twice (the
// preview, then the import). Written to this database by the page (about 55 ms) and read by the background (about
// 30 ms), only a short id crosses the messaging boundary. A database of its own ('firebreak-staging', one store):
// the options page opens it for a moment, never the main database, whose upgrades it would otherwise hold up.
// Both sides are the extension's origin; a content script cannot reach it. Files are removed once imported, when
// the page lets them go, and by the background's sweep of files left behind (a closed tab).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const STAGING_DB_NAME = 'firebreak-staging';
const STORE = 'files';

/** A file left this long is swept away at the background's next start (its page resends the text if it needs it). */
export const STAGED_MAX_AGE_MS = 60 * 60 * 1000;

export interface StagedFile {
  id: string;
  text: string;
  /** When it was staged (ms since the epoch). */
  at: number;
}

interface StagingSchema extends DBSchema {
  files: { key: string; value: StagedFile };
}

export interface StagingOptions {
  /** Database name; tests use one per case. */
  name?: string;
  now?: () => number;
}

async function withStaging<T>(opts: StagingOptions, run: (db: IDBPDatabase<StagingSchema>) => Promise<T>): Promise<T> {
  const db = await openDB<StagingSchema>(opts.name ?? STAGING_DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore(STORE, { keyPath: 'id' });
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase | null)?.close();
    },
  });
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

/** Stores `text` and resolves to the id the background reads it by. */
export async function stageText(text: string, opts: StagingOptions = {}): Promise<string> {
  const id = crypto.randomUUID();
  const at = (opts.now ?? Date.now)();
  await withStaging(opts, (db) => db.put(STORE, { id, text, at }));
  return id;
}

/** The staged text, or null when there is none by that id (taken already, swept, or never staged). */
export async function readStaged(id: string, opts: StagingOptions = {}): Promise<string | null> {
  if (typeof id !== 'string' || id === '') return null;
  const rec = await withStaging(opts, (db) => db.get(STORE, id));
  return typeof rec?.text === 'string' ? rec.text : null;
}

/** Removes one staged file (nothing happens when it is gone already). */
export async function dropStaged(id: string, opts: StagingOptions = {}): Promise<void> {
  if (typeof id !== 'string' || id === '') return;
  await withStaging(opts, (db) => db.delete(STORE, id));
}

/** Removes the files staged more than `maxAgeMs` ago; resolves to how many went. */
export async function sweepStaged(maxAgeMs = STAGED_MAX_AGE_MS, opts: StagingOptions = {}): Promise<number> {
  const limit = (opts.now ?? Date.now)() - maxAgeMs;
  return withStaging(opts, async (db) => {
    const tx = db.transaction(STORE, 'readwrite');
    let removed = 0;
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      const at = cursor.value.at;
      if (!(typeof at === 'number' && at >= limit)) {
        await cursor.delete();
        removed++;
      }
    }
    await tx.done;
    return removed;
  });
}
