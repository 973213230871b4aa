// Opens the site's own report flow for a post, the way the user would: click the post's "…" menu, wait for the
// menu, click its Report item. Only clicks on the page's own controls: no private API, no form is submitted, and
// the user finishes the report in the site's dialog. Pure DOM: no extension API.

export type PlatformFlowResult =
  | { ok: true; step: 'menu-opened' | 'report-clicked' }
  | { ok: false; reason: 'menu-button-not-found' | 'menu-did-not-open' | 'error' };

interface SiteFlow {
  /** The post's "…" button, most stable hook first. */
  menuButtons: readonly string[];
  /** Where the opened menu renders (a portal outside the post on both sites). */
  menus: readonly string[];
  /** The Report item by a language-independent hook, when the site has one. */
  reportItems: readonly string[];
  /** Items of a menu, to match by label when no hook is found. */
  items: string;
}

/** Selectors are data: one table per site, most stable hook first. */
export const PLATFORM_FLOW_SELECTORS: Readonly<Record<'x' | 'facebook', SiteFlow>> = {
  x: {
    menuButtons: ['[data-testid="caret"]'],
    menus: ['#layers [data-testid="Dropdown"]', '#layers [role="menu"]', '[data-testid="Dropdown"]'],
    reportItems: ['[data-testid="report"]'],
    items: '[role="menuitem"]',
  },
  facebook: {
    // The post's actions button has aria-haspopup="menu" and a localised label ("Actions for this post").
    menuButtons: [
      '[aria-haspopup="menu"][aria-label="Actions for this post"]',
      '[aria-haspopup="menu"][aria-label="Actions pour cette publication"]',
      '[aria-haspopup="menu"][aria-label*="ctions"]',
      '[aria-haspopup="menu"][aria-label*="إجراءات"]',
      '[aria-haspopup="menu"]',
    ],
    menus: ['[role="menu"]'],
    reportItems: [],
    items: '[role="menuitem"]',
  },
};

/**
 * Labels of the Report item, for menus without a language-independent hook. Matched on the item's text after
 * folding (NFKC, lower case, Arabic alef variants, spaces). Exact labels first, then words that start a label.
 */
export const REPORT_ITEM_LABELS: { exact: readonly string[]; words: readonly string[] } = {
  exact: [
    // en
    'report post',
    'report',
    'find support or report post',
    'find support or report',
    'report comment',
    // fr
    'signaler la publication',
    'signaler le post',
    'signaler',
    "obtenir de l'aide ou signaler la publication",
    "obtenir de l'aide ou signaler",
    'signaler le commentaire',
    // ar
    'الابلاغ عن المنشور',
    'الابلاغ عن منشور',
    'ابلاغ',
    'الابلاغ',
    'العثور علي الدعم او الابلاغ عن المنشور',
    // de
    'beitrag melden',
    'post melden',
    'melden',
    'hilfe erhalten oder beitrag melden',
    // es
    'reportar publicacion',
    'reportar post',
    'denunciar publicacion',
    'denunciar post',
    'buscar ayuda o reportar la publicacion',
  ],
  words: ['report', 'signaler', 'ابلاغ', 'الابلاغ', 'melden', 'reportar', 'denunciar'],
};

/** Folds a label for comparison: NFKC, lower case, no Latin diacritics, Arabic alef/ya variants, one space. */
export function foldLabel(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’ʼ`´]/g, "'")
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '') // tashkeel, tatweel
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/[\u200B-\u200F\u2066-\u2069\u202A-\u202E]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How well a menu item's text names Report: 2 exact label, 1 a report word starts a word, 0 no. */
export function reportLabelScore(text: string): 0 | 1 | 2 {
  const t = foldLabel(text);
  if (!t) return 0;
  if (REPORT_ITEM_LABELS.exact.includes(t)) return 2;
  const words = t.split(/[^\p{L}\p{N}']+/u);
  for (const w of REPORT_ITEM_LABELS.words) {
    if (words.some((x) => x === w || x.startsWith(w))) return 1;
  }
  return 0;
}

/** Texts to try for an item: its first line (the label; Facebook adds a description under it), then all. */
function itemTexts(item: Element): string[] {
  const texts: string[] = [];
  const aria = item.getAttribute('aria-label');
  if (aria) texts.push(aria);
  const spans = Array.from(item.querySelectorAll('span')).map((s) => s.textContent ?? '');
  const first = spans.find((t) => t.trim() !== '');
  if (first) texts.push(first);
  texts.push(item.textContent ?? '');
  return texts;
}

/** The Report item of an open menu: a language-independent hook, else the best-scoring label; null if none. */
export function findReportItem(menu: Element, site: 'x' | 'facebook'): HTMLElement | null {
  const flow = PLATFORM_FLOW_SELECTORS[site];
  for (const sel of flow.reportItems) {
    const hit = menu.querySelector<HTMLElement>(sel);
    if (hit) return hit;
  }
  let best: HTMLElement | null = null;
  let bestScore = 0;
  for (const item of Array.from(menu.querySelectorAll<HTMLElement>(flow.items))) {
    const score = Math.max(...itemTexts(item).map(reportLabelScore));
    if (score > bestScore) {
      best = item;
      bestScore = score;
      if (score === 2) break;
    }
  }
  return best;
}

function ownedByPost(el: Element, post: Element): boolean {
  // Not inside a nested post (a comment is a [role="article"] inside a Facebook post).
  const owner = el.parentElement?.closest('article, [role="article"]');
  return !owner || owner === post || !post.contains(owner);
}

/** The post's "…" button, or null. */
export function findMenuButton(post: Element, site: 'x' | 'facebook'): HTMLElement | null {
  for (const sel of PLATFORM_FLOW_SELECTORS[site].menuButtons) {
    const hit = Array.from(post.querySelectorAll<HTMLElement>(sel)).find((el) => ownedByPost(el, post) && opensMenu(el));
    if (hit) return hit;
  }
  return null;
}

/**
 * The control says it opens a menu (aria-haspopup "menu", or "true", which means a menu): what both sites' "…" buttons
 * say. Firebreak clicks nothing else on the user's behalf, whatever selector found it (a pack's site profile may put
 * its own in front of the built-in ones: one pointing at the Like button must not make "Report" like the post).
 */
export function opensMenu(el: Element): boolean {
  const popup = el.getAttribute('aria-haspopup')?.trim().toLowerCase();
  return popup === 'menu' || popup === 'true';
}

function openMenus(doc: Document, site: 'x' | 'facebook'): Element[] {
  const found: Element[] = [];
  for (const sel of PLATFORM_FLOW_SELECTORS[site].menus) {
    for (const el of Array.from(doc.querySelectorAll(sel))) if (!found.includes(el)) found.push(el);
  }
  return found;
}

/**
 * Clicks the post's "…" menu button (the adapter's when given, else found in the post), waits for the menu and
 * clicks its Report item. `report-clicked`: the site's report dialog is opening. `menu-opened`: the menu opened
 * but no Report item was recognised within the time: it stays open for the user to choose. `ok: false`: nothing
 * usable happened; the caller opens the platform's help page and copies the link instead.
 */
export async function openPlatformReport(
  post: Element,
  site: 'x' | 'facebook',
  adapterMenuButton: HTMLElement | null,
  doc: Document,
  timeoutMs = 3000,
): Promise<PlatformFlowResult> {
  try {
    const button = (adapterMenuButton && opensMenu(adapterMenuButton) ? adapterMenuButton : null) ?? findMenuButton(post, site);
    if (!button) return { ok: false, reason: 'menu-button-not-found' };
    const before = new Set(openMenus(doc, site));
    const controlsId = () => (button.getAttribute('aria-expanded') === 'true' ? button.getAttribute('aria-controls') : null);

    const currentMenu = (): Element | null => {
      const id = controlsId();
      const controlled = id ? doc.getElementById(id) : null;
      if (controlled) return controlled;
      const fresh = openMenus(doc, site).filter((m) => !before.has(m) && m.isConnected);
      return fresh[fresh.length - 1] ?? null;
    };

    button.click();

    const MO = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    const outcome = await new Promise<'report' | 'menu' | 'none'>((resolve) => {
      let menuSeen = false;
      let done = false;
      const finish = (r: 'report' | 'menu' | 'none') => {
        if (done) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        resolve(r);
      };
      const check = () => {
        const menu = currentMenu();
        if (!menu) return;
        menuSeen = true;
        const item = findReportItem(menu, site);
        if (item) {
          item.click();
          finish('report');
        }
      };
      const observer = new MO(check);
      const timer = setTimeout(() => finish(menuSeen ? 'menu' : 'none'), Math.max(0, timeoutMs));
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['role', 'data-testid', 'aria-expanded', 'aria-controls', 'aria-label', 'hidden'],
      });
      check();
    });
    if (outcome === 'report') return { ok: true, step: 'report-clicked' };
    if (outcome === 'menu') return { ok: true, step: 'menu-opened' };
    return { ok: false, reason: 'menu-did-not-open' };
  } catch {
    return { ok: false, reason: 'error' };
  }
}
