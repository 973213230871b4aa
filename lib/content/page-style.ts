// The one stylesheet Firebreak adds to a social page: outlines flagged posts (outline takes no layout space,
// so the timeline never jumps) and blurs the text of high-severity posts when the user asked for it.
import { isBalancedSelector } from '../pack/selector-text';
import { ATTR_BLUR, ATTR_SEVERITY, ATTR_TEXT } from './marks';
import { ATTR_STATE } from './scanner';

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
export function pageCss(textSelectors: string[]): string {
  const text = blurredTextSelector(textSelectors);
  return `
[${ATTR_STATE}="flagged"] { outline: 2px solid var(--firebreak-mark, #b3261e) !important; outline-offset: -2px; }
[${ATTR_SEVERITY}="medium"] { --firebreak-mark: #9a4d00; }
[${ATTR_SEVERITY}="low"] { --firebreak-mark: #435a78; }
[${ATTR_BLUR}="on"] :is(${text}) { filter: blur(9px); cursor: pointer; user-select: none; }
[${ATTR_BLUR}="on"] [${ATTR_STATE}]:not([${ATTR_BLUR}="on"]) :is(${text}) { filter: none; cursor: auto; user-select: auto; }
`;
}

/** Adds or refreshes the page stylesheet. */
export function installPageStyle(doc: Document, textSelectors: string[]): void {
  let style = doc.getElementById(STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  style.textContent = pageCss(textSelectors);
}

export function removePageStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
