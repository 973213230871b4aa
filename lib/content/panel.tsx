// The in-page panel: one <firebreak-panel> element (open shadow root, Preact) fixed at the page's end edge (the right,
// or the left on a right-to-left page, where the site puts its side column and the posts' headers start on the
// right), showing the detail view of the post whose badge was activated, in Firebreak's own language and direction.
// Esc or the close button closes it and gives focus back to the badge: the post's badge as it is then (the content
// script writes a new one after "Not a threat" and Undo), else the post itself. While it is open, Tab and Shift+Tab
// go round its controls, as in a dialog: the page stays usable with the pointer (the panel is not modal), and the
// keyboard leaves it with Esc.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { DetailView, type DetailViewProps } from '../../components/DetailView';
import detailCss from '../../components/DetailView.css?inline';
import { isRtl, t } from '../i18n';
import { badgeButton } from './marks';
import { ATTR_ID, ATTR_STATE } from './scanner';

export const PANEL_TAG = 'firebreak-panel';

const FRAME_CSS = `
:host { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans Arabic", sans-serif; }
.mount { block-size: 100%; }
.frame { box-sizing: border-box; block-size: 100%; overflow: auto; overscroll-behavior: contain;
  box-shadow: -4px 0 24px rgb(0 0 0 / 0.25); border-left: 1px solid var(--fb-border, #d0d7de);
  background: var(--fb-bg, #fff); color: var(--fb-fg, #1f2328); }
/* Against the left edge: the border and the shadow face the page on the right. */
.frame.at-left { box-shadow: 4px 0 24px rgb(0 0 0 / 0.25); border-left: none; border-right: 1px solid var(--fb-border, #d0d7de); }
.frame.dark { --fb-bg: #15181c; --fb-fg: #e7e9ea; --fb-border: #38444d; }
.frame:focus { outline: none; }
/* The title and the close button stay in view while a long post scrolls under them. */
.frame .fb-head { position: sticky; inset-block-start: 0; z-index: 1; background: var(--fb-bg);
  border-block-end: 1px solid var(--fb-border); }
/* A control reached with Tab (or Shift+Tab) scrolls into view below that header, not under it. */
.frame { scroll-padding-block-start: 8rem; }
`;

/** The host's inline style: fixed against the window's left or right edge. */
const hostStyle = (atLeft: boolean): string =>
  'all: initial !important; position: fixed !important; top: 0 !important; bottom: 0 !important;' +
  `${atLeft ? 'left' : 'right'}: 0 !important;` +
  'z-index: 2147483646 !important; display: block !important; width: min(400px, 100vw) !important;';

export type PanelContent = Omit<DetailViewProps, 'onClose'>;

export class InPagePanel {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private returnFocus: HTMLElement | null = null;
  /** The post whose badge opened the panel (its container), to find its badge again when the panel closes. */
  private returnPost: Element | null = null;
  /** The host is fixed against the left edge (a right-to-left page); null until styled. */
  private atLeft: boolean | null = null;
  /** The host's inline style as last written (read back, as the browser serialises it). */
  private hostCss = '';
  /** How many times the panel was opened: each opening moves focus into it. */
  private opens = 0;
  postId: string | null = null;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.host !== null && this.host.isConnected;
  }

  open(postId: string, content: PanelContent, returnFocus: HTMLElement | null): void {
    this.postId = postId;
    this.returnFocus = returnFocus;
    this.returnPost = containerOf(returnFocus);
    // A host the page moved (into a hidden element) or hid is made again where it belongs.
    if (this.host && (this.host.parentElement !== this.doc.documentElement || this.host.hasAttribute('hidden'))) {
      this.host.remove();
      this.host = null;
    }
    if (!this.host || !this.host.isConnected) {
      // A panel another instance of the content script left (the extension was reloaded or updated: its handlers
      // are dead, and it would stay on the page under this one).
      for (const stale of this.doc.querySelectorAll(`${PANEL_TAG}, [data-firebreak-panel]`)) stale.remove();
      this.host = this.doc.createElement(PANEL_TAG);
      this.atLeft = null;
      try {
        this.shadow = this.host.attachShadow({ mode: 'open' });
      } catch {
        // The page defined the tag itself and attached a shadow root first: a plain host of our own.
        this.host = this.doc.createElement('div');
        this.host.setAttribute('data-firebreak-panel', '');
        this.shadow = this.host.attachShadow({ mode: 'open' });
      }
      const style = this.doc.createElement('style');
      style.textContent = FRAME_CSS + detailCss;
      const mount = this.doc.createElement('div');
      // The mount fills the host, so that the frame's 100% height is the viewport's and the frame scrolls.
      mount.className = 'mount';
      this.shadow.append(style, mount);
      this.doc.documentElement.appendChild(this.host);
    }
    // Every opening takes focus into the panel, the same post's again too (its badge activated while the panel is
    // open, "Show on page" from the side panel): a screen reader reading the page would otherwise hear nothing happen.
    this.opens++;
    this.update(content, true);
  }

  /** Re-renders the open panel (new context, dismissed state, status). */
  update(content: PanelContent, focus = false): void {
    const mount = this.shadow?.lastElementChild;
    if (!mount || !this.host) return;
    const atLeft = pageIsRtl(this.doc);
    if (atLeft !== this.atLeft || this.host.style.cssText !== this.hostCss) {
      // Inline, so that no page stylesheet can move it (outer styles beat :host rules); written again if the page
      // changed it.
      this.host.style.cssText = hostStyle(atLeft);
      this.hostCss = this.host.style.cssText;
      this.atLeft = atLeft;
    }
    render(<Frame content={content} focus={focus} focusKey={this.opens} atLeft={atLeft} onClose={() => this.close(true)} />, mount);
  }

  /**
   * Closes the panel. `byUser`: with Esc or its close button, and focus goes back to the post. Closed by the content
   * script (the site's report menu opened and took focus, the page navigated, the site was switched off), focus goes
   * back to the post only if it was in the panel: elsewhere, it stays where the user put it.
   */
  close(byUser = false): void {
    if (!this.host) return;
    const hadFocus = byUser || this.doc.activeElement === this.host;
    const postId = this.postId;
    const back = this.returnFocus;
    const post = this.returnPost;
    const mount = this.shadow?.lastElementChild;
    if (mount) render(null, mount);
    this.host.remove();
    this.host = null;
    this.atLeft = null;
    this.shadow = null;
    this.postId = null;
    this.returnFocus = null;
    this.returnPost = null;
    if (hadFocus) this.restoreFocus(back, post, postId);
  }

  /**
   * Gives focus back to the badge that opened the panel; when the content script replaced or removed it ("Not a
   * threat", Undo, the site re-rendering the post), to the post's badge as it is now, else to the post itself, the
   * place a keyboard user continues from.
   */
  private restoreFocus(back: HTMLElement | null, post: Element | null, postId: string | null): void {
    if (back?.isConnected && focusOn(back)) return;
    const posts: Element[] = [];
    // The post under its id (the site may have rendered it again as a new element), then the element it was in (its
    // id may have changed since, read again with its permalink).
    const byId = postId ? this.doc.querySelector(`[${ATTR_ID}="${cssEscape(postId)}"]`) : null;
    for (const el of [byId, post]) if (el?.isConnected && !posts.includes(el)) posts.push(el);
    for (const el of posts) {
      const button = badgeButton(el);
      if (button && focusOn(button)) return;
    }
    for (const el of posts) if (focusPost(el)) return;
  }
}

/** The post container (marked by the scanner) an element is in, through the badge's shadow root. */
function containerOf(el: Element | null): Element | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest(`[${ATTR_STATE}]`);
    if (found) return found;
    const root = node.getRootNode() as Partial<ShadowRoot>;
    node = root.host ?? null;
  }
  return null;
}

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function' ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}

/** Focuses an element and says whether it took focus (a hidden or disabled one does not). */
function focusOn(el: HTMLElement): boolean {
  if (typeof el.focus !== 'function') return false;
  el.focus();
  return (el.getRootNode() as Document | ShadowRoot).activeElement === el;
}

/**
 * Focuses a post container. One the site did not make focusable (Facebook's) is given tabindex="-1" for that: it
 * can be focused from script but is not added to the Tab order, and nothing in the layout changes. The attribute is
 * taken away again when focus leaves it.
 */
function focusPost(el: Element): boolean {
  const post = el as HTMLElement;
  if (typeof post.focus !== 'function') return false;
  // Focusable already: a tabindex of the site's (X's articles have tabindex="0"), or an element focusable by nature.
  if (post.hasAttribute('tabindex') || post.tabIndex >= 0) return focusOn(post);
  post.setAttribute('tabindex', '-1');
  if (focusOn(post)) {
    post.addEventListener(
      'blur',
      () => {
        if (post.getAttribute('tabindex') === '-1') post.removeAttribute('tabindex');
      },
      { once: true },
    );
    return true;
  }
  post.removeAttribute('tabindex');
  return false;
}

/** What Tab stops at in the panel, in document order (the panel sets no positive tabindex). */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

function tabStops(frame: HTMLElement): HTMLElement[] {
  return Array.from(frame.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (el) =>
      el.tabIndex >= 0 &&
      !el.closest('[hidden], [inert]') &&
      (typeof el.checkVisibility !== 'function' || el.checkVisibility()),
  );
}

/** The page reads right to left (X and Facebook set dir="rtl" on <html> in Arabic, Hebrew, Persian, Urdu). */
function pageIsRtl(doc: Document): boolean {
  for (const el of [doc.documentElement, doc.body]) {
    const dir = el?.getAttribute('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir === 'rtl';
  }
  const el = doc.body ?? doc.documentElement;
  return doc.defaultView?.getComputedStyle(el).direction === 'rtl';
}

function Frame(props: { content: PanelContent; focus: boolean; focusKey: number; atLeft: boolean; onClose: () => void }) {
  const { content, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.focus) ref.current?.focus();
  }, [props.focusKey]);
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation(); // the sites bind single-key shortcuts (j, k, l…): typing in the panel must not trigger them
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      cycleFocus(e);
    }
  };
  // Tab past the last control comes back to the first, Shift+Tab before the first (or from the panel itself, where
  // focus is when it opens) goes to the last: the panel sits at the end of the document, and the browser would
  // otherwise go on to the top of the page, far from the post.
  const cycleFocus = (e: KeyboardEvent) => {
    const frame = ref.current;
    if (!frame) return;
    const stops = tabStops(frame);
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return;
    const active = (frame.getRootNode() as Document | ShadowRoot).activeElement;
    const inside = active !== null && active !== frame && frame.contains(active);
    const target = e.shiftKey ? (!inside || active === first ? last : null) : !inside || active === last ? first : null;
    if (!target) return;
    e.preventDefault();
    target.focus();
  };
  return (
    <div
      ref={ref}
      class={`frame ${content.theme}${props.atLeft ? ' at-left' : ''}`}
      role="dialog"
      aria-modal="false"
      aria-label={t(content.lang, 'panel_label')}
      lang={content.lang}
      dir={isRtl(content.lang) ? 'rtl' : 'ltr'}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onKeyUp={(e) => e.stopPropagation()}
      onKeyPress={(e) => e.stopPropagation()}
    >
      <DetailView {...content} onClose={onClose} />
    </div>
  );
}
