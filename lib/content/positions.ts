// Where each flagged post was last seen on the page (its top, in document coordinates), so that "Show on page" can
// bring back a post that a virtual list (X's timeline) took out of the DOM: scrolled there, the site renders it again.
// Positions come from IntersectionObserver entries, which force no layout: a post reports one when it is first
// observed and each time it enters or leaves the viewport, which it does before the list drops it.

export class PostPositions {
  private readonly tops = new Map<string, number>();
  private readonly idOf = new WeakMap<Element, string>();
  private readonly observer: IntersectionObserver | null;

  constructor() {
    this.observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => this.record(entries)) : null;
  }

  /** Follows the element that shows the post now (a list may render the same post in a new element). */
  track(id: string, el: Element): void {
    if (this.idOf.get(el) === id) return;
    this.idOf.set(el, id);
    this.observer?.observe(el);
  }

  /** The post's top in document coordinates when it was last seen, if it was. */
  topOf(id: string): number | undefined {
    return this.tops.get(id);
  }

  forget(id: string): void {
    this.tops.delete(id);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.tops.clear();
  }

  private record(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const id = this.idOf.get(entry.target);
      // A target taken out of the document reports an empty box: its last position stands, and it is let go.
      if (!entry.target.isConnected) {
        this.observer?.unobserve(entry.target);
        continue;
      }
      if (id !== undefined) this.tops.set(id, entry.boundingClientRect.top + window.scrollY);
    }
  }
}
