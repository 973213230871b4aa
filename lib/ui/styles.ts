// The UI's CSS as strings, for hosts that cannot load stylesheets by import: the in-page panel's shadow root.
// Extension pages (side panel, popup) import the .css files directly.
import detail from '../../components/DetailView.css?inline';
import list from '../../components/PostList.css?inline';

/** Everything <DetailView> needs (theme variables, base, detail): what a shadow root needs. */
export const DETAIL_VIEW_CSS: string = detail;

/** DetailView + PostList styles. */
export const UI_CSS: string = `${detail}\n${list}`;

/**
 * Puts `css` into a shadow root (or document): a constructed stylesheet when the browser allows it (not subject
 * to the page's style-src CSP), else a <style> element. Idempotent per root.
 */
export function applyUiStyles(root: ShadowRoot | Document, css: string = DETAIL_VIEW_CSS): void {
  const marker = 'data-firebreak-style';
  try {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet() as CSSStyleSheet & { __firebreak?: boolean };
      sheet.replaceSync(css);
      sheet.__firebreak = true;
      const others = root.adoptedStyleSheets.filter((s) => !(s as CSSStyleSheet & { __firebreak?: boolean }).__firebreak);
      root.adoptedStyleSheets = [...others, sheet];
      return;
    }
  } catch {
    // Fall through to a <style> element (e.g. Firefox content-script compartments).
  }
  const doc = 'createElement' in root ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const parent: ParentNode = 'head' in root && (root as Document).head ? (root as Document).head : root;
  let style = parent.querySelector(`style[${marker}]`);
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(marker, '');
    parent.appendChild(style);
  }
  style.textContent = css;
}
