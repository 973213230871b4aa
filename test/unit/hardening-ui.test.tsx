// @vitest-environment happy-dom
// Hardening of what the user sees: every payload of test/fixtures/hostile/xss-payloads.json (DOMPurify's and OWASP's
// classics), in every text field of a context entry, in pattern names, in a post's text and author, and in a pack's
// name, description and publisher, renders as inert text or as the small allowed formatting, in the detail view
// (in-page panel and side panel) and the options page's pack list. Extends test/unit/ui-detail.test.tsx (one combined
// payload) and test/unit/ui-sanitize.test.tsx (sanitizePackHtml alone). The browsers run the same in
// test/e2e/hostile-pack.e2e.ts, where a payload that ran would set window.__pwned.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';

vi.mock('../../lib/messages', () => ({ sendMessage: vi.fn() }));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { DetailView, type DetailViewProps } from '../../components/DetailView';
import { OptionsApp } from '../../components/options/OptionsApp';
import { sendMessage, type PackSummary } from '../../lib/messages';
import type { ContextEntry } from '../../lib/pack/schema';
import { parsePack } from '../../lib/pack/validate';
import { destinationsForCountry } from '../../lib/report/destinations';
import { sanitizePackHtml } from '../../lib/ui/sanitize';
import type { Lang, MatchResult, PostData } from '../../lib/types';
import { XSS_PAYLOADS, xssPack } from '../fixtures/hostile/packs';

import './helpers/happy-dom-purify';

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) {
    render(null, r);
    r.remove();
  }
  delete (window as unknown as { __pwned?: unknown }).__pwned;
});

const FORBIDDEN = 'img, svg:not(.fb-icon):not([aria-hidden="true"]), math, style, iframe, script, object, embed, form, input, textarea, details, template, base, meta, link, video, audio, source, marquee, noscript, x-evil, body, title';
const ALLOWED_HREF = /^(https:\/\/|tel:|mailto:|#)/;

/** Nothing that runs, loads or navigates anywhere but https (or the page's own fragment links). */
function expectInert(root: Element): void {
  // Firebreak's own icons are decorative SVGs (aria-hidden); anything else in that list came from a payload.
  const offenders = Array.from(root.querySelectorAll(FORBIDDEN));
  expect(offenders.map((e) => e.outerHTML.slice(0, 80)), 'forbidden elements').toEqual([]);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(/^on/i.test(attr.name), `${attr.name} on <${el.localName}>`).toBe(false);
      expect(['src', 'srcdoc', 'srcset', 'action', 'formaction', 'xlink:href', 'style', 'background', 'data', 'poster'].includes(attr.name), `${attr.name} on <${el.localName}>`).toBe(false);
      if (attr.name === 'href') expect(attr.value, `href on <${el.localName}>`).toMatch(ALLOWED_HREF);
    }
  }
  for (const a of Array.from(root.querySelectorAll('a[href^="https:"]'))) {
    expect(a.getAttribute('rel') ?? '').toMatch(/noopener/);
    expect(a.getAttribute('rel') ?? '').toMatch(/noreferrer/);
  }
  expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
}

function mountDetail(props: DetailViewProps): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() => {
    render(<DetailView {...props} />, root);
  });
  return root;
}

const parsed = parsePack(JSON.stringify(xssPack()));
if (!parsed.ok) throw new Error(`the XSS pack must be valid: ${parsed.errors[0]?.message}`);
const PACK = parsed.pack;
const CONTEXTS: ContextEntry[] = PACK.contexts;

function hostilePost(payload: string): PostData {
  return {
    id: '1999999999999999999',
    site: 'x',
    url: 'https://x.com/evil/status/1999999999999999999',
    author: { name: payload, handle: payload.slice(0, 30), profileUrl: 'javascript:alert(1)' },
    text: `${payload} hostile probe boc ${payload}`,
    time: '2026-11-28T11:00:00.000Z',
    lang: 'en',
    links: ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'],
    isComment: false,
  };
}

function resultFor(text: string, contexts: ContextEntry[]): MatchResult {
  const start = text.indexOf('hostile probe boc');
  const spans = [{ start, end: start + 'hostile probe boc'.length, patternId: PACK.patterns[0]!.id }];
  return {
    flagged: true,
    severity: 'high',
    patterns: PACK.patterns.slice(0, contexts.length).map((p) => ({
      id: p.id,
      packId: PACK.id,
      name: p.name,
      category: p.category,
      severity: p.severity,
      contextId: p.context ?? null,
      spans,
    })),
    categories: ['propaganda-outlet'],
    contextIds: contexts.map((c) => c.id),
    spans,
  };
}

function detailProps(payload: string, contexts: ContextEntry[], lang: Lang): DetailViewProps {
  const post = hostilePost(payload);
  return {
    lang,
    theme: 'light',
    post,
    result: resultFor(post.text, contexts),
    contexts,
    destinations: destinationsForCountry('FR', 'x'),
    emergencyNumber: '17/112',
    dismissed: false,
    onNotThreat: vi.fn(),
    onUndo: vi.fn(),
    onReportPlatform: vi.fn(async () => ({ ok: true, message: 'ok' })),
    onReportDestination: vi.fn(async () => ({ ok: true, message: 'ok' })),
    onDownloadEvidence: vi.fn(async () => undefined),
  };
}

describe('the XSS payload list', () => {
  it(`has ${XSS_PAYLOADS.length} payloads from DOMPurify's and OWASP's sets, each valid as pack text`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(XSS_PAYLOADS.map((p) => p.id)).size).toBe(XSS_PAYLOADS.length);
    expect(new Set(XSS_PAYLOADS.map((p) => p.source))).toEqual(new Set(['DOMPurify', 'OWASP']));
    expect(CONTEXTS).toHaveLength(XSS_PAYLOADS.length);
  });

  it.each(XSS_PAYLOADS.map((p) => [p.id, p.payload]))('sanitizePackHtml neutralises %s', (_, payload) => {
    const html = sanitizePackHtml(payload);
    const box = document.createElement('div');
    roots.push(box);
    // Parsed inertly, as the UI does; then checked as the page would hold it.
    const body = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
    for (const n of Array.from(body.childNodes)) box.appendChild(document.importNode(n, true));
    expectInert(box);
    expect(html).not.toMatch(/<(script|img|svg|iframe|object|embed|style|link|meta|base|form|input|details|video|audio|math|template|noscript)\b/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i); // an event handler attribute inside a tag (as text it is harmless)
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^https:\/\//);
  });
});

describe('DetailView with a payload in every field', () => {
  for (const lang of ['en', 'fr', 'ar'] as const) {
    it(`${lang}: all ${XSS_PAYLOADS.length} context entries, the post and its author render inert; text fields show the payload as text`, () => {
      const payload = XSS_PAYLOADS.find((p) => p.id === 'img-onerror')!.payload;
      const root = mountDetail(detailProps(payload, CONTEXTS, lang));
      expectInert(root);
      const cards = Array.from(root.querySelectorAll('.fb-ctx'));
      expect(cards).toHaveLength(CONTEXTS.length);
      cards.forEach((card, i) => {
        const p = XSS_PAYLOADS[i]!.payload;
        // Plain-text fields hold the payload verbatim, as text.
        expect(card.querySelector('.fb-claim-text')?.textContent).toBe(p);
        expect(card.querySelector('.fb-verdict-value')?.textContent).toBe(p);
        expect(card.textContent).toContain(p); // author, source title and publisher are text too
      });
      // The post: text and author as text; links only https.
      expect(root.textContent).toContain(payload);
    });
  }

  it('pattern names with payloads are text in the "why" list', () => {
    const root = mountDetail(detailProps('x', CONTEXTS.slice(0, 10), 'en'));
    expectInert(root);
    for (const p of PACK.patterns.slice(0, 10)) expect(root.textContent).toContain(p.name);
  });
});

describe('options page: a pack whose name, description and publisher are payloads', () => {
  it('lists it inert', async () => {
    const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;
    const summary: PackSummary = {
      id: PACK.id,
      name: PACK.name,
      version: PACK.version,
      publisher: PACK.publisher.name,
      description: PACK.description ?? null,
      patternCount: PACK.patterns.length,
      contextCount: PACK.contexts.length,
      enabled: true,
      builtIn: false,
      custom: false,
      installedAt: '2026-11-28T12:00:00.000Z',
      updatedAt: '2026-11-28T12:00:00.000Z',
      subscription: { url: 'javascript:alert(1)', lastChecked: null, lastError: XSS_PAYLOADS[0]!.payload },
    };
    send.mockImplementation(async (name: string) => {
      if (name === 'listPacks') return [summary];
      if (name === 'listTrustedKeys') return [];
      return [];
    });
    const root = document.createElement('div');
    document.body.append(root);
    roots.push(root);
    await act(async () => {
      render(<OptionsApp initialSection="packs" />, root);
    });
    for (let i = 0; i < 50 && root.querySelector('[aria-busy="true"]'); i++) {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 20));
      });
    }
    const list = root.querySelector('[aria-labelledby="packs-installed"]')!;
    expect(list.getAttribute('aria-busy')).not.toBe('true');
    expect(list.querySelector(`[data-pack-id="${PACK.id}"]`)).not.toBeNull();
    // Text from the pack and its subscription is shown as text: the error message with its markup, the address that
    // is not https (and is not a link). Name, publisher and description keep only their harmless text.
    expect(list.textContent).toContain(`${XSS_PAYLOADS[0]!.payload}`);
    expect(list.textContent).toContain('javascript:alert(1)');
    expect(list.querySelector('a[href^="javascript"]')).toBeNull();
    // The cells that show pack text (the page's own controls, such as the on/off switch, are not pack content).
    const row = list.querySelector(`[data-pack-id="${PACK.id}"]`)!;
    for (const cell of [row.querySelector('.pack-cell')!, row.children[1]!]) expectInert(cell);
    expect(list.querySelectorAll('script, iframe, object, embed, img, style, link, meta, base')).toHaveLength(0);
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
