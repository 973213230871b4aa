// Marks on the page (DESIGN.md contract): data-firebreak state attributes on post containers and one
// <firebreak-badge> per flagged post, whose open shadow root holds a fixed-size <button>.
// Marks never remove or hide the site's nodes; the only nodes removed are Firebreak's own badges.
import { t } from '../i18n';
import { LANGS, SEVERITIES, type Lang, type Severity } from '../types';
import { ATTR_ID, ATTR_STATE } from './scanner';
import { SEVERITY_COLOURS, SEVERITY_SHAPES } from '../ui/severity-look';

export const ATTR_SEVERITY = 'data-firebreak-severity';
export const ATTR_DISMISSED = 'data-firebreak-dismissed';
export const ATTR_BLUR = 'data-firebreak-blur';
/** On a post's words that the adapter's `text` selectors do not name (textBlocks): blurred with them. */
export const ATTR_TEXT = 'data-firebreak-text';
export const BADGE_TAG = 'firebreak-badge';
/**
 * Every badge: <firebreak-badge>, or a <span> with this attribute where the page took that tag first (a page may define
 * a custom element of that name whose constructor attaches its own shadow root, and ours could not be attached).
 */
const BADGE_FALLBACK_ATTR = 'data-firebreak-badge';
export const BADGE_SELECTOR = `${BADGE_TAG}, span[${BADGE_FALLBACK_ATTR}]`;

const SEVERITY_KEY = { high: 'badge_high', medium: 'badge_medium', low: 'badge_low' } as const;

/**
 * The badge's icon: the shape of its severity as everywhere in Firebreak (lib/ui/severity-look.ts), one path whose
 * exclamation mark is a hole (even-odd fill) through which the badge's colour shows.
 */
const ICON_PATHS: Record<Severity, string> = {
  high: SEVERITY_SHAPES.high.outer + SEVERITY_SHAPES.high.mark,
  medium: SEVERITY_SHAPES.medium.outer + SEVERITY_SHAPES.medium.mark,
  low: SEVERITY_SHAPES.low.outer + SEVERITY_SHAPES.low.mark,
};

const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; flex: none; align-self: center; block-size: 20px;
  max-inline-size: 16em; margin-inline: 6px; contain: layout style; font: 600 12px/20px system-ui, sans-serif; }
button { all: unset; box-sizing: border-box; display: flex; align-items: center; justify-content: safe center;
  gap: 4px; inline-size: 100%; block-size: 20px; padding-inline: 6px; border-radius: 10px; cursor: pointer;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; color: #fff; background: var(--fb-badge-bg); }
button:focus-visible { outline: 2px solid var(--fb-badge-bg); outline-offset: 2px; box-shadow: 0 0 0 2px #fff inset; }
button:hover { filter: brightness(1.1); }
svg { inline-size: 14px; block-size: 14px; flex: none; fill: currentColor; fill-rule: evenodd; }
span { display: inline-grid; grid-template-columns: minmax(0, max-content); justify-items: center; min-inline-size: 0; }
span::before, span::after { grid-area: 1 / 1; visibility: hidden; overflow: hidden; content: attr(data-other1); }
span::after { content: attr(data-other2); }
b { grid-area: 1 / 1; font: inherit; overflow: hidden; text-overflow: ellipsis; }
:host([data-severity="high"]) { --fb-badge-bg: ${SEVERITY_COLOURS.light.high}; }
:host([data-severity="medium"]) { --fb-badge-bg: ${SEVERITY_COLOURS.light.medium}; }
:host([data-severity="low"]) { --fb-badge-bg: ${SEVERITY_COLOURS.light.low}; }
@media (forced-colors: active) { button { border: 1px solid ButtonText; forced-color-adjust: auto; } }
`;

/** Events the badge's button keeps from the site's own listeners. */
const BADGE_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup'];

export interface BadgeHandlers {
  onActivate(container: Element, button: HTMLButtonElement): void;
}

/**
 * Sets a container's state attributes and adds, updates or removes its badge. `postId` is written on flagged and
 * dismissed containers (null for a clear post: it is not needed, and is not read).
 */
export function applyMark(
  container: Element,
  postId: string | null,
  severity: Severity | null,
  opts: { dismissed: boolean; blur: boolean; lang: Lang; anchor: () => Element; handlers: BadgeHandlers; textBlocks?: () => Element[] },
): void {
  const flagged = severity !== null && !opts.dismissed;
  if (!flagged && !opts.dismissed && markClear(container)) return;
  const state = container.getAttribute(ATTR_STATE);
  // Only a container that was flagged can hold a badge of ours: clear posts skip the search, and attributes are
  // written only when they change (the page's own observers see every write).
  const wasFlagged = state === 'flagged';
  setAttr(container, ATTR_STATE, flagged ? 'flagged' : 'clear');
  setAttr(container, ATTR_ID, flagged || opts.dismissed ? postId : null);
  setAttr(container, ATTR_DISMISSED, opts.dismissed ? 'true' : null);
  const existing = wasFlagged || flagged ? findOwnBadge(container) : null;
  if (!flagged) {
    setAttr(container, ATTR_SEVERITY, null);
    setAttr(container, ATTR_BLUR, null);
    existing?.remove();
    return;
  }
  container.setAttribute(ATTR_SEVERITY, severity);
  if (opts.blur && severity === 'high' && !container.hasAttribute(ATTR_BLUR)) {
    container.setAttribute(ATTR_BLUR, 'on');
    for (const block of opts.textBlocks?.() ?? []) setAttr(block, ATTR_TEXT, '');
  }
  if (!opts.blur) container.removeAttribute(ATTR_BLUR);
  const badge = existing ?? createBadge(container, opts.handlers);
  updateBadge(badge, severity, opts.lang, container.getAttribute(ATTR_BLUR) === 'on');
  if (!existing) opts.anchor().appendChild(badge);
}

/**
 * The mark of a clear post never marked before (most posts): one attribute, nothing to undo. False when the
 * container carries a state already (applyMark then works out what to undo).
 */
export function markClear(container: Element): boolean {
  if (container.hasAttribute(ATTR_STATE)) return false;
  container.setAttribute(ATTR_STATE, 'clear');
  return true;
}

function setAttr(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** The badge that belongs to this container (not one of a nested comment container). */
export function findOwnBadge(container: Element): HTMLElement | null {
  for (const b of container.querySelectorAll<HTMLElement>(BADGE_SELECTOR)) {
    if (b.closest(`[${ATTR_STATE}]`) === container) return b;
  }
  return null;
}

/**
 * Whether a container no longer wears the marks Firebreak wrote on it; `wasFlagged` is what its last scan found.
 * A flagged post: its badge is gone (the site replaced the element that held it, the badge being a foreign node in
 * its tree, while the post kept its words), or its state was taken off or set to clear by the page. A post the user
 * dismissed reads clear with its dismissal and its id: `isDismissed` says which ids the user dismissed, so a page
 * writing the dismissal itself onto a flagged post does not take its badge away. A clear post: its state reads
 * anything but clear.
 */
export function marksLost(container: Element, wasFlagged: boolean, isDismissed: (id: string) => boolean): boolean {
  const state = container.getAttribute(ATTR_STATE);
  if (!wasFlagged) return state !== 'clear';
  if (state === 'flagged') return findOwnBadge(container) === null;
  if (state !== 'clear' || container.getAttribute(ATTR_DISMISSED) !== 'true') return true;
  const id = container.getAttribute(ATTR_ID);
  return id === null || !isDismissed(id);
}

/** The badge's button, to give focus back when the panel closes. */
export function badgeButton(container: Element): HTMLButtonElement | null {
  return findOwnBadge(container)?.shadowRoot?.querySelector('button') ?? null;
}

/**
 * The badges' stylesheet, built once and adopted by every badge's shadow root: a <style> per badge made the page
 * parse and add the same sheet at each insertion (about a third of a badge's cost, measured on the X fixture).
 * null where the content script cannot adopt one (then each badge gets a <style>); undefined until first tried.
 */
let sharedSheet: CSSStyleSheet | null | undefined;

function styleBadge(shadow: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    try {
      shadow.adoptedStyleSheets = [sharedSheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      /* an engine whose content scripts cannot hand their sheet to the page's shadow roots */
    }
    sharedSheet = null;
  }
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  shadow.prepend(style);
}

function createBadge(container: Element, handlers: BadgeHandlers): HTMLElement {
  let badge: HTMLElement = document.createElement(BADGE_TAG);
  let shadow: ShadowRoot;
  try {
    shadow = badge.attachShadow({ mode: 'open' });
  } catch {
    // The page defined <firebreak-badge> itself and attached a shadow root first: a plain host of our own.
    badge = document.createElement('span');
    badge.setAttribute(BADGE_FALLBACK_ATTR, '');
    shadow = badge.attachShadow({ mode: 'open' });
  }
  const button = document.createElement('button');
  button.type = 'button';
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.appendChild(document.createElementNS(svgNs, 'path'));
  // The label, and the language's two other labels drawn invisibly in the same place: every badge of a language is
  // as wide as its longest label, whatever its severity, so that it keeps its size when the severity changes.
  const label = document.createElement('span');
  label.appendChild(document.createElement('b'));
  button.append(svg, label);
  // The sites listen for clicks on the whole post (to open it): keep ours to ourselves.
  const onEvent = (e: Event): void => {
    e.stopPropagation();
    if (e.type !== 'click') return;
    e.preventDefault();
    const owner = badge.closest(`[${ATTR_STATE}]`) ?? container;
    revealPost(owner);
    handlers.onActivate(owner, button);
  };
  for (const type of BADGE_EVENTS) button.addEventListener(type, onEvent);
  shadow.append(button);
  styleBadge(shadow);
  // A page's own rules beat :host ones: a rule of the site's on our tag (or on every element) could hide the badge.
  // Inline and important, these three cannot be overridden by its stylesheets.
  badge.style.cssText = 'display: inline-block !important; visibility: visible !important; opacity: 1 !important;';
  return badge;
}

/**
 * The badge's label and accessible name for a language, severity and whether the post's words are blurred (the name
 * then says so, and that the badge shows them): looked up once each.
 */
const badgeTexts = new Map<string, { label: string; name: string }>();

function badgeText(lang: Lang, severity: Severity, blurred = false): { label: string; name: string } {
  const key = `${lang}|${severity}|${blurred}`;
  let texts = badgeTexts.get(key);
  if (!texts) {
    const label = t(lang, SEVERITY_KEY[severity]);
    texts = { label, name: t(lang, blurred ? 'badge_aria_blurred' : 'badge_aria', { severity: label }) };
    badgeTexts.set(key, texts);
  }
  return texts;
}

function updateBadge(badge: HTMLElement, severity: Severity, lang: Lang, blurred: boolean): void {
  const hidden = blurred ? 'true' : 'false';
  if (badge.dataset.severity === severity && badge.dataset.lang === lang && badge.dataset.blurred === hidden) return;
  badge.dataset.severity = severity;
  badge.dataset.lang = lang;
  badge.dataset.blurred = hidden;
  const shadow = badge.shadowRoot;
  if (!shadow) return;
  const button = shadow.querySelector('button');
  const path = shadow.querySelector('path');
  const label = shadow.querySelector('span');
  const shown = label?.querySelector('b');
  if (!button || !path || !label || !shown) return;
  path.setAttribute('d', ICON_PATHS[severity]);
  const { label: text, name } = badgeText(lang, severity, blurred);
  shown.textContent = text;
  const others = SEVERITIES.filter((s) => s !== severity);
  label.dataset.other1 = badgeText(lang, others[0]!).label;
  label.dataset.other2 = badgeText(lang, others[1]!).label;
  button.setAttribute('aria-label', name);
  button.setAttribute('aria-haspopup', 'dialog');
  button.title = name;
  badge.setAttribute('lang', lang);
  badge.setAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
}

/** Takes the blur off a post's words (the reader clicked them or its badge); its badge's name no longer says hidden. */
export function revealPost(container: Element): void {
  container.removeAttribute(ATTR_BLUR);
  const badge = findOwnBadge(container);
  const { severity, lang } = badge?.dataset ?? {};
  const known = <T extends string>(list: readonly T[], v: string | undefined): v is T => (list as readonly string[]).includes(v ?? '');
  if (badge && known(SEVERITIES, severity) && known(LANGS, lang)) updateBadge(badge, severity, lang, false);
}

/** The attributes Firebreak writes on a post's container. */
const MARK_ATTRS = [ATTR_STATE, ATTR_ID, ATTR_SEVERITY, ATTR_DISMISSED, ATTR_BLUR] as const;

/**
 * Takes Firebreak's marks off one container that is no longer a post (its badge, state attributes and the blur of its
 * words), leaving those of the posts and comments inside it.
 */
export function unmarkContainer(container: Element): void {
  findOwnBadge(container)?.remove();
  for (const el of container.querySelectorAll(`[${ATTR_TEXT}]`)) {
    if (el.parentElement?.closest(`[${ATTR_STATE}]`) === container) el.removeAttribute(ATTR_TEXT);
  }
  for (const a of MARK_ATTRS) container.removeAttribute(a);
}

/** Removes every mark and badge Firebreak added under root (site switched off). */
export function clearAllMarks(root: ParentNode): void {
  for (const b of root.querySelectorAll(BADGE_SELECTOR)) b.remove();
  for (const el of root.querySelectorAll(`[${ATTR_STATE}]`)) {
    for (const a of MARK_ATTRS) el.removeAttribute(a);
  }
  for (const el of root.querySelectorAll(`[${ATTR_TEXT}]`)) el.removeAttribute(ATTR_TEXT);
}
