// The site-adapter contract and the helpers both adapters share: ordered selector lookups,
// layout-free text extraction, redirector unwrapping and a small string hash.
// Nothing here touches a browser-extension API, and nothing forces layout
// (no innerText, no getBoundingClientRect, no getComputedStyle).

import type { PostData } from '../types';

/** Selector table: each key holds an ordered list, most stable hook first, fallbacks after. */
export interface SelectorTable {
  [key: string]: string[];
}

export interface SiteAdapter {
  site: 'x' | 'facebook';
  /** Data, overridable by a pack's site profile. */
  selectors: SelectorTable;
  /** An adapter that tries `overrides` first, the built-in entries after. */
  withSelectors(overrides: SelectorTable): SiteAdapter;
  /** Post containers inside root (root included if it is one), outermost posts and comments each as their own container, in document order. */
  findPosts(root: ParentNode): Element[];
  /**
   * What the scanner needs of every post, in one pass over the container: the text to match, and a fingerprint that
   * changes when its text changes ("Show more", a node recycled for another post). Id, author, time and links are
   * left to read(), asked of flagged posts only (most posts match nothing: on X the permalink search was a third of
   * a post's scan, on Facebook the post's identity half of it).
   */
  scan(post: Element): PostScan;
  /**
   * The post's id, as read().id gives it, where the fingerprint does not tell two posts apart: asked of a node that
   * was flagged, to notice the site reusing it for another post with the same words (X). Left out where the
   * fingerprint is enough (Facebook: it holds the author, and a post's permalink fills in late, on hover, so an id
   * read again would change under a post that did not).
   */
  postId?(post: Element): string;
  /**
   * The posts found in a container the scanner marked instead of it, when it is no longer a post of its own (empty
   * while it is): its marks are taken off and those are scanned. Asked only of a marked container whose words
   * changed or whose badge went; absent where a container always stays the post (X's articles).
   */
  supersededBy?(post: Element): Element[];
  /** Read everything from the container. Never forces layout. */
  read(post: Element): PostData;
  /** Resolve the permalink lazily (Facebook fills the timestamp link href only on hover); may return null. */
  resolvePermalink(post: Element): Promise<string | null>;
  /** True when this page is one that should hold posts. */
  pageExpectsPosts(loc: Location | URL): boolean;
  /** True when the page says it has nothing to show (an empty or unavailable timeline): not unreadable then. */
  pageIsEmpty?(doc: Document): boolean;
  /**
   * False when the page shows enough posts that some should carry the site's text hooks, and not one does (the site
   * renamed them): the page is then unreadable even where other words (photo descriptions, comments) were read.
   */
  textHooksPresent?(doc: Document): boolean;
  /**
   * The elements holding a post's words that no `text` selector names (a Facebook video's or reel's caption written
   * as bare words): blurred with the `text` blocks when the user asked for high-severity posts to be. Asked of
   * flagged posts only; none where absent.
   */
  textBlocks?(post: Element): Element[];
  /** Where to insert the badge inside the container; the container itself as fallback. */
  badgeAnchor(post: Element): Element;
  /** The post's "…" actions menu button, for the reporting flow. */
  menuButton(post: Element): HTMLElement | null;
}

/** See SiteAdapter.scan. */
export interface PostScan {
  text: string;
  fp: string;
}

/** Elements Firebreak itself puts in the page: never read as post text. */
export const OWN_ELEMENTS = ['firebreak-badge', 'firebreak-panel'];

// ---------------------------------------------------------------------------------------------
// Selector tables

/** Overrides first, built-ins after, without duplicates; keys only in `overrides` are kept too. */
export function mergeSelectors(builtIn: SelectorTable, overrides: SelectorTable): SelectorTable {
  const out: SelectorTable = {};
  const keys = new Set([...Object.keys(builtIn), ...Object.keys(overrides)]);
  for (const key of keys) {
    const seen = new Set<string>();
    const list: string[] = [];
    for (const sel of [...(overrides[key] ?? []), ...(builtIn[key] ?? [])]) {
      const s = sel.trim();
      if (s && !seen.has(s)) {
        seen.add(s);
        list.push(s);
      }
    }
    out[key] = list;
  }
  return out;
}

/** `el.matches(sel)` that answers false for a selector the engine does not support. */
export function safeMatches(el: Element, sel: string): boolean {
  try {
    return el.matches(sel);
  } catch {
    return false;
  }
}

function safeQueryAll(root: ParentNode, sel: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(sel));
  } catch {
    return [];
  }
}

function isElement(node: unknown): node is Element {
  return !!node && (node as Node).nodeType === 1;
}

/** True when `el` matches any entry of the list. */
export function matchesAny(el: Element, sels: readonly string[]): boolean {
  for (const sel of sels) if (safeMatches(el, sel)) return true;
  return false;
}

/** First element (root included) matched by the first entry of `sels` that matches anything. */
export function queryFirst(root: ParentNode, sels: readonly string[], skip?: (el: Element) => boolean): Element | null {
  for (const sel of sels) {
    if (isElement(root) && safeMatches(root, sel) && !skip?.(root)) return root;
    if (!skip) {
      // querySelector stops at the first match: cheap even on a document holding a thousand posts.
      try {
        const el = root.querySelector(sel);
        if (el) return el;
      } catch {
        /* unsupported selector: try the next one */
      }
      continue;
    }
    // The first match is usually the one: the full list only when it is skipped.
    let first: Element | null;
    try {
      first = root.querySelector(sel);
    } catch {
      continue;
    }
    if (!first) continue;
    if (!skip(first)) return first;
    for (const el of safeQueryAll(root, sel)) if (!skip(el)) return el;
  }
  return null;
}

/** Every element (root included) matched by the first entry of `sels` that matches anything, in document order. */
export function queryAllFirst(root: ParentNode, sels: readonly string[], skip?: (el: Element) => boolean): Element[] {
  for (const sel of sels) {
    const found: Element[] = [];
    if (isElement(root) && safeMatches(root, sel) && !skip?.(root)) found.push(root);
    for (const el of safeQueryAll(root, sel)) if (!skip?.(el)) found.push(el);
    if (found.length) return found;
  }
  return [];
}

/** Per document: the entry of a list the whole document matches first, and when that was asked. */
const documentEntry = new WeakMap<Document, { sels: readonly string[]; entry: string[]; at: number }>();
/** How long a document's answer stands (the scanner searches the whole page at most this often). */
const DOCUMENT_ENTRY_MS = 1000;

/**
 * queryAllFirst on a subtree with the entry the whole document uses: the first entry that matches anywhere in the
 * root's document. A subtree alone may match only a fallback entry (a notification row or a tombstone added to a
 * page of posts) that a search of the whole page never reaches, so the same element would be a post or not
 * depending on how it was found. The document's answer is kept for a second (asked once per entry, with
 * querySelector, which stops at the first match).
 */
export function queryAllFirstAsDocument(root: ParentNode, sels: readonly string[]): Element[] {
  const doc = (root as Node).ownerDocument;
  if (!doc || sels.length < 2) return queryAllFirst(root, sels);
  const now = performance.now();
  let c = documentEntry.get(doc);
  if (!c || c.sels !== sels || c.entry.length === 0 || now - c.at > DOCUMENT_ENTRY_MS) {
    const sel = sels.find((s) => queryFirst(doc, [s]) !== null);
    c = { sels, entry: sel === undefined ? [] : [sel], at: now };
    documentEntry.set(doc, c);
  }
  return queryAllFirst(root, c.entry);
}

/**
 * Every element (root included) matched by any entry of `sels`, in document order, each once. For lists whose entries
 * are alternatives per element (a message marked one way or another), where queryAllFirst would keep only the first
 * marker's elements.
 */
export function queryAllAny(root: ParentNode, sels: readonly string[], skip?: (el: Element) => boolean): Element[] {
  if (sels.length === 0) return [];
  let found: Element[];
  const c = compileList(sels);
  if (c.all !== null) {
    found = isElement(root) && matchesList(root, c) ? [root] : [];
    for (const el of safeQueryAll(root, c.all)) found.push(el);
  } else {
    // An entry this engine rejects: each entry on its own (guarded), merged.
    const all: Element[] = isElement(root) && matchesAny(root, sels) ? [root] : [];
    for (const sel of sels) for (const el of safeQueryAll(root, sel)) all.push(el);
    found = inDocumentOrder(all);
  }
  return skip ? found.filter((el) => !skip(el)) : found;
}

/** The nearest ancestor-or-self matched by the first entry of `sels` that matches one. */
export function closestFirst(el: Element, sels: readonly string[]): Element | null {
  for (const sel of sels) {
    try {
      const found = el.closest(sel);
      if (found) return found;
    } catch {
      /* unsupported selector: try the next one */
    }
  }
  return null;
}

/** Sort elements in document order, without duplicates. */
export function inDocumentOrder(els: Iterable<Element>): Element[] {
  const list = Array.from(new Set(els));
  list.sort((a, b) => {
    if (a === b) return 0;
    const pos = a.compareDocumentPosition(b);
    // 4 = DOCUMENT_POSITION_FOLLOWING, 2 = DOCUMENT_POSITION_PRECEDING
    if (pos & 4) return -1;
    if (pos & 2) return 1;
    return 0;
  });
  return list;
}

/**
 * Keep only the elements that no other element of the list contains. With `root` (every element lies inside it or
 * is it), ancestors above root are not looked at.
 */
export function outermost(els: Element[], root?: ParentNode): Element[] {
  if (els.length < 2) return els;
  const set = new Set(els);
  const stop = root && isElement(root) ? root.parentElement : null;
  return els.filter((el) => {
    for (let p = el.parentElement; p && p !== stop; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Text extraction

export interface TextOptions {
  /** Subtrees to skip (nested comments, quoted chrome, our own elements…). */
  exclude?: readonly string[];
  /** Elements before which a line break is added when the text so far does not end with one (paragraph blocks). */
  breakBefore?: readonly string[];
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON']);

// Not shown to sighted readers: skipped without computing style. The sites use `aria-hidden`
// for separators and truncation ellipses; `hidden` and inline `display:none` are cheap to read.
function isHiddenChrome(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/**
 * Elements extractText treats specially; a text block holding none of them reads as its textContent. An inline
 * style matters only when it may hide (isHiddenChrome reads `display` and `visibility`): X styles the spans and
 * links of every post's text (`text-overflow: unset`, a colour), and a bare `[style]` sent every post down the walk.
 */
const SPECIAL_SELECTOR =
  'script,style,noscript,template,svg,textarea,input,select,button,img,br,[aria-hidden="true"],[hidden],' +
  '[style*="display" i],[style*="visibility" i]';

/** A selector list as one matcher, compiled once per list: one native call per element instead of one per entry. */
interface CompiledList {
  all: string | null;
  each: readonly string[];
}
const compiled = new Map<string, CompiledList>();
/** Compiled lists by the array they were made from (adapters pass the same table arrays every time). */
const compiledByArray = new WeakMap<readonly string[], CompiledList>();
const NO_EXCLUDE: readonly string[] = [];

/** Our own elements and `exclude`, compiled once per `exclude` array. */
function excludeList(exclude: readonly string[] = NO_EXCLUDE): CompiledList {
  let c = compiledByArray.get(exclude);
  if (!c) {
    c = compileList([...OWN_ELEMENTS, ...exclude]);
    compiledByArray.set(exclude, c);
  }
  return c;
}

/** Plain lists compiled once per array. */
const plainByArray = new WeakMap<readonly string[], CompiledList>();

/**
 * True when an ancestor of `el` below `root` (root and el excluded) matches an entry of `sels`: one native call per
 * ancestor, and the walk stops at root (closest() would go on to the top of the document).
 */
export function hasAncestorBelow(el: Element, root: Element, sels: readonly string[]): boolean {
  return closestWithin(el, root, sels) !== null;
}

/** The nearest ancestor of `el` below `root` (root excluded) that matches one of `sels`, or null. */
export function closestWithin(el: Element, root: Element, sels: readonly string[]): Element | null {
  let c = plainByArray.get(sels);
  if (!c) {
    c = compileList(sels);
    plainByArray.set(sels, c);
  }
  for (let n = el.parentElement; n && n !== root; n = n.parentElement) if (matchesList(n, c)) return n;
  return null;
}

function compileList(sels: readonly string[]): CompiledList {
  const key = sels.join('\u0000');
  let c = compiled.get(key);
  if (!c) {
    let all: string | null = sels.join(',');
    try {
      // Any document parses selectors the same way: an entry the engine rejects makes the list fall back to one
      // call per entry (each guarded), so one bad selector in a pack's site profile never hides the others.
      globalThis.document?.createDocumentFragment().querySelector(all);
    } catch {
      all = null;
    }
    c = { all: sels.length ? all : null, each: sels };
    if (compiled.size > 256) compiled.clear();
    compiled.set(key, c);
  }
  return c;
}

function matchesList(el: Element, c: CompiledList): boolean {
  if (c.all !== null) {
    try {
      return el.matches(c.all);
    } catch {
      c.all = null; // this engine rejects an entry: one guarded call per entry from now on
    }
  }
  return matchesAny(el, c.each);
}

/**
 * Text of `root` as displayed: text nodes in order, emoji `<img>` by their `alt`, `<br>` as a line break,
 * skipping excluded subtrees, our own elements and visually hidden chrome. No layout is read.
 *
 * Most text blocks hold only text, links and spans: one native query finds that out and textContent gives the
 * text. Otherwise the tree is walked by hand (firstChild / nextSibling): a TreeWalker with a script filter calls
 * back into JavaScript for every node, and that was the largest cost of scanning a post (bench profile).
 */
export function extractText(root: Element, opts: TextOptions = {}): string {
  const exclude = excludeList(opts.exclude);
  const breakBefore = opts.breakBefore?.length ? compileList(opts.breakBefore) : null;
  if (!breakBefore && exclude.all !== null) {
    let plain: boolean;
    try {
      plain = root.querySelector(`${SPECIAL_SELECTOR},${exclude.all}`) === null;
    } catch {
      plain = false;
    }
    if (plain) return (root.textContent ?? '').trim();
  }
  let out = '';
  const endsWithBreak = () => out === '' || /\s$/.test(out);
  let n: Node | null = root.firstChild;
  while (n) {
    let descend = false;
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.tagName;
      if (SKIP_TAGS.has(tag) || isHiddenChrome(el) || matchesList(el, exclude)) {
        // skipped with its subtree
      } else if (tag === 'IMG') out += el.getAttribute('alt') ?? '';
      else if (tag === 'BR') out += '\n';
      else {
        if (breakBefore && matchesList(el, breakBefore) && !endsWithBreak()) out += '\n';
        descend = true;
      }
    }
    if (descend && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    if (!n || n === root) break;
    n = n.nextSibling;
  }
  return out.trim();
}

// ---------------------------------------------------------------------------------------------
// URLs

/** Parse `href` against `base`; null when it is not an http(s) URL. */
export function toUrl(href: string | null | undefined, base: string): URL | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || h === '#' || /^(javascript|mailto|tel|data):/i.test(h)) return null;
  try {
    const u = new URL(h, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

const TRACKING_PARAMS = /^(fbclid|gclid|igshid|mc_eid|utm_[a-z_]+|__cft__.*|__tn__|ref_src|ref_url)$/i;

/** Drop the tracking parameters the sites and mailers add (fbclid, utm_*, __cft__…). */
export function stripTracking(u: URL): URL {
  const out = new URL(u.href);
  for (const key of Array.from(out.searchParams.keys())) if (TRACKING_PARAMS.test(key)) out.searchParams.delete(key);
  if (out.search === '?') out.search = '';
  return out;
}

/**
 * Unwrap the sites' outbound redirectors: `l.facebook.com/l.php?u=`, `lm.facebook.com`, `www.facebook.com/l.php`,
 * and generic `?u=`/`?url=` wrappers on those hosts; tracking parameters are removed. Unknown URLs are returned as they are
 * (t.co needs the displayed text, see the X adapter).
 */
export function unwrapUrl(href: string, base = 'https://www.facebook.com/'): string | null {
  let u = toUrl(href, base);
  for (let i = 0; u && i < 3; i++) {
    const host = u.hostname.toLowerCase();
    // /flx/warn/ is the "you are leaving Facebook" page put in front of links Facebook finds suspicious.
    const isFbRedirect =
      (host === 'l.facebook.com' || host === 'lm.facebook.com' || host.endsWith('.facebook.com') || host === 'facebook.com') &&
      (u.pathname === '/l.php' || u.pathname === '/l/' || u.pathname === '/flx/warn/');
    const isMessengerRedirect = host === 'l.messenger.com' && u.pathname === '/l.php';
    const isInstagramRedirect = host === 'l.instagram.com' && u.pathname === '/';
    if (!(isFbRedirect || isMessengerRedirect || isInstagramRedirect)) break;
    const target = u.searchParams.get('u') ?? u.searchParams.get('url');
    const next = toUrl(target, base);
    if (!next) break;
    u = next;
  }
  return u ? stripTracking(u).href : null;
}

// ---------------------------------------------------------------------------------------------
// Hashing

/** FNV-1a 32-bit over UTF-16 code units, as an unsigned number. */
export function fnv1a(str: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A short stable id for a string: two FNV-1a passes with different seeds, base 36 (about 64 bits). */
export function hashId(str: string): string {
  return fnv1a(str).toString(36) + fnv1a(str, 0x9747b28c).toString(36);
}

/** The prefix of a post id made from a hash, for a post whose page shows no permalink (yet). */
const HASH_POST_ID = 'h:';

/** A post id made from a hash of `key` (its author and words). */
export function hashPostId(key: string): string {
  return HASH_POST_ID + hashId(key);
}

/** Whether a post id was made by hashPostId rather than read from the site. */
export function isHashPostId(id: string): boolean {
  return id.startsWith(HASH_POST_ID);
}

/** Cheap fingerprint of a text: length and a hash. */
export function textFingerprint(text: string): string {
  return `${text.length}:${fnv1a(text).toString(36)}`;
}

// ---------------------------------------------------------------------------------------------
// Events (lazy permalinks)

/** Hover and focus a link without moving focus or the page, the way a pointer passing over it would. */
export function simulateHover(el: Element): void {
  const view = el.ownerDocument.defaultView;
  if (!view) return;
  const opts = { bubbles: true, cancelable: true, composed: true, view } as MouseEventInit;
  const fire = (ctor: typeof MouseEvent | typeof FocusEvent | typeof Event, type: string, init: EventInit) => {
    try {
      el.dispatchEvent(new ctor(type, init));
    } catch {
      /* an event type the environment does not build */
    }
  };
  const PointerCtor = (view as unknown as { PointerEvent?: typeof MouseEvent }).PointerEvent ?? view.MouseEvent;
  fire(PointerCtor, 'pointerover', opts);
  fire(PointerCtor, 'pointerenter', { ...opts, bubbles: false });
  fire(view.MouseEvent, 'mouseover', opts);
  fire(view.MouseEvent, 'mouseenter', { ...opts, bubbles: false });
  fire(PointerCtor, 'pointermove', opts);
  fire(view.MouseEvent, 'mousemove', opts);
  fire(view.FocusEvent, 'focusin', { bubbles: true, composed: true });
  fire(view.FocusEvent, 'focus', { bubbles: false, composed: true });
}

/** The end of a simulated hover. */
export function simulateHoverEnd(el: Element): void {
  const view = el.ownerDocument.defaultView;
  if (!view) return;
  const opts = { bubbles: true, cancelable: true, composed: true, view } as MouseEventInit;
  try {
    el.dispatchEvent(new view.MouseEvent('mouseout', opts));
    el.dispatchEvent(new view.MouseEvent('mouseleave', { ...opts, bubbles: false }));
    el.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true, composed: true }));
    el.dispatchEvent(new view.FocusEvent('blur', { bubbles: false, composed: true }));
  } catch {
    /* ignore */
  }
}

/** Wait until `read()` gives a value or `timeoutMs` passes, checking every frame-ish tick. */
export async function waitFor<T>(read: () => T | null, timeoutMs: number, stepMs = 16): Promise<T | null> {
  const first = read();
  if (first !== null) return first;
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, stepMs));
    const v = read();
    if (v !== null) return v;
  }
  return null;
}

/** The last page URL parsed by documentUrl (posts are read many at a time, on one page). */
let lastPage: { href: string; url: Readonly<URL> | null } = { href: '', url: null };

/** The page URL of the document that holds `el`, when it is an http(s) page. Shared: never modify it. */
export function documentUrl(el: Element): Readonly<URL> | null {
  const doc = el.ownerDocument;
  const href = doc.defaultView?.location?.href ?? doc.URL ?? '';
  if (href !== lastPage.href) {
    let url: URL | null;
    try {
      const u = new URL(href);
      url = u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
    } catch {
      url = null;
    }
    lastPage = { href, url };
  }
  return lastPage.url;
}
