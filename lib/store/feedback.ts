// The `feedback` store: posts the user marked "Not a threat". Their ids are sent to content scripts,
// which keep those posts clear.
import type { FeedbackEntry } from '../messages';
import type { FirebreakDB } from './db';
import { abortQuietly, deleteRecord, failureCause, toStoreError } from './packs';

/** Longest excerpt kept, in characters (code points): enough to recognise the post, not an archive of it. */
export const EXCERPT_MAX = 280;

/** The first `max` code points of `text`, whitespace collapsed, with an ellipsis when cut. */
export function makeExcerpt(text: string, max = EXCERPT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  return chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/** Stores an entry; an existing entry for the same post is replaced (one entry per post). */
export async function putFeedback(db: FirebreakDB, entry: FeedbackEntry): Promise<FeedbackEntry> {
  const tx = db.transaction('feedback', 'readwrite');
  const pending: Promise<unknown>[] = [];
  try {
    const same = await tx.store.index('byPostId').getAllKeys(entry.postId);
    for (const key of same) if (key !== entry.id) pending.push(tx.store.delete(key));
    pending.push(tx.store.put(entry));
    await Promise.all([...pending, tx.done]);
    return entry;
  } catch (err) {
    // All or nothing: the old entry for this post stays when the new one cannot be written (storage full).
    abortQuietly(tx, pending);
    throw toStoreError(failureCause(err, tx), 'feedback');
  }
}

export async function getFeedbackByPost(db: FirebreakDB, postId: string): Promise<FeedbackEntry | undefined> {
  return (await db.getAllFromIndex('feedback', 'byPostId', postId))[0];
}

export function deleteFeedback(db: FirebreakDB, id: string): Promise<boolean> {
  return deleteRecord(db, 'feedback', id, 'remove-feedback');
}

/** Every entry, newest first. */
export async function listFeedback(db: FirebreakDB): Promise<FeedbackEntry[]> {
  const all = await db.getAll('feedback');
  return all.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Post ids the user dismissed, without duplicates. */
export async function dismissedPostIds(db: FirebreakDB): Promise<string[]> {
  const ids = new Set<string>();
  let cursor = await db.transaction('feedback').store.index('byPostId').openKeyCursor();
  while (cursor) {
    ids.add(cursor.key);
    cursor = await cursor.continue();
  }
  return [...ids];
}
