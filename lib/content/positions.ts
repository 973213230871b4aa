// Where each flagged post was last seen on the page (its top, in document coordinates), so that "Show on page" can
// bring back a post that a virtual list (X's timeline, Facebook's feed) took out of the DOM: scrolled there, the site
// renders it again. Positions come from IntersectionObserver entries, which force no layout: a post reports one when
// it is first observed and each time it enters or leaves the viewport, which it does before the list drops it.
// One element is observed per post, the one that shows it now; it is let go when another shows the post, or when the
// post is forgotten (a virtual list drops elements already off screen, which then report nothing), unless the site
// recycled that element for another tracked post.
// The document's scroll offset is read in scroll events (where the site's own handlers have laid the page out
// already), not in the observer's callback: reading window.scrollY there forced a layout per flagged post on a page
// that had changed since its last frame (18 ms per 1,000 posts in the page bench, at one post in ten flagged).

export class PostPositions {
  private readonly tops = new Map<string, number>();
  private readonly shown = new Map<string, WeakRef<Element>>();
  private readonly idOf = new WeakMap<Element, string>();
  private readonly observer: IntersectionObserver | null;
  /** The document's scroll offset as of the last scroll event (or the first post tracked). */
  private scrollY = 0;
  private listening = false;
  private readonly onScroll = (): void => {
    this.scrollY = window.scrollY;
  };

  constructor() {
    this.observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => this.record(entries)) : null;
  }

  /** Follows the element that shows the post now (a list may render the same post in a new element). */
  track(id: string, el: Element): void {
    const before = this.shown.get(id)?.deref();
    if (before === el && this.idOf.get(el) === id) return;
    if (!this.listening && this.observer) {
      this.listening = true;
      this.scrollY = window.scrollY;
      window.addEventListener('scroll', this.onScroll, { passive: true });
    }
    this.release(id, before);
    this.shown.set(id, new WeakRef(el));
    this.idOf.set(el, id);
    this.observer?.observe(el);
  }

  /** The post's top in document coordinates when it was last seen, if it was. */
  topOf(id: string): number | undefined {
    return this.tops.get(id);
  }

  forget(id: string): void {
    this.release(id, this.shown.get(id)?.deref());
    this.shown.delete(id);
    this.tops.delete(id);
  }

  /** Forgets every post (the site switched off, the script stopped); posts tracked later are observed again. */
  clear(): void {
    this.observer?.disconnect();
    this.shown.clear();
    this.tops.clear();
    if (this.listening) window.removeEventListener('scroll', this.onScroll);
    this.listening = false;
  }

  /** Stops observing the element that showed the post, unless the site recycled it for another post tracked since. */
  private release(id: string, el: Element | undefined): void {
    if (el === undefined || this.idOf.get(el) !== id) return;
    this.observer?.unobserve(el);
    this.idOf.delete(el);
  }

  private record(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const id = this.idOf.get(entry.target);
      // A target taken out of the document reports an empty box: its last position stands.
      if (id === undefined || !entry.target.isConnected || this.shown.get(id)?.deref() !== entry.target) continue;
      this.tops.set(id, entry.boundingClientRect.top + this.scrollY);
    }
  }
}
