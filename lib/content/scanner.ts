// Live scanning of a page: one MutationObserver that only collects, and work done in short idle slices.
//
//   mutation callback ──collect──▶ dirty set (+ "look for new posts" flag)
//                                        │  requestIdleCallback (timeout keeps latency bounded while scrolling)
//                                        ▼
//   slice (≤ SLICE_MS): find new containers → read (all reads first) → match → write marks (all writes after)
//
// No extension API here: the scanner takes a site adapter, a match function and callbacks, so it runs the same
// in unit tests (happy-dom) and in the content script.
import type { SiteAdapter } from '../sites/adapter';
import type { MatchResult, PostData } from '../types';

/** Longest a slice may run before yielding to the page. */
export const SLICE_MS = 6;
/** Upper bound on how long new work may wait for an idle period. */
const IDLE_TIMEOUT_MS = 30;

export const ATTR_STATE = 'data-firebreak';
export const ATTR_ID = 'data-firebreak-id';
const ATTR_FP = 'data-firebreak-fp';

/** Elements Firebreak adds to the page; mutations inside them are ours and are ignored. */
export const OWN_TAGS = new Set(['FIREBREAK-BADGE', 'FIREBREAK-PANEL']);

export interface ScanOutcome {
  el: Element;
  /** The adapter's fingerprint of the text that was read. */
  fp: string;
  post: PostData;
  result: MatchResult;
}

export interface ScannerOptions {
  adapter: SiteAdapter;
  /** Matches a post's text; null while no patterns are loaded. */
  match: (text: string) => MatchResult;
  /** Writes the marks for a batch of scanned posts (called after all reads of a slice). */
  apply: (outcomes: ScanOutcome[]) => void;
  /** Called after each slice that did work. */
  onSliceDone?: () => void;
  root?: Element;
  now?: () => number;
  /** Scheduling seams for tests; default requestIdleCallback with a timeout, falling back to setTimeout. */
  schedule?: (cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void) => number;
  cancel?: (handle: number) => void;
}

export class Scanner {
  private adapter: SiteAdapter;
  private readonly opts: ScannerOptions;
  private observer: MutationObserver | null = null;
  private readonly dirty = new Set<Element>();
  private lookForNew = true;
  private handle: number | null = null;
  private readonly now: () => number;
  /** Scanned containers, so that a change inside one is traced back cheaply. */
  private readonly known = new WeakSet<Element>();
  /** Results by post id and fingerprint: a recycled node showing a post again is not matched twice. */
  private readonly cache = new Map<string, { fp: string; result: MatchResult }>();
  scannedCount = 0;

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
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
    this.lookForNew = true;
    this.scheduleSlice();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.handle !== null) (this.opts.cancel ?? cancelIdle)(this.handle);
    this.handle = null;
    this.dirty.clear();
  }

  /** Forgets every result and scans every post again (new patterns, new dismissals, new selectors). */
  rescanAll(): void {
    this.cache.clear();
    for (const el of this.root.querySelectorAll(`[${ATTR_FP}]`)) el.removeAttribute(ATTR_FP);
    this.lookForNew = true;
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
    return this.handle !== null || this.dirty.size > 0 || this.lookForNew;
  }

  /** Runs every queued slice now (tests and benchmarks). */
  flush(): void {
    while (this.dirty.size > 0 || this.lookForNew) this.slice(Number.POSITIVE_INFINITY);
  }

  private collect(records: MutationRecord[]): void {
    let relevant = false;
    for (const rec of records) {
      const target = rec.target.nodeType === 1 ? (rec.target as Element) : rec.target.parentElement;
      if (!target || this.isOwn(target)) continue;
      if (rec.type === 'childList') {
        let onlyOwn = rec.addedNodes.length + rec.removedNodes.length > 0;
        for (const n of rec.addedNodes) if (!OWN_TAGS.has(n.nodeName)) onlyOwn = false;
        for (const n of rec.removedNodes) if (!OWN_TAGS.has(n.nodeName)) onlyOwn = false;
        if (onlyOwn) continue;
        if (rec.addedNodes.length > 0) this.lookForNew = true;
      }
      const container = this.containerOf(target);
      if (container) this.dirty.add(container);
      relevant = true;
    }
    if (relevant) this.scheduleSlice();
  }

  private isOwn(el: Element): boolean {
    for (let n: Element | null = el; n; n = n.parentElement) {
      if (OWN_TAGS.has(n.nodeName)) return true;
      if (this.known.has(n)) return false;
    }
    return false;
  }

  private containerOf(el: Element): Element | null {
    for (let n: Element | null = el; n; n = n.parentElement) if (this.known.has(n)) return n;
    return null;
  }

  private scheduleSlice(): void {
    if (this.handle !== null) return;
    const schedule = this.opts.schedule ?? scheduleIdle;
    this.handle = schedule((deadline) => {
      this.handle = null;
      const budget = deadline.didTimeout ? SLICE_MS : Math.max(2, Math.min(SLICE_MS, deadline.timeRemaining()));
      this.slice(budget);
      if (this.dirty.size > 0 || this.lookForNew) this.scheduleSlice();
    });
  }

  private slice(budgetMs: number): void {
    const start = this.now();
    if (this.lookForNew) {
      this.lookForNew = false;
      for (const el of this.adapter.findPosts(this.root)) {
        if (!el.hasAttribute(ATTR_STATE) || !this.known.has(el)) this.dirty.add(el);
      }
    }
    const outcomes: ScanOutcome[] = [];
    // Reads first: fingerprint, read, match. Nothing is written to the page in this loop.
    for (const el of this.dirty) {
      this.dirty.delete(el);
      if (!el.isConnected) continue;
      this.known.add(el);
      const fp = this.adapter.fingerprint(el);
      if (el.getAttribute(ATTR_FP) === fp) continue;
      const post = this.adapter.read(el);
      const cached = this.cache.get(post.id);
      const result = cached && cached.fp === fp ? cached.result : this.opts.match(post.text);
      if (!cached || cached.fp !== fp) this.cache.set(post.id, { fp, result });
      outcomes.push({ el, fp, post, result });
      this.scannedCount++;
      if (this.now() - start >= budgetMs) break;
    }
    if (outcomes.length === 0) return;
    // Writes after: marks and badges for the whole slice.
    this.opts.apply(outcomes);
    for (const o of outcomes) o.el.setAttribute(ATTR_FP, o.fp);
    this.opts.onSliceDone?.();
  }
}

function scheduleIdle(cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void): number {
  if (typeof requestIdleCallback === 'function') return requestIdleCallback(cb, { timeout: IDLE_TIMEOUT_MS });
  return setTimeout(() => cb({ timeRemaining: () => SLICE_MS, didTimeout: true }), 1) as unknown as number;
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}
