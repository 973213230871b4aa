// @vitest-environment happy-dom
// Shared site-adapter helpers: text extraction, URL unwrapping, hashing, selector tables, adapterForUrl.

import { describe, expect, it } from 'vitest';
import {
  extractText,
  fnv1a,
  hashId,
  mergeSelectors,
  queryAllFirst,
  queryFirst,
  textFingerprint,
  unwrapUrl,
} from '../../lib/sites/adapter';
import { adapterForUrl, adapterForSite } from '../../lib/sites/index';
import { facebookAdapter } from '../../lib/sites/facebook';
import { xAdapter } from '../../lib/sites/x';

function el(html: string): Element {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');
  return document.adoptNode(doc.body.firstElementChild!);
}

describe('extractText', () => {
  it('reads text nodes and emoji alt text in order, line breaks from <br>', () => {
    const e = el('<div><span>Fire </span><img alt="🔥" src="data:,"><span> and ice</span><br><span>next</span></div>');
    expect(extractText(e)).toBe('Fire 🔥 and ice\nnext');
  });

  it('skips our own elements, excluded subtrees and hidden chrome', () => {
    const e = el(
      '<div><span>post</span><firebreak-badge>Flagged</firebreak-badge><span aria-hidden="true"> · </span>' +
        '<div role="article"><span>a comment</span></div><span hidden>x</span><span style="display: none">y</span>' +
        '<svg><title>icon</title></svg><button>Show more</button><span> text</span></div>',
    );
    expect(extractText(e, { exclude: ['[role="article"]'] })).toBe('post text');
  });

  it('reads styled text that stays visible, and skips text hidden by an inline style in any case', () => {
    // X styles the spans and links of every post's text; only display / visibility can hide them.
    const shown = el(
      '<div><span style="text-overflow: unset;">Si vous fermez </span><a href="/x" style="color: rgb(29, 155, 240);">un compte</a></div>',
    );
    expect(extractText(shown)).toBe('Si vous fermez un compte');
    const hidden = el(
      '<div><span style="text-overflow: unset;">visible</span><span style="DISPLAY:NONE">gone</span>' +
        '<span style="color: red; visibility: hidden">gone too</span></div>',
    );
    expect(extractText(hidden)).toBe('visible');
  });

  it('keeps zero-width and lookalike characters for the matcher to fold', () => {
    const e = el('<div><span>acc\u200Bount er\u0430sed</span></div>');
    expect(extractText(e)).toBe('acc\u200Bount er\u0430sed');
  });

  it('adds a line break before paragraph blocks when asked', () => {
    const e = el('<div><div dir="auto">one</div><div dir="auto">two <a href="#">#tag</a></div><div dir="auto"></div></div>');
    expect(extractText(e, { breakBefore: ['div'] })).toBe('one\ntwo #tag');
    expect(extractText(e)).toBe('onetwo #tag');
  });
});

describe('unwrapUrl', () => {
  it('unwraps l.facebook.com/l.php and drops fbclid and utm parameters', () => {
    const wrapped =
      'https://l.facebook.com/l.php?u=' +
      encodeURIComponent('https://www.lemonde.fr/a.html?utm_source=fb&fbclid=IwAR123&id=7') +
      '&h=AT0abc&__tn__=-UK-R';
    expect(unwrapUrl(wrapped)).toBe('https://www.lemonde.fr/a.html?id=7');
  });

  it('unwraps the "you are leaving Facebook" warning page (flx/warn)', () => {
    const warned = 'https://www.facebook.com/flx/warn/?u=' + encodeURIComponent('https://bad.example/join') + '&h=AT0xyz';
    expect(unwrapUrl(warned)).toBe('https://bad.example/join');
  });

  it('unwraps lm.facebook.com and www.facebook.com/l.php, nested once', () => {
    const inner = 'https://l.facebook.com/l.php?u=' + encodeURIComponent('https://example.org/x');
    expect(unwrapUrl('https://lm.facebook.com/l.php?u=' + encodeURIComponent(inner))).toBe('https://example.org/x');
    expect(unwrapUrl('https://www.facebook.com/l.php?u=' + encodeURIComponent('https://example.org/y'))).toBe('https://example.org/y');
  });

  it('leaves other URLs alone and refuses non-http ones', () => {
    expect(unwrapUrl('https://t.co/AbC')).toBe('https://t.co/AbC');
    expect(unwrapUrl('/hashtag/ultras', 'https://www.facebook.com/')).toBe('https://www.facebook.com/hashtag/ultras');
    expect(unwrapUrl('javascript:alert(1)')).toBeNull();
    expect(unwrapUrl('#')).toBeNull();
  });
});

describe('hashing', () => {
  it('FNV-1a matches the reference values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('hashId is stable, short, base 36, and differs for different text', () => {
    expect(hashId('author\ntext')).toBe(hashId('author\ntext'));
    expect(hashId('author\ntext')).toMatch(/^[0-9a-z]{8,14}$/);
    expect(hashId('author\ntext')).not.toBe(hashId('author\ntext.'));
    expect(textFingerprint('abc')).toBe(`3:${fnv1a('abc').toString(36)}`);
  });
});

describe('selector tables', () => {
  it('mergeSelectors puts overrides first, keeps built-ins, drops duplicates, keeps new keys', () => {
    const merged = mergeSelectors({ a: ['x', 'y'], b: ['z'] }, { a: ['w', 'x'], c: ['q'] });
    expect(merged).toEqual({ a: ['w', 'x', 'y'], b: ['z'], c: ['q'] });
  });

  it('lookups try entries in order and skip selectors the engine rejects', () => {
    const root = el('<div><p class="two">2</p><p data-one>1</p></div>');
    expect(queryFirst(root, ['[data-none]', 'p[data-one]', 'p.two'])!.textContent).toBe('1');
    expect(queryFirst(root, ['p:unknown-pseudo(', 'p.two'])!.textContent).toBe('2');
    expect(queryAllFirst(root, ['[data-none]', 'p']).map((p) => p.textContent)).toEqual(['2', '1']);
    expect(queryAllFirst(root, ['[data-none]'])).toEqual([]);
  });
});

describe('adapterForUrl', () => {
  it('picks the adapter of each covered host and nothing else', () => {
    expect(adapterForUrl('https://x.com/home')).toBe(xAdapter);
    expect(adapterForUrl('https://twitter.com/a/status/1')).toBe(xAdapter);
    expect(adapterForUrl('https://mobile.x.com/home')).toBe(xAdapter);
    expect(adapterForUrl('https://www.facebook.com/')).toBe(facebookAdapter);
    expect(adapterForUrl(new URL('https://web.facebook.com/groups/1'))).toBe(facebookAdapter);
    expect(adapterForUrl('https://m.facebook.com/')).toBeNull();
    expect(adapterForUrl('https://example.com/')).toBeNull();
    expect(adapterForUrl('not a url')).toBeNull();
  });

  it('applies a site profile on top of the built-in table', () => {
    const a = adapterForUrl('https://x.com/home', { post: ['[data-custom]'] })!;
    expect(a.site).toBe('x');
    expect(a.selectors.post![0]).toBe('[data-custom]');
    expect(adapterForSite('facebook', { message: ['[data-m]'] }).selectors.message![0]).toBe('[data-m]');
  });
});
