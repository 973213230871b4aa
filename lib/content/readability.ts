// Whether Firebreak can read the page it is on. A page that should hold posts can fail two ways when the site's
// markup changes: no post is found at all (the post hooks no longer match), or posts are found without a word of
// text (the text hooks no longer match). Either would otherwise look like a clean page; the toolbar and the popup
// say "cannot read this page" instead. A page that says it has nothing to show (an empty timeline) is not unreadable.

/** How long a page that should hold posts may show none before it counts as unreadable. */
export const UNREADABLE_AFTER_MS = 8000;
/** After this many posts without a word of text, the page's text hooks are taken as broken. */
export const TEXTLESS_AFTER_POSTS = 20;
/** After this many posts with none of the site's text hooks on the page (SiteAdapter.textHooksPresent), likewise. */
export const HOOKLESS_AFTER_POSTS = 8;

/** Why a page cannot be read: no post found, or posts found without text. */
export type Unreadable = 'no-posts' | 'no-text';

export class PageReadability {
  private navigatedAt: number;
  private posts = 0;
  private texts = 0;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.navigatedAt = now();
  }

  /** The tab moved to another page of the site: counting starts again. */
  navigated(): void {
    this.navigatedAt = this.now();
    this.posts = 0;
    this.texts = 0;
  }

  /** A post was scanned, with this text. */
  scanned(text: string): void {
    this.posts++;
    if (text) this.texts++;
  }

  /**
   * Why the page cannot be read, or null when it can (or holds no posts by design). `expectsPosts`: the adapter
   * says this page lists posts; `isEmpty`: asked only when no post was found, true when the page shows it is empty.
   */
  verdict(
    expectsPosts: boolean,
    isEmpty: () => boolean,
    page: { marked?: () => number; textHooks?: () => boolean } = {},
  ): Unreadable | null {
    if (!expectsPosts) return null;
    if (this.posts >= TEXTLESS_AFTER_POSTS && this.texts === 0) return 'no-text';
    // Words were read (photo descriptions, comments, quotes), but the site's own text blocks are nowhere on a page of
    // posts (scanned since the address changed, or marked before it): renamed.
    if (page.textHooks && !page.textHooks() && Math.max(this.posts, page.marked?.() ?? 0) >= HOOKLESS_AFTER_POSTS) return 'no-text';
    // No post scanned since the address changed: the page may still show posts scanned before it (the site moved
    // the address after rendering the next page, or came back to a page it kept): marked posts are posts found.
    if (this.posts === 0 && this.now() - this.navigatedAt > UNREADABLE_AFTER_MS && !isEmpty() && (page.marked?.() ?? 0) === 0) {
      return 'no-posts';
    }
    return null;
  }
}
