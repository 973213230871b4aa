// @vitest-environment happy-dom
// The page stylesheet: a pack's text selectors go inside Firebreak's blur rule and never step out of it.

import { describe, expect, it } from 'vitest';
import { ATTR_BLUR } from '../../lib/content/marks';
import { installPageStyle, pageCss, removePageStyle } from '../../lib/content/page-style';
import { FACEBOOK_SELECTORS } from '../../lib/sites/selectors-facebook';

describe('page stylesheet', () => {
  it('blurs only inside flagged posts whose blur is on, whatever text selectors a site profile brings', () => {
    const hostile = ['x), body:not(y', ...(FACEBOOK_SELECTORS.text ?? [])];
    const css = pageCss(hostile);
    expect(css).not.toContain('body:not(');
    installPageStyle(document, hostile);
    const sheet = (document.getElementById('firebreak-page-style') as HTMLStyleElement).sheet!;
    const selectors = Array.from(sheet.cssRules).map((r) => (r as CSSStyleRule).selectorText);
    expect(selectors).toHaveLength(5);
    const blur = selectors.find((s) => s.includes(ATTR_BLUR))!;
    expect(blur.startsWith(`[${ATTR_BLUR}="on"] :is(`)).toBe(true);
    // The built-in selectors are all there.
    for (const sel of FACEBOOK_SELECTORS.text ?? []) expect(css).toContain(sel);
    removePageStyle(document);
    expect(document.getElementById('firebreak-page-style')).toBeNull();
  });

  it("does not blur a comment's words under a blurred post: the comment is a container of its own", () => {
    document.body.innerHTML =
      `<div aria-posinset="1" data-firebreak="flagged" data-firebreak-severity="high" ${ATTR_BLUR}="on">` +
      `<div dir="auto" style="text-align: start;" id="post-words">Post words</div>` +
      `<div role="article" data-firebreak="clear"><span lang="en-GB" dir="auto"><div dir="auto" style="text-align: start;" id="comment-words">Reported, please do not share.</div></span></div></div>`;
    installPageStyle(document, FACEBOOK_SELECTORS.text ?? []);
    const filter = (id: string) => getComputedStyle(document.getElementById(id)!).filter;
    expect(filter('post-words')).toBe('blur(9px)');
    expect(filter('comment-words')).toBe('none');
    removePageStyle(document);
  });
});
