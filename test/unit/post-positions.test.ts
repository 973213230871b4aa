// @vitest-environment happy-dom
// Where flagged posts were last seen (lib/content/positions.ts), as "Show on page" uses it to bring back a post a
// virtual list dropped: the position follows the element that shows the post now, and a node the site recycles for
// another post keeps reporting that post's place when the first post comes back in a new node or is forgotten.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostPositions } from '../../lib/content/positions';

/** A stand-in IntersectionObserver: the test says when an observed element reports, and where it is. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element): void {
    this.observed.add(el);
  }
  unobserve(el: Element): void {
    this.observed.delete(el);
  }
  disconnect(): void {
    this.observed.clear();
  }
  /** Every observed element reports its box's top (as when the page scrolls them in or out of view). */
  report(tops: Map<Element, number>): void {
    const entries = [...this.observed]
      .filter((el) => tops.has(el))
      .map((el) => ({ target: el, boundingClientRect: { top: tops.get(el)! } }) as unknown as IntersectionObserverEntry);
    this.callback(entries);
  }
}

const realObserver = globalThis.IntersectionObserver;
beforeEach(() => {
  (globalThis as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
  document.body.innerHTML = '<div id="a1"></div><div id="n"></div><div id="a2"></div>';
});
afterEach(() => {
  (globalThis as { IntersectionObserver: unknown }).IntersectionObserver = realObserver;
  document.body.innerHTML = '';
});

const el = (id: string) => document.getElementById(id)!;

describe('post positions', () => {
  it('a post shown in a new element is followed there, the old element let go', () => {
    const positions = new PostPositions();
    positions.track('A', el('a1'));
    FakeObserver.last!.report(new Map([[el('a1'), 400]]));
    expect(positions.topOf('A')).toBe(400);
    positions.track('A', el('a2'));
    expect(FakeObserver.last!.observed.has(el('a1'))).toBe(false);
    FakeObserver.last!.report(new Map([[el('a2'), 1200]]));
    expect(positions.topOf('A')).toBe(1200);
  });

  it('a node recycled for another post keeps reporting that post when the first comes back elsewhere or is forgotten', () => {
    const positions = new PostPositions();
    const node = el('n');
    positions.track('A', node);
    // X recycles the node for post B (flagged too).
    positions.track('B', node);
    // Post A comes back in a new node: B's node must still be observed.
    positions.track('A', el('a2'));
    expect(FakeObserver.last!.observed.has(node)).toBe(true);
    FakeObserver.last!.report(new Map([[node, 800], [el('a2'), 50]]));
    expect(positions.topOf('B')).toBe(800);
    expect(positions.topOf('A')).toBe(50);
    // And forgetting A (it left the page) leaves B's node observed.
    positions.track('A', node); // shown in B's old node again, then B moves on
    positions.track('B', el('a1'));
    positions.forget('A');
    expect(FakeObserver.last!.observed.has(el('a1'))).toBe(true);
    FakeObserver.last!.report(new Map([[el('a1'), 300]]));
    expect(positions.topOf('B')).toBe(300);
    expect(positions.topOf('A')).toBeUndefined();
  });

  it('forgetting a post whose node now shows another post does not stop that post being followed', () => {
    const positions = new PostPositions();
    const node = el('n');
    positions.track('A', node);
    positions.track('B', node);
    positions.forget('A');
    expect(FakeObserver.last!.observed.has(node)).toBe(true);
    FakeObserver.last!.report(new Map([[node, 640]]));
    expect(positions.topOf('B')).toBe(640);
  });

  it('a node that goes back to showing the first post reports that post again', () => {
    const positions = new PostPositions();
    const node = el('n');
    positions.track('A', node);
    positions.track('B', node);
    positions.track('A', node);
    FakeObserver.last!.report(new Map([[node, 900]]));
    expect(positions.topOf('A')).toBe(900);
  });
});
