// "Not a threat" feedback: stores what the user dismissed (post id, site, link, author, a short excerpt, the
// patterns that fired), lists and removes it. After every change the tabs are told to fetch the snapshot
// again, so the dismissed post clears (or is marked again) everywhere.
import type { FeedbackEntry } from '../messages';
import type { PostData } from '../types';
import { deleteFeedback, getFeedbackByPost, listFeedback, makeExcerpt, putFeedback } from '../store/feedback';
import type { BackgroundEnv } from './env';
import { boundedString, httpsUrlOrNull, newId } from './util';

export const MAX_PATTERN_IDS = 100;

export class FeedbackService {
  constructor(
    private readonly env: BackgroundEnv,
    /** Called after every change (broadcasts snapshotChanged). */
    private readonly onChange: () => Promise<void>,
  ) {}

  async add(data: { post: PostData; patternIds: string[] }): Promise<FeedbackEntry> {
    const post = data?.post;
    const postId = boundedString(post?.id, 256);
    if (!post || !postId) throw new Error('This post has no id; it cannot be marked.');
    if (post.site !== 'x' && post.site !== 'facebook') throw new Error('Unknown site.');
    const db = await this.env.db();
    const existing = await getFeedbackByPost(db, postId);
    const author = boundedString(post.author?.handle, 200) || boundedString(post.author?.name, 200) || '';
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
    };
    await putFeedback(db, entry);
    await this.onChange();
    return entry;
  }

  /** Removes an entry by its id; a post id is accepted too (a reloaded page knows only that). */
  async remove(idOrPostId: string): Promise<void> {
    const db = await this.env.db();
    let removed = await deleteFeedback(db, idOrPostId);
    if (!removed) {
      const byPost = await getFeedbackByPost(db, idOrPostId);
      if (byPost) removed = await deleteFeedback(db, byPost.id);
    }
    if (removed) await this.onChange();
  }

  async list(): Promise<FeedbackEntry[]> {
    return listFeedback(await this.env.db());
  }
}
