// Site adapter for Facebook's desktop site. The container is the post inside each feed unit: the nearest element
// holding both the author (profile_name) and the message, with [role="article"] as fallback; a comment
// ([role="article"] without an author block) is its own container. Reads only with textContent and plain DOM walks.

import type { PostData } from '../types';
import {
  closestFirst,
  documentUrl,
  extractText,
  hashPostId,
  hasAncestorBelow,
  inDocumentOrder,
  matchesAny,
  mergeSelectors,
  outermost,
  queryAllAny,
  queryAllFirst,
  queryAllFirstAsDocument,
  queryFirst,
  simulateHover,
  simulateHoverEnd,
  textFingerprint,
  toUrl,
  unwrapUrl,
  waitFor,
  type SelectorTable,
  type PostScan,
  type SiteAdapter,
} from './adapter';
import { FACEBOOK_SELECTORS } from './selectors-facebook';

/**
 * The words of a post's or comment's timestamp link ("6 h", "2 d", "3 March at 17:12", "٣ س"): a time as shown, when
 * they are short and hold a digit (not a link the adapter took for a timestamp by mistake).
 */
function shownTime(link: Element | null): string | null {
  const words = (link?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return words.length > 0 && words.length <= 60 && /\p{Nd}/u.test(words) ? words : null;
}

/** Words in these are never a commenter's name: links, controls, pictures, hidden labels, Firebreak's badge. */
const NOT_A_NAME = 'a, button, [role="button"], svg, firebreak-badge, [aria-hidden="true"]';
/** A post's age or time as a header shows it: "3h", "17 minutes", "2 j", "Yesterday at 10:42", "١٠:٤٢". */
const TIME_LIKE = /^\p{N}+\s*\p{L}{0,12}\.?$|\p{N}\s*[:h.]\s*\p{N}{2}(?!\p{N})/u;
/** Words a post's header shows that are not a participant's name (lower case). */
const NOT_NAMES = new Set(['just now', 'à l’instant', "à l'instant", 'الآن', 'admin', 'administrateur', 'moderator', 'modérateur', 'author', 'auteur', 'top contributor', 'follow', 'suivre', 'join', 'rejoindre', 'yesterday', 'hier', 'أمس']);

const FB_HOSTS = new Set(['www.facebook.com', 'web.facebook.com', 'facebook.com', 'm.facebook.com']);

/** First path segments that are Facebook features, not page or profile vanity names. */
const FB_RESERVED = new Set([
  'messages', 'marketplace', 'settings', 'notifications', 'friends', 'gaming', 'events', 'saved', 'bookmarks', 'ads',
  'ad_center', 'adsmanager', 'business', 'privacy', 'help', 'login', 'login.php', 'logout.php', 'reel', 'reels', 'stories',
  'memories', 'onthisday', 'checkpoint', 'dialog', 'sharer', 'sharer.php', 'share', 'policies', 'terms', 'careers',
  'fundraisers', 'jobs', 'games', 'live', 'weather', 'find-friends', 'recover', 'lite', 'pages', 'pg', 'people',
  'groups', 'watch', 'search', 'hashtag', 'photo', 'photo.php', 'permalink.php', 'story.php', 'profile.php', 'home.php',
  'l.php', 'video.php', 'media', 'composer', 'feeds', 'news', 'coronavirus_info', 'climatescienceinfo', 'me',
]);

/** A group's tabs that list people, media or information, not posts. */
const FB_GROUP_NO_POST_TABS = new Set(['about', 'members', 'people', 'media', 'photos', 'videos', 'events', 'files', 'guides', 'member-requests']);

/** Profile/page tabs that list posts. */
const FB_PAGE_POST_TABS = new Set(['posts', 'videos', 'photos', 'permalink', 'reviews_posts']);

/** Query parameters that identify a post or comment in a URL; the rest (__cft__, __tn__, tracking) is dropped. */
const KEEP_PARAMS = new Set(['story_fbid', 'id', 'fbid', 'set', 'v', 'comment_id', 'reply_comment_id', 'multi_permalinks']);

function fbOrigin(el: Element): string {
  const u = documentUrl(el);
  return u && FB_HOSTS.has(u.hostname) ? u.origin : 'https://www.facebook.com';
}

function isFbHost(host: string): boolean {
  const h = host.toLowerCase();
  return FB_HOSTS.has(h) || h.endsWith('.facebook.com');
}

/** The post id a Facebook URL names (pfbid… or numeric), null when it is not a post URL. */
export function fbPostIdFromUrl(u: URL): string | null {
  if (!isFbHost(u.hostname)) return null;
  const seg = u.pathname.split('/').filter(Boolean);
  const p = u.searchParams;
  const s0 = seg[0]?.toLowerCase();
  if (s0 === 'permalink.php' || s0 === 'story.php') return p.get('story_fbid');
  if (s0 === 'photo' || s0 === 'photo.php') return p.get('fbid');
  if (s0 === 'watch') return p.get('v');
  if (s0 === 'reel' && seg[1]) return seg[1];
  if (s0 === 'groups' && seg[1]) {
    if ((seg[2] === 'posts' || seg[2] === 'permalink') && seg[3]) return seg[3];
    const multi = p.get('multi_permalinks');
    if (multi) return multi.split(',')[0] ?? null;
    return null;
  }
  if (seg[1] === 'posts' && seg[2]) return seg[2];
  if (seg[1] === 'videos' && seg.length >= 3) {
    const last = seg[seg.length - 1];
    return last && /^\d+$/.test(last) ? last : null;
  }
  if (seg[1] === 'photos' && seg.length >= 3) {
    const last = seg[seg.length - 1];
    return last && /^\d+$/.test(last) ? last : null;
  }
  return null;
}

/** The comment id of a comment URL (the reply's own id for replies). */
export function fbCommentIdFromUrl(u: URL): string | null {
  const raw = u.searchParams.get('reply_comment_id') ?? u.searchParams.get('comment_id');
  if (!raw) return null;
  // Newer links carry base64("comment:<post>_<comment>").
  if (/^Y29tbWVudD/.test(raw) && typeof atob === 'function') {
    try {
      const decoded = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
      const m = /^comment:(?:[^_]*_)?(\d+)$/.exec(decoded);
      if (m?.[1]) return m[1];
    } catch {
      /* not base64 after all */
    }
  }
  return raw;
}

/** A post or comment URL without tracking parameters. */
export function canonicalFbUrl(u: URL, keepComment: boolean): string {
  const out = new URL(u.pathname, u.origin);
  for (const [k, v] of u.searchParams) {
    if (!KEEP_PARAMS.has(k)) continue;
    if (!keepComment && (k === 'comment_id' || k === 'reply_comment_id')) continue;
    out.searchParams.append(k, v);
  }
  return out.href;
}

/** Author handle and clean profile URL from a profile link. */
export function fbProfileFromUrl(u: URL): { handle: string | null; profileUrl: string } {
  const seg = u.pathname.split('/').filter(Boolean);
  const s0 = seg[0]?.toLowerCase();
  if (s0 === 'profile.php') {
    const id = u.searchParams.get('id');
    const clean = new URL('/profile.php', u.origin);
    if (id) clean.searchParams.set('id', id);
    return { handle: id, profileUrl: clean.href };
  }
  if (s0 === 'groups' && seg[2] === 'user' && seg[3]) {
    return { handle: seg[3], profileUrl: new URL(`/groups/${seg[1]}/user/${seg[3]}/`, u.origin).href };
  }
  if (s0 === 'people' && seg[2]) {
    return { handle: seg[2], profileUrl: new URL(`/people/${seg[1]}/${seg[2]}/`, u.origin).href };
  }
  if (seg[0] && !FB_RESERVED.has(s0 ?? '')) {
    return { handle: seg[0], profileUrl: new URL('/' + seg[0], u.origin).href };
  }
  return { handle: null, profileUrl: new URL(u.pathname, u.origin).href };
}

export function facebookPageExpectsPosts(loc: Location | URL): boolean {
  const segs = loc.pathname.split('/').filter(Boolean);
  const [a, b, c] = segs;
  if (!a) return true; // news feed
  const first = a.toLowerCase();
  switch (first) {
    case 'profile.php': {
      // profile.php?id=…&sk=about|friends|photos…: a profile's other tabs.
      const sk = loc.search ? new URLSearchParams(loc.search).get('sk') : null;
      return !sk || sk === 'wall' || sk === 'timeline' || sk === 'posts';
    }
    case 'home.php':
    case 'permalink.php':
    case 'story.php':
    case 'photo':
    case 'photo.php':
    case 'watch':
    case 'hashtag':
    case 'me':
      return true;
    case 'search':
      return !!b && ['posts', 'top', 'latest', 'videos'].includes(b);
    case 'groups':
      // /groups/feed/, /groups/<id>, /groups/<id>/posts/<id>; not the groups landing, discover, create…
      if (!b) return false;
      if (c && FB_GROUP_NO_POST_TABS.has(c)) return false;
      return !['discover', 'joins', 'create', 'notifications', 'search'].includes(b);
    case 'people':
      return !!c && !segs[3];
    default:
      break;
  }
  if (FB_RESERVED.has(first)) return false;
  if (!b) return true; // page or profile
  if (b === 'posts' || b === 'permalink') return true;
  if (b === 'videos' || b === 'photos') return !!c;
  return FB_PAGE_POST_TABS.has(b) && !!c;
}

/** Merge a site profile into the table; `text` follows `message` and `commentText` unless the profile sets it. */
function mergeFacebook(base: SelectorTable, overrides: SelectorTable): SelectorTable {
  const merged = mergeSelectors(base, overrides);
  if (!overrides.text) merged.text = Array.from(new Set([...(merged.message ?? []), ...(merged.commentText ?? [])]));
  return merged;
}

/** How many levels `el` sits below `root` (an ancestor of it). */
function depthBelow(el: Element, root: Element): number {
  let n = 0;
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) n++;
  return n;
}

class FacebookAdapter implements SiteAdapter {
  readonly site = 'facebook' as const;
  readonly selectors: SelectorTable;
  /** Layers' authors found by layerAuthors, with when. */
  private readonly layerCache = new WeakMap<Element, { at: number; author: Element; page: string }>();

  /** NOT_CAPTION with the table's comments and excluded blocks; the words of a caption that are not its own. */
  private readonly notCaption: string[];
  private readonly notOwnCaptionWords: string[];

  constructor(selectors: SelectorTable = FACEBOOK_SELECTORS) {
    this.selectors = selectors;
    this.notCaption = [...NOT_CAPTION, ...this.sel('article'), ...this.sel('textExclude')];
    this.notOwnCaptionWords = [...this.sel('textExclude'), ...NOT_OWN_CAPTION_WORDS];
  }

  private sel(key: string): string[] {
    return this.selectors[key] ?? [];
  }

  withSelectors(overrides: SelectorTable): SiteAdapter {
    return new FacebookAdapter(mergeFacebook(this.selectors, overrides));
  }

  // ------------------------------------------------------------------------------------------
  // Containers

  /** True when the page's author hooks work at all (decides how a bare [role="article"] is read). */
  private hooksPresent(doc: Document): boolean {
    return queryFirst(doc, this.sel('profileName')) !== null;
  }

  /**
   * A comment: an ARIA article with no author block of its own, inside a post, a feed unit or a page whose hooks work.
   * An author block inside a link block is a preview's (a comment linking a Facebook post shows its header): an
   * article whose only author blocks are such, and that holds its own comment permalink, is a comment still.
   */
  private isCommentArticle(el: Element, hooks: boolean): boolean {
    if (!matchesAny(el, this.sel('article'))) return false;
    const names = queryAllAny(el, this.sel('profileName'), (p) => p === el);
    if (names.some((p) => !hasAncestorBelow(p, el, LINK_BLOCKS))) return false;
    if (names.length > 0) return this.hasOwnCommentLink(el);
    if (hooks) return true;
    const parent = el.parentElement;
    if (parent && (closestFirst(parent, this.sel('article')) || closestFirst(parent, this.sel('unit')))) return true;
    // Outside any post or feed unit (a reel's or a video's comment panel, a page without any author block, feed
    // units that lost their hooks): a comment still carries its own permalink, a link with comment_id, which a post's
    // own header never does (its comments' links lie in their own articles).
    return this.hasOwnCommentLink(el);
  }

  /** Does the article hold a comment permalink of its own (not one of a nested comment's)? */
  private hasOwnCommentLink(el: Element): boolean {
    const origin = fbOrigin(el);
    const arts = this.sel('article');
    const link = queryFirst(el, this.sel('commentLink'), (a) => {
      if (hasAncestorBelow(a, el, arts)) return true;
      const u = toUrl(a.getAttribute('href'), origin);
      return !u || !isFbHost(u.hostname) || !fbCommentIdFromUrl(u);
    });
    return link !== null;
  }

  /** The child of a feed list holding `el` (a feed unit without any unit hook), or null. */
  private feedChildOf(el: Element): Element | null {
    for (let a: Element | null = el; a && a.tagName !== 'BODY'; a = a.parentElement) {
      if (a.parentElement && matchesAny(a.parentElement, this.sel('unitParent'))) return a;
    }
    return null;
  }

  /** The comment holding `el` (not counting `el` itself), or null. */
  private commentOf(el: Element, hooks: boolean): Element | null {
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (matchesAny(p, this.sel('article'))) {
        if (this.isCommentArticle(p, hooks)) return p;
      }
    }
    return null;
  }

  /** The message in `a` that is not inside a comment (relative to `author`), or null. */
  private ownMessage(a: Element, author: Element): Element | null {
    for (const sel of this.sel('message')) {
      let list: Element[];
      try {
        list = Array.from(a.querySelectorAll(sel));
      } catch {
        continue;
      }
      for (const m of list) {
        const art = closestFirst(m, this.sel('article'));
        if (!art || art.contains(author) || !a.contains(art)) return m;
      }
    }
    return null;
  }

  /**
   * Are the words first found at `a`, in `words`, another post's: `a` is a list of posts outside any feed (profile
   * and Page timelines, Watch's video list, memories: no [role=feed], no aria-posinset), the author's side `own` is a
   * whole post without words (a photo, a video, a share without text) and the words sit in a sibling of it? Each of
   * the two then holds a post's own action bar. A post whose attachment carries a Like button of its own (an embedded
   * reel) has its header without an action bar, so its words stay its own. Or the author's side holds unmarked
   * paragraphs and the sibling is a card like it (memories' cards). Asked once per author, where the walk up
   * found words; inside a feed unit or a feed's child that walk never leaves the post, nothing is counted.
   */
  private wordsOfAnotherPost(a: Element, own: Element, words: Element, author: Element): boolean {
    if (closestFirst(a, this.sel('unit')) || closestFirst(a, this.sel('unitParent'))) return false;
    let side: Element = words;
    while (side.parentElement && side.parentElement !== a) side = side.parentElement;
    if (side === own || side.parentElement !== a) return false;
    // Action bars inside an ARIA article (comments, should they ever carry one) are not a post's.
    const arts = this.sel('article');
    const bar = (root: Element) => queryFirst(root, this.sel('actionBar'), (b) => hasAncestorBelow(b, root, arts)) !== null;
    if (bar(own) && bar(side)) return true;
    // The author's side holds paragraphs of its own, without a message marker (a memory's old post, a card whose
    // marker was renamed), and its sibling is a card like it, its author block as deep inside it: two posts of a list.
    // A shared original sits deeper, inside its attachment, and stays the post's.
    const other = queryFirst(side, this.sel('profileName'));
    if (other === null || depthBelow(other, side) !== depthBelow(author, own)) return false;
    return queryFirst(own, this.sel('paragraph'), (p) => author.contains(p) || hasAncestorBelow(p, own, arts)) !== null;
  }

  /** Walk up from the author block to the nearest element that also holds the message. */
  private containerFromAuthor(author: Element): Element | null {
    const feeds = this.sel('feed');
    // A layer (dialog) over the page holds its own post: the walk never leaves it for the feed underneath.
    const layers = this.sel('layer');
    const stops = [...this.sel('unit'), ...this.sel('article'), ...feeds, ...layers, 'body'];
    // The highest element climbed so far that holds this post alone: where words are first found in a list of posts
    // outside any feed (they are another post's), the post is this element, without words of its own.
    let own: Element | null = null;
    for (let a = author.parentElement; a; a = a.parentElement) {
      // A feed (or the main column) holds many posts: never one post, even when another post's message is in it.
      if (a.tagName === 'BODY' || matchesAny(a, feeds)) break;
      const words = this.ownMessage(a, author);
      if (words) return own && this.wordsOfAnotherPost(a, own, words, author) ? own : a;
      if (matchesAny(a, stops)) break;
      // A child of the feed is a feed unit, with or without aria-posinset / aria-describedby.
      if (a.parentElement && matchesAny(a.parentElement, this.sel('unitParent'))) break;
      own = a;
    }
    // No message (a photo or a share without text): the ARIA article, else the feed unit.
    const article = closestFirst(author, this.sel('article'));
    if (article) return article;
    const unit = closestFirst(author, this.sel('unit')) ?? this.feedChildOf(author);
    if (unit) return unit;
    // Outside any feed (a photo's or a video's own page): the nearest element around the author that also holds a
    // paragraph outside any comment, the caption, which carries no message marker there.
    // A few levels only: each one searches its whole subtree, and a caption sits next to its author's header.
    const arts = this.sel('article');
    // On a photo's, a video's or a reel's page the caption may be bare words (bareCaptionSkip), for an author that
    // names an account (a suggested video's heading names the video).
    const bare = isMediaPage(author) && this.namesAccount(author);
    let levels = CAPTION_LEVELS;
    let below: Element | null = null;
    for (let a = author.parentElement; a && levels-- > 0 && a.tagName !== 'BODY' && !matchesAny(a, feeds) && !matchesAny(a, layers); a = a.parentElement) {
      const para =
        queryFirst(a, this.sel('commentText'), (el) => author.contains(el) || matchesAny(el, arts) || hasAncestorBelow(el, a!, arts)) ??
        (bare ? queryFirst(a, this.sel('caption'), this.bareCaptionSkip(a, author)) : null);
      // A paragraph first found with another post (a list outside any feed) is that post's: this one is the level
      // below, without a caption.
      if (para) return below && this.wordsOfAnotherPost(a, below, para, author) ? below : a;
      below = a;
    }
    return null;
  }

  findPosts(root: ParentNode): Element[] {
    const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
    if (!doc) return [];
    // Messenger's own page shows private messages, never posts.
    const page = documentUrl(doc.documentElement ?? (root as Element));
    if (page && /^\/messages(\/|$)/.test(page.pathname)) return [];
    const hooks = this.hooksPresent(doc);
    const inRoot = (el: Element) => el === root || (root as Node).contains(el);

    const posts: Element[] = [];
    // With the entry the whole page uses: in a subtree without the profile_name hook, the heading fallbacks would
    // take a "People you may know" or "Suggested groups" heading for a post's author.
    const authors = queryAllFirstAsDocument(root, this.sel('profileName'));
    // A layer over a feed (the photo viewer's caption beside the photo) may carry no author hook while the feed
    // underneath does: the page-wide entry then finds nothing in it, and the layer is searched with its own.
    for (const layer of this.layersIn(root)) {
      if (authors.some((a) => layer.contains(a))) continue;
      for (const a of this.layerAuthors(layer, hooks)) if (inRoot(a)) authors.push(a);
    }
    // A photo's, a video's or a reel's own page whose author is a bare link beside the media, no heading: on the
    // page's full passes (the content script asks for one when the address changes: the next photo's column).
    const whole = root === doc || root === doc.body || root === doc.documentElement;
    if (whole && doc.documentElement && isMediaPage(doc.documentElement) && authors.every((a) => this.commentOf(a, hooks))) {
      const a = this.hasViewerMedia(doc) ? this.viewerAuthorLink(doc) : null;
      if (a && !closestFirst(a, this.sel('layer'))) authors.push(a);
    }
    for (const author of authors) {
      if (this.commentOf(author, hooks)) continue;
      const c = this.containerFromAuthor(author);
      if (c) posts.push(c);
    }
    const postSet = new Set(posts);
    const insidePost = (el: Element) => {
      for (let p: Element | null = el; p; p = p.parentElement) if (postSet.has(p)) return true;
      return false;
    };
    // Messages with no author hook around them in root: the post around the message.
    for (const m of queryAllAny(root, this.sel('message'))) {
      if (insidePost(m) || this.commentOf(m, hooks)) continue;
      const c = this.postAroundMessage(m, hooks);
      if (c) {
        posts.push(c);
        postSet.add(c);
      }
    }

    // A feed unit whose story carries neither hook among stories that do (a cover photo's or a memory's story): where
    // the unit holds a paragraph block outside its comments, one heading with a link (its author) and no post found
    // above, the post is the nearest element around both, as around an author and a message (its comments stay
    // apart). Suggestion modules ("People you may know", "Suggested groups") hold no paragraph block, or several
    // headings.
    for (const para of queryAllAny(root, this.sel('paragraph'))) {
      if (insidePost(para) || this.commentOf(para, hooks)) continue;
      const unit = closestFirst(para, this.sel('unit')) ?? this.feedChildOf(para);
      if (!unit || posts.some((q) => unit.contains(q) || q.contains(unit))) continue;
      // One heading with a link, its author's: a module of suggestions names a title and each of its cards.
      const heads = queryAllAny(unit, this.sel('profileName'), (h) => this.commentOf(h, hooks) !== null);
      if (heads.length !== 1) continue;
      const author = heads[0]!;
      let c: Element | null = para.parentElement;
      while (c && c !== unit && !c.contains(author)) c = c.parentElement;
      if (!c) continue;
      posts.push(c);
      postSet.add(c);
    }

    const comments: Element[] = [];
    for (const art of queryAllFirst(root, this.sel('article'))) {
      if (postSet.has(art)) continue;
      if (this.isCommentArticle(art, hooks)) {
        comments.push(art);
      } else if (!hooks && !posts.some((p) => p.contains(art) || art.contains(p))) {
        // Author hooks broken on this page: top-level ARIA articles are the posts.
        const outer = art.parentElement ? closestFirst(art.parentElement, this.sel('article')) : null;
        if (!outer) posts.push(art);
      }
    }

    // Chat windows docked on any page hold private messages, never posts: their bubbles are ARIA articles too.
    const notChat = (el: Element) => closestFirst(el, this.sel('notPost')) === null;
    const kept = outermost(inDocumentOrder(posts)).filter((el) => inRoot(el) && notChat(el));
    return inDocumentOrder([...kept, ...comments.filter((el) => inRoot(el) && notChat(el))]);
  }

  /**
   * The post around a message whose author is not in the searched subtree. Where the ARIA article or the feed unit
   * around it holds an author, the post is the one found from that author, as a search of the whole page finds it:
   * a message that arrives inside a post already shown (its header first, its words later) is searched on its own,
   * and the unit would otherwise be taken for a second post around the first. Without an author (profile_name
   * renamed): the article or the unit itself (a 2026 feed unit carries no unit hook: the feed's child around it).
   */
  private postAroundMessage(m: Element, hooks: boolean): Element | null {
    const around = closestFirst(m, this.sel('article')) ?? closestFirst(m, this.sel('unit')) ?? this.feedChildOf(m);
    if (!around) return null;
    for (const author of queryAllFirstAsDocument(around, this.sel('profileName'))) {
      if (this.commentOf(author, hooks)) continue;
      const c = this.containerFromAuthor(author);
      if (c && c.contains(m)) return c;
    }
    return around;
  }

  /**
   * The posts found in a container Firebreak marked, when it is no longer a post of its own: the post inside it is
   * found in another element now (a feed unit taken for the post while it showed no words, whose words then came
   * into a block below its author). Empty while it is still a post. Asked only of a marked container whose words
   * changed or whose badge went.
   */
  supersededBy(post: Element): Element[] {
    const found = this.findPosts(post);
    return !found.includes(post) && found.some((p) => p !== post && !this.isComment(p)) ? found : [];
  }

  /**
   * The author of a layer that does not carry the author hook, found with the first author entry that matches in it:
   * one author only, as a layer shows one post (the photo viewer, a post opened over the feed); several headings
   * with links are a list (suggested groups, people), not posts. A found author is kept a second, so that the
   * comments loading into a large layer do not each search the whole layer again.
   */
  private layerAuthors(layer: Element, hooks: boolean): Element[] {
    const now = performance.now();
    const cached = this.layerCache.get(layer);
    // Kept for the layer's address: the next reel scrolled to in the same layer takes another.
    const page = documentUrl(layer)?.href ?? '';
    if (cached && now - cached.at < LAYER_AUTHOR_MS && cached.page === page && cached.author.isConnected && layer.contains(cached.author)) return [cached.author];
    const sels = this.sel('profileName');
    // A layer with the hook is read with it: its authors lie outside the subtree being searched.
    if (sels.length === 0 || queryFirst(layer, sels.slice(0, 1)) !== null) return [];
    let found = queryAllFirst(layer, sels).filter((a) => !this.commentOf(a, hooks));
    // The photo viewer, or a video or a reel opened over the feed, may name the author with a bare link, no heading:
    // its first link to a profile or a Page, outside the comments (beside the media, before the caption).
    if (found.length === 0) {
      const scope = this.layerViewerScope(layer);
      const link = scope ? this.viewerAuthorLink(scope) : null;
      if (link) found = [link];
    }
    if (found.length !== 1) return [];
    this.layerCache.set(layer, { at: now, author: found[0]!, page });
    return found;
  }

  /**
   * The photo viewer around `el`: on a photo's own page (/photo/?fbid=, /photo.php, /…/photos/…, the address the
   * viewer opened over a feed also takes), the layer around it or else the page; null outside a viewer or in a feed.
   */
  private viewerScope(el: Element): ParentNode | null {
    if (!isPhotoPage(el) || closestFirst(el, this.sel('feed'))) return null;
    return closestFirst(el, this.sel('layer')) ?? el.ownerDocument;
  }

  /**
   * In the photo viewer, the author link of a caption whose author has no heading (layerAuthors, findPosts): the
   * viewer's layer, or a photo's, a video's or a reel's own page.
   */
  private viewerAuthorOf(post: Element): Element | null {
    const layer = closestFirst(post, this.sel('layer'));
    if (layer) {
      const scope = this.layerViewerScope(layer);
      return scope && (scope.contains(post) || post.contains(scope)) ? this.viewerAuthorLink(post) : null;
    }
    return isMediaPage(post) && this.hasViewerMedia(post.ownerDocument) ? this.viewerAuthorLink(post) : null;
  }

  /**
   * The first link with words in `scope` (the viewer's column, or a post in it) outside its comments, the caption's
   * words, the photo and the site's banner and navigation, when it is a profile's or a Page's: the author the viewer
   * names without a heading. Another first link (a group's, a new-style Page's) is no author found: a link after it
   * would be one the caption mentions.
   */
  private viewerAuthorLink(scope: ParentNode): Element | null {
    const origin = fbOrigin(scope.nodeType === 9 ? (scope as Document).documentElement : (scope as Element));
    const notAuthor = [...this.sel('article'), ...this.sel('message'), ...this.sel('commentText'), '[role="banner"]', '[role="navigation"]'];
    let group: Element | null = null;
    for (const a of Array.from(scope.querySelectorAll('a[href]'))) {
      if (!a.textContent?.trim() || closestFirst(a, notAuthor) !== null || this.hasViewerMedia(a)) continue;
      const u = toUrl(a.getAttribute('href'), origin);
      if (!u || !isFbHost(u.hostname)) continue;
      // A group's photo: its member's link after the group's (/groups/<g>/user/<id>), else the group's.
      if (group) return u.pathname.startsWith('/groups/') && isProfilePath(u) ? a : group;
      if (groupRoot(u)) {
        group = a;
        continue;
      }
      return isProfilePath(u) && !fbPostIdFromUrl(u) ? a : null;
    }
    return group;
  }

  /**
   * Where `layer` shows the media whose author may be a bare link: the photo viewer (the layer), or the part of a layer
   * over the feed that shows the video or the reel the address names (/watch/?v=, /reel/<id>), from its player up to
   * the nearest element that names an author (the overlay over it). A layer of several reels (the next ones loaded
   * under it) reads only the one the address names; one whose players carry other ids than the address's, none. A post
   * opened over the feed may hold a video too, under an author heading: it is read with it. Null for other layers.
   */
  private layerViewerScope(layer: Element): Element | null {
    if (queryFirst(layer, this.sel('viewerPhoto')) !== null) return layer;
    const page = documentUrl(layer);
    const id = page ? mediaId(page) : null;
    if (id === null) return null;
    // mediaId is digits only.
    const player = layer.querySelector('[data-video-id]') ? layer.querySelector(`[data-video-id="${id}"]`) : queryFirst(layer, this.sel('viewerVideo'));
    if (!player) return null;
    for (let a = player.parentElement; a && layer.contains(a); a = a.parentElement) if (this.viewerAuthorLink(a)) return a;
    return null;
  }

  /** Does `scope` show a photo or a video as the viewer or a media page does (beside its caption)? */
  private hasViewerMedia(scope: ParentNode): boolean {
    return queryFirst(scope, this.sel('viewerPhoto')) !== null || queryFirst(scope, this.sel('viewerVideo')) !== null;
  }

  /**
   * Does the author block name an account, as a caption's author does: its link is a profile's, a Page's or a group's,
   * not a video's or a post's (a suggested video's heading), and it sits in no link (a card that is one link)?
   */
  private namesAccount(author: Element): boolean {
    if (author.parentElement && closestFirst(author.parentElement, ['a[href]', '[role="link"]'])) return false;
    const link = author.matches('a[href]') ? author : author.querySelector('a[href]');
    const u = toUrl(link?.getAttribute('href'), fbOrigin(author));
    return !!u && isFbHost(u.hostname) && fbPostIdFromUrl(u) === null;
  }

  /**
   * Skip predicate of `author`'s bare caption in `scope` (the `caption` entries, on a media page): words after the
   * author's name, at least one letter of their own and not a time, in no NOT_CAPTION block below `scope`. The part
   * of `scope` that holds them (its child) holds neither a link to another photo, video or reel (a suggested video's
   * card, the next post of a list) nor an action bar (the footer and its counts, "12K plays"; another post).
   */
  private bareCaptionSkip(scope: Element, author: Element): (el: Element) => boolean {
    const origin = fbOrigin(scope);
    const page = documentUrl(scope);
    const own = page ? mediaId(page) : null;
    const otherMedia = (a: Element) => {
      const u = toUrl(a.getAttribute('href'), origin);
      const id = u && isFbHost(u.hostname) ? mediaId(u) : null;
      return id !== null && id !== own;
    };
    const held = new Map<Element, boolean>();
    const holdsOther = (part: Element) => {
      let v = held.get(part);
      if (v === undefined) {
        v = queryFirst(part, this.sel('actionBar')) !== null || Array.from(part.querySelectorAll('a[href]')).some(otherMedia);
        held.set(part, v);
      }
      return v;
    };
    return (el) => {
      // After the author's name, outside it (a block around it precedes it).
      if (author.contains(el) || !(author.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) return true;
      if (matchesAny(el, this.notCaption) || hasAncestorBelow(el, scope, this.notCaption)) return true;
      const words = extractText(el, { exclude: this.notOwnCaptionWords });
      if (!/\p{L}/u.test(words) || TIME_LIKE.test(words)) return true;
      let part = el;
      while (part.parentElement && part.parentElement !== scope) part = part.parentElement;
      return holdsOther(part);
    };
  }

  /** The layers (dialogs) inside `root`, and the one around it. */
  private layersIn(root: ParentNode): Element[] {
    const sels = this.sel('layer');
    if (sels.length === 0) return [];
    const found = queryAllAny(root, sels);
    const around = (root as Node).nodeType === 1 ? closestFirst(root as Element, sels) : null;
    if (around && !found.includes(around)) found.push(around);
    return found;
  }

  // ------------------------------------------------------------------------------------------
  // Reading

  private isComment(post: Element): boolean {
    return this.isCommentArticle(post, this.hooksPresent(post.ownerDocument));
  }

  /** Skip predicate: elements inside a comment of `post` (or inside a nested comment when `post` is a comment). */
  private notOwn(post: Element): (el: Element) => boolean {
    const arts = this.sel('article');
    return (el) => hasAncestorBelow(el, post, arts) || (el !== post && matchesAny(el, arts));
  }

  /**
   * The post's message blocks and their text. The message markers are alternatives per element: a shared post inside
   * the post may carry another marker than the post's own message, and both are read, with the paragraph blocks
   * outside them (a shared original without a marker) and a poll's option labels. Without any marker, the paragraph
   * blocks outside the header (the `text` entries); without a header either (a fallback container), the container's
   * own text. Comments and attachments (link cards: their title, description, domain and button, by their rendering
   * roles, or inside a link) are never part of it; the words Facebook read in the post's
   * photos are (photoWords). `author` is the post's author block (authorOfPost's `el`).
   */
  private messageText(post: Element, author: Element | null): { text: string; messages: Element[]; parts: string[] } {
    const skip = this.notOwn(post);
    const opts = { exclude: this.sel('textExclude'), breakBefore: this.sel('textBlock') };
    let messages = outermost(queryAllAny(post, this.sel('message'), skip), post);
    // Not the header, and not an attachment's text (a link card's title and description sit in a link or carry a
    // rendering role of their own).
    const attachment = (el: Element) => hasAncestorBelow(el, post, ATTACHMENT_TEXT) || matchesAny(el, ATTACHMENT_TEXT);
    if (!messages.length) {
      if (!author) return { text: extractText(post, opts), messages, parts: [] };
      messages = outermost(
        queryAllAny(post, this.sel('text'), (el) => skip(el) || author.contains(el) || el.contains(author) || attachment(el)),
        post,
      );
      // Nor paragraphs: a media page's caption may be bare words (bareCaptionSkip), never in a feed's post.
      if (!messages.length && isMediaPage(post) && !closestFirst(post, this.sel('feedList')) && this.namesAccount(author)) {
        messages = outermost(queryAllAny(post, this.sel('caption'), this.bareCaptionSkip(post, author)), post);
      }
    } else if (author) {
      // The paragraph blocks outside every marked message, the header, comments and attachments are the post's words
      // too: a shared post's original rendered without a message marker, under the sharer's marked words. Only
      // paragraph blocks, and none inside a control, an editor, a hidden or labelled block (a comment without its
      // ARIA role is labelled), or anything the text leaves out.
      // A poll's option labels too, under the same guards but for labels: a poll's list and its checkboxes are
      // labelled as a matter of course ("Poll", the option's own words).
      const found = messages;
      const closed = [...this.sel('textExclude'), ...NOT_OWN_WORDS];
      const closedToOptions = closed.filter((s) => s !== LABELLED);
      const elsewhere = (el: Element, blocks: string[]) =>
        skip(el) ||
        author.contains(el) ||
        el.contains(author) ||
        attachment(el) ||
        hasAncestorBelow(el, post, blocks) ||
        found.some((m) => m.contains(el) || el.contains(m));
      const extra = outermost(
        [
          ...queryAllAny(post, this.sel('paragraph'), (el) => elsewhere(el, closed)),
          ...queryAllAny(post, this.sel('pollOption'), (el) => elsewhere(el, closedToOptions)),
        ],
        post,
      );
      if (extra.length) messages = inDocumentOrder([...messages, ...extra]);
    }
    const photos = this.photoWords(post, skip, author);
    let parts = messages.map((m) => extractText(m, opts));
    // A coloured-background status is drawn twice, a hidden copy sizing the block: the hidden copy is left out when
    // the visible one says the same (blocks and texts stay in step: sharedRange counts on them).
    // A message rendered twice side by side (two marked blocks with the same words) is read once, the first copy.
    const hidden = messages.map((m) => m.matches(HIDDEN_COPY) || hasAncestorBelow(m, post, HIDDEN_COPY_LIST));
    const twice = (i: number) => parts[i] !== '' && parts.some((p, j) => j !== i && !hidden[j] && p === parts[i] && (hidden[i] || j < i));
    const keep = messages.map((_, i) => !twice(i));
    if (keep.includes(false)) {
      messages = messages.filter((_, i) => keep[i]);
      parts = parts.filter((_, i) => keep[i]);
    }
    const text = [...parts, ...photos, ...this.viewerPhotoWords(post, photos)].filter(Boolean).join('\n');
    return { text, messages, parts };
  }

  /**
   * The words Facebook read in the post's photos: its automatic description quotes them ("May be an image of text
   * that says 'IF YOU CLOSE…'", « texte qui dit … »). Only the quoted words, so that a description of people or
   * places adds nothing; none from the header, nor from a comment's photos but for that comment.
   */
  private photoWords(post: Element, skip: (el: Element) => boolean, author: Element | null): string[] {
    const out: string[] = [];
    for (const img of queryAllAny(post, this.sel('photoAlt'), (el) => skip(el) || (author?.contains(el) ?? false))) {
      const quoted = quotedWords(img.getAttribute('alt') ?? '');
      if (quoted) out.push(quoted);
    }
    return out;
  }

  /**
   * On a photo's own page (/photo/?fbid=, /photo.php, /…/photos/…), or in the viewer opened over a feed, the photo
   * sits beside the column that holds the author, caption and comments: the words its description quotes are the
   * post's too. The first viewer photo of the post's layer (or page), when the post holds no photo of its own and is
   * in no feed.
   */
  private viewerPhotoWords(post: Element, own: readonly string[]): string[] {
    if (own.length > 0) return [];
    const scope = this.viewerScope(post);
    if (!scope) return [];
    const arts = this.sel('article');
    const img = queryFirst(scope, this.sel('viewerPhoto'), (el) => post.contains(el) || closestFirst(el, arts) !== null);
    const quoted = img ? quotedWords(img.getAttribute('alt') ?? '') : '';
    return quoted ? [quoted] : [];
  }

  private commentText(post: Element): { text: string; blocks: Element[] } {
    const skip = this.notOwn(post);
    const blocks = outermost(queryAllFirst(post, this.sel('commentText'), skip), post);
    const opts = { exclude: this.sel('textExclude'), breakBefore: this.sel('textBlock') };
    const text = [...blocks.map((b) => extractText(b, opts)), ...this.photoWords(post, skip, null)].filter(Boolean).join('\n');
    return { text, blocks };
  }

  /** An author block's name as shown and its link (the block itself or the first link in it), if any. */
  private byline(block: Element, origin: string): { name: string; url: URL | null } {
    const link = block.matches('a[href]') ? block : block.querySelector('a[href]');
    const name = extractText(link ?? block, { exclude: this.sel('textExclude') }).replace(/\s+/g, ' ').trim();
    return { name, url: toUrl(link?.getAttribute('href'), origin) };
  }

  private authorOfPost(post: Element, origin: string): PostData['author'] & { el: Element | null } {
    const skip = this.notOwn(post);
    const block = queryFirst(post, this.sel('profileName'), skip) ?? this.viewerAuthorOf(post);
    if (!block) return { name: '', handle: null, profileUrl: null, el: null };
    const { name, url: u } = this.byline(block, origin);
    if (!u) return { name, handle: null, profileUrl: null, el: block };
    if (groupRoot(u)) {
      const member = this.groupMemberAfter(post, block, origin) ?? this.unlinkedMember(post, block);
      if (member) return { ...member, el: block };
    }
    const { handle, profileUrl } = fbProfileFromUrl(u);
    return { name, handle, profileUrl, el: block };
  }

  /**
   * In the news feed a group's post is titled with the group (`block`, the post's title or a shared post's); the
   * member who wrote it is named under the title, before the next message or header after it: the first link to a
   * member of a group (/groups/<group>/user/<id>/: the group may be named by its id there and by its vanity name in
   * the title), else the first link to a profile or a Page (a Page posting in a group). Not a photo's or a post's
   * link, nor a link that shows only a picture (its text would be the picture's description).
   */
  private groupMemberAfter(post: Element, block: Element, origin: string): PostData['author'] | null {
    const skip = this.notOwn(post);
    const before = (el: Element) => (block.compareDocumentPosition(el) & 4) === 0;
    const stop = queryFirst(post, [...this.sel('message'), ...this.sel('profileName')], (el) => skip(el) || el === block || block.contains(el) || before(el));
    const words = this.sel('commentText');
    let page: PostData['author'] | null = null;
    for (const a of Array.from(post.querySelectorAll('a[href]'))) {
      // Not a link in the words (a caption without a message marker, in the photo viewer, mentions people).
      if (block.contains(a) || before(a) || skip(a) || closestFirst(a, words) !== null) continue;
      if (stop && (stop === a || stop.contains(a) || stop.compareDocumentPosition(a) & 4)) break;
      const u = toUrl(a.getAttribute('href'), origin);
      if (!u || !isFbHost(u.hostname) || !isProfilePath(u) || fbPostIdFromUrl(u) || !a.textContent?.trim()) continue;
      const member = u.pathname.startsWith('/groups/');
      if (!member && page) continue;
      const name = extractText(a, { exclude: this.sel('textExclude') }).replace(/\s+/g, ' ').trim();
      if (!name) continue;
      const { handle, profileUrl } = fbProfileFromUrl(u);
      if (member) return { name, handle, profileUrl };
      page = { name, handle, profileUrl };
    }
    return page;
  }

  /**
   * A group's participant shown without a link (an anonymous participant, a deleted account): the words before the
   * group's link in the title ("Anonymous participant ▸ Group"), else the first words under the title before any
   * link, the next header or the message (the group feed's byline). Not a separator, a control, a picture or a
   * time ("3 h"). The name is shown, never a handle.
   */
  private unlinkedMember(post: Element, block: Element): PostData['author'] | null {
    const skip = this.notOwn(post);
    const link = block.matches('a[href]') ? block : block.querySelector('a[href]');
    const nameOf = (n: Node): string | null => {
      const el = n.parentElement;
      if (!el || skip(el)) return null;
      const control = el.closest(NOT_A_NAME);
      if (control && post.contains(control)) return null;
      const text = (n.nodeValue ?? '').replace(/[\s\u200e\u200f\u061c]+/g, ' ').trim();
      // Times are no names ("3h", "17 minutes", "Yesterday at 10:42"), nor a few words of the interface; a name may
      // hold digits ("Anonymous participant 412").
      return /\p{L}/u.test(text) && !TIME_LIKE.test(text) && !NOT_NAMES.has(text.toLowerCase()) ? text : null;
    };
    const doc = post.ownerDocument;
    // In the title, before the group's link.
    if (link && link !== block) {
      const words: string[] = [];
      const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n && link.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_PRECEDING; n = walker.nextNode()) {
        const w = nameOf(n);
        if (w) words.push(w);
      }
      const name = words.join(' ').replace(/[\s▸►›>»◂◀‹<«·•|:-]+$/u, '');
      if (name && name.length <= 80) return { name, handle: null, profileUrl: null };
    }
    // Under the title, before any link (with or without its address yet) and the next header, message or words.
    const stops = [...this.sel('message'), ...this.sel('profileName'), ...this.sel('commentText'), 'a', '[role="link"]'];
    const walker = doc.createTreeWalker(post, NodeFilter.SHOW_TEXT);
    walker.currentNode = block;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (block.contains(n)) continue;
      const el = n.parentElement;
      if (!el) continue;
      if (closestFirst(el, stops)) return null;
      const name = nameOf(n);
      if (name) return name.length <= 80 ? { name, handle: null, profileUrl: null } : null;
    }
    return null;
  }

  /**
   * The comment's author: its first profile link with a name, outside the comment's own words (`blocks`, as
   * commentText found them): a comment by a participant without a profile link (anonymous in a group, a deleted
   * account) must not be given to someone it mentions.
   */
  private authorOfComment(post: Element, origin: string, blocks = this.commentText(post).blocks): PostData['author'] & { el: Element | null } {
    const skip = this.notOwn(post);
    let other: (PostData['author'] & { el: Element }) | null = null;
    for (const a of Array.from(post.querySelectorAll('a[href]'))) {
      if (skip(a) || blocks.some((b) => b.contains(a))) continue;
      const u = toUrl(a.getAttribute('href'), origin);
      if (!u || !isFbHost(u.hostname) || fbPostIdFromUrl(u)) continue;
      const name = extractText(a, { exclude: this.sel('textExclude') }).replace(/\s+/g, ' ').trim();
      if (!name) continue; // the avatar link
      const { handle, profileUrl } = fbProfileFromUrl(u);
      // A member badge above the name links to the group's badge list, a "Top fan" badge to a page's sub-page:
      // the first link to a profile is the author; another named link only when there is none.
      if (handle && isProfilePath(u)) return { name, handle, profileUrl, el: a };
      other ??= { name, handle, profileUrl, el: a };
    }
    return other ?? this.unlinkedCommenter(post, blocks, skip);
  }

  /**
   * A participant shown without a profile link (a group's anonymous member, a deleted account): the first words of
   * the comment before its own words, outside links, buttons and pictures. The name is shown, never a handle.
   */
  private unlinkedCommenter(post: Element, blocks: Element[], skip: (el: Element) => boolean): PostData['author'] & { el: Element | null } {
    const none = { name: '', handle: null, profileUrl: null, el: null };
    const first = blocks[0];
    const walker = post.ownerDocument.createTreeWalker(post, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (first && (first.contains(n) || first.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      const el = n.parentElement;
      if (!el || !n.nodeValue?.trim() || skip(el)) continue;
      const control = el.closest(NOT_A_NAME);
      if (control && post.contains(control)) continue;
      const name = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return name && name.length <= 80 ? { ...none, name, el } : none;
    }
    return none;
  }

  /**
   * The posts shared inside this one: each has its own header (another author block) and timestamp link, and the part
   * of the container around that header which does not hold this post's author (`author`) is the shared post's. Each
   * part with its author block, in document order.
   */
  private sharedParts(post: Element, author: Element): { el: Element; author: Element }[] {
    const parts: { el: Element; author: Element }[] = [];
    for (const other of queryAllAny(post, this.sel('profileName'), this.notOwn(post))) {
      if (other === author || author.contains(other) || other.contains(author)) continue;
      let top: Element = other;
      while (top.parentElement && top.parentElement !== post && !top.parentElement.contains(author)) top = top.parentElement;
      if (!parts.some((n) => n.el.contains(top))) parts.push({ el: top, author: other });
    }
    return parts;
  }

  /**
   * Where the words of the post this one shares stand in its text (`parts`, messageText's texts of `messages`, which
   * start the text, joined by line breaks), and its author: the first run of messages inside one shared part, after
   * its header. `own` is the post's author (authorOfPost). Photo descriptions after the messages are not counted.
   */
  private sharedRange(
    post: Element,
    own: { name: string; handle: string | null; el: Element | null },
    messages: Element[],
    parts: string[],
    origin: string,
  ): PostData['quoted'] {
    if (!own.el || messages.length === 0) return undefined;
    const shared = this.sharedParts(post, own.el);
    if (shared.length === 0) return undefined;
    let at = 0;
    let range: { start: number; end: number; part: { el: Element; author: Element } } | null = null;
    for (let i = 0; i < messages.length; i++) {
      const t = parts[i] ?? '';
      if (!t) continue;
      // Under the shared post's own header: where the sharer's header and body sit in two wrappers, the part found
      // around the shared header holds the sharer's words too, before that header.
      const m = messages[i]!;
      const part = shared.find((p) => p.el.contains(m) && (p.author.compareDocumentPosition(m) & 4) !== 0);
      if (range) {
        if (part !== range.part) break;
        range.end = at + t.length;
      } else if (part) {
        range = { start: at, end: at + t.length, part };
      }
      at += t.length + 1;
    }
    if (!range) return undefined;
    const { name: title, url: u } = this.byline(range.part.author, origin);
    // A group's post shared: titled with the group, as in the feed; its author is the member named under the title.
    const member =
      u && isFbHost(u.hostname) && groupRoot(u)
        ? (this.groupMemberAfter(post, range.part.author, origin) ?? this.unlinkedMember(post, range.part.author))
        : null;
    const name = member?.name ?? title;
    const handle = member ? member.handle : u && isFbHost(u.hostname) ? fbProfileFromUrl(u).handle : null;
    // Nothing to tell of the author's own post shared again (a memory).
    if ((!name && !handle) || (handle !== null ? handle === own.handle : name === own.name)) return undefined;
    return { start: range.start, end: range.end, author: { name, handle } };
  }

  /**
   * The post's timestamp link: a permalink already filled in, else the pending link of the header. `byline` is the
   * post's author as authorOfPost read it (its block and handle).
   */
  private timestampLink(
    post: Element,
    messages: Element[],
    byline: { handle: string | null; el: Element | null },
  ): { link: Element | null; url: URL | null } {
    const origin = fbOrigin(post);
    const skip = this.notOwn(post);
    const author = byline.el;
    const nested = author ? this.sharedParts(post, author).map((p) => p.el) : [];
    const inNested = (el: Element) => nested.some((n) => n.contains(el));
    // This post's own first message: links after it are attachments (a photo's own page, a shared video).
    const firstMessage = messages.find((m) => !inNested(m));
    const outside = (el: Element) =>
      skip(el) ||
      (!!author && author.contains(el)) ||
      messages.some((m) => m.contains(el)) ||
      inNested(el) ||
      (!!firstMessage && !!(firstMessage.compareDocumentPosition(el) & 4));
    // The header's first link after the author block is the post's timestamp, filled in (a permalink) or not yet.
    // Not yet filled, in a post that shows another account's content (a share without words of its own): that
    // timestamp, pending, and not the shared video's or photo's link, which every share of it would carry. A post of
    // the author's own photo keeps its photo's link (the rules below). Another kind of link there (a group's name,
    // "Sponsored"): the rules below.
    if (author) {
      // Cheap tests first: the comment test (skip) walks up to the post, and a post may hold hundreds of links.
      const all = Array.from(post.querySelectorAll('a'));
      const inHeaderOrAfter = (a: Element) =>
        (author.compareDocumentPosition(a) & 4) !== 0 && !author.contains(a) && a.getAttribute('aria-hidden') !== 'true';
      const at = all.findIndex((a) => inHeaderOrAfter(a) && !skip(a));
      const first = at >= 0 ? all[at]! : null;
      if (first && !inNested(first) && !messages.some((m) => m.contains(first))) {
        const u = toUrl(first.getAttribute('href'), origin);
        if (u && fbPostIdFromUrl(u) && !fbCommentIdFromUrl(u)) return { link: first, url: u };
        // The other account's link must stand outside any message and before the post's first one: a mention in a
        // caption is not a shared account, and a video's own caption may follow it.
        if (matchesAny(first, this.sel('timestampPending'))) {
          const shares = all
            .slice(at + 1)
            .some(
              (a) =>
                inHeaderOrAfter(a) &&
                (!firstMessage || (a.compareDocumentPosition(firstMessage) & 4) !== 0) &&
                !messages.some((m) => m.contains(a)) &&
                isOtherAccountLink(a, byline.handle, origin) &&
                !skip(a),
            );
          if (shares) return { link: first, url: null };
        }
      }
    }
    for (const sel of this.sel('permalink')) {
      let list: Element[];
      try {
        list = Array.from(post.querySelectorAll(sel));
      } catch {
        continue;
      }
      for (const a of list) {
        if (outside(a)) continue;
        const u = toUrl(a.getAttribute('href'), origin);
        if (u && fbPostIdFromUrl(u) && !fbCommentIdFromUrl(u)) return { link: a, url: u };
      }
    }
    // Before hover: the first pending link of the header (before the message in document order).
    const pending = queryFirst(post, this.sel('timestampPending'), (a) => outside(a) || a.getAttribute('aria-hidden') === 'true');
    return { link: pending, url: null };
  }

  /** The comment's permalink: a post URL with comment_id (author links carry comment_id too, on a profile URL). */
  private commentLink(post: Element): { link: Element | null; url: URL | null } {
    const origin = fbOrigin(post);
    const skip = this.notOwn(post);
    let fallback: { link: Element; url: URL } | null = null;
    for (const sel of this.sel('commentLink')) {
      let list: Element[];
      try {
        list = Array.from(post.querySelectorAll(sel));
      } catch {
        continue;
      }
      for (const a of list) {
        if (skip(a)) continue;
        const u = toUrl(a.getAttribute('href'), origin);
        if (!u || !fbCommentIdFromUrl(u)) continue;
        if (fbPostIdFromUrl(u)) return { link: a, url: u };
        fallback ??= { link: a, url: u };
      }
    }
    return fallback ?? { link: null, url: null };
  }

  scan(post: Element): PostScan {
    const origin = fbOrigin(post);
    if (this.isComment(post)) {
      const { text, blocks } = this.commentText(post);
      const author = this.authorOfComment(post, origin, blocks);
      const c = this.commentLink(post).url;
      const commentId = c ? fbCommentIdFromUrl(c) : null;
      return { text, fp: `c|${commentId ?? ''}|${author.name}|${textFingerprint(text)}` };
    }
    const author = this.authorOfPost(post, origin);
    const { text } = this.messageText(post, author.el);
    // On a photo's, video's or reel's page the address names the post outside the feed (postIdentity): the viewer's
    // "next" may put the next caption in place before it changes the address, and the post is read again once it has.
    return { text, fp: `p|${author.profileUrl ?? ''}|${author.name}|${textFingerprint(text)}|${pageMediaId(post) ?? ''}` };
  }

  /** Permalink and id of a top-level post: the timestamp link when filled; for the page's own post, the page URL. */
  private postIdentity(
    post: Element,
    author: { name: string; handle: string | null; profileUrl: string | null; el: Element | null },
    text: string,
    messages: Element[],
  ): { url: string | null; id: string } {
    const { url: linkUrl } = this.timestampLink(post, messages, author);
    let url: string | null = linkUrl ? canonicalFbUrl(linkUrl, false) : null;
    let postId = linkUrl ? fbPostIdFromUrl(linkUrl) : null;
    // The page URL names a post: it is this one when this is the first post outside any feed (a single-post page,
    // or the dialog a photo or post opens over the feed; the posts listed in the feed underneath are others).
    const inFeed = (el: Element) => closestFirst(el, this.sel('feedList')) !== null;
    if (!url && !inFeed(post)) {
      const page = documentUrl(post);
      const pageId = page ? fbPostIdFromUrl(page) : null;
      if (page && pageId && author.el) {
        // No author entry outside the feed: the photo viewer's bare author link (viewerAuthorOf) is the first.
        const firstAuthor = queryFirst(post.ownerDocument, this.sel('profileName'), inFeed) ?? author.el;
        if (firstAuthor && post.contains(firstAuthor)) {
          url = canonicalFbUrl(page, false);
          postId = pageId;
        }
      }
    }
    let id = postId;
    if (!id) {
      // Not the feed position: the same post comes back at another one (a reload, "Most recent"), and a dismissal
      // recorded under its id must still hold. Two posts alike on one page are kept apart by the content script.
      id = hashPostId(`${author.profileUrl ?? author.name}\n${textKey(text)}`);
    }
    return { url, id };
  }

  read(post: Element): PostData {
    const origin = fbOrigin(post);
    if (this.isComment(post)) return this.readComment(post, origin);

    const author = this.authorOfPost(post, origin);
    const { text, messages, parts } = this.messageText(post, author.el);
    const skip = this.notOwn(post);
    const { url, id } = this.postIdentity(post, author, text, messages);
    const quoted = this.sharedRange(post, author, messages, parts, origin);

    // Time, when exposed; else the timestamp link's words ("6 h"), as shown.
    const timeEl = queryFirst(post, this.sel('time'), skip);
    let time: string | null = null;
    if (timeEl) {
      const utime = timeEl.getAttribute('data-utime');
      time = utime && /^\d+$/.test(utime) ? new Date(Number(utime) * 1000).toISOString() : timeEl.getAttribute('datetime');
    }
    const timeShown = time ? null : shownTime(this.timestampLink(post, messages, author).link);

    // Language declared on the message, if any.
    let lang: string | null = null;
    for (const m of messages) {
      const l = m.getAttribute('lang') ?? m.querySelector('[lang]')?.getAttribute('lang');
      if (l) {
        lang = l;
        break;
      }
    }

    // Outbound links: message links and attachments, unwrapped from l.php; internal links dropped.
    const links: string[] = [];
    for (const a of Array.from(post.querySelectorAll('a[href]'))) {
      if (skip(a)) continue;
      const out = unwrapUrl(a.getAttribute('href') ?? '', origin);
      if (!out) continue;
      const u = new URL(out);
      if (isFbHost(u.hostname) || u.hostname.endsWith('fbcdn.net')) continue;
      if (!links.includes(out)) links.push(out);
    }

    return {
      id,
      site: 'facebook',
      url,
      author: { name: author.name, handle: author.handle, profileUrl: author.profileUrl },
      text,
      time,
      ...(timeShown ? { timeShown } : {}),
      lang,
      links,
      isComment: false,
      ...(quoted ? { quoted } : {}),
    };
  }

  private readComment(post: Element, origin: string): PostData {
    const { text, blocks } = this.commentText(post);
    const author = this.authorOfComment(post, origin, blocks);
    const { url: cUrl } = this.commentLink(post);
    const skip = this.notOwn(post);
    let lang: string | null = null;
    for (const b of blocks) {
      const l = b.closest('[lang]');
      if (l && post.contains(l)) {
        lang = l.getAttribute('lang');
        break;
      }
    }
    if (!lang) lang = queryFirst(post, ['[lang]'], skip)?.getAttribute('lang') ?? null;
    const links: string[] = [];
    for (const b of blocks) {
      for (const a of Array.from(b.querySelectorAll('a[href]'))) {
        const out = unwrapUrl(a.getAttribute('href') ?? '', origin);
        if (!out) continue;
        if (isFbHost(new URL(out).hostname)) continue;
        if (!links.includes(out)) links.push(out);
      }
    }
    const timeEl = queryFirst(post, this.sel('time'), skip);
    const commentId = cUrl ? fbCommentIdFromUrl(cUrl) : null;
    const timeShown = timeEl ? null : shownTime(this.commentLink(post).link);
    return {
      id: commentIdentity(commentId, author, text),
      site: 'facebook',
      url: cUrl ? canonicalFbUrl(cUrl, true) : null,
      author: { name: author.name, handle: author.handle, profileUrl: author.profileUrl },
      text,
      time: timeEl?.getAttribute('datetime') ?? null,
      ...(timeShown ? { timeShown } : {}),
      lang,
      links,
      isComment: true,
    };
  }

  /**
   * A media page's caption written as bare words (messageText), which no `text` entry names: blurred with the rest
   * when blur is on. None for comments, feed posts and marked messages.
   */
  textBlocks(post: Element): Element[] {
    if (!isMediaPage(post) || this.isComment(post)) return [];
    const { messages } = this.messageText(post, this.authorOfPost(post, fbOrigin(post)).el);
    const text = this.sel('text');
    return messages.filter((m) => matchesAny(m, this.sel('caption')) && !closestFirst(m, text) && !queryFirst(m, text));
  }

  async resolvePermalink(post: Element): Promise<string | null> {
    const now = this.read(post);
    if (now.url) return now.url;
    if (now.isComment) return null;
    const origin = fbOrigin(post);
    const author = this.authorOfPost(post, origin);
    const { messages } = this.messageText(post, author.el);
    const { link } = this.timestampLink(post, messages, author);
    if (!link) return null;
    simulateHover(link);
    try {
      const u = await waitFor(() => {
        const url = toUrl(link.getAttribute('href'), origin);
        return url && fbPostIdFromUrl(url) ? url : null;
      }, 1500);
      return u ? canonicalFbUrl(u, false) : null;
    } finally {
      simulateHoverEnd(link);
    }
  }

  pageExpectsPosts(loc: Location | URL): boolean {
    return facebookPageExpectsPosts(loc);
  }

  /**
   * An empty result: the feed is there with not one element in it (loading shows placeholders in it) and the main
   * column says something (Facebook's "No posts yet", "We didn't find any results"): ARIA roles, not localised.
   */
  pageIsEmpty(doc: Document): boolean {
    const feed = doc.querySelector('[role="main"] [role="feed"]');
    if (!feed || feed.childElementCount > 0) return false;
    return (doc.querySelector('[role="main"]')?.textContent ?? '').trim() !== '';
  }

  textHooksPresent(doc: Document): boolean {
    // Only a feed long enough that some of its stories carry words: photo posts and pages of comments carry no
    // message block, a feed of 8 stories without one has had its hooks renamed.
    if (doc.querySelectorAll('[role="feed"] [aria-posinset]').length < FEED_STORIES_WITH_WORDS) return true;
    return queryFirst(doc, this.sel('text').filter((s) => s.includes('data-ad-'))) !== null;
  }

  badgeAnchor(post: Element): Element {
    const origin = fbOrigin(post);
    if (this.isComment(post)) {
      const a = this.authorOfComment(post, origin).el;
      return a?.parentElement && post.contains(a.parentElement) ? a.parentElement : post;
    }
    return queryFirst(post, this.sel('profileName'), this.notOwn(post)) ?? post;
  }

  menuButton(post: Element): HTMLElement | null {
    const skip = this.notOwn(post);
    const own = queryFirst(post, this.sel('menuButton'), skip);
    if (own) return own as HTMLElement;
    if (this.isComment(post)) return null;
    // The story's "…" may sit outside the inner container, in the feed unit's header.
    const unit = closestFirst(post, this.sel('unit'));
    if (!unit) return null;
    const unitSkip = this.notOwn(unit);
    return (queryFirst(unit, this.sel('menuButton'), unitSkip) as HTMLElement | null) ?? null;
  }
}

/** How far above an author outside any feed its caption is looked for (the photo viewer's side column). */
const CAPTION_LEVELS = 20;

/** Where a paragraph belongs to an attachment rather than to the post's words (see messageText). */
const ATTACHMENT_TEXT = [
  'a[href]',
  '[data-ad-rendering-role="title"]',
  '[data-ad-rendering-role="description"]',
  '[data-ad-rendering-role="meta"]',
  '[data-ad-rendering-role^="cta"]',
];
/** A link block: a preview inside it (a linked post's header) is not the article's own. */
const LINK_BLOCKS = ['a', '[role="link"]'];

/**
 * Blocks whose bare words are never a caption (bareCaptionSkip): links and controls, headings (a section's title, a
 * suggested video's), hidden, editable and labelled blocks, comments, rendering-role blocks (the author's, a link
 * card's, the action bar's) and the page's landmarks (the rail, the navigation, the banner).
 */
const NOT_CAPTION = [
  'a',
  '[role="link"]',
  '[role="button"]',
  'h1, h2, h3, h4, h5, h6',
  '[aria-hidden="true"]',
  '[contenteditable]',
  '[aria-label]',
  '[data-ad-rendering-role]',
  '[role="complementary"], [role="navigation"], [role="banner"]',
];
/** In a caption, the words of its links but for hashtags are not its own (the time's link and " · " make no caption). */
const NOT_OWN_CAPTION_WORDS = ['a:not([href*="/hashtag/"])', '[role="button"]'];

/**
 * Opening and closing quotation marks of an image's automatic description, in the languages Facebook writes it in:
 * not inside a word, where an apostrophe is one ("l'intérieur", "Peter's", "DON'T").
 */
const OPEN_QUOTE = /(?<![\p{L}\p{N}])['"«“‘„]/u;
const CLOSE_QUOTES = '\'"»”’“';
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Fewest characters between the quotes for the words to be read (shorter is a word or two of a sign). */
const MIN_QUOTED = 6;
/** Most characters read from one description: the words of a sign or a poster, not a hostile alt of megabytes. */
const MAX_QUOTED = 2000;

/** The words between the first opening and the last closing quotation mark of a description, or '' without both. */
function quotedWords(alt: string): string {
  const open = alt.search(OPEN_QUOTE);
  if (open < 0) return '';
  let close = -1;
  for (let i = alt.length - 1; i > open && close < 0; i--)
    if (CLOSE_QUOTES.includes(alt[i]!) && !WORD_CHAR.test(alt[i + 1] ?? ' ')) close = i;
  if (close < 0) return '';
  const inner = alt.slice(open + 1, close).trim().slice(0, MAX_QUOTED);
  return inner.length >= MIN_QUOTED ? inner : '';
}

/**
 * A photo's own page (/photo/?fbid=, /photo.php, /…/photos/…/<id>): also the address of the viewer opened over a
 * feed. Not a grid of photos (/<page>/photos): the address names one photo.
 */
function isPhotoPage(el: Element): boolean {
  const page = documentUrl(el);
  return !!page && mediaPath(page) === 'photo' && fbPostIdFromUrl(page) !== null;
}

/** What a URL's path shows one of: a photo (/photo/, /photo.php, /…/photos/…), a video or a reel (/watch/, /…/videos/…, /reel/). */
function mediaPath(u: URL): 'photo' | 'video' | null {
  const seg = u.pathname.split('/').filter(Boolean);
  if (seg[0] === 'photo' || seg[0] === 'photo.php' || seg[1] === 'photos') return 'photo';
  if (seg[0] === 'watch' || seg[0] === 'reel' || seg[1] === 'videos') return 'video';
  return null;
}

/** The id of a photo, a video or a reel a URL names (/photo/?fbid=, /…/photos/…, /watch/?v=, /…/videos/…, /reel/<id>). */
function mediaId(u: URL): string | null {
  const id = mediaPath(u) ? fbPostIdFromUrl(u) : null;
  return id && /^\d+$/.test(id) ? id : null;
}

/**
 * A page that shows one photo, video or reel beside or under its caption: a photo's page (isPhotoPage), a video's
 * (/watch/?v=, /<page>/videos/<id>) or a reel's (/reel/<id>), also the address of one opened over a feed.
 */
function isMediaPage(el: Element): boolean {
  return pageMediaId(el) !== null;
}

/** The id of the photo, video or reel the page's address names (mediaId), kept for the address last asked about. */
let lastMedia: { page: Readonly<URL> | null; id: string | null } = { page: null, id: null };
function pageMediaId(el: Element): string | null {
  const page = documentUrl(el);
  if (page !== lastMedia.page) lastMedia = { page, id: page ? mediaId(page) : null };
  return lastMedia.id;
}

/** The group id of a link to a group itself (/groups/<id>/), null for any other link. */
function groupRoot(u: URL): string | null {
  const seg = u.pathname.split('/').filter(Boolean);
  return seg[0] === 'groups' && seg[1] && seg.length === 2 ? seg[1] : null;
}

/** A profile's own URL: /<name> (not a reserved path), /profile.php?id=, /groups/<g>/user/<id>, /people/<name>/<id>. */
function isProfilePath(u: URL): boolean {
  const seg = u.pathname.split('/').filter(Boolean);
  const s0 = seg[0]?.toLowerCase();
  if (s0 === 'profile.php') return !!u.searchParams.get('id');
  if (s0 === 'groups') return seg[2] === 'user' && !!seg[3] && seg.length === 4;
  if (s0 === 'people') return seg.length === 3;
  // One segment, not a feature of Facebook's own (/photo/?fbid=…, /watch, /reel: a photo's or a video's link).
  return seg.length === 1 && !FB_RESERVED.has(s0 ?? '');
}

/** A link to another account's profile or page than `authorHandle` (not to a post, a photo or a video). */
function isOtherAccountLink(a: Element, authorHandle: string | null, origin: string): boolean {
  const u = toUrl(a.getAttribute('href'), origin);
  if (!u || !isFbHost(u.hostname) || fbPostIdFromUrl(u)) return false;
  const segs = u.pathname.split('/').filter(Boolean);
  if (segs.length !== 1) return false;
  const { handle } = fbProfileFromUrl(u);
  return !!handle && handle !== authorHandle;
}

/**
 * The part of a post's text its fallback id hashes: its first 64 characters, spaces collapsed, without the ellipsis
 * that ends a truncated text. "See more" expands the text in place; the id must not change with it (a dismissed post
 * would come back, flagged, as soon as it is read in full). A text Facebook cuts within its first 64 characters
 * (a few short lines) still changes id when expanded; two posts of one author that open alike over 64 characters
 * and have neither permalink nor feed position share one.
 */
function textKey(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*(\u2026|\.\.\.)\s*$/, '').trim().slice(0, 64);
}

/** A comment's id: its comment id, or a hash of its author and the start of its text (textKey). */
function commentIdentity(commentId: string | null, author: { name: string; profileUrl: string | null }, text: string): string {
  return commentId ?? hashPostId(`${author.profileUrl ?? author.name}\n${textKey(text)}`);
}

/**
 * Blocks whose paragraphs are not the post's own words, when a post is read beyond its marked message: controls,
 * editors (the comment composer), hidden copies, and labelled blocks (a comment rendered without its ARIA role is
 * labelled "Comment by …").
 */
const LABELLED = '[aria-label]';
/** Stories a feed shows before some of them must carry a message block (textHooksPresent). */
const FEED_STORIES_WITH_WORDS = 8;
const NOT_OWN_WORDS = ['[role="button"]', '[contenteditable]', '[aria-hidden="true"]', LABELLED];

/** A block hidden from assistive technology: the copy that sizes a coloured-background status. */
const HIDDEN_COPY = '[aria-hidden="true"]';
const HIDDEN_COPY_LIST = [HIDDEN_COPY];

/** How long the author found in a layer without the hook is trusted before the layer is searched again. */
const LAYER_AUTHOR_MS = 1000;

/** The Facebook adapter with the built-in selector table. */
export const facebookAdapter: SiteAdapter = new FacebookAdapter();

/** A Facebook adapter with a custom table (the pack's site profile first, built-ins after). */
export function createFacebookAdapter(overrides?: SelectorTable): SiteAdapter {
  return overrides ? new FacebookAdapter(mergeFacebook(FACEBOOK_SELECTORS, overrides)) : new FacebookAdapter();
}
