// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PackText, safeHttpsUrl, sanitizePackHtml } from '../../lib/ui/sanitize';


import './helpers/happy-dom-purify';

/** Payloads a malicious or careless pack could carry. */
const XSS_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="  javascript:alert(1)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<a href="http://example.org/">plain http</a>',
  '<a href="//evil.example/">protocol-relative</a>',
  '<a href="https://user:pw@evil.example/">credentials</a>',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>body{display:none}</style>',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<script>alert(1)</script>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/"><input name=q><button>go</button></form>',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<b onclick="alert(1)">bold</b>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<details open ontoggle=alert(1)>x</details>',
  '<a href="https://ok.example/" target="_self" rel="opener" onmouseover="alert(1)">ok</a>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><img src=x onerror=alert(1)></template>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<p id="fb-title" class="fb-root" data-x="1" aria-label="spoof">attrs</p>',
  'a<img src=x onerror=alert(1)><p>after</p><svg onload=alert(1)><circle r="1"/></svg><i>end</i>',
  '<ul><li><form><input autofocus onfocus=alert(1)></form></li></ul>',
  '<a href="https://ok.example/"><img src=x onerror=alert(1)></a>',
  '<!-- <img src=x onerror=alert(1)> -->',
  '<p>unclosed <b>tags <a href="https://ok.example/">and <i>links',
];

const FORBIDDEN_TAGS = ['img', 'svg', 'math', 'style', 'iframe', 'script', 'object', 'embed', 'form', 'input', 'details', 'template', 'base', 'meta', 'link', 'noscript'];

/** Throws if `root` holds anything a pack must never put in the page. */
function expectNoActiveContent(root: Element | DocumentFragment): void {
  for (const tag of FORBIDDEN_TAGS) expect(root.querySelector(tag), `<${tag}> survived`).toBeNull();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.startsWith('on'), `${attr.name} on <${el.localName}>`).toBe(false);
      if (attr.name === 'style') throw new Error(`style attribute on <${el.localName}>`);
      if (attr.name === 'href' || attr.name === 'src' || attr.name === 'xlink:href' || attr.name === 'action') {
        expect(attr.value, `${attr.name}=${attr.value}`).toMatch(/^(https:\/\/|tel:|mailto:)/);
        expect(attr.value).not.toMatch(/^https:\/\/[^/]*@/);
      }
    }
  }
}

/** The sanitiser's output parsed in an inert document, as the browser will build it. */
function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

describe('sanitizePackHtml', () => {
  it.each(XSS_PAYLOADS)('neutralises %s', (payload) => {
    const out = parse(sanitizePackHtml(payload));
    expectNoActiveContent(out);
    expect(sanitizePackHtml(payload)).not.toMatch(/javascript:|onerror|onload|onclick|ontoggle|onmouseover|<script|<style|<iframe/i);
  });

  it('keeps the allowed formatting', () => {
    const out = parse(sanitizePackHtml('<p>One <b>bold</b> <i>it</i> <em>em</em> <strong>strong</strong><br>two</p><ul><li>a</li></ul>'));
    expect(out.querySelector('p b')?.textContent).toBe('bold');
    expect(out.querySelector('p i')?.textContent).toBe('it');
    expect(out.querySelector('em')?.textContent).toBe('em');
    expect(out.querySelector('strong')?.textContent).toBe('strong');
    expect(out.querySelector('br')).not.toBeNull();
    expect(out.querySelector('ul li')?.textContent).toBe('a');
  });

  it('gives https links rel="noopener noreferrer" and target="_blank", and drops every other href', () => {
    const out = parse(sanitizePackHtml('<a href="https://ok.example/a?b=1" target="_self" rel="opener">ok</a> <a href="http://x.example/">no</a>'));
    const [ok, bad] = Array.from(out.querySelectorAll('a'));
    expect(ok?.getAttribute('href')).toBe('https://ok.example/a?b=1');
    expect(ok?.getAttribute('target')).toBe('_blank');
    expect(ok?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(bad?.hasAttribute('href')).toBe(false);
    expect(bad?.textContent).toBe('no');
  });

  it('keeps plain text and escapes markup-looking text safely', () => {
    expect(parse(sanitizePackHtml('5 < 6 & "quotes"')).textContent).toBe('5 < 6 & "quotes"');
    expect(sanitizePackHtml('')).toBe('');
    expect(sanitizePackHtml(undefined)).toBe('');
    expect(sanitizePackHtml(42)).toBe('');
  });

  it('drops the content of script and style, keeps text of unknown tags', () => {
    const out = parse(sanitizePackHtml('<script>alert(1)</script><style>p{}</style><span>kept</span><font color=red>font</font>'));
    expect(out.textContent).toBe('keptfont');
  });
});

describe('safeHttpsUrl', () => {
  it('accepts absolute https URLs and normalises them', () => {
    expect(safeHttpsUrl('https://example.org')).toBe('https://example.org/');
    expect(safeHttpsUrl(' https://example.org/a b')).toBeNull();
    expect(safeHttpsUrl('https://例え.jp/パス')).toMatch(/^https:\/\/xn--/);
  });

  it.each([
    'http://example.org/',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//example.org/',
    '/relative',
    'https://user:pass@example.org/',
    'https://user@example.org/',
    'https:\u0000//example.org',
    'https://exa\nmple.org',
    '',
    'not a url',
  ])('rejects %s', (u) => {
    expect(safeHttpsUrl(u)).toBeNull();
  });

  it('rejects non-strings', () => {
    expect(safeHttpsUrl(null)).toBeNull();
    expect(safeHttpsUrl(undefined)).toBeNull();
    expect(safeHttpsUrl({ toString: () => 'https://example.org/' })).toBeNull();
  });
});

describe('<PackText>', () => {
  it('renders sanitised text, direction from the text', () => {
    const root = document.createElement('div');
    act(() => {
      render(<PackText as="p" class="x" text={'Hello <b>world</b><img src=x onerror=alert(1)>'} lang="fr" />, root);
    });
    const p = root.querySelector('p.x');
    expect(p?.getAttribute('dir')).toBe('auto');
    expect(p?.getAttribute('lang')).toBe('fr');
    expect(p?.querySelector('b')?.textContent).toBe('world');
    expectNoActiveContent(root);
  });
});

describe('sanitizePackHtml: one refused link', () => {
  it('drops the credentialed address only; bold text and the https link stay', () => {
    const summary =
      '<p><strong>Revendication non vérifiée.</strong> Le groupe affirme avoir piraté 10 000 pages. ' +
      'Voir <a href="https://user:motdepasse@evil.example/">la « preuve »</a> et ' +
      '<a href="https://www.lemonde.fr/pixels/article/2016/02/24/daech-menace-zuckerberg.html">Le Monde</a>.</p>';
    const body = parse(sanitizePackHtml(summary));
    expect(body.querySelector('p strong')?.textContent).toBe('Revendication non vérifiée.');
    const links = Array.from(body.querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).toEqual(['la « preuve »', 'Le Monde']);
    expect(links[0]!.hasAttribute('href')).toBe(false);
    expect(links[1]!.getAttribute('href')).toBe('https://www.lemonde.fr/pixels/article/2016/02/24/daech-menace-zuckerberg.html');
    expect(links[1]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[1]!.getAttribute('target')).toBe('_blank');
    expect(body.textContent).not.toContain('motdepasse');
  });
});
