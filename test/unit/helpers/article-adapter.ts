// A minimal SiteAdapter over <article data-id> posts whose text is in `.t`, for scanner tests: the contract's
// shape without any site's markup. Options cover what the tests vary: the fingerprint, the author, the badge anchor.
import type { SiteAdapter } from '../../../lib/sites/adapter';
import type { PostData } from '../../../lib/types';

export interface ArticleAdapterOptions {
  /** Default: the text itself. */
  fingerprint?: (el: Element) => string;
  /** Default: "a". */
  author?: (el: Element) => string;
  /** Default: the article. */
  badgeAnchor?: (el: Element) => Element;
}

export function articleAdapter(opts: ArticleAdapterOptions = {}): SiteAdapter {
  const text = (el: Element) => el.querySelector('.t')?.textContent ?? '';
  const id = (el: Element) => el.getAttribute('data-id') ?? '?';
  const fingerprint = opts.fingerprint ?? text;
  const adapter: SiteAdapter = {
    site: 'x',
    selectors: { post: ['article'], text: ['.t'] },
    withSelectors: () => adapter,
    // As the SiteAdapter contract says: the root itself is included when it is a post.
    findPosts: (root) => [...(root instanceof Element && root.matches('article') ? [root] : []), ...Array.from(root.querySelectorAll('article'))],
    scan: (el) => ({ text: text(el), fp: fingerprint(el) }),
    postId: id,
    read: (el): PostData => ({
      id: id(el),
      site: 'x',
      url: null,
      author: { name: opts.author ? opts.author(el) : 'a', handle: null, profileUrl: null },
      text: text(el),
      time: null,
      lang: null,
      links: [],
      isComment: false,
    }),
    resolvePermalink: async () => null,
    pageExpectsPosts: () => true,
    badgeAnchor: opts.badgeAnchor ?? ((el) => el),
    menuButton: () => null,
  };
  return adapter;
}
