// The one stylesheet Firebreak adds to a social page: outlines flagged posts (outline takes no layout space,
// so the timeline never jumps) and blurs the text of high-severity posts when the user asked for it.
import { isBalancedSelector } from '../pack/selector-text';
import { ATTR_BLUR, ATTR_SEVERITY, ATTR_TEXT } from './marks';
import { ATTR_STATE } from './scanner';
import { SEVERITY_COLOURS } from '../ui/severity-look';

const STYLE_ID = 'firebreak-page-style';

/**
 * The words blurred in a post when blur is on, and revealed by a click: the adapter's message selectors, with the
 * words the adapter names itself (ATTR_TEXT: a video's bare caption); everything where the adapter names none.
 */
export function blurredTextSelector(textSelectors: string[]): string {
  // A selector whose brackets do not close where they open would step out of the rule it is written into.
  const usable = textSelectors.filter(isBalancedSelector);
  return usable.length > 0 ? [...usable, `[${ATTR_TEXT}]`].join(', ') : '*';
}

/**
 * CSS for the marks; `textSelectors` are the adapter's message selectors (blurredTextSelector). The words of a post or
 * a comment inside a blurred one (Facebook's comments under a post, each its own container) keep their own state.
 */
export function pageCss(textSelectors: string[], theme: 'light' | 'dark' = 'light'): string {
  const text = blurredTextSelector(textSelectors);
  // The outline in the colours of the page's theme: the light ones read under 3:1 on X's Dim and Facebook's dark.
  const c = SEVERITY_COLOURS[theme];
  return `
[${ATTR_STATE}="flagged"] { outline: 2px solid var(--firebreak-mark, ${c.high}) !important; outline-offset: -2px; }
[${ATTR_SEVERITY}="medium"] { --firebreak-mark: ${c.medium}; }
[${ATTR_SEVERITY}="low"] { --firebreak-mark: ${c.low}; }
[${ATTR_BLUR}="on"] :is(${text}) { filter: blur(9px); cursor: pointer; user-select: none; }
[${ATTR_BLUR}="on"] [${ATTR_STATE}]:not([${ATTR_BLUR}="on"]) :is(${text}) { filter: none; cursor: auto; user-select: auto; }
`;
}

/** Adds or refreshes the page stylesheet (written only when it changes: the page's observers see every write). */
export function installPageStyle(doc: Document, textSelectors: string[], theme: 'light' | 'dark' = 'light'): void {
  let style = doc.getElementById(STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  const css = pageCss(textSelectors, theme);
  if (style.textContent !== css) style.textContent = css;
}

export function removePageStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
