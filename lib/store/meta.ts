// The `meta` store: small key-value records about the database itself (which default pack version was
// installed, the fold/format versions the cached snapshot was built with, ...).
import type { FirebreakDB } from './db';

/** Keys of the `meta` store. */
export const META_KEYS = {
  /** Cached matcher snapshot: see snapshot-cache.ts. */
  snapshot: 'snapshot',
  /** Version string of the shipped default pack last installed or upgraded. */
  defaultPackVersion: 'defaultPackVersion',
  /** { db, fold, format } versions last seen by this database, for diagnostics and future migrations. */
  versions: 'versions',
} as const;

export type MetaKey = (typeof META_KEYS)[keyof typeof META_KEYS];

export async function getMeta<T>(db: FirebreakDB, key: MetaKey): Promise<T | undefined> {
  return (await db.get('meta', key)) as T | undefined;
}

export async function setMeta(db: FirebreakDB, key: MetaKey, value: unknown): Promise<void> {
  await db.put('meta', value, key);
}

export async function deleteMeta(db: FirebreakDB, key: MetaKey): Promise<void> {
  await db.delete('meta', key);
}
