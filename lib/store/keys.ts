// The `keys` store: publisher keys the user added for pack signatures. The built-in publisher key ships in
// the extension (public/keys/) and is never stored here, so an update of the extension can rotate it.
import type { FirebreakDB, TrustedKeyRecord } from './db';
import { abortQuietly, deleteRecord, failureCause, toStoreError } from './packs';

export async function listStoredKeys(db: FirebreakDB): Promise<TrustedKeyRecord[]> {
  const all = await db.getAll('keys');
  return all.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
}

/** Adds a key; adding the same public key again returns the stored record unchanged. */
export async function addStoredKey(db: FirebreakDB, rec: TrustedKeyRecord): Promise<TrustedKeyRecord> {
  const tx = db.transaction('keys', 'readwrite');
  try {
    let existing: TrustedKeyRecord | undefined;
    let cursor = await tx.store.openCursor();
    while (cursor) {
      if (cursor.value.publicKeyB64 === rec.publicKeyB64) existing = cursor.value;
      cursor = await cursor.continue();
    }
    if (!existing) await tx.store.put(rec);
    await tx.done;
    return existing ?? rec;
  } catch (err) {
    abortQuietly(tx, []);
    throw toStoreError(failureCause(err, tx), 'trust-key');
  }
}

export function deleteStoredKey(db: FirebreakDB, id: string): Promise<boolean> {
  return deleteRecord(db, 'keys', id, 'remove-key');
}
