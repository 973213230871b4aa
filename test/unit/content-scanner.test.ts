// @vitest-environment happy-dom
// The live scanner and the marks: every post marked once, recycled nodes re-scanned, own nodes ignored,
// the badge inserted once with an accessible button, dismissed posts cleared.
import { afterEach, describe, expect, it } from 'vitest';
import { Scanner, ATTR_STATE, type ScanOutcome } from '../../lib/content/scanner';
import type { SiteAdapter } from '../../lib/sites/adapter';
import { applyMark, badgeButton, marksLost, clearAllMarks, findOwnBadge, ATTR_SEVERITY } from '../../lib/content/marks';
import { EMPTY_RESULT, type MatchResult } from '../../lib/types';
import { articleAdapter } from './helpers/article-adapter';
import { markOutcomes } from './helpers/mark-outcomes';

/** Posts are <article data-id><div class="head"></div><p class="t">text</p></article>; badges go in .head. */
const adapter = articleAdapter({ badgeAnchor: (el) => el.querySelector('.head') ?? el });

const flaggedResult: MatchResult = {
  flagged: true,
  severity: 'high',
  patterns: [],
  categories: ['campaign-quote'],
  contextIds: [],
  spans: [],
};
const match = (text: string) => (/erase your sites/i.test(text) ? flaggedResult : EMPTY_RESULT);

function post(id: string, text: string): string {
  return `<article data-id="${id}"><div class="head"><span>@user</span></div><p class="t">${text}</p></article>`;
}

/**
 * The site re-creates a post's header (React: X's User-Name row, Facebook's profile_name block) with the same words:
 * our badge, a foreign node in it, goes with the old one.
 */
function rerenderHead(article: Element): void {
  const head = article.querySelector('.head')!;
  const fresh = head.cloneNode(true) as Element;
  fresh.querySelectorAll('firebreak-badge').forEach((b) => b.remove());
  head.replaceWith(fresh);
}

/** A scanner that counts matches and marks posts; slices run on setTimeout unless `defaultScheduling`. */
function makeScanner(calls: { matched: number }, { defaultScheduling = false, now }: { defaultScheduling?: boolean; now?: () => number } = {}) {
  const scanner = new Scanner({
    ...(now ? { now } : {}),
    adapter,
    match: (t) => {
      calls.matched++;
      return match(t);
    },
    apply: (outcomes) => markOutcomes(outcomes, adapter),
    marksLost: (el, lastId) => marksLost(el, lastId !== null, () => false), // the user dismissed nothing
    root: document.body,
    ...(defaultScheduling
      ? {}
      : {
          schedule: (cb) => setTimeout(() => cb({ timeRemaining: () => 50, didTimeout: false }), 0) as unknown as number,
          cancel: (h: number) => clearTimeout(h),
        }),
  });
  return scanner;
}

/** A scanner that hands each outcome to `see` and marks the page as the content script does. */
function capturingScanner(ad: SiteAdapter, see: (o: ScanOutcome) => void): Scanner {
  return new Scanner({
    adapter: ad,
    match,
    apply: (outcomes) => {
      for (const o of outcomes) {
        see(o);
        applyMark(o.el, o.post?.id ?? null, o.result.flagged ? o.result.severity : null, {
          dismissed: false,
          blur: false,
          lang: 'en',
          anchor: () => o.el,
          handlers: { onActivate: () => {} },
        });
      }
    },
    root: document.body,
    schedule: (cb) => setTimeout(() => cb({ timeRemaining: () => 50, didTimeout: false }), 0) as unknown as number,
    cancel: (h: number) => clearTimeout(h),
  });
}

/** The site shows another post in the same node, with the same words: a new id, and its counters re-rendered. */
async function reuseForPost(scanner: Scanner, el: Element, id: string): Promise<void> {
  el.setAttribute('data-id', id);
  el.querySelector('.head')!.append(document.createElement('span'));
  await settle(scanner);
}

async function settle(scanner: Scanner) {
  await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 50 && scanner.busy; i++) await new Promise((r) => setTimeout(r, 5));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('Scanner scheduling', () => {
  type PostTask = (f: () => void, o: { priority: string }) => Promise<unknown>;
  const g = globalThis as { scheduler?: { postTask: PostTask } };
  afterEach(() => {
    delete g.scheduler;
  });

  it('scans in a user-blocking task (before the frame that paints the new post) where scheduler.postTask exists', async () => {
    const priorities: string[] = [];
    g.scheduler = {
      postTask: (f, o) => {
        priorities.push(o.priority);
        return new Promise((resolve) => setTimeout(() => resolve(f()), 0));
      },
    };
    const calls = { matched: 0 };
    const scanner = makeScanner(calls, { defaultScheduling: true });
    scanner.start();
    await settle(scanner);
    document.body.insertAdjacentHTML('beforeend', post('20', 'We will erase your sites'));
    await settle(scanner);
    expect(document.querySelector('article')!.getAttribute(ATTR_STATE)).toBe('flagged');
    expect(priorities.length).toBeGreaterThanOrEqual(2);
    expect(new Set(priorities)).toEqual(new Set(['user-blocking']));
    // A task queued before stop() does nothing when it runs.
    document.body.insertAdjacentHTML('beforeend', post('21', 'We will erase your sites'));
    await Promise.resolve();
    scanner.stop();
    await new Promise((r) => setTimeout(r, 10));
    expect(document.querySelectorAll('article')[1]!.hasAttribute(ATTR_STATE)).toBe(false);
    expect(calls.matched).toBe(1);
  });

  it('asks for no task for changes outside posts that add nothing (a clock ticking); a post edited in place is scanned again', async () => {
    let asked = 0;
    const calls = { matched: 0 };
    document.body.innerHTML = '<div id="clock">12:00</div><div id="list"></div>';
    const scanner = new Scanner({
      adapter,
      match: (t) => {
        calls.matched++;
        return match(t);
      },
      apply: () => {},
      root: document.body,
      schedule: (cb) => {
        asked++;
        return setTimeout(() => cb({ timeRemaining: () => 50, didTimeout: false }), 0) as unknown as number;
      },
      cancel: (h: number) => clearTimeout(h),
    });
    scanner.start();
    await settle(scanner);
    document.getElementById('list')!.insertAdjacentHTML('beforeend', post('30', 'Lovely bakery in Lyon'));
    await settle(scanner);
    expect(calls.matched).toBe(1);
    const before = asked;
    const clock = document.getElementById('clock')!;
    for (let i = 1; i <= 5; i++) {
      clock.firstChild!.nodeValue = `12:0${i}`;
      await settle(scanner);
    }
    clock.replaceChildren('12:10');
    await settle(scanner);
    expect(asked, 'no task for text changes outside posts').toBe(before);
    // The post's own text changes ("Show more"): it is scanned again.
    document.querySelector('article p')!.firstChild!.nodeValue = 'We will erase your sites';
    await settle(scanner);
    expect(asked).toBe(before + 1);
    expect(calls.matched).toBe(2);
    scanner.stop();
  });

  it('falls back to a setTimeout task without scheduler.postTask', async () => {
    const calls = { matched: 0 };
    const scanner = makeScanner(calls, { defaultScheduling: true });
    scanner.start();
    document.body.insertAdjacentHTML('beforeend', post('22', 'Match report: 2-1'));
    await settle(scanner);
    expect(document.querySelector('article')!.getAttribute(ATTR_STATE)).toBe('clear');
    scanner.stop();
  });
});

describe('Scanner', () => {
  it('marks every post as clear or flagged and inserts one badge per flagged post', async () => {
    document.body.innerHTML = post('1', 'Lovely bakery in Lyon') + post('2', 'We will erase your sites');
    const calls = { matched: 0 };
    const scanner = makeScanner(calls);
    scanner.start();
    await settle(scanner);
    const [a, b] = document.querySelectorAll('article');
    expect(a!.getAttribute(ATTR_STATE)).toBe('clear');
    expect(b!.getAttribute(ATTR_STATE)).toBe('flagged');
    expect(b!.getAttribute(ATTR_SEVERITY)).toBe('high');
    expect(b!.querySelectorAll('firebreak-badge')).toHaveLength(1);
    const button = badgeButton(b!);
    expect(button?.getAttribute('aria-label')).toMatch(/High risk/);
    scanner.stop();
  });

  it('scans appended posts and does not re-scan on its own badge insertion', async () => {
    const calls = { matched: 0 };
    const scanner = makeScanner(calls);
    scanner.start();
    document.body.insertAdjacentHTML('beforeend', post('3', 'We will erase your sites'));
    await settle(scanner);
    expect(calls.matched).toBe(1);
    document.body.insertAdjacentHTML('beforeend', post('4', 'Match report: 2-1'));
    await settle(scanner);
    expect(calls.matched).toBe(2);
    expect(document.querySelectorAll('firebreak-badge')).toHaveLength(1);
    scanner.stop();
  });

  it('finds a post whose container the site fills in after inserting it', async () => {
    const calls = { matched: 0 };
    const scanner = makeScanner(calls);
    scanner.start();
    await settle(scanner);
    // The site inserts an empty wrapper, then the post inside it in a later task.
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    await new Promise((r) => setTimeout(r, 0));
    wrapper.insertAdjacentHTML('beforeend', post('9', 'We will erase your sites'));
    await settle(scanner);
    expect(document.querySelector('article')!.getAttribute(ATTR_STATE)).toBe('flagged');
    scanner.stop();
  });

  it('marks a clear post with its state only, and writes the post id where the panel needs it (flagged posts)', async () => {
    document.body.innerHTML = post('1', 'Sunny day at the beach') + post('2', 'We will erase your sites');
    const scanner = makeScanner({ matched: 0 });
    scanner.start();
    await settle(scanner);
    const [clear, flagged] = [...document.querySelectorAll('article')];
    expect(clear!.getAttributeNames().filter((n) => n.startsWith('data-firebreak'))).toEqual([ATTR_STATE]);
    expect(clear!.getAttribute(ATTR_STATE)).toBe('clear');
    expect(flagged!.getAttribute('data-firebreak-id')).toBe('2');
    scanner.stop();
  });

  it('matches a text shown again in a new node once (a virtual list, a copy-paste campaign), but keeps no huge text', async () => {
    const calls = { matched: 0 };
    document.body.innerHTML = post('1', 'We will erase your sites');
    const scanner = makeScanner(calls);
    scanner.start();
    await settle(scanner);
    expect(calls.matched).toBe(1);
    document.body.insertAdjacentHTML('beforeend', post('2', 'We will erase your sites'));
    await settle(scanner);
    expect(calls.matched, 'the same words in another post: the result is reused').toBe(1);
    expect(document.querySelectorAll('[data-firebreak="flagged"]')).toHaveLength(2);
    const huge = 'word '.repeat(30_000);
    document.body.insertAdjacentHTML('beforeend', post('3', huge) + post('4', huge));
    await settle(scanner);
    expect(calls.matched, 'a 150,000-character text is matched each time, not kept').toBe(3);
    scanner.stop();
  });

  it('reads a flagged node again when the site reuses it for another post with the same text', async () => {
    document.body.innerHTML = post('5', 'We will erase your sites');
    const scanner = makeScanner({ matched: 0 });
    scanner.start();
    await settle(scanner);
    const el = document.querySelector('article')!;
    expect(el.getAttribute('data-firebreak-id')).toBe('5');
    // Another post, same words (a copy-paste campaign): the node is reused, its counters re-rendered.
    await reuseForPost(scanner, el, '9');
    expect(el.getAttribute(ATTR_STATE)).toBe('flagged');
    expect(el.getAttribute('data-firebreak-id'), 'the new post id').toBe('9');
    expect(el.querySelectorAll('firebreak-badge')).toHaveLength(1);
    scanner.stop();
  });

  it('hands the id a post was flagged under to the outcome that clears it, even to a scanner started after the flag', async () => {
    document.body.innerHTML = post('5', 'We will erase your sites') + post('6', 'Sunny day');
    const seen: { id: string | null; flagged: boolean }[] = [];
    const capture = (): Scanner => capturingScanner(adapter, (o) => seen.push({ id: o.id, flagged: o.result.flagged }));
    let scanner = capture();
    scanner.start();
    await settle(scanner);
    expect(seen).toEqual([
      { id: '5', flagged: true },
      { id: null, flagged: false },
    ]);
    // The text changes: the clearing outcome names post 5, so the flagged list can drop it.
    seen.length = 0;
    const el = document.querySelector('article')!;
    el.querySelector('.t')!.textContent = 'We will not';
    await settle(scanner);
    expect(seen).toEqual([{ id: '5', flagged: false }]);
    // A new scanner (the site switched off and on, another page state) learns the id from the page's mark.
    el.querySelector('.t')!.textContent = 'We will erase your sites';
    await settle(scanner);
    scanner.stop();
    seen.length = 0;
    scanner = capture();
    el.querySelector('.t')!.textContent = 'Fine weather';
    scanner.start();
    await settle(scanner);
    expect(seen).toContainEqual({ id: '5', flagged: false });
    expect(el.hasAttribute('data-firebreak-id')).toBe(false);
    scanner.stop();
  });

  it('tells which id a reused flagged node no longer shows, so that the flagged list drops it', async () => {
    document.body.innerHTML = post('5', 'We will erase your sites');
    const seen: { id: string | null; replaces: string | null }[] = [];
    const scanner = capturingScanner(adapter, (o) => seen.push({ id: o.id, replaces: o.replaces }));
    scanner.start();
    await settle(scanner);
    const el = document.querySelector('article')!;
    await reuseForPost(scanner, el, '9');
    expect(seen).toEqual([
      { id: '5', replaces: null },
      { id: '9', replaces: '5' },
    ]);
    scanner.stop();
  });

  it('a post given a suffixed id (two posts hashed alike) keeps it when its words change, and is not read again for nothing', async () => {
    document.body.innerHTML = post('h:1x9k', 'We will erase your sites');
    const seen: { id: string | null; replaces: string | null }[] = [];
    let reads = 0;
    const counting: SiteAdapter = { ...adapter, read: (el) => (reads++, adapter.read(el)) };
    const scanner = capturingScanner(counting, (o) => {
      // What the content script does for a second post whose content hash another post holds.
      if (o.post && o.post.id === 'h:1x9k') o.post.id = 'h:1x9k~2';
      seen.push({ id: o.post?.id ?? o.id, replaces: o.replaces });
    });
    scanner.start();
    await settle(scanner);
    const el = document.querySelector('article')!;
    // Something else in the post changes: same words, same id (read without the suffix): no second read.
    el.querySelector('.head')!.appendChild(document.createElement('i'));
    await settle(scanner);
    expect(reads, 'not read again while its words and id stay').toBe(1);
    // "See more": longer words, the same opening words, so the same content hash: the suffix stays with the post.
    el.querySelector('.t')!.textContent = 'We will erase your sites, all of them';
    await settle(scanner);
    expect(seen).toEqual([
      { id: 'h:1x9k~2', replaces: null },
      { id: 'h:1x9k~2', replaces: null },
    ]);
    scanner.stop();
  });

  it('compares a node on its fingerprint alone where the adapter has no postId (Facebook: the fingerprint holds the author, permalinks fill in late)', async () => {
    document.body.innerHTML = post('5', 'We will erase your sites');
    const fingerprintOnly: SiteAdapter = { ...adapter, postId: undefined };
    const seen: string[] = [];
    const scanner = capturingScanner(fingerprintOnly, (o) => seen.push(String(o.id)));
    scanner.start();
    await settle(scanner);
    const el = document.querySelector('article')!;
    await reuseForPost(scanner, el, '9');
    expect(seen, 'same fingerprint: not read again').toEqual(['5']);
    scanner.stop();
  });

  it('re-scans a recycled node whose text changed, and its marks follow the new text', async () => {
    document.body.innerHTML = post('5', 'We will erase your sites');
    const scanner = makeScanner({ matched: 0 });
    scanner.start();
    await settle(scanner);
    const el = document.querySelector('article')!;
    expect(el.getAttribute(ATTR_STATE)).toBe('flagged');
    // The site reuses the node for another post.
    el.setAttribute('data-id', '6');
    el.querySelector('.t')!.textContent = 'Sunny day at the beach';
    await settle(scanner);
    expect(el.getAttribute(ATTR_STATE)).toBe('clear');
    expect(el.getAttribute('data-firebreak-id'), 'a clear post carries no id (only flagged ones do)').toBeNull();
    expect(findOwnBadge(el)).toBeNull();
    // And back: "Show more" expands text in place.
    el.querySelector('.t')!.append(' … and we will erase your sites');
    await settle(scanner);
    expect(el.getAttribute(ATTR_STATE)).toBe('flagged');
    expect(el.querySelectorAll('firebreak-badge')).toHaveLength(1);
    scanner.stop();
  });

  it('reads again a post the site took out, changed while it was out of the page, and put back (a view kept alive, a recycled cell)', async () => {
    document.body.innerHTML = '<main>' + post('5', 'Sunny day at the beach') + post('6', 'We will erase your sites') + '</main>';
    const calls = { matched: 0 };
    const scanner = makeScanner(calls);
    scanner.start();
    await settle(scanner);
    const [clear, flagged] = [...document.querySelectorAll('article')];
    expect([clear!.getAttribute(ATTR_STATE), flagged!.getAttribute(ATTR_STATE)]).toEqual(['clear', 'flagged']);
    // Out of the page, the words change (no record: the observer watches the page only); then back in.
    clear!.remove();
    flagged!.remove();
    await settle(scanner);
    clear!.querySelector('.t')!.textContent = 'We will erase your sites, Mark';
    flagged!.querySelector('.t')!.textContent = 'Rainy day at the beach';
    document.querySelector('main')!.append(clear!, flagged!);
    await settle(scanner);
    expect(clear!.getAttribute(ATTR_STATE), 'now a threat').toBe('flagged');
    expect(findOwnBadge(clear!)).not.toBeNull();
    expect(flagged!.getAttribute(ATTR_STATE), 'now ordinary').toBe('clear');
    expect(findOwnBadge(flagged!)).toBeNull();
    // Put back unchanged: read (its fingerprint compared), not matched again.
    const before = calls.matched;
    const again = clear!;
    again.remove();
    await settle(scanner);
    document.querySelector('main')!.append(again);
    await settle(scanner);
    expect(calls.matched).toBe(before);
    expect(again.getAttribute(ATTR_STATE)).toBe('flagged');
    scanner.stop();
  });

  it('puts the badge back when the site re-renders the part of a flagged post that held it (same words), a bounded number of times', async () => {
    document.body.innerHTML = post('5', 'We will erase your sites') + post('6', 'Sunny day');
    const calls = { matched: 0 };
    const scanner = makeScanner(calls);
    scanner.start();
    await settle(scanner);
    const [el, clear] = document.querySelectorAll('article');
    expect(el!.querySelectorAll('firebreak-badge')).toHaveLength(1);
    const rerender = rerenderHead;
    rerender(el!);
    rerender(clear!);
    await settle(scanner);
    expect(el!.getAttribute(ATTR_STATE)).toBe('flagged');
    expect(el!.querySelectorAll('firebreak-badge'), 'the flagged post holds its badge again').toHaveLength(1);
    expect(clear!.querySelectorAll('firebreak-badge')).toHaveLength(0);
    expect(calls.matched, 'the words were matched once: the result is kept').toBe(2);
    // A page that re-renders the header each time a badge lands in it: the scanner stops putting it back.
    let rerenders = 0;
    const pingPong = new MutationObserver(() => {
      if (el!.querySelector('.head firebreak-badge') && rerenders < 1000) {
        rerenders++;
        rerender(el!);
      }
    });
    pingPong.observe(el!, { childList: true, subtree: true });
    rerender(el!);
    for (let i = 0; i < 20; i++) await settle(scanner);
    pingPong.disconnect();
    expect(scanner.busy).toBe(false);
    expect(rerenders).toBeLessThan(50);
    scanner.stop();
  });

  it('keeps following a header the site re-renders now and then, and a recycled node that shows another flagged post', async () => {
    let clock = 0;
    document.body.innerHTML = post('5', 'We will erase your sites');
    const scanner = makeScanner({ matched: 0 }, { now: () => clock });
    scanner.start();
    await settle(scanner);
    const el = document.querySelector('article')!;
    const rerender = () => rerenderHead(el);
    const badges = () => el.querySelectorAll('firebreak-badge').length;
    // A re-render every few seconds for a long session: more than the cap of one burst, each one followed.
    for (let i = 0; i < 30; i++) {
      clock += 5000;
      rerender();
      await settle(scanner);
      expect(badges(), `re-render ${i + 1}, seconds apart`).toBe(1);
    }
    // A burst that fights back (all at once): the scanner gives up on this post…
    for (let i = 0; i < 25; i++) {
      rerender();
      await settle(scanner);
    }
    expect(badges()).toBe(0);
    // …but the node, recycled for another flagged post, is followed again from the start.
    el.setAttribute('data-id', '9');
    el.querySelector('.t')!.textContent = 'They said: we will erase your sites';
    await settle(scanner);
    expect(badges()).toBe(1);
    rerender();
    await settle(scanner);
    expect(badges(), 'the recycled post holds its badge after a re-render').toBe(1);
    scanner.stop();
  });

  it('counts each post checked once: a rescan (a pack switched, a post dismissed) checks no more posts, new words do', async () => {
    document.body.innerHTML = post('5', 'We will erase your sites') + post('6', 'Lunch was great');
    const scanner = makeScanner({ matched: 0 });
    scanner.start();
    await settle(scanner);
    expect(scanner.scannedCount).toBe(2);
    scanner.rescanAll();
    await settle(scanner);
    scanner.rescanAll();
    await settle(scanner);
    expect(scanner.scannedCount, 'after two rescans').toBe(2);
    // The site shows another post in a node ("See more", a recycled cell): one more post checked.
    document.querySelectorAll('article')[1]!.querySelector('.t')!.textContent = 'Dinner was better';
    await settle(scanner);
    expect(scanner.scannedCount).toBe(3);
    scanner.stop();
  });

  it('puts the marks back when the page takes the state attribute off a flagged or a clear post, or changes it, within the repair cap', async () => {
    document.body.innerHTML = post('5', 'We will erase your sites') + post('6', 'Lunch was great');
    const calls = { matched: 0 };
    const scanner = makeScanner(calls);
    scanner.start();
    await settle(scanner);
    const [flagged, clear] = Array.from(document.querySelectorAll('article'));
    flagged!.removeAttribute(ATTR_STATE);
    clear!.removeAttribute(ATTR_STATE);
    await settle(scanner);
    expect(flagged!.getAttribute(ATTR_STATE), 'the flagged post').toBe('flagged');
    expect(flagged!.querySelectorAll('firebreak-badge'), 'one badge still').toHaveLength(1);
    expect(clear!.getAttribute(ATTR_STATE), 'the clear post').toBe('clear');
    expect(calls.matched, 'from the cached results').toBe(2);

    // A page that changes it instead: the flagged post set to clear, the clear one to flagged.
    flagged!.setAttribute(ATTR_STATE, 'clear');
    clear!.setAttribute(ATTR_STATE, 'flagged');
    await settle(scanner);
    expect(flagged!.getAttribute(ATTR_STATE), 'the flagged post, set to clear by the page').toBe('flagged');
    expect(flagged!.querySelectorAll('firebreak-badge'), 'its one badge').toHaveLength(1);
    expect(clear!.getAttribute(ATTR_STATE), 'the clear post, set to flagged by the page').toBe('clear');
    expect(calls.matched, 'still from the cached results').toBe(2);

    // A page that writes a dismissal the user never made: the post stays flagged, its badge with it.
    flagged!.setAttribute('data-firebreak-dismissed', 'true');
    flagged!.setAttribute(ATTR_STATE, 'clear');
    await settle(scanner);
    expect(flagged!.getAttribute(ATTR_STATE), 'the flagged post, "dismissed" by the page').toBe('flagged');
    expect(flagged!.hasAttribute('data-firebreak-dismissed'), 'the page\'s dismissal taken off').toBe(false);
    expect(flagged!.querySelectorAll('firebreak-badge'), 'its one badge').toHaveLength(1);

    // A page that takes it off every time it comes back: the scanner stops after the cap, and does not loop.
    const fight = new MutationObserver(() => flagged!.removeAttribute(ATTR_STATE));
    fight.observe(flagged!, { attributes: true, attributeFilter: [ATTR_STATE] });
    flagged!.removeAttribute(ATTR_STATE);
    for (let i = 0; i < 30; i++) await settle(scanner);
    fight.disconnect();
    expect(scanner.busy).toBe(false);
    scanner.stop();
  });

  it('reads each new post once: its own writes of the state attribute are no news to it', async () => {
    const reads = { n: 0 };
    const scan = adapter.scan.bind(adapter);
    adapter.scan = (el) => {
      reads.n++;
      return scan(el);
    };
    try {
      document.body.innerHTML = Array.from({ length: 20 }, (_, i) => post(String(100 + i), i % 4 ? 'Lunch was great ' + i : 'We will erase your sites ' + i)).join('');
      const scanner = makeScanner({ matched: 0 });
      scanner.start();
      await settle(scanner);
      expect(document.querySelectorAll(`[${ATTR_STATE}]`)).toHaveLength(20);
      expect(reads.n, 'posts read').toBe(20);
      scanner.stop();
    } finally {
      adapter.scan = scan;
    }
  });

  it('puts the badge back when the site removes the badge node itself from a flagged post', async () => {
    document.body.innerHTML = post('5', 'We will erase your sites');
    const calls = { matched: 0 };
    const scanner = makeScanner(calls);
    scanner.start();
    await settle(scanner);
    const el = document.querySelector('article')!;
    el.querySelector('firebreak-badge')!.remove();
    await settle(scanner);
    expect(el.querySelectorAll('firebreak-badge'), 'the badge is back').toHaveLength(1);
    expect(calls.matched, 'from the cached result').toBe(1);
    // The post turns clear (its words changed): our own removal of the badge leaves it clear, once.
    el.querySelector('.t')!.textContent = 'Sunny day';
    await settle(scanner);
    expect(el.getAttribute(ATTR_STATE)).toBe('clear');
    expect(el.querySelectorAll('firebreak-badge')).toHaveLength(0);
    expect(scanner.busy).toBe(false);
    scanner.stop();
  });

  it('clears a dismissed post and removes everything it added when switched off', () => {
    document.body.innerHTML = post('7', 'We will erase your sites');
    const el = document.querySelector('article')!;
    const opts = {
      dismissed: false,
      blur: false,
      lang: 'fr' as const,
      anchor: () => el,
      handlers: { onActivate: () => {} },
    };
    applyMark(el, '7', 'high', opts);
    expect(badgeButton(el)?.getAttribute('aria-label')).toMatch(/Risque élevé/);
    applyMark(el, '7', 'high', { ...opts, dismissed: true });
    expect(el.getAttribute(ATTR_STATE)).toBe('clear');
    expect(el.getAttribute('data-firebreak-dismissed')).toBe('true');
    expect(findOwnBadge(el)).toBeNull();
    const dismissedByUser = (id: string) => id === '7';
    expect(marksLost(el, true, dismissedByUser), 'a dismissed post reads clear: its marks are the ones written').toBe(false);
    expect(marksLost(el, true, () => false), 'the same marks where the user dismissed nothing: written by the page').toBe(true);
    el.setAttribute('data-firebreak-id', '8');
    expect(marksLost(el, true, dismissedByUser), 'a dismissal under another post id').toBe(true);
    // As the content script asks it: only under the id this container was flagged with, whatever id the page writes.
    const asApp = (lastId: string | null, userDismissed: Set<string>) => marksLost(el, lastId !== null, (id) => id === lastId && userDismissed.has(id));
    expect(asApp('7', new Set(['8'])), 'the id of another post the user dismissed, written by the page').toBe(true);
    el.setAttribute('data-firebreak-id', '7');
    expect(asApp('7', new Set(['7'])), 'its own dismissal').toBe(false);
    applyMark(el, '7', 'high', opts);
    expect(marksLost(el, true, dismissedByUser), 'flagged again, with its badge').toBe(false);
    clearAllMarks(document);
    expect(marksLost(el, true, dismissedByUser), 'its marks taken off').toBe(true);
    expect(el.hasAttribute(ATTR_STATE)).toBe(false);
    expect(document.querySelector('firebreak-badge')).toBeNull();
    expect(el.querySelector('.t')!.textContent).toBe('We will erase your sites');
  });

  it('activating the badge button calls the handler with the container', () => {
    document.body.innerHTML = post('8', 'x');
    const el = document.querySelector('article')!;
    let got: Element | null = null;
    applyMark(el, '8', 'medium', {
      dismissed: false,
      blur: false,
      lang: 'ar',
      anchor: () => el,
      handlers: { onActivate: (c) => (got = c) },
    });
    const badge = findOwnBadge(el)!;
    expect(badge.getAttribute('dir')).toBe('rtl');
    badgeButton(el)!.click();
    expect(got).toBe(el);
  });
});
