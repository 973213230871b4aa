// The in-page panel: one <firebreak-panel> element (open shadow root, Preact) fixed at the page's end edge (the right,
// or the left on a right-to-left page, where the site puts its side column and the posts' headers start on the
// right), showing the detail view of the post whose badge was activated, in Firebreak's own language and direction.
// Esc or the close button closes it and gives focus back to the badge.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { DetailView, type DetailViewProps } from '../../components/DetailView';
import detailCss from '../../components/DetailView.css?inline';
import { isRtl, t } from '../i18n';

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
  /** The host is fixed against the left edge (a right-to-left page); null until styled. */
  private atLeft: boolean | null = null;
  /** The host's inline style as last written (read back, as the browser serialises it). */
  private hostCss = '';
  postId: string | null = null;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.host !== null && this.host.isConnected;
  }

  open(postId: string, content: PanelContent, returnFocus: HTMLElement | null): void {
    this.postId = postId;
    this.returnFocus = returnFocus;
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
    render(<Frame content={content} focus={focus} atLeft={atLeft} onClose={() => this.close()} />, mount);
  }

  close(): void {
    if (!this.host) return;
    const mount = this.shadow?.lastElementChild;
    if (mount) render(null, mount);
    this.host.remove();
    this.host = null;
    this.atLeft = null;
    this.shadow = null;
    this.postId = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus();
  }
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

function Frame(props: { content: PanelContent; focus: boolean; atLeft: boolean; onClose: () => void }) {
  const { content, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.focus) ref.current?.focus();
  }, [content.post.id]);
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation(); // the sites bind single-key shortcuts (j, k, l…): typing in the panel must not trigger them
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
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
