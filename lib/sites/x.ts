// Site adapter for X (x.com, twitter.com, mobile.x.com). The container is article[data-testid="tweet"];
// a quoted post inside it is read as part of it. Reads with textContent and plain DOM walks: never forces layout.

import type { PostData } from '../types';
import {
  closestFirst,
  closestWithin,
  documentUrl,
  extractText,
  hashPostId,
  hasAncestorBelow,
  inDocumentOrder,
  mergeSelectors,
  outermost,
  queryAllAny,
  queryAllFirst,
  queryAllFirstAsDocument,
  queryFirst,
  stripTracking,
  textFingerprint,
  toUrl,
  type PostScan,
  type SelectorTable,
  type SiteAdapter,
  type TextOptions,
} from './adapter';
import { X_SELECTORS } from './selectors-x';

/** Texts up to this many UTF-16 units are their own fingerprint (X's own limit for most accounts is 280). */
const FP_TEXT_MAX = 2_000;

const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'www.x.com', 'www.twitter.com', 'mobile.twitter.com']);
const STATUS_RE = /\/status(?:es)?\/(\d{1,25})/;
const HANDLE_RE = /^[A-Za-z0-9_]{1,20}$/;
/** A status page showing the conversation (not a photo, a video or the analytics opened over another page). */
const CONVERSATION_RE = /\/status(?:es)?\/\d{1,25}\/?$/;

/** First path segments of X that are not user handles. */
const X_RESERVED = new Set([
  'home', 'explore', 'search', 'notifications', 'messages', 'settings', 'i', 'compose', 'login', 'logout', 'signup',
  'tos', 'privacy', 'about', 'jobs', 'download', 'account', 'intent', 'share', 'oauth', 'display', 'keyboard_shortcuts',
  'hashtag', 'premium', 'jf', 'communities', 'bookmarks', 'lists', 'topics', 'verified-choose', '404', 'rules', 'help',
]);

/** Paths under /i/ that show posts. */
const X_I_POSTS = new Set(['lists', 'bookmarks', 'communities', 'status', 'web', 'topics', 'timeline', 'trending']);

/** Sub-pages that list people, not posts: a post's reposts and likes, a list's or a community's members. */
const X_PEOPLE_TABS = new Set(['retweets', 'reposts', 'likes', 'members', 'followers', 'subscribers']);

/** A closed poll option's share, at the end of its text: "42%", "42,5 %", "٤٢٪". */
const POLL_SHARE_RE = /\s*[\d٠-٩]+(?:[.,٫][\d٠-٩]+)?\s*[%٪]\s*$/u;

/** A written photo description: at least two words (X's label for a photo without one is a single word). */
const PHOTO_WORDS_RE = /\S\s\S/u;

/** The `lang` X gives a post with no language of its own: media, emoji, mentions, hashtags, cashtags, too short. */
const X_NO_LANG = new Set(['qme', 'zxx', 'qam', 'qht', 'qct', 'qst', 'und']);

/** Tabs of a profile that list posts (the Media tab is a grid of thumbnails since 2024: no posts). */
const X_PROFILE_POST_TABS = new Set(['with_replies', 'likes', 'highlights', 'articles', 'superfollows']);

/** Search tabs (`f=`) that list no posts: people, lists, and the media grid. */
const X_SEARCH_NO_POSTS = new Set(['user', 'list', 'media']);

/** Sub-pages of a list or a community that show no posts. */
const X_NO_POST_TABS = new Set(['about', 'info', 'media']);

export function xPageExpectsPosts(loc: Location | URL): boolean {
  const segs = loc.pathname.split('/').filter(Boolean);
  const [a, b, c] = segs;
  if (!a) return false; // logged in, / redirects to /home; logged out, it is the sign-in page
  const first = a.toLowerCase();
  const d = segs[3];
  if (first === 'home' || first === 'hashtag') return true;
  // Search tabs of people and lists hold no posts; the Media tab is a grid of thumbnails, not posts.
  if (first === 'search') return !X_SEARCH_NO_POSTS.has(new URLSearchParams(loc.search).get('f') ?? '');
  if (first === 'notifications') return b === 'mentions'; // the other tabs list notifications, not posts
  if (first === 'i') {
    if (!b || !X_I_POSTS.has(b)) return false;
    // A list's or a community's members and followers are people.
    if (b === 'lists' || b === 'communities' || b === 'topics') return !!c && /^\d+$/.test(c) && !(d && (X_PEOPLE_TABS.has(d) || X_NO_POST_TABS.has(d)));
    return true;
  }
  if (X_RESERVED.has(first)) return false;
  if (!HANDLE_RE.test(a)) return false;
  if (!b) return true; // profile
  if (b === 'status' || b === 'statuses') return !!c && /^\d+$/.test(c) && !(d && X_PEOPLE_TABS.has(d));
  return X_PROFILE_POST_TABS.has(b);
}

function pageOrigin(el: Element): string {
  const u = documentUrl(el);
  return u && X_HOSTS.has(u.hostname) ? u.origin : 'https://x.com';
}

function isXHost(host: string): boolean {
  const h = host.toLowerCase();
  return X_HOSTS.has(h) || h.endsWith('.x.com') || h.endsWith('.twitter.com');
}

/**
 * An expanded URL from a t.co link: its data-expanded-url, its title, or (in the post's text, `displayed`) its
 * displayed text when that is a URL. A card shows only the site's domain: its text would lose the path.
 */
function expandTco(a: Element, displayed: boolean): string | null {
  const candidates = [a.getAttribute('data-expanded-url'), a.getAttribute('title'), displayed ? a.textContent : null];
  for (const raw of candidates) {
    if (!raw) continue;
    let s = raw.trim().replace(/[\u2026]+$/, '').replace(/\.{3}$/, '').trim();
    if (!s || /\s/.test(s)) continue;
    if (!/^https?:\/\//i.test(s)) {
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(s)) continue;
      s = 'https://' + s;
    }
    const u = toUrl(s, 'https://x.com/');
    if (u && u.hostname !== 't.co') return stripTracking(u).href;
  }
  return null;
}

class XAdapter implements SiteAdapter {
  readonly site = 'x' as const;
  readonly selectors: SelectorTable;

  constructor(selectors: SelectorTable = X_SELECTORS) {
    this.selectors = selectors;
  }

  private sel(key: string): string[] {
    return this.selectors[key] ?? [];
  }

  withSelectors(overrides: SelectorTable): SiteAdapter {
    return new XAdapter(mergeSelectors(this.selectors, overrides));
  }

  findPosts(root: ParentNode): Element[] {
    // Outermost only: should X ever nest a quoted post as its own tweet element, it stays part of the outer one. A
    // subtree is searched with the entry the whole page uses (a notification row is no post on a page of posts).
    return outermost(queryAllFirstAsDocument(root, this.sel('post')), root);
  }

  private quoteSels(): string[] {
    return SUPPORTS_HAS ? this.sel('quote') : [...this.sel('quote'), ...this.sel('quoteNoHas')];
  }

  /**
   * Whether an element of the post belongs to a quoted post: the nearest quote block around it lies inside the post.
   * Asked of the few elements that need it, instead of searching every post for its quotes (a :has() query each).
   */
  private inQuoteOf(post: Element): (el: Element) => boolean {
    const sels = this.quoteSels();
    return (el) => hasAncestorBelow(el, post, sels);
  }

  private permalinkEl(post: Element, skip: (el: Element) => boolean): Element | null {
    const sels = this.sel('permalink');
    // The built-in entry (first when no site profile put its own in front) is the link around a <time>: found
    // from the post's <time> elements, a fifth of the cost of the :has() query on this markup.
    if (sels[0] === X_SELECTORS.permalink![0]) {
      const viaTime = this.timeLink(post, skip);
      if (viaTime) return viaTime;
    }
    const viaSelector = queryFirst(post, sels, (el) => skip(el) || !STATUS_RE.test(el.getAttribute('href') ?? ''));
    if (viaSelector) return viaSelector;
    // Engines without :has(): the <time> inside a status link.
    const viaTime = SUPPORTS_HAS ? null : this.timeLink(post, skip);
    if (viaTime) return viaTime;
    // No <time> at all (an ad shows "Ad"; a renamed time element): any of the post's own status links (its photo,
    // its analytics), outside a quoted post; the post's text links through t.co, never to a status.
    return queryFirst(post, ['a[href*="/status/"]'], (el) => skip(el) || !STATUS_RE.test(el.getAttribute('href') ?? ''));
  }

  /** The first status link holding a <time> (not one of a quoted post's). */
  private timeLink(post: Element, skip: (el: Element) => boolean): Element | null {
    for (const t of Array.from(post.getElementsByTagName('time'))) {
      const a = t.closest('a[href]');
      if (a && a !== post && post.contains(a) && STATUS_RE.test(a.getAttribute('href') ?? '') && !skip(a)) return a;
    }
    return null;
  }

  /**
   * The post's words, one block per line in the order the page shows them: its text, an X Article's title and body, a
   * poll's options, the descriptions of its photos; then a quoted post's own text, poll and photos (X puts the quote
   * after the post's own media). With `quote`, also where the quoted post's words stand in the text: from its first
   * block to the last of the blocks that follow it (read for flagged posts only). The text is the same with or
   * without `quote`.
   */
  private textOf(
    post: Element,
    quote?: (el: Element) => boolean,
  ): { text: string; textEls: Element[]; quoted: { start: number; end: number; el: Element } | null; translationLeftOut: boolean } {
    let textEls = queryAllFirst(post, this.sel('text'));
    // A translation X adds under the post's own text (a second text block of the post's, beside "Translated from
    // Arabic by Grok"): X's words, not the author's; the original above it is read. Asked only of posts with two text
    // blocks or more (a quote has its own).
    let translationLeftOut = false;
    if (textEls.length > 1 && queryFirst(post, this.sel('translationCredit')) !== null) {
      const inQuote = quote ?? this.inQuoteOf(post);
      const own = textEls.filter((el) => !inQuote(el));
      if (own.length > 1) {
        const added = new Set(own.slice(1));
        textEls = textEls.filter((el) => !added.has(el));
        translationLeftOut = true;
      }
    }
    const exclude = this.sel('textExclude');
    // An X Article: its title and body blocks. It may have no tweetText at all, or only those of the posts it embeds
    // (inside its body, read as quoted posts): the body is read whenever the first text block sits in it.
    const longform =
      textEls.length === 0 || this.inLongform(textEls[0]!, post) ? outermost(queryAllAny(post, this.sel('longformText'))) : [];
    const poll = queryFirst(post, this.sel('poll'));
    // X's one-word label of a photo without a description ("Image") is no words: such a post keeps the fast path.
    const photos = queryAllAny(post, this.sel('photoAlt')).filter((img) => PHOTO_WORDS_RE.test(img.getAttribute('alt') ?? ''));
    // A post of one text block and nothing else (most posts): no arrays in between.
    if (textEls.length <= 1 && longform.length === 0 && !poll && photos.length === 0) {
      const only = textEls[0];
      const text = only ? extractText(only, { exclude }) : '';
      const quoted = only && text && quote?.(only) ? { start: 0, end: text.length, el: only } : null;
      return { text, textEls, quoted, translationLeftOut };
    }
    const longformOpts: TextOptions = { exclude: [...exclude, ...this.quoteSels()], breakBefore: this.sel('longformBlock') };
    const kinds = new Map<Element, 'text' | 'longform' | 'poll' | 'photo'>();
    for (const el of textEls) kinds.set(el, 'text');
    for (const el of longform) kinds.set(el, 'longform');
    if (poll) kinds.set(poll, 'poll');
    for (const el of photos) kinds.set(el, 'photo');
    let text = '';
    let quoted: { start: number; end: number; el: Element } | null = null;
    /** The quote block the range covers: a second quoted post (two posts an X Article embeds) is not in it. */
    let quoteBlock: Element | null = null;
    for (const el of inDocumentOrder(kinds.keys())) {
      const kind = kinds.get(el)!;
      const t =
        kind === 'text'
          ? extractText(el, { exclude })
          : kind === 'longform'
            ? extractText(el, longformOpts)
            : kind === 'poll'
              ? this.pollText(el)
              : this.photoDescription(el);
      if (!t) continue;
      if (text) text += '\n';
      if (quote) {
        const inQuote = quote(el);
        // The quoted post's blocks follow one another (its text, its poll, its photos; an X Article quoted: its
        // title, then its paragraphs): the range runs over them, within the one quote block, while the block before
        // this one ended it (its end is then just before this block's line break).
        const block = inQuote ? closestWithin(el, post, this.quoteSels()) : null;
        if (inQuote && quoted === null) {
          quoted = { start: text.length, end: text.length + t.length, el };
          quoteBlock = block;
        } else if (inQuote && quoted !== null && quoted.end === text.length - 1 && block === quoteBlock) {
          quoted.end = text.length + t.length;
        }
      }
      text += t;
    }
    return { text, textEls: longform.length ? inDocumentOrder([...longform, ...textEls]) : textEls, quoted, translationLeftOut };
  }

  /**
   * Whether X shows the post's words translated in place: a translation credit of the post's own ("Translated from
   * Arabic by Grok") with no block in another language beside it before the post's own text block (X's older
   * translation added such a block under the original, which is then what the post's text block still holds).
   */
  private translatedInPlace(post: Element, ownText: Element | undefined, skip: (el: Element) => boolean): boolean {
    const credit = queryFirst(post, this.sel('translationCredit'), skip);
    if (!credit) return false;
    for (let n = credit.parentElement; n && n !== post; n = n.parentElement) {
      if (ownText && n.contains(ownText)) return true;
      if (n.querySelector('[lang]')) return false;
    }
    return true;
  }

  /** The longformText entries as one selector, for one native closest() per post (undefined until asked). */
  private longformSelector: string | undefined;

  /** Whether a text block sits in an X Article's title or body inside the post (asked once per post: kept cheap). */
  private inLongform(el: Element, post: Element): boolean {
    const sels = this.sel('longformText');
    if (sels.length === 0) return false;
    try {
      const found = el.closest((this.longformSelector ??= sels.join(',')));
      return found !== null && found !== post && post.contains(found);
    } catch {
      // An entry this engine rejects (a site profile's): each entry on its own.
      return hasAncestorBelow(el, post, sels);
    }
  }

  /**
   * The description the post's author wrote for a photo, or ''. X's own label for a photo without one is a single
   * word in most interface languages ("Image", «صورة»): a description of one word is left out with it (a label of two
   * words, Vietnamese "Hình ảnh", is read as text and matches nothing). A video's or a GIF's poster is left out
   * whatever its alt says: that is X's label for the video ("Embedded video").
   */
  private photoDescription(img: Element): string {
    const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    return PHOTO_WORDS_RE.test(alt) && !this.isVideoPoster(img) ? alt : '';
  }

  /**
   * The post's words outside its text blocks, for the blur of high-risk posts: the media block of each photo whose
   * description was read, and a poll.
   */
  textBlocks(post: Element): Element[] {
    const out: Element[] = [];
    for (const img of queryAllAny(post, this.sel('photoAlt'))) {
      const media = this.photoDescription(img) ? closestFirst(img, this.sel('media')) : null;
      if (media && post.contains(media) && !out.includes(media)) out.push(media);
    }
    const poll = queryFirst(post, this.sel('poll'));
    if (poll) out.push(poll);
    return out;
  }

  /** The image is a video's or a GIF's poster: in a media block that holds a player (the poster is inside it). */
  private isVideoPoster(img: Element): boolean {
    const media = closestFirst(img, this.sel('media'));
    return !!media && queryFirst(media, this.sel('videoMedia')) !== null;
  }

  /** A poll's options, one per line, without a closed poll's shares ("42%"): words the post's author wrote. */
  private pollText(poll: Element): string {
    const lines: string[] = [];
    for (const option of queryAllFirst(poll, this.sel('pollOption'))) {
      const t = extractText(option, { exclude: this.sel('textExclude') })
        .replace(POLL_SHARE_RE, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (t) lines.push(t);
    }
    return lines.join('\n');
  }

  /** The name, handle and profile link shown in a User-Name block (the post's own, or a quoted post's). */
  private authorOf(userName: Element | null, origin: string): { name: string; handle: string | null; profileUrl: string | null } {
    let name = '';
    let handle: string | null = null;
    let profileUrl: string | null = null;
    if (userName) {
      for (const a of Array.from(userName.querySelectorAll('a[href]'))) {
        const u = toUrl(a.getAttribute('href'), origin);
        const seg = u ? u.pathname.split('/').filter(Boolean) : [];
        // A reserved path is a handle too when the link shows it as one ("@premium", "@jobs": official accounts).
        if (
          u &&
          isXHost(u.hostname) &&
          seg.length === 1 &&
          seg[0] &&
          HANDLE_RE.test(seg[0]) &&
          (!X_RESERVED.has(seg[0].toLowerCase()) || a.textContent?.trim().toLowerCase() === '@' + seg[0].toLowerCase())
        ) {
          handle = seg[0];
          profileUrl = new URL('/' + seg[0], u.origin).href;
          name = extractText(a, { exclude: this.sel('textExclude') });
          // The display-name link also holds the @handle text on some layouts: keep the name only (nothing when
          // the link found is the @handle one).
          if (name.endsWith('@' + handle)) name = name.slice(0, -handle.length - 1).trim();
          break;
        }
      }
      if (!name) {
        const all = extractText(userName, { exclude: this.sel('textExclude') });
        // The @handle stands in an element of its own (a quoted post's row has no links): its text runs on into
        // the time's ("@name·Nov 27" reads "@nameNov 27" once the separator is left out).
        if (!handle) {
          for (const el of Array.from(userName.querySelectorAll('span, div'))) {
            const m = /^@([A-Za-z0-9_]{1,15})$/.exec((el.textContent ?? '').trim());
            if (m?.[1]) {
              handle = m[1];
              break;
            }
          }
        }
        if (!handle) {
          const m = /@([A-Za-z0-9_]{1,20})/.exec(all);
          if (m?.[1]) handle = m[1];
        }
        const at = handle ? all.indexOf('@' + handle) : all.indexOf('@');
        name = (at > 0 ? all.slice(0, at) : at === 0 ? '' : all).trim();
      }
    }
    return { name, handle, profileUrl };
  }

  scan(post: Element): PostScan {
    // A short text is its own fingerprint (compared as a string, no hash pass over it); a long one is hashed, so
    // that the scanner does not keep a second copy of a page's longest texts.
    const { text } = this.textOf(post);
    return { text, fp: text.length <= FP_TEXT_MAX ? text : textFingerprint(text) };
  }

  postId(post: Element): string {
    const href = this.permalinkEl(post, this.inQuoteOf(post))?.getAttribute('href');
    // Without a status link the id hashes the author too: rare (a post being composed, a tombstone), read it all.
    return statusIdOf(href, post) ?? this.read(post).id;
  }

  read(post: Element): PostData {
    const origin = pageOrigin(post);
    const skip = this.inQuoteOf(post);

    // Permalink, id, time
    const link = this.permalinkEl(post, skip);
    const linkUrl = toUrl(link?.getAttribute('href'), origin);
    const statusId = statusIdOf(link?.getAttribute('href'), post);
    let url: string | null = null;
    if (linkUrl && statusId) {
      const clean = new URL(linkUrl.pathname.replace(/(\/status(?:es)?\/\d+).*$/, '$1'), isXHost(linkUrl.hostname) ? linkUrl.origin : origin);
      url = clean.href;
    }
    const timeEl =
      (link ? queryFirst(link, this.sel('time')) : null) ?? queryFirst(post, this.sel('time'), skip);
    const time = timeEl?.getAttribute('datetime') || null;

    // Author
    const userName = queryFirst(post, this.sel('userName'), skip);
    const shown = this.authorOf(userName, origin);
    const name = shown.name;
    let { handle, profileUrl } = shown;
    if (!handle && linkUrl) {
      const seg = linkUrl.pathname.split('/').filter(Boolean)[0];
      if (seg && HANDLE_RE.test(seg) && seg !== 'i') {
        handle = seg;
        profileUrl = new URL('/' + seg, origin).href;
      }
    }

    // Text, lang, and the quoted post's words and author
    const { text, textEls, quoted: inQuote, translationLeftOut } = this.textOf(post, skip);
    let quoted: PostData['quoted'] = undefined;
    if (inQuote) {
      const block = closestWithin(inQuote.el, post, this.quoteSels());
      const who = this.authorOf(block ? queryFirst(block, this.sel('userName')) : null, origin);
      if (who.name || who.handle) quoted = { start: inQuote.start, end: inQuote.end, author: { name: who.name, handle: who.handle } };
    }
    // The post's own text block: a post of media alone quoting a French post is not in French. Shown translated in
    // place (X swapped the words, no original left to read), the block keeps the original's lang while it holds the
    // translation: no language then.
    const ownText = textEls.find((el) => !skip(el));
    const machineTranslated = !translationLeftOut && this.translatedInPlace(post, ownText, skip);
    const declared = machineTranslated ? null : ownText?.getAttribute('lang')?.toLowerCase() || null;
    const lang = declared && !X_NO_LANG.has(declared) ? declared : null;

    // Links: the text's links (t.co expanded from the displayed URL), then card links.
    const links: string[] = [];
    const expanded = new Map<string, string>();
    const addLink = (a: Element, inText: boolean) => {
      const u = toUrl(a.getAttribute('href'), origin);
      if (!u || isXHost(u.hostname)) return; // hashtags, mentions, internal links
      let out: string | null;
      if (u.hostname === 't.co') {
        out = expandTco(a, inText) ?? expanded.get(u.href) ?? null;
        if (out) expanded.set(u.href, out);
        else out = u.href;
        if (out !== u.href && isXHost(new URL(out).hostname)) return; // pic.x.com media, quoted post links
      } else {
        out = stripTracking(u).href;
      }
      if (!links.includes(out)) links.push(out);
    };
    for (const el of textEls) for (const a of Array.from(el.querySelectorAll('a[href]'))) addLink(a, true);
    for (const card of queryAllFirst(post, this.sel('card'))) {
      for (const a of Array.from(card.querySelectorAll('a[href]'))) {
        const u = toUrl(a.getAttribute('href'), origin);
        if (u?.hostname === 't.co' && expanded.has(u.href)) continue; // same link as in the text
        addLink(a, false);
      }
    }

    const isComment = this.isReply(post, statusId);

    const id = statusId ?? hashPostId(`${handle ?? name}\n${text}`);
    return {
      id,
      site: 'x',
      url,
      author: { name, handle, profileUrl },
      text,
      time,
      lang,
      links,
      isComment,
      ...(quoted ? { quoted } : {}),
      ...(machineTranslated ? { machineTranslated } : {}),
    };
  }

  /**
   * A reply shown under the focused post of a status page (only status pages have one: the search is skipped
   * elsewhere). Posts after a section heading below it ("Discover more") are not replies. Once the focused post has
   * scrolled out of the virtual list, a post of another status than the page's is a reply, unless a section heading
   * comes before it. An ad placed among them is not a reply either.
   */
  private isReply(post: Element, statusId: string | null): boolean {
    const page = documentUrl(post);
    const status = page ? STATUS_RE.exec(page.pathname) : null;
    if (page && !status) return false;
    // The page's own post, wherever it is shown (the media viewer over it, /status/ID/photo/1, shows it again after the
    // page's copy).
    if (status && statusId === status[1]) return false;
    if (closestFirst(post, this.sel('promoted'))) return false;
    const focused = queryFirst(post.ownerDocument, this.sel('focused'));
    if (focused) {
      if (focused === post || focused.contains(post) || !(focused.compareDocumentPosition(post) & 4)) return false;
      return !this.headingBefore(post, focused);
    }
    // The conversation itself only: a photo opened from a timeline (/status/ID/photo/1) keeps that timeline under it.
    if (!status || !statusId || !CONVERSATION_RE.test(page!.pathname)) return false;
    return !this.headingBefore(post, null);
  }

  /** Is there a timeline cell holding a section heading and no post between `stop` (or the list's start) and the post? */
  private headingBefore(post: Element, stop: Element | null): boolean {
    const cell = closestFirst(post, this.sel('cell'));
    if (!cell) return false;
    for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
      if (stop && c.contains(stop)) return false;
      if (queryFirst(c, this.sel('post'))) continue;
      if (queryFirst(c, this.sel('sectionHeading'))) return true;
    }
    return false;
  }

  resolvePermalink(post: Element): Promise<string | null> {
    return Promise.resolve(this.read(post).url);
  }

  pageExpectsPosts(loc: Location | URL): boolean {
    return xPageExpectsPosts(loc);
  }

  pageIsEmpty(doc: Document): boolean {
    return queryFirst(doc, this.sel('emptyState')) !== null;
  }

  textHooksPresent(doc: Document): boolean {
    // A post's words: a page of posts with none had its hooks renamed (an X Article among them has its own blocks).
    return queryFirst(doc, this.sel('text')) !== null;
  }

  badgeAnchor(post: Element): Element {
    return queryFirst(post, this.sel('badgeAnchor'), this.inQuoteOf(post)) ?? post;
  }

  menuButton(post: Element): HTMLElement | null {
    return (queryFirst(post, this.sel('caret'), this.inQuoteOf(post)) as HTMLElement | null) ?? null;
  }
}

/** Whether this engine supports :has() (then `quoteNoHas` entries are never needed). */
const SUPPORTS_HAS = ((): boolean => {
  try {
    return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('selector(:has(*))');
  } catch {
    return false;
  }
})();

/** The numeric status id of a permalink href, or null. A site-relative path (X's own links) is read as is. */
function statusIdOf(href: string | null | undefined, post: Element): string | null {
  if (!href) return null;
  if (/^\/[^/?#]*\/status(?:es)?\/\d{1,25}(?:[/?#]|$)/.test(href)) return STATUS_RE.exec(href)![1]!;
  const u = toUrl(href, pageOrigin(post));
  return u ? (STATUS_RE.exec(u.pathname)?.[1] ?? null) : null;
}

/** The X adapter with the built-in selector table. */
export const xAdapter: SiteAdapter = new XAdapter();

/** An X adapter with a custom table (the pack's site profile first, built-ins after). */
export function createXAdapter(overrides?: SelectorTable): SiteAdapter {
  return overrides ? new XAdapter(mergeSelectors(X_SELECTORS, overrides)) : new XAdapter();
}
