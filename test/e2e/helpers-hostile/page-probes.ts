// Functions that run inside the fixture pages (main world) for the hostile e2e tests. Each is self-contained: the
// drivers serialise it and run it in the page, so it may use only its argument and the page's globals
// (window.__fixture from test/fixtures/sites/common.js).

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface MarkState {
  containers: number;
  marked: number;
  flagged: number;
  /** Containers whose mark disagrees with what the fixture says (id, expected, actual). */
  wrong: { id: string; expected: boolean; actual: string | null }[];
}

/** Marks on every post container against window.__fixture's expectations. */
export function markState(): MarkState {
  const fx = (window as any).__fixture;
  const arts = Array.from(document.querySelectorAll('article[data-testid="tweet"]')).filter(
    (a) => !a.parentElement?.closest('article[data-testid="tweet"]'),
  );
  const wrong: MarkState['wrong'] = [];
  let marked = 0;
  let flagged = 0;
  for (const a of arts) {
    const state = a.getAttribute('data-firebreak');
    if (state) marked++;
    if (state === 'flagged') flagged++;
    const exp = fx.expectedFor(a);
    if (!exp || exp.unknown) continue;
    if (state === null || (state === 'flagged') !== exp.flagged) wrong.push({ id: exp.id, expected: exp.flagged, actual: state });
  }
  return { containers: arts.length, marked, flagged, wrong: wrong.slice(0, 20) };
}

/** Cheap progress check for large pages: how many post containers carry a mark. Records its own run time. */
export function markedCount(): { containers: number; marked: number } {
  const t0 = performance.now();
  const containers = document.querySelectorAll('article[data-testid="tweet"]').length;
  const marked = document.querySelectorAll('article[data-testid="tweet"][data-firebreak]').length;
  const w = window as any;
  (w.__hostilePolls ??= []).push({ start: t0, end: performance.now() });
  return { containers, marked };
}

/**
 * Starts watching the main thread: long tasks (PerformanceObserver 'longtask', Chromium) and, everywhere, a
 * heartbeat that notes every gap over 50 ms between timer callbacks (the page could not run for that long).
 */
export function startJankWatch(): { longtaskSupported: boolean } {
  const w = window as any;
  w.__hostileLongTasks = [];
  w.__hostileGaps = [];
  w.__hostilePolls = [];
  const supported = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('longtask');
  if (supported) {
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const attribution = ((e as any).attribution ?? []).map((a: any) => ({
          name: a.name,
          containerType: a.containerType,
          containerSrc: a.containerSrc,
          containerId: a.containerId,
          containerName: a.containerName,
        }));
        w.__hostileLongTasks.push({ start: e.startTime, duration: e.duration, name: e.name, attribution });
      }
    });
    obs.observe({ type: 'longtask', buffered: true });
    w.__hostileObserver = obs;
  }
  const hb = { last: performance.now(), stop: false };
  w.__hostileHeartbeat = hb;
  const tick = (): void => {
    const now = performance.now();
    if (now - hb.last > 50) w.__hostileGaps.push({ start: hb.last, duration: now - hb.last });
    hb.last = now;
    if (!hb.stop) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return { longtaskSupported: supported };
}

export interface JankReport {
  longtaskSupported: boolean;
  longTasks: { start: number; duration: number; attribution: unknown[] }[];
  gaps: { start: number; duration: number }[];
  polls: { start: number; end: number }[];
}

export function stopJankWatch(): JankReport {
  const w = window as any;
  w.__hostileHeartbeat.stop = true;
  w.__hostileObserver?.disconnect();
  return {
    longtaskSupported: !!w.__hostileObserver,
    longTasks: w.__hostileLongTasks,
    gaps: w.__hostileGaps,
    polls: w.__hostilePolls ?? [],
  };
}

export interface HostileSpec {
  /** Payloads to put in post text and author names, as text. */
  payloads: string[];
  hugeChars: number;
  nesting: number;
  emoji: number;
}

export interface HostileMade {
  /** Post ids and what each one carries; flagged ones keep their threat text inside the hostile content. */
  posts: { id: string; kind: string; flagged: boolean }[];
  /** performance.now() when the page finished its own work (injection and the layout it causes). */
  quietFrom: number;
  /** How long the page's own injection took (ms). */
  injectMs: number;
  /** Of which, per kind of post, the page's work and layout (ms). */
  layoutMs: Record<string, number>;
}

/**
 * Appends posts through window.__fixture, then turns them hostile in the same task: a 1 MB post, 5,000 nested
 * elements, right-to-left overrides in text and author, HTML and script payloads as text in text and author, emoji
 * floods. Half keep the threat text they were generated with (expected flagged), half are ordinary (expected clear).
 * Forces layout at the end, so the page's own work is over when this returns (`quietFrom`).
 */
export async function makeHostilePosts(spec: HostileSpec): Promise<HostileMade> {
  const fx = (window as any).__fixture;
  fx.setAutoAppend(false);
  const t0 = performance.now();
  const flagged = (await fx.append(6, { flaggedEvery: 1, batch: 6 })).ids as string[];
  const clear = (await fx.append(6, { flaggedEvery: 0, batch: 6 })).ids as string[];
  const t1 = performance.now();
  const articleOf = (id: string): Element => {
    const a = document.querySelector(`a[href*="/status/${id}"]`)?.closest('article[data-testid="tweet"]');
    if (!a) throw new Error(`no article for ${id}`);
    return a;
  };
  const textOf = (a: Element): Element => {
    const t = a.querySelector('[data-testid="tweetText"]');
    if (!t) throw new Error('no tweetText');
    return t;
  };
  const nameOf = (a: Element): Element => {
    const u = a.querySelector('[data-testid="User-Name"]');
    const walker = document.createTreeWalker(u!, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode();
    return (first?.parentElement ?? u) as Element;
  };
  // Words of two scripts. With emoji, CJK, zero-width and right-to-left text, bidi overrides and stacked combining
  // marks as well, Chromium's own layout of a 256 KB post takes 13-50 s (with or without the extension): those go in
  // the smaller posts only (the "everything" post).
  const filler = (n: number, mixed = false): string => {
    const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'привет', 'é'];
    if (mixed) words.push('🔥', '\u200B', '日本語', 'مرحبا', 'עולם', '\u202E', 'x̷̛̤', 'ǫ̶̝͎̓');
    let s = '';
    for (let i = 0; s.length < n; i++) s += words[(i * 7) % words.length] + ' ';
    return s.slice(0, n);
  };
  // Inline elements only: Chromium's renderer itself crashes on ~1,000 alternating span/div or ~5,000 nested divs,
  // with or without any extension (seen with Chromium here); 5,000 nested spans it lays out.
  const nest = (depth: number, inner: Node[]): Element => {
    const outer = document.createElement('span');
    let cur = outer;
    for (let i = 1; i < depth; i++) {
      const next = document.createElement(i % 2 ? 'span' : 'b');
      cur.appendChild(next);
      cur = next;
    }
    cur.append(...inner);
    return outer;
  };
  const emojis = (n: number): string => {
    const set = ['🔥', '😂', '🏴‍☠️', '👩🏽‍💻', '🇫🇷', '❤️', '🤲🏾', '✊'];
    let s = '';
    for (let i = 0; i < n; i++) s += set[i % set.length];
    return s;
  };
  const payloadText = spec.payloads.join(' ');
  const posts: HostileMade['posts'] = [];
  const layoutMs: Record<string, number> = {};
  const kinds = ['huge', 'nested', 'rtl', 'payloads', 'emoji', 'everything'];
  kinds.forEach((kind, i) => {
    const k0 = performance.now();
    for (const [id, isFlagged] of [
      [flagged[i]!, true],
      [clear[i]!, false],
    ] as const) {
      const a = articleOf(id);
      const t = textOf(a);
      const keep = Array.from(t.childNodes); // the generated text (threat text for flagged posts)
      switch (kind) {
        case 'huge':
          t.append(document.createTextNode(' ' + filler(spec.hugeChars)));
          break;
        case 'nested':
          t.replaceChildren(nest(spec.nesting, keep));
          break;
        case 'rtl':
          t.prepend(document.createTextNode('\u202E\u2067 override \u202D\u2066'));
          t.append(document.createTextNode(' \u202Ereversed\u202C \u2068isolate\u2069'));
          nameOf(a).textContent = '\u202Egnp.exe\u202C Evil \u202Dname';
          break;
        case 'payloads':
          t.prepend(document.createTextNode(payloadText + ' '));
          t.append(document.createTextNode(' ' + payloadText));
          nameOf(a).textContent = spec.payloads[1] ?? spec.payloads[0]!;
          break;
        case 'emoji':
          // Before the text, at most 10,000 emoji (about 29,000 UTF-16 units): Firebreak matches the first 64,000
          // units of a post (MAX_MATCH_CHARS in lib/content/scanner.ts), as many as the sites allow in one post.
          t.prepend(document.createTextNode(emojis(Math.min(spec.emoji, 10_000))));
          t.append(document.createTextNode(emojis(spec.emoji)));
          break;
        case 'everything':
          t.replaceChildren(nest(200, [document.createTextNode(payloadText + ' ' + emojis(500) + ' \u202E'), ...keep, document.createTextNode(filler(5_000, true))]));
          nameOf(a).textContent = `${spec.payloads[0]} \u202E${emojis(50)}`;
          break;
      }
      posts.push({ id, kind, flagged: isFlagged });
    }
    void document.body.offsetHeight;
    layoutMs[kind] = Math.round(performance.now() - k0);
  });
  // The page's own work ends here: lay it out now, inside this task.
  document.body.getBoundingClientRect();
  void document.body.offsetHeight;
  const t2 = performance.now();
  return { posts, quietFrom: t2, injectMs: t2 - t0 + 0 * (t1 - t0), layoutMs };
}

/** The mark of each given post: 'flagged', 'clear' or null. */
export function marksOf(ids: string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const id of ids) {
    const a = document.querySelector(`a[href*="/status/${id}"]`)?.closest('article[data-testid="tweet"]');
    out[id] = a ? a.getAttribute('data-firebreak') : 'missing';
  }
  return out;
}

/** Clicks the badge of a post (inside its open shadow root), as a user would. */
export function clickBadge(id: string): boolean {
  const a = document.querySelector(`a[href*="/status/${id}"]`)?.closest('article[data-testid="tweet"]');
  const badge = a?.querySelector('firebreak-badge');
  const button = badge?.shadowRoot?.querySelector('button');
  if (!button) return false;
  button.click();
  return true;
}

export interface PanelState {
  open: boolean;
  text: string;
  /** Elements in the panel that a payload could have made (they must not exist). */
  active: string[];
  /** Attributes that run code or load things (they must not exist). */
  activeAttrs: string[];
  hrefs: string[];
}

/** What the in-page panel shows, and anything active inside it. */
export function panelState(): PanelState {
  const host = document.querySelector('firebreak-panel');
  const root = host?.shadowRoot;
  if (!root) return { open: false, text: '', active: [], activeAttrs: [], hrefs: [] };
  const active = Array.from(root.querySelectorAll('script, img, iframe, object, embed, style:not(:first-child), link, meta, base, form, input, video, audio, details, template, math, x-evil, marquee, noscript'))
    .filter((el) => !(el.localName === 'style' && el.parentNode === root))
    .map((el) => el.outerHTML.slice(0, 100));
  const activeAttrs: string[] = [];
  const hrefs: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || ['src', 'srcdoc', 'srcset', 'action', 'formaction', 'xlink:href', 'style'].includes(attr.name)) {
        activeAttrs.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 60)}">`);
      }
      if (attr.name === 'href') hrefs.push(attr.value);
    }
  }
  return { open: true, text: root.textContent ?? '', active, activeAttrs, hrefs };
}

export function pwned(): unknown {
  return (window as any).__pwned;
}

export interface InertReport {
  /** Elements matching `selector` that were found (the pack text containers checked). */
  containers: number;
  text: string;
  active: string[];
  activeAttrs: string[];
}

/**
 * Anything active inside the elements matching `selector` (in the document and in open shadow roots, one level):
 * elements a payload could make, event-handler and loading attributes, links that are not https.
 */
export function inertReport(selector: string): InertReport {
  const roots: ParentNode[] = [document];
  for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  const containers = roots.flatMap((r) => Array.from(r.querySelectorAll(selector)));
  const BAD = 'script, img, iframe, object, embed, style, link, meta, base, form, input, textarea, video, audio, source, details, template, math, x-evil, marquee, noscript, svg:not([aria-hidden="true"])';
  const active: string[] = [];
  const activeAttrs: string[] = [];
  let text = '';
  for (const c of containers) {
    text += (c.textContent ?? '') + '\n';
    for (const el of Array.from(c.querySelectorAll(BAD))) active.push(el.outerHTML.slice(0, 120));
    for (const el of [c, ...Array.from(c.querySelectorAll('*'))]) {
      for (const attr of Array.from(el.attributes)) {
        const bad = /^on/i.test(attr.name) || ['src', 'srcdoc', 'srcset', 'action', 'formaction', 'xlink:href', 'style', 'background'].includes(attr.name);
        const badHref = attr.name === 'href' && !/^(https:\/\/|tel:|mailto:|#)/.test(attr.value);
        if (bad || badHref) activeAttrs.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 80)}">`);
      }
    }
  }
  return { containers: containers.length, text, active, activeAttrs };
}
