// Page-side probes: what a user (or assistive technology) notices about Firebreak's marks, badges and in-page panel,
// read from the page's DOM. `installProbes` is serialised into the page (it must stay self-contained: no imports,
// no outer variables) and defines `window.__e2e`; the test side calls it through E2EPage.probe()/probeHandle().
//
// Posts are named by their fixture id (`__fixture.expectedFor(container).id`, the id expected.json lists), because
// on Facebook Firebreak's own data-firebreak-id may be a content hash until the timestamp link is hovered.

export interface BadgeInfo {
  /** The badge's shadow root is open (element.shadowRoot is readable). */
  open: boolean;
  /** Number of <button> elements in it. */
  buttons: number;
  /** Accessible name of the button (aria-label, else its text). */
  name: string;
  /** Visible label. */
  label: string;
  lang: string | null;
  dir: string | null;
  /** The button's computed background colour (its severity's colour when the badge's stylesheet applies). */
  background: string;

}

export interface MarkInfo {
  /** Fixture id (expected.json) of the container, or null when the fixture does not know it. */
  id: string | null;
  /** What the fixture says Firebreak should do with it. */
  expectedFlagged: boolean | null;
  isComment: boolean | null;
  /** data-firebreak-id */
  fbId: string | null;
  /** data-firebreak */
  state: string | null;
  severity: string | null;
  /** <firebreak-badge> elements that belong to this container (not to a nested comment). */
  badges: BadgeInfo[];
}

export interface PanelInfo {
  open: boolean;
  /** The host is rendered (has a box) and the dialog is visible. */
  visible: boolean;
  /** The dialog is no taller than the window, so that all of it can be scrolled to. */
  fitsViewport: boolean;
  /** The window edge the host is against ('left' or 'right'; 'none' when it touches neither). */
  side: 'left' | 'right' | 'none';
  frameClass: string;
  theme: string | null;
  dir: string | null;
  lang: string | null;
  background: string;
  role: string | null;
  label: string | null;
  claims: string[];
  verdicts: string[];
  claimsVisible: boolean;
  marks: { text: string; start: number; end: number }[];
  author: string;
  postText: string;
  buttons: string[];
  status: string;
  dismissedShown: boolean;
}

export interface FocusInfo {
  /** Fixture id of the post whose badge button has focus, or null. */
  badgeOf: string | null;
  /** Focus is inside the panel's shadow root. */
  inPanel: boolean;
  /** Description of document.activeElement. */
  active: string;
}

export type ProbeName =
  | 'marks'
  | 'markOf'
  | 'panel'
  | 'focus'
  | 'expected'
  | 'fixtureReady'
  | 'events'
  | 'badgeCount'
  | 'removeMenuOf'
  | 'textOf'
  | 'diag';

/** Defines window.__e2e in the page (idempotent). Serialised: keep it self-contained. */
export function installProbes(): void {
  const w = window as unknown as Record<string, unknown>;
  if (w.__e2e) return;
  type Fx = {
    expectedFor(el: Element): { id: string; flagged: boolean; isComment: boolean } | null;
    expected(): { id: string; flagged: boolean; isComment: boolean }[];
    events: { type: string; postId?: string }[];
    ready: Promise<void>;
  };
  const fx = (): Fx | undefined => w.__fixture as Fx | undefined;
  const STATE = 'data-firebreak';
  const nameOf = (el: Element): string =>
    (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
  const ownBadges = (c: Element): Element[] =>
    Array.from(c.querySelectorAll('firebreak-badge')).filter((b) => b.closest(`[${STATE}]`) === c);
  const badgeInfo = (b: Element): BadgeInfo => {
    const sr = b.shadowRoot;
    const buttons = sr ? Array.from(sr.querySelectorAll('button')) : [];
    const btn = buttons[0];
    return {
      open: !!sr,
      buttons: buttons.length,
      name: btn ? nameOf(btn) : '',
      label: btn ? (btn.textContent || '').trim() : '',
      lang: b.getAttribute('lang'),
      dir: b.getAttribute('dir'),
      background: btn ? getComputedStyle(btn).backgroundColor : '',
    };
  };
  const idOf = (c: Element): string | null => {
    try {
      return fx()?.expectedFor(c)?.id ?? null;
    } catch {
      return null;
    }
  };
  const markInfo = (c: Element) => {
    let exp: { id: string; flagged: boolean; isComment: boolean } | null;
    try {
      exp = fx()?.expectedFor(c) ?? null;
    } catch {
      exp = null;
    }
    return {
      id: exp?.id ?? null,
      expectedFlagged: exp ? exp.flagged : null,
      isComment: exp ? exp.isComment : null,
      fbId: c.getAttribute('data-firebreak-id'),
      state: c.getAttribute(STATE),
      severity: c.getAttribute('data-firebreak-severity'),
      badges: ownBadges(c).map(badgeInfo),
    };
  };
  const containerOf = (id: string): Element | null =>
    Array.from(document.querySelectorAll(`[${STATE}]`)).find((c) => idOf(c) === id) ?? null;
  const panelRoot = (): ShadowRoot | null => document.querySelector('firebreak-panel')?.shadowRoot ?? null;
  const visible = (el: Element | null | undefined): boolean => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    return typeof check === 'function' ? check.call(el, { visibilityProperty: true, opacityProperty: true }) : true;
  };
  const findButton = (root: ParentNode, name: string): HTMLElement | null => {
    const all = Array.from(root.querySelectorAll<HTMLElement>('button'));
    return all.find((b) => nameOf(b) === name) ?? all.find((b) => nameOf(b).startsWith(name)) ?? null;
  };

  w.__e2e = {
    /** Every marked container on the page. */
    marks: () => Array.from(document.querySelectorAll(`[${STATE}]`)).map(markInfo),
    /** One post's marks by fixture id (null when no marked container has that id). */
    markOf: (id: string) => {
      const c = containerOf(id);
      return c ? markInfo(c) : null;
    },
    /** Total <firebreak-badge> elements in the document. */
    badgeCount: () => document.querySelectorAll('firebreak-badge').length,
    /** What the fixture says every container should be. */
    expected: () => fx()?.expected() ?? [],
    fixtureReady: async () => {
      const f = fx();
      if (!f) return false;
      await f.ready;
      return true;
    },
    events: () => (fx()?.events ?? []).map((e) => ({ ...e })),
    /** Is Firebreak running here at all (its page stylesheet is installed when it scans)? */
    diag: () => ({
      url: location.href,
      firebreakStyle: !!document.getElementById('firebreak-page-style'),
      containersMarked: document.querySelectorAll(`[${STATE}]`).length,
      badges: document.querySelectorAll('firebreak-badge').length,
      readyState: document.readyState,
    }),
    textOf: (id: string) => {
      const c = containerOf(id);
      return c ? (c.textContent || '').replace(/\s+/g, ' ').trim() : null;
    },
    /** Removes the post's "…" menu buttons (X caret; Facebook aria-haspopup="menu" in the post and its feed unit). */
    removeMenuOf: (id: string) => {
      const c = containerOf(id);
      if (!c) return 0;
      const scope = c.closest('[aria-posinset]') ?? c.closest('[data-testid="cellInnerDiv"]') ?? c;
      const buttons = Array.from(scope.querySelectorAll('[data-testid="caret"], [aria-haspopup="menu"]')).filter((b) =>
        c.contains(b) || !b.closest(`[${STATE}]`) || b.closest(`[${STATE}]`) === c,
      );
      for (const b of buttons) b.remove();
      return buttons.length;
    },
    panel: () => {
      const host = document.querySelector('firebreak-panel');
      if (!host) return null;
      const sr = host.shadowRoot;
      const frame = sr?.querySelector('.frame') ?? null;
      const detail = sr?.querySelector('.fb-detail') ?? null;
      const q = (sel: string) => (sr ? Array.from(sr.querySelectorAll(sel)) : []);
      const claims = q('.fb-claim-text');
      return {
        open: !!sr,
        visible: visible(host) && visible(frame),
        fitsViewport: !!frame && frame.getBoundingClientRect().bottom <= innerHeight + 1 && frame.getBoundingClientRect().top >= -1,
        side: ((r) => (r.left <= 1 && r.right < innerWidth - 1 ? 'left' : r.right >= document.documentElement.clientWidth - 1 && r.left > 1 ? 'right' : 'none'))(host.getBoundingClientRect()),
        frameClass: frame?.getAttribute('class') ?? '',
        theme: detail?.getAttribute('data-theme') ?? null,
        dir: frame?.getAttribute('dir') ?? null,
        lang: frame?.getAttribute('lang') ?? null,
        background: frame ? getComputedStyle(frame).backgroundColor : '',
        role: frame?.getAttribute('role') ?? null,
        label: frame?.getAttribute('aria-label') ?? null,
        claims: claims.map((e) => (e.textContent || '').trim()),
        verdicts: q('.fb-verdict-value').map((e) => (e.textContent || '').trim()),
        claimsVisible: claims.length > 0 && claims.every(visible),
        marks: q('mark.fb-mark').map((m) => ({
          text: m.textContent || '',
          start: Number(m.getAttribute('data-start')),
          end: Number(m.getAttribute('data-end')),
        })),
        author: (sr?.querySelector('.fb-author')?.textContent || '').trim(),
        postText: sr?.querySelector('.fb-post-text')?.textContent || '',
        buttons: q('button').map(nameOf),
        // Every status region (each action's message is said next to it).
        status: q('.fb-status, .fb-mistake-status')
          .map((e) => (e.textContent || '').trim())
          .filter(Boolean)
          .join(' '),
        dismissedShown: !!sr?.querySelector('.fb-dismissed'),
      };
    },
    focus: () => {
      const a = document.activeElement;
      let badgeOf: string | null = null;
      if (a && a.localName === 'firebreak-badge' && a.shadowRoot?.activeElement?.localName === 'button') {
        const c = a.closest(`[${STATE}]`);
        badgeOf = c ? idOf(c) : null;
      }
      const inPanel = !!(a && a.localName === 'firebreak-panel' && a.shadowRoot?.activeElement);
      return { badgeOf, inPanel, active: a ? a.localName + (a.id ? `#${a.id}` : '') : 'none' };
    },
    // Element getters (used through probeHandle, to click or focus).
    badgeButton: (id: string) => {
      const c = containerOf(id);
      const b = c ? ownBadges(c)[0] : undefined;
      return b?.shadowRoot?.querySelector('button') ?? null;
    },
    panelButton: (name: string) => {
      const sr = panelRoot();
      return sr ? findButton(sr, name) : null;
    },
    pageButton: (name: string) => findButton(document, name),
    query: (sel: string) => document.querySelector(sel),
  };
}

export type HandleProbe = 'badgeButton' | 'panelButton' | 'pageButton' | 'query';
