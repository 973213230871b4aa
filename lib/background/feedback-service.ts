// "Not a threat" feedback: stores what the user dismissed (post id, site, link, author, a short excerpt, the
// patterns that fired), lists and removes it. A post read under several ids (its permalink appeared, its copy in a
// dialog) has an entry per id, grouped: the user sees one decision and undoes it whole. After every change the tabs
// are told to fetch the snapshot again, so the dismissed post clears (or is marked again) everywhere.
import type { FeedbackEntry } from '../messages';
import type { PostData } from '../types';
import { deleteFeedback, getFeedbackByPost, listFeedback, makeExcerpt, putFeedback } from '../store/feedback';
import type { BackgroundEnv } from './env';
import { boundedString, httpsUrlOrNull, newId } from './util';

export const MAX_PATTERN_IDS = 100;

export class FeedbackService {
  /** Changes, one at a time: a decision carried to a post's next id must find the entry it continues stored. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly env: BackgroundEnv,
    /** Called after every change (broadcasts snapshotChanged). */
    private readonly onChange: () => Promise<void>,
  ) {}

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  add(data: { post: PostData; patternIds: string[]; sameAs?: string }): Promise<FeedbackEntry> {
    return this.serial(() => this.addNow(data));
  }

  /**
   * Removes a decision by an entry id, with the other entries of its group; a post id is accepted too (a reloaded
   * page knows only that).
   */
  remove(idOrPostId: string): Promise<void> {
    return this.serial(() => this.removeNow(idOrPostId));
  }

  private async addNow(data: { post: PostData; patternIds: string[]; sameAs?: string }): Promise<FeedbackEntry> {
    const post = data?.post;
    const postId = boundedString(post?.id, 256);
    if (!post || !postId) throw new Error('This post has no id; it cannot be marked.');
    if (post.site !== 'x' && post.site !== 'facebook') throw new Error('Unknown site.');
    const db = await this.env.db();
    const existing = await getFeedbackByPost(db, postId);
    const sameAs = boundedString(data.sameAs, 256);
    const first = sameAs && sameAs !== postId ? await getFeedbackByPost(db, sameAs) : undefined;
    const group = existing?.group ?? (first ? (first.group ?? first.id) : undefined);
    // Who wrote it, as the user knows them: the @handle on X; on Facebook the name (its "handle" is a number there).
    const handle = boundedString(post.author?.handle, 200);
    const name = boundedString(post.author?.name, 200);
    const author = (post.site === 'facebook' ? name || handle : handle || name) || '';
    const entry: FeedbackEntry = {
      id: existing?.id ?? newId(),
      postId,
      site: post.site,
      url: httpsUrlOrNull(post.url),
      author,
      excerpt: makeExcerpt(typeof post.text === 'string' ? post.text : ''),
      patternIds: (Array.isArray(data.patternIds) ? data.patternIds : [])
        .filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 256)
        .slice(0, MAX_PATTERN_IDS),
      at: this.env.now().toISOString(),
      ...(group !== undefined && group !== (existing?.id ?? '') ? { group } : {}),
    };
    await putFeedback(db, entry);
    await this.onChange();
    return entry;
  }

  private async removeNow(idOrPostId: string): Promise<void> {
    const db = await this.env.db();
    const all = await listFeedback(db);
    const entry = all.find((e) => e.id === idOrPostId) ?? all.find((e) => e.postId === idOrPostId);
    if (!entry) return;
    const group = entry.group ?? entry.id;
    let removed = false;
    for (const e of all) if (e.id === group || (e.group ?? e.id) === group) removed = (await deleteFeedback(db, e.id)) || removed;
    if (removed) await this.onChange();
  }

  /**
   * Every decision, newest first: one per group, shown by its entry with a link (else its newest), under the group's
   * id, so that removing it removes the group.
   */
  async list(): Promise<FeedbackEntry[]> {
    const groups = new Map<string, FeedbackEntry[]>();
    for (const e of await listFeedback(await this.env.db())) {
      const key = e.group ?? e.id;
      const list = groups.get(key);
      if (list) list.push(e);
      else groups.set(key, [e]);
    }
    return [...groups.values()].map((members) => {
      const { group: _group, ...shown } = members.find((e) => e.url !== null) ?? members[0]!;
      return shown;
    });
  }
}
