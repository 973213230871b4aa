// Live scanning of a page: one MutationObserver that only collects, and work done in short task slices.
//
//   mutation callback ──notes──▶ dirty containers + added nodes
//                                        │  when any: a user-blocking task right after the page's current one
//                                        ▼
//   slice (≤ SLICE_MS): find new containers → scan text (all reads first) → match → full read of flagged posts
//                       → write marks (all writes after) → take the records of our own writes
//
// No extension API here: the scanner takes a site adapter, a match function and callbacks, so it runs the same
// in unit tests (happy-dom) and in the content script.
import { isHashPostId, type SiteAdapter } from '../sites/adapter';
import type { MatchResult, PostData } from '../types';

/** Longest a slice may run before yielding to the page. */
export const SLICE_MS = 6;
/**
 * New nodes are searched for posts in their own subtree only. Nodes added where no post is found and outside any
 * known post (a container the site fills in several steps) trigger a search of the whole page, at most this often.
 */
const FULL_PASS_EVERY_MS = 1000;
/**
 * Longest text matched per post, in UTF-16 units: the sites' own limits (X: 25,000 characters, 50,000 units if every
 * one is outside the BMP; Facebook: 63,206), but a page can put any amount of text in a post, and matching runs in
 * one go: 1 MB of mixed scripts blocks the page for about 300 ms, and with 100,000 units a slice holding a hostile
 * page's 256 KB post ran 56–60 ms of CPU on a slow hour (session 37). The start of the text is matched; span offsets
 * stay valid. Text past the limit is not matched (matching in chunks across slices would lift this).
 */
export const MAX_MATCH_CHARS = 64_000;

export const ATTR_STATE = 'data-firebreak';
/** The post id, on flagged and dismissed containers (the panel and the side panel find a post by it). */
export const ATTR_ID = 'data-firebreak-id';

/**
 * A post id without the suffix the content script gives a content-hash id ("h:…") that another post on the page
 * already holds ("h:1x9k~2"): the id the adapter reads for that post.
 */
export function baseId(id: string): string {
  return isHashPostId(id) ? id.replace(/~\d+$/, '') : id;
}

/**
 * Match results kept by text, so that a post shown again (a virtual list re-creates its nodes, a campaign posts the
 * same words) is not matched twice: at most this many texts, and this many UTF-16 units in all (a hostile page's
 * megabyte posts must not pile up here).
 */
const RESULT_CACHE_MAX = 500;
const RESULT_CACHE_MAX_UNITS = 500_000;
/** Longer texts are matched again each time (rare, and matching is linear: about 50 µs for 10,000 units). */
const RESULT_CACHE_TEXT_MAX = 10_000;

/** Elements Firebreak adds to the page; mutations inside them are ours and are ignored. */
export const OWN_TAGS = new Set(['FIREBREAK-BADGE', 'FIREBREAK-PANEL']);

/** Where a mutation happened (Scanner.placeOf): in our own UI, outside any scanned post, or in this container. */
const OWN = 0;
const OUTSIDE = 1;
type Place = typeof OWN | typeof OUTSIDE | Element;

export interface ScanOutcome {
  el: Element;
  /** The adapter's fingerprint of the text that was read. */
  fp: string;
  /**
   * The post id when the post is flagged (read().id), else the id it had when it was last flagged here, so that the
   * flagged list can drop it; null for a post that never was.
   */
  id: string | null;
  /**
   * An id this node was flagged under and no longer shows (the site reused the node for another post with the same
   * words): the flagged list drops it. Null otherwise.
   */
  replaces: string | null;
  /** The text that was matched (the whole text as read; matching stops at MAX_MATCH_CHARS). */
  text: string;
  result: MatchResult;
  /** Everything read from the container, for flagged posts only (unflagged ones need nothing more than the id). */
  post: PostData | null;
}

export interface ScannerOptions {
  adapter: SiteAdapter;
  /** Matches a post's text; null while no patterns are loaded. */
  match: (text: string) => MatchResult;
  /** Writes the marks for a batch of scanned posts (called after all reads of a slice). */
  apply: (outcomes: ScanOutcome[]) => void;
  /**
   * Takes the marks off containers that are no longer posts of their own (SiteAdapter.supersededBy); `lastId` is the
   * post id their last scan flagged (null: they were clear). Called before `apply`, in the same slice.
   */
  unmark?: (gone: { el: Element; lastId: string | null }[]) => void;
  /** Called after each slice that did work. */
  onSliceDone?: () => void;
  /**
   * Whether a container lost the marks written on it (React re-created the part of a flagged post that held the
   * badge; the page took the state off or changed it) while its words stayed the same; `lastId` is the post id its
   * last scan flagged (null: it was clear). Asked of containers that changed. Its marks are then written again,
   * within the repair cap.
   */
  marksLost?: (container: Element, lastId: string | null) => boolean;
  root?: Element;
  now?: () => number;
  /** Scheduling seams for tests; default a user-blocking task with a SLICE_MS budget (see scheduleTask). */
  schedule?: (cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void) => number;
  cancel?: (handle: number) => void;
}

export class Scanner {
  private adapter: SiteAdapter;
  private readonly opts: ScannerOptions;
  private observer: MutationObserver | null = null;
  private readonly dirty = new Set<Element>();
  /** Search the whole page for posts at the next slice (start, rescan, or stray additions that are due). */
  private fullPass = true;
  /** Element nodes added since the last slice, searched for posts in their own subtree. */
  private readonly added = new Set<Element>();
  /** Nodes were added outside any post and held none: a full pass is due within FULL_PASS_EVERY_MS. */
  private strayAdds = false;
  private lastFullPass = Number.NEGATIVE_INFINITY;
  private fullPassTimer: ReturnType<typeof setTimeout> | null = null;
  private handle: number | null = null;
  /** Slices run one after the other since the last change of the page (a backlog; see scheduleSlice). */
  private backToBack = 0;
  private readonly now: () => number;
  /** Scanned containers, so that a change inside one is traced back cheaply. */
  private readonly known = new WeakSet<Element>();
  /**
   * What each container showed when it was last scanned (kept off the page's DOM): its fingerprint, and the post id
   * when it was flagged (a flagged node recycled for another post with the same text must be read again).
   */
  private scanned = new WeakMap<Element, { fp: string; id: string | null }>();
  /** Match results by matched text (RESULT_CACHE_MAX, RESULT_CACHE_MAX_UNITS; oldest dropped first). */
  private readonly cache = new Map<string, MatchResult>();
  /**
   * Marks written again per container (marksLost) in the current burst: bounded, so that a page removing them each
   * time cannot loop; a burst ends REPAIR_BURST_MS after its last repair, and when the container shows another post.
   */
  private readonly repairs = new WeakMap<Element, { n: number; at: number }>();
  private cacheUnits = 0;
  /**
   * Posts checked on the page (the popup's and the side panel's count): each container once per text it showed. A
   * rescan (a pack switched, a post dismissed) reads every post again without checking more posts; a node the site
   * recycles for another post, or "See more", does.
   */
  scannedCount = 0;
  /** A post could not be read (said once in the console). */
  private readFailed = false;
  /** The fingerprint each container was last counted with (not cleared by rescanAll, unlike `scanned`). */
  private counted = new WeakMap<Element, string>();

  constructor(opts: ScannerOptions) {
    this.opts = opts;
    this.adapter = opts.adapter;
    this.now = opts.now ?? (() => performance.now());
  }

  private get root(): Element {
    return this.opts.root ?? document.body ?? document.documentElement;
  }

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.collect(records));
    // Our state attribute too: a page that takes it off a post or changes it (a hostile page, a site script
    // resetting attributes) gets it back, as a removed badge does. Our own writes are taken at the end of each slice (takeRecords).
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true, attributeFilter: [ATTR_STATE] });
    this.fullPass = true;
    this.scheduleSlice();
  }

  stop(): void {
    if (this.fullPassTimer !== null) clearTimeout(this.fullPassTimer);
    this.fullPassTimer = null;
    this.added.clear();
    this.observer?.disconnect();
    this.observer = null;
    if (this.handle !== null) (this.opts.cancel ?? cancelTask)(this.handle);
    this.handle = null;
    this.dirty.clear();
  }

  /** Looks for new posts in the whole page at the next slice (the page's address changed: a new view in place). */
  requestFullPass(): void {
    if (!this.observer) return;
    this.fullPass = true;
    this.scheduleSlice();
  }

  /**
   * A page-wide look, and every post on the page read again, matched only where its reading changed: the address
   * changed, and a post's id may be read from it (a photo viewer's "next" that changed the caption before it).
   */
  recheckAll(): void {
    if (!this.observer) return;
    for (const el of this.root.querySelectorAll(`[${ATTR_STATE}]`)) this.dirty.add(el);
    this.requestFullPass();
  }

  /** Forgets every result and scans every post again (new patterns, new dismissals, new selectors). */
  rescanAll(): void {
    this.cache.clear();
    this.cacheUnits = 0;
    this.scanned = new WeakMap();
    this.fullPass = true;
    for (const el of this.root.querySelectorAll(`[${ATTR_STATE}]`)) this.dirty.add(el);
    this.scheduleSlice();
  }

  /** Swaps the adapter's selector tables (a pack's site profile) and scans again. */
  setAdapter(adapter: SiteAdapter): void {
    this.adapter = adapter;
    this.rescanAll();
  }

  /** True while work is queued (tests wait on it). */
  get busy(): boolean {
    return this.handle !== null || this.hasWork() || this.fullPassTimer !== null;
  }

  /** Runs every queued slice now (tests and benchmarks). */
  flush(): void {
    if (this.strayAdds) this.fullPass = true;
    while (this.hasWork()) this.slice(Number.POSITIVE_INFINITY);
  }

  /**
   * The observer's callback runs at the end of the site's own task: it only notes what changed (a walk up from each
   * record's target, a few µs) and asks for a slice when there is something to scan. Asking costs 30–50 µs there
   * (scheduleTask), so changes outside posts that add no element (a clock ticking, a video's progress) ask nothing.
   */
  private collect(records: MutationRecord[]): void {
    if (this.noteRecords(records)) this.scheduleSlice();
  }

  /** Notes mutation records: containers to scan again, added nodes to search for posts. True when any was noted. */
  private noteRecords(records: MutationRecord[]): boolean {
    let work = false;
    // A site's batch usually lands as several records on one parent: its ancestors are walked once.
    let lastTarget: Element | null = null;
    let lastPlace: Place = OWN;
    for (const rec of records) {
      const target = rec.target.nodeType === 1 ? (rec.target as Element) : rec.target.parentElement;
      if (!target) continue;
      if (target !== lastTarget) {
        lastTarget = target;
        lastPlace = this.placeOf(target);
      }
      if (lastPlace === OWN) continue;
      // Our state attribute changed: our own writes are no news (what the last scan found is what they wrote); its
      // removal, or a value that is not ours (a page setting a flagged post to clear), is.
      if (rec.type === 'attributes' && (rec.target as Element).hasAttribute(ATTR_STATE)) {
        const prev = this.scanned.get(rec.target as Element);
        if (!prev || this.opts.marksLost?.(rec.target as Element, prev.id) !== true) continue;
      }
      if (rec.type === 'childList') {
        let onlyOwn = rec.addedNodes.length + rec.removedNodes.length > 0;
        for (const n of rec.addedNodes) {
          if (OWN_TAGS.has(n.nodeName)) continue;
          onlyOwn = false;
          if (n.nodeType === 1) {
            this.added.add(n as Element);
            work = true;
          }
        }
        let ownRemoved = false;
        if (onlyOwn) {
          for (const n of rec.removedNodes) {
            if (!OWN_TAGS.has(n.nodeName)) onlyOwn = false;
            else ownRemoved = true;
          }
        }
        // Our own nodes only: nothing to read, unless one was removed (by us, or by the site from a flagged post,
        // whose badge must then come back: marksLost, at the cost of one scan).
        if (onlyOwn && !(ownRemoved && lastPlace !== OUTSIDE)) continue;
      }
      if (lastPlace !== OUTSIDE) {
        this.dirty.add(lastPlace);
        work = true;
      }
    }
    return work;
  }

  /** In one walk up: inside one of our own elements (OWN), the scanned container holding it, or OUTSIDE any. */
  private placeOf(el: Element): Place {
    for (let n: Element | null = el; n; n = n.parentElement) {
      if (this.known.has(n)) return n;
      if (OWN_TAGS.has(n.nodeName)) return OWN;
    }
    return OUTSIDE;
  }

  private hasWork(): boolean {
    return this.dirty.size > 0 || this.added.size > 0 || this.fullPass;
  }

  /**
   * Queues posts that appeared: in the added subtrees, or in the whole page when a full pass is due. A post in an
   * added subtree is queued even when known: the site may have changed it while it was out of the page (no record
   * then), and the slice compares its fingerprint before matching anything.
   */
  private findNewPosts(now: number, budgetMs: number): void {
    const queue = (els: Element[]) => {
      // The WeakSet first: a new post skips the DOM read.
      for (const el of els) if (!this.known.has(el) || !el.hasAttribute(ATTR_STATE)) this.dirty.add(el);
    };
    if (!this.fullPass) {
      // Bounded like the rest of the slice: a site that inserts thousands of nodes at once is searched over
      // several slices; what is left stays in `added` for the next one.
      for (const n of this.added) {
        this.added.delete(n);
        if (!n.isConnected) continue;
        const found = this.adapter.findPosts(n);
        if (found.length > 0) for (const el of found) this.dirty.add(el);
        else if (this.placeOf(n) === OUTSIDE) this.strayAdds = true;
        if (this.now() - now >= budgetMs) return;
      }
      if (this.strayAdds) {
        const wait = this.lastFullPass + FULL_PASS_EVERY_MS - now;
        if (wait <= 0) this.fullPass = true;
        else if (this.fullPassTimer === null) {
          this.fullPassTimer = setTimeout(() => {
            this.fullPassTimer = null;
            if (!this.observer) return;
            this.fullPass = true;
            this.scheduleSlice();
          }, wait);
        }
      }
    }
    if (this.fullPass) {
      this.fullPass = false;
      this.strayAdds = false;
      this.added.clear();
      this.lastFullPass = now;
      queue(this.adapter.findPosts(this.root));
    }
  }

  private scheduleSlice(backlog = false): void {
    if (this.handle !== null) return;
    // A backlog (thousands of posts added at once) goes on in ordinary timer tasks after the first slices: slices
    // asked back to back at 'user-blocking' priority run before every timer of the page, whose own work then waited
    // 1–2 s in Firefox. The first slices after a change stay ahead of the frame that paints the new posts.
    const schedule = this.opts.schedule ?? (backlog && this.backToBack >= BACKLOG_AFTER_SLICES ? scheduleTimer : scheduleTask);
    if (!backlog) this.backToBack = 0;
    this.handle = schedule((deadline) => {
      this.handle = null;
      const budget = deadline.didTimeout ? SLICE_MS : Math.max(2, Math.min(SLICE_MS, deadline.timeRemaining()));
      try {
        this.slice(budget);
      } finally {
        // Whatever a slice met, the posts still waiting are read in the next one.
        if (this.hasWork()) {
          this.backToBack++;
          this.scheduleSlice(true);
        }
      }
    });
  }

  private mayRepair(el: Element): boolean {
    const now = this.now();
    const r = this.repairs.get(el);
    if (!r || now - r.at > REPAIR_BURST_MS) {
      this.repairs.set(el, { n: 1, at: now });
      return true;
    }
    if (r.n >= MAX_REPAIRS) return false;
    r.n++;
    r.at = now;
    return true;
  }

  private remember(text: string, result: MatchResult): void {
    if (text.length > RESULT_CACHE_TEXT_MAX) return;
    while (this.cache.size >= RESULT_CACHE_MAX || (this.cache.size > 0 && this.cacheUnits + text.length > RESULT_CACHE_MAX_UNITS)) {
      const oldest = this.cache.keys().next().value!;
      this.cache.delete(oldest);
      this.cacheUnits -= oldest.length;
    }
    this.cache.set(text, result);
    this.cacheUnits += text.length;
  }

  private slice(budgetMs: number): void {
    const start = this.now();
    this.findNewPosts(start, budgetMs);
    const outcomes: ScanOutcome[] = [];
    const gone: { el: Element; lastId: string | null }[] = [];
    // Reads first: one pass for id, text and fingerprint, then match; the full read for flagged posts only.
    // Nothing is written to the page in this loop.
    for (const el of this.dirty) {
      this.dirty.delete(el);
      if (!el.isConnected) continue;
      this.known.add(el);
      try {
        this.read(el, outcomes, gone);
      } catch (err) {
        // One post the adapter or the matcher chokes on (markup never seen) is left unmarked; the others of the slice
        // are read and marked. Said once, for whoever looks at the console.
        if (!this.readFailed) console.warn('[Firebreak] could not read a post; it is left unmarked:', err);
        this.readFailed = true;
      }
      if (this.now() - start >= budgetMs) break;
    }
    if (outcomes.length === 0 && gone.length === 0) return;
    // Writes after: marks and badges for the whole slice.
    if (gone.length > 0) this.opts.unmark?.(gone);
    this.opts.apply(outcomes);
    for (const o of outcomes) this.scanned.set(o.el, { fp: o.fp, id: o.post ? o.post.id : null });
    // The records of those writes (badges added) are taken now, in this task: no observer callback, and no slice
    // of their own. Anything else among them is noted like any record.
    const own = this.observer?.takeRecords();
    if (own && own.length > 0) this.noteRecords(own);
    this.opts.onSliceDone?.();
  }

  /** Reads one post of a slice: its outcome, or the container it no longer is (nothing is written to the page). */
  private read(el: Element, outcomes: ScanOutcome[], gone: { el: Element; lastId: string | null }[]): void {
    const scan = this.adapter.scan(el);
    const fp = scan.fp;
    const prev = this.scanned.get(el);
    // A node that was flagged is checked for its post id too, where the adapter says the fingerprint does not
    // tell two posts apart (SiteAdapter.postId: X, the same words in another post).
    if (prev && prev.fp === fp && (prev.id === null || !this.adapter.postId || this.adapter.postId(el) === baseId(prev.id))) {
      // Same post, same words. Its marks stand, unless the site re-rendered the part of a flagged post that held
      // the badge (React re-creates a header or a whole subtree), or took our state attribute off or changed it:
      // then the marks are written again.
      const lost = !el.hasAttribute(ATTR_STATE) || this.opts.marksLost?.(el, prev.id) === true;
      if (!lost || !this.mayRepair(el)) return;
    } else if (prev && prev.id !== null) {
      this.repairs.delete(el); // another post, or other words: its repairs start again (only flagged ones had any)
    }
    // A marked container whose words changed, or whose badge went: still a post of its own? (Facebook: a feed unit
    // taken for the post while it showed no words, whose words then came into a block below its author.) Its
    // marks go, and the post is found again in it.
    const instead = prev && this.adapter.supersededBy ? this.adapter.supersededBy(el) : [];
    if (prev && instead.length > 0) {
      gone.push({ el, lastId: prev.id });
      this.scanned.delete(el);
      this.known.delete(el);
      this.repairs.delete(el);
      for (const post of instead) this.dirty.add(post);
      return;
    }
    const text = scan.text;
    const input = text.length > MAX_MATCH_CHARS ? text.slice(0, MAX_MATCH_CHARS) : text;
    let result = this.cache.get(input);
    if (result === undefined) {
      result = this.opts.match(input);
      this.remember(input, result);
    }
    const post = result.flagged ? this.adapter.read(el) : null;
    // A node this scanner has not seen (a new page state, a rescan) may carry the id of an earlier flag.
    const prevId = prev ? prev.id : el.getAttribute(ATTR_ID);
    // The same post keeps the suffix it was given ("See more" changed its words, not its id).
    if (post && prevId !== null && prevId !== post.id && baseId(prevId) === post.id) post.id = prevId;
    const id = post ? post.id : prevId;
    const replaces = post && prevId !== null && prevId !== post.id ? prevId : null;
    outcomes.push({ el, fp, id, replaces, text, result, post });
    if (this.counted.get(el) !== fp) {
      this.counted.set(el, fp);
      this.scannedCount++;
    }
  }
}

/** Most times one container's lost marks are written again in a burst of repairs (ScannerOptions.marksLost). */
const MAX_REPAIRS = 20;
/** A burst of repairs ends this long after its last one: a site re-rendering a header now and then is always followed. */
const REPAIR_BURST_MS = 1000;

/** Handles of pending postTask slices (postTask has no cancel by handle: a cancelled one just does nothing). */
let taskSeq = 0;
const pendingTasks = new Set<number>();

/**
 * The next slice runs as a task of its own right after the page's current one, at 'user-blocking' priority where
 * the browser has scheduler.postTask (Chrome, Firefox 142+), so it comes before the frame that paints the new posts.
 * Measured on the X fixture (scripts/bench/PROTOTYPES.md): requestIdleCallback marked a post p50 58 / p95 163 ms
 * after its insertion; a setTimeout(0) task waited behind rendering, p50 57 / p95 86–93 ms; scanning inside the
 * mutation callback marked within 3 ms but lengthened the site's own task, pushing 48–50 ms tasks past 50 ms; a
 * user-blocking task marks within 3–4 ms. A slice is at most SLICE_MS. Asking for the task is what runs inside the
 * site's own task (the mutation callback): postTask costs 30–50 µs there (a MessageChannel message as much, a timer
 * 8 µs, a frame request 12 µs). Slices in requestAnimationFrame callbacks were tried: they share one task with the
 * frame's style and layout of the new posts, and the page bench saw 14–33 long tasks per run instead of 0–1.
 */
function scheduleTask(cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void): number {
  const sch = (globalThis as { scheduler?: { postTask?: (f: () => void, o: { priority: string }) => Promise<unknown> } }).scheduler;
  if (typeof sch?.postTask === 'function') {
    const id = -++taskSeq; // negative: never a setTimeout handle
    pendingTasks.add(id);
    sch.postTask(() => {
      if (pendingTasks.delete(id)) cb(TASK_DEADLINE);
    }, { priority: 'user-blocking' }).catch((err: unknown) => console.warn('[Firebreak] a scan slice failed:', err));
    return id;
  }
  return setTimeout(() => cb(TASK_DEADLINE), 0) as unknown as number;
}

const TASK_DEADLINE = { timeRemaining: () => SLICE_MS, didTimeout: true };

/** Slices in a row at 'user-blocking' priority before a backlog goes on in timer tasks (Scanner.scheduleSlice). */
const BACKLOG_AFTER_SLICES = 2;

/** A slice as an ordinary timer task, taking its turn with the page's own timers. */
function scheduleTimer(cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void): number {
  return setTimeout(() => cb(TASK_DEADLINE), 0) as unknown as number;
}

function cancelTask(handle: number): void {
  if (handle < 0) pendingTasks.delete(handle);
  else clearTimeout(handle);
}
