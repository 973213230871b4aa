// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DetailView, type DetailViewProps } from '../../components/DetailView';
import { itemName, PostList } from '../../components/PostList';
import { t } from '../../lib/i18n';
import { CATEGORIES, type Lang, type MatchResult, type PostData } from '../../lib/types';
import type { ContextEntry } from '../../lib/pack/schema';
import { destinationsForCountry } from '../../lib/report/destinations';
import { sampleFlaggedPost, sampleList, SAMPLE_CONTEXTS } from '../../lib/ui/sample';
import { buildExcerpt, mergedSpans } from '../../lib/ui/highlight';
import { categoryLabel, tSlots } from '../../lib/ui/format';


import './helpers/happy-dom-purify';
import { sampleDetailProps } from './helpers/detail-props';

let container: HTMLElement | null = null;

afterEach(() => {
  if (container) {
    render(null, container);
    container.remove();
    container = null;
  }
});

function props(over: Partial<DetailViewProps> = {}, lang: Lang = 'en'): DetailViewProps {
  return sampleDetailProps(lang, over);
}

function mount(p: DetailViewProps): HTMLElement {
  container = document.createElement('div');
  document.body.appendChild(container);
  act(() => {
    render(<DetailView {...p} />, container!);
  });
  return container;
}

function rerender(p: DetailViewProps): void {
  act(() => {
    render(<DetailView {...p} />, container!);
  });
}

async function click(el: Element | null | undefined): Promise<void> {
  expect(el, 'element to click').toBeTruthy();
  await act(async () => {
    (el as HTMLElement).click();
    await Promise.resolve();
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

function buttonByText(root: Element, text: string): HTMLButtonElement | undefined {
  return Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.includes(text));
}

const FORBIDDEN = ['img', 'svg:not(.fb-icon)', 'math', 'style', 'iframe', 'script', 'object', 'embed', 'form', 'input', 'details', 'template', 'base', 'meta', 'link'];

function expectNoActiveContent(root: Element): void {
  for (const sel of FORBIDDEN) expect(root.querySelector(sel), `${sel} survived`).toBeNull();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.startsWith('on'), `${attr.name} on <${el.localName}>`).toBe(false);
      if (attr.name === 'href') expect(attr.value, `href=${attr.value}`).toMatch(/^(https:\/\/|tel:|mailto:)/);
      if (attr.name === 'src' || attr.name === 'srcdoc' || attr.name === 'action' || attr.name === 'xlink:href') {
        throw new Error(`${attr.name} on <${el.localName}>`);
      }
      if (attr.name === 'style') throw new Error(`style attribute on <${el.localName}>`);
    }
  }
  for (const a of Array.from(root.querySelectorAll('a[target]'))) {
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  }
}

function accessibleName(el: Element, root: ParentNode): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    return by
      .split(/\s+/)
      .map((id) => (root as Element).querySelector(`[id="${id}"]`)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (clone.textContent ?? '').trim();
}

describe('DetailView: highlights', () => {
  it('marks exactly the matched slices of the post text', () => {
    const p = props();
    const root = mount(p);
    const marks = Array.from(root.querySelectorAll('blockquote mark'));
    const expected = mergedSpans(p.post.text, p.result.spans).map((s) => p.post.text.slice(s.start, s.end));
    expect(marks.map((m) => m.textContent)).toEqual(expected);
    expect(expected).toEqual(['Northern Lantern Media', 'The torch will reach every city', '#HourOfTheTorch']);
    for (const m of marks) {
      const start = Number(m.getAttribute('data-start'));
      const end = Number(m.getAttribute('data-end'));
      expect(m.textContent).toBe(p.post.text.slice(start, end));
    }
    // The whole short post is shown, in order.
    expect(root.querySelector('blockquote')?.textContent).toBe(p.post.text);
  });

  it('says whose words they are when the post quotes another (X) or shares another (Facebook), in each language', () => {
    const base = props();
    const text = base.post.text;
    const spans = mergedSpans(text, base.result.spans);
    const first = spans[0]!;
    const last = spans[spans.length - 1]!;
    const author = { name: 'Ansar Relay', handle: 'relay_x' };
    // Every matched word inside the quoted part: the note says they are the quoted author's.
    const all = mount(props({ post: { ...base.post, site: 'x', quoted: { start: first.start, end: last.end, author } } }));
    expect(all.querySelector('.fb-quoted-note')?.textContent).toBe('The words that matched are in the post it quotes, by Ansar Relay (@relay_x).');
    render(null, container!);
    // Some outside it: the note only says that it quotes a post.
    const some = mount(props({ post: { ...base.post, site: 'x', quoted: { start: last.start, end: last.end, author } } }));
    expect(some.querySelector('.fb-quoted-note')?.textContent).toBe('Quotes a post by Ansar Relay (@relay_x).');
    render(null, container!);
    const baseAr = props({}, 'ar');
    const spansAr = mergedSpans(baseAr.post.text, baseAr.result.spans);
    const quotedAr = { start: spansAr[0]!.start, end: spansAr[spansAr.length - 1]!.end, author: { name: '', handle: 'relay_x' } };
    const ar = mount(props({ post: { ...baseAr.post, site: 'x', quoted: quotedAr } }, 'ar'));
    expect(ar.querySelector('.fb-quoted-note')?.textContent).toBe(t('ar', 'detail_match_in_quoted', { author: '@relay_x' }));
    // The author is isolated for the bidirectional algorithm: a Latin handle inside an Arabic sentence.
    expect(ar.querySelector('.fb-quoted-note bdi')?.textContent).toBe('@relay_x');
    render(null, container!);
    // A post that quotes nothing has no note.
    expect(mount(props()).querySelector('.fb-quoted-note')).toBeNull();
    render(null, container!);
    // Facebook: the post shares another; its author's handle is written as Facebook shows it (no '@').
    const sharedBy = { name: 'Original Page', handle: 'OriginalPage' };
    const shares = mount(props({ post: { ...base.post, site: 'facebook', quoted: { start: first.start, end: last.end, author: sharedBy } } }, 'fr'));
    expect(shares.querySelector('.fb-quoted-note')?.textContent).toBe('Les mots relevés sont dans la publication qu’il partage, de Original Page (OriginalPage).');
    render(null, container!);
    const sharesSome = mount(props({ post: { ...base.post, site: 'facebook', quoted: { start: last.start, end: last.end, author: sharedBy } } }));
    expect(sharesSome.querySelector('.fb-quoted-note')?.textContent).toBe('Shares a post by Original Page (OriginalPage).');
  });

  it('trims long posts around the spans with ellipses, marks still exact', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(60);
    const text = `${filler}the torch will reach every city ${filler}second hit ${filler}`;
    const s1 = text.indexOf('the torch will reach every city');
    const s2 = text.indexOf('second hit');
    const result: MatchResult = {
      ...sampleFlaggedPost().result,
      spans: [
        { start: s1, end: s1 + 31, patternId: 'a' },
        { start: s2, end: s2 + 10, patternId: 'b' },
      ],
    };
    const p = props({ post: { ...sampleFlaggedPost().post, text }, result });
    const root = mount(p);
    const quote = root.querySelector('blockquote')!;
    expect(quote.textContent!.length).toBeLessThan(800);
    expect(quote.querySelectorAll('.fb-gap').length).toBe(3);
    // A screen reader hears that words were left out, not the windows' edges run together.
    for (const gap of quote.querySelectorAll('.fb-gap')) {
      expect(gap.closest('[aria-hidden="true"]')).toBeNull();
      expect(gap.textContent).toBe(' … (text left out) ');
      // In the interface's language, whatever the post's.
      expect(gap.querySelector('.fb-sr-only')!.getAttribute('lang')).toBe('en');
    }
    expect(Array.from(quote.querySelectorAll('mark')).map((m) => m.textContent)).toEqual([
      'the torch will reach every city',
      'second hit',
    ]);
  });

  it('merges overlapping spans, clamps bad offsets and never splits a surrogate pair', () => {
    const text = 'a 😀 b threat words here';
    const parts = buildExcerpt(text, [
      { start: 7, end: 13, patternId: 'x' },
      { start: 9, end: 19, patternId: 'y' },
      { start: 3, end: 4, patternId: 'emoji-half' },
      { start: -5, end: 0, patternId: 'empty' },
      { start: 40, end: 90, patternId: 'outside' },
    ]);
    const marks = parts.filter((p) => p.kind === 'mark');
    expect(marks.map((m) => m.text)).toEqual(['😀', 'threat words']);
    expect(parts.map((p) => ('text' in p ? p.text : '…')).join('')).toBe(text);
  });

  it('shows post text with HTML or script as text, never as markup', () => {
    const text = 'Hi <img src=x onerror=alert(1)> <script>alert(2)</script> <b>bold</b> the torch will reach every city';
    const start = text.indexOf('the torch');
    const post: PostData = {
      ...sampleFlaggedPost().post,
      text,
      author: { name: '<svg onload=alert(3)>Evil', handle: '<i>h</i>', profileUrl: 'javascript:alert(4)' },
      url: 'javascript:alert(5)',
    };
    const result: MatchResult = { ...sampleFlaggedPost().result, spans: [{ start, end: start + 31, patternId: 'q' }] };
    const root = mount(props({ post, result }));
    expect(root.querySelector('blockquote')?.textContent).toBe(text);
    expect(root.querySelector('.fb-author')?.textContent).toBe('<svg onload=alert(3)>Evil');
    expect(root.querySelector('blockquote mark')?.textContent).toBe('the torch will reach every city');
    expectNoActiveContent(root);
    // No link to a javascript: permalink.
    expect(buttonByText(root, t('en', 'detail_open_post'))).toBeUndefined();
    expect(Array.from(root.querySelectorAll('a')).some((a) => a.textContent?.includes(t('en', 'detail_open_post')))).toBe(false);
  });
});

describe('DetailView: why and context', () => {
  it('names each matched pattern with its category label, without pattern text beyond the span', () => {
    const p = props();
    const root = mount(p);
    const items = Array.from(root.querySelectorAll('.fb-pattern'));
    expect(items).toHaveLength(3);
    expect(items[0]?.textContent).toContain(t('en', 'category_propaganda_outlet'));
    expect(items[0]?.textContent).toContain('Northern Lantern Media (outlet name)');
    expect(items[1]?.textContent).toContain(t('en', 'category_campaign_quote'));
  });

  it('groups patterns of one category under one label, most severe first', () => {
    const s = sampleFlaggedPost();
    const [outlet, quote] = s.result.patterns;
    const extra = { ...quote!, id: 'quote-2', name: 'Second quote', severity: 'high' as const, spans: outlet!.spans };
    const root = mount(props({ result: { ...s.result, patterns: [quote!, extra] } }));
    const groups = Array.from(root.querySelectorAll('.fb-pattern'));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.querySelector('.fb-chip')?.textContent).toBe(t('en', 'category_campaign_quote'));
    expect(Array.from(groups[0]!.querySelectorAll('.fb-pattern-name')).map((n) => n.textContent)).toEqual([
      'Second quote',
      'Torch campaign, 2025: opening line',
    ]);
    // The matched words are quoted when the pattern name does not already say them.
    expect(groups[0]?.querySelector('.fb-matched')?.textContent).toContain('“Northern Lantern Media”');
  });

  it('has a localised label for every category in every language', () => {
    for (const lang of ['en', 'fr', 'ar'] as const) {
      for (const c of CATEGORIES) {
        const label = categoryLabel(lang, c);
        expect(label).not.toBe(c);
        expect(label.length).toBeGreaterThan(0);
      }
    }
    expect(categoryLabel('fr', 'direct-threat')).toBe('Menace directe');
  });

  it('shows verdict, summary in the user language, known bullets, dates and https source links', () => {
    const root = mount(props());
    const card = root.querySelector('.fb-ctx')!;
    expect(card.querySelector('.fb-verdict-value')?.textContent).toBe('False: propaganda outlet');
    expect(card.querySelector('.fb-summary strong')?.textContent).toBe('official media arm');
    expect(card.querySelectorAll('.fb-bullets li')).toHaveLength(3);
    const expectedDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2025-03-12T00:00:00Z'));
    expect(card.textContent).toContain(expectedDate);
    const links = Array.from(card.querySelectorAll('.fb-source a'));
    expect(links).toHaveLength(2);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(card.querySelector('.fb-source')?.textContent).toContain('Example Research Institute');
  });

  it('falls back to English, then any language, and says so', () => {
    const root = mount(props({}, 'ar'));
    const cards = root.querySelectorAll('.fb-ctx');
    // The torch entry has no Arabic summary: English is shown, marked lang="en".
    const summary = cards[1]?.querySelector('.fb-summary');
    expect(summary?.getAttribute('lang')).toBe('en');
    expect(cards[1]?.textContent).toContain(t('ar', 'detail_in_language'));
    // Verdict label in Arabic.
    expect(cards[0]?.querySelector('.fb-verdict-value')?.textContent).toBe('خطأ: وسيلة دعائية');
  });

  it('the claim and the verdict\'s explanation in the reader\'s language where the pack has them; else the ClaimReview\'s own', () => {
    const base = SAMPLE_CONTEXTS[0]!;
    const entry: ContextEntry = {
      ...base,
      claimReviewed: 'Amaq is an independent news agency',
      reviewRating: { ...base.reviewRating, ratingExplanation: 'Amaq is the group\'s own outlet.' },
      claim: { en: 'Amaq is an independent news agency', fr: 'Amaq est une agence de presse indépendante' },
      explanation: { en: 'Amaq is the group\'s own outlet.', fr: 'Amaq est l’organe du groupe lui-même.' },
    };
    const s = sampleFlaggedPost();
    const view = (lang: Lang) => mount(props({ contexts: [entry], result: { ...s.result, contextIds: [entry.id] } }, lang)).querySelector('.fb-ctx')!;
    const fr = view('fr');
    expect(fr.querySelector('.fb-claim-text')?.textContent).toBe('Amaq est une agence de presse indépendante');
    expect(fr.querySelector('.fb-claim-text')?.hasAttribute('lang')).toBe(false);
    expect(fr.querySelector('.fb-rating-expl')?.textContent).toBe('Amaq est l’organe du groupe lui-même.');
    // No Arabic: English, marked so that a screen reader reads it with an English voice.
    const ar = view('ar');
    expect(ar.querySelector('.fb-claim-text')?.textContent).toBe('Amaq is an independent news agency');
    expect(ar.querySelector('.fb-claim-text')?.getAttribute('lang')).toBe('en');
    expect(ar.querySelector('.fb-rating-expl')?.getAttribute('lang')).toBe('en');
    // A pack without them: the ClaimReview's own fields.
    const plain = mount(props({ contexts: [{ ...entry, claim: undefined, explanation: undefined }], result: { ...s.result, contextIds: [entry.id] } }, 'fr'));
    expect(plain.querySelector('.fb-claim-text')?.textContent).toBe('Amaq is an independent news agency');
    expect(plain.querySelector('.fb-rating-expl')?.textContent).toBe('Amaq is the group\'s own outlet.');
  });

  it('neutralises XSS payloads in every context text field', () => {
    const x = '<img src=x onerror=alert(1)><svg onload=alert(2)></svg><style>*{display:none}</style><iframe src="https://evil.example/"></iframe><a href="javascript:alert(3)">js</a><a href="data:text/html,<script>alert(4)</script>">data</a><script>alert(5)</script>';
    const evil: ContextEntry = {
      id: 'ctx-evil',
      claimReviewed: x,
      reviewRating: { alternateName: x, ratingExplanation: x },
      verdictLabel: { en: x },
      claim: { en: x },
      explanation: { en: x },
      author: { name: x, url: 'javascript:alert(6)' },
      datePublished: '2025-01-01',
      url: 'data:text/html,<script>alert(7)</script>',
      itemReviewed: { author: { name: x }, appearance: x },
      summary: { en: x },
      known: { en: [x, x] },
      sources: [
        { title: x, publisher: x, url: 'javascript:alert(8)' },
        { title: x, publisher: x, url: 'https://ok.example/source', datePublished: '2024-01-01' },
        { title: x, publisher: x, url: 'http://insecure.example/' },
      ],
    };
    const s = sampleFlaggedPost();
    const root = mount(props({ contexts: [evil], result: { ...s.result, contextIds: ['ctx-evil'] } }));
    expectNoActiveContent(root);
    const card = root.querySelector('.fb-ctx')!;
    // Plain-text fields show the payload as text.
    expect(card.querySelector('.fb-claim')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(card.querySelector('.fb-verdict-value')?.textContent).toBe(x);
    // Only the https source is a link; the javascript:/http: ones are not shown as links.
    expect(Array.from(card.querySelectorAll('.fb-source a')).map((a) => a.getAttribute('href'))).toEqual(['https://ok.example/source']);
    // No "read the full fact-check" link to a data: URL.
    expect(Array.from(card.querySelectorAll('a')).every((a) => a.getAttribute('href')?.startsWith('https://'))).toBe(true);
  });

  it('says when there is no context', () => {
    const root = mount(props({ contexts: [] }));
    expect(root.textContent).toContain(t('en', 'detail_context_none'));
  });
});

describe('DetailView: long lists shortened, every item one click away', () => {
  /** The sample's three patterns (three categories) and `extra` more of the first category, named "Extra n". */
  function manyPatterns(extra: number): MatchResult {
    const s = sampleFlaggedPost();
    const [first] = s.result.patterns;
    const more = Array.from({ length: extra }, (_, i) => ({ ...first!, id: `extra-${i}`, name: `Extra ${i}`, severity: 'low' as const }));
    return { ...s.result, patterns: [...s.result.patterns, ...more] };
  }
  const names = (root: Element) => Array.from(root.querySelectorAll('.fb-pattern-name')).map((n) => n.textContent);
  const showAll = (root: Element) => root.querySelector<HTMLButtonElement>('.fb-patterns ~ .fb-show-all-row button');

  it('shows three matched patterns, one of each category first, and a "Show all N" disclosure button', async () => {
    const result = manyPatterns(8);
    const root = mount(props({ result }));
    // One of each of the three categories (each its most severe), not three of the first.
    expect(root.querySelectorAll('.fb-pattern-name')).toHaveLength(3);
    expect(root.querySelectorAll('.fb-pattern')).toHaveLength(3);
    expect(names(root)).not.toContain('Extra 0');
    const button = showAll(root)!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toBe('Show all 11 matched patterns');
    const list = root.querySelector(`[id="${button.getAttribute('aria-controls')}"]`);
    expect(list?.classList.contains('fb-patterns')).toBe(true);

    button.focus();
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe(t('en', 'detail_show_fewer_patterns'));
    expect(names(root)).toHaveLength(11);
    for (const p of result.patterns) expect(names(root)).toContain(p.name);
    // The list takes focus: what it shows now is above the button, where the keyboard would not go.
    expect(document.activeElement).toBe(root.querySelector(`[id="${button.getAttribute('aria-controls')}"]`));
    expect(document.activeElement?.classList.contains('fb-patterns')).toBe(true);
    // The same button closes the list again; focus back on it.
    button.focus();
    await click(button);
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(names(root)).toHaveLength(3);
  });

  it('opens with the keyboard: a native button, Enter and Space activate it', async () => {
    const root = mount(props({ result: manyPatterns(2) }));
    const button = showAll(root)!;
    expect(button.localName).toBe('button');
    expect(button.tabIndex).toBe(0);
    expect(button.hasAttribute('disabled')).toBe(false);
    // happy-dom does not turn Enter into a click: the browser does, for a <button>; the click is what it sends.
    button.focus();
    await click(button);
    expect(names(root)).toHaveLength(5);
  });

  it('shows every pattern with no button when there are three or fewer', () => {
    const root = mount(props());
    expect(root.querySelectorAll('.fb-pattern-name')).toHaveLength(3);
    expect(root.querySelector('.fb-show-all')).toBeNull();
  });

  it('shows three sources of a fact-check and "Show all N sources"; the rest are one click away', async () => {
    const s = sampleFlaggedPost();
    const base = SAMPLE_CONTEXTS[0]!;
    const sources = Array.from({ length: 15 }, (_, i) => ({ title: `Source ${i}`, publisher: `Publisher ${i}`, url: `https://s${i}.example/` }));
    const entry: ContextEntry = { ...base, sources };
    const root = mount(props({ contexts: [entry], result: { ...s.result, contextIds: [base.id] } }));
    const card = root.querySelector('.fb-ctx')!;
    const titles = () => Array.from(card.querySelectorAll('.fb-source a bdi')).map((b) => b.textContent);
    expect(titles()).toEqual(['Source 0', 'Source 1', 'Source 2']);
    const button = card.querySelector<HTMLButtonElement>('.fb-sources .fb-show-all')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toBe('Show all 15 sources');
    expect(card.querySelector(`[id="${button.getAttribute('aria-controls')}"]`)?.classList.contains('fb-source-list')).toBe(true);
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe(t('en', 'detail_show_fewer_sources'));
    expect(titles()).toEqual(sources.map((x) => x.title));
    // Only the https sources count (and are shown).
    render(null, container!);
    const mixed = [...sources.slice(0, 3), { title: 'Bad', publisher: 'P', url: 'javascript:alert(1)' }];
    const root2 = mount(props({ contexts: [{ ...base, sources: mixed }], result: { ...s.result, contextIds: [base.id] } }));
    expect(root2.querySelector('.fb-sources .fb-show-all')).toBeNull();
    expect(root2.querySelectorAll('.fb-source a')).toHaveLength(3);
  });

  it('says "Show all" in French and Arabic, with the number written the language’s way', () => {
    const fr = mount(props({ result: manyPatterns(8) }, 'fr'));
    expect(showAll(fr)?.textContent).toBe(t('fr', 'detail_show_all_patterns', { count: '11' }));
    expect(showAll(fr)?.textContent).toBe('Afficher les 11 motifs trouvés');
    render(null, container!);
    const ar = mount(props({ result: manyPatterns(8) }, 'ar'));
    expect(showAll(ar)?.textContent).toBe(t('ar', 'detail_show_all_patterns', { count: new Intl.NumberFormat('ar').format(11) }));
    expect(ar.querySelector('article')?.getAttribute('dir')).toBe('rtl');
  });

  it('starts shortened again for another post (the in-page panel shows the next post in the same view)', async () => {
    const p = props({ result: manyPatterns(8) });
    const root = mount(p);
    await click(showAll(root));
    expect(names(root)).toHaveLength(11);
    rerender({ ...p, post: { ...p.post, id: 'another-post' } });
    expect(names(root)).toHaveLength(3);
    expect(showAll(root)?.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('DetailView: reporting', () => {
  it('puts the platform first, then (under "More ways to report") the country hotlines with notes, phone and e-mail links, and the emergency line', () => {
    const root = mount(props({ destinations: destinationsForCountry('CA', 'x'), emergencyNumber: '911' }));
    const report = root.querySelector('.fb-report')!;
    const buttons = Array.from(report.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent)).toEqual([t('en', 'detail_report_platform', { site: 'X' })]);
    expect(report.textContent).toContain(t('en', 'detail_report_privacy'));
    const more = root.querySelector('.fb-report-more')!;
    expect(more.querySelector('h3')?.textContent).toBe(t('en', 'detail_report_more_heading'));
    expect(more.textContent).toContain('RCMP National Security Information Network');
    expect(more.querySelector('a[href="tel:18004205805"]')?.textContent).toBe('1-800-420-5805');
    expect(more.querySelector('a[href^="mailto:"]')?.textContent).toBe('RCMP.NSIN-RISN.GRC@rcmp-grc.gc.ca');
    expect(more.querySelector('.fb-emergency')?.textContent).toBe('If a threat is imminent, call 911.');
    expect(more.querySelector('.fb-emergency a')?.getAttribute('href')).toBe('tel:911');
    expect(buttonByText(more, t('en', 'detail_download'))).toBeDefined();
    // A hotline with no web form is described as what it does: copy, for the call or the e-mail; one with a form
    // (PHAROS) as opening it.
    const describedBy = (b: Element) => (b.getAttribute('aria-describedby') ?? '').split(' ').map((id) => root.querySelector(`[id="${id}"]`)?.textContent ?? '');
    const rcmp = Array.from(more.querySelectorAll('.fb-dest-btn')).find((b) => b.textContent?.includes('RCMP'))!;
    expect(describedBy(rcmp)).toContain(t('en', 'detail_report_dest_hint_copy'));
    expect(describedBy(rcmp)).not.toContain(t('en', 'detail_report_dest_hint'));
    const fr = mount(props({ destinations: destinationsForCountry('FR', 'x') }));
    const pharos = Array.from(fr.querySelectorAll('.fb-report-more .fb-dest-btn')).find((b) => b.textContent?.includes('PHAROS'))!;
    expect((pharos.getAttribute('aria-describedby') ?? '').split(' ').map((id) => fr.querySelector(`[id="${id}"]`)?.textContent)).toContain(t('en', 'detail_report_dest_hint'));
    // The other site's help page is not offered.
    expect(root.textContent).not.toContain('Facebook Help');
  });

  it("names a hotline's other addresses after the language's own \"also\", each a link", () => {
    for (const [lang, also] of [['en', 'Also:'], ['fr', 'Aussi\u00a0:'], ['ar', 'أيضًا:']] as const) {
      const root = mount(props({ lang, destinations: destinationsForCountry('DE', 'x') }));
      const alt = root.querySelector('.fb-dest-alt')!;
      expect(alt.textContent).toBe(`${also} jugendschutz.net ${t(lang, 'ui_opens_new_tab')}`);
      expect(alt.querySelector('a')?.getAttribute('href')).toBe('https://www.jugendschutz.net/');
    }
  });

  it('puts the actions right after the post: "Report to X", then "Not a threat", then the other places to report, then why and the context', () => {
    const root = mount(props({ onClose: vi.fn() }));
    const headings = Array.from(root.querySelectorAll('h3')).map((h) => h.textContent);
    expect(headings).toEqual([
      t('en', 'detail_post_heading'),
      t('en', 'detail_report_heading'),
      t('en', 'detail_mistake_heading'),
      t('en', 'detail_report_more_heading'),
      t('en', 'detail_why_heading'),
      t('en', 'detail_context_heading'),
    ]);
    // The Tab order: close, the post's link, then the two decisions.
    const stops = Array.from(root.querySelectorAll<HTMLElement>('a[href], button')).map((el) => accessibleName(el, root));
    expect(stops.slice(0, 4)).toEqual([
      t('en', 'detail_close'),
      `${t('en', 'detail_open_post')} ${t('en', 'ui_opens_new_tab')}`,
      t('en', 'detail_report_platform', { site: 'X' }),
      t('en', 'detail_not_threat'),
    ]);
  });

  it('shows two emergency numbers as two links', () => {
    const root = mount(props({ emergencyNumber: '17/112' }));
    const links = Array.from(root.querySelectorAll('.fb-emergency a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['tel:17', 'tel:112']);
    expect(root.querySelector('.fb-emergency')?.textContent).toBe('If a threat is imminent, call 17 or 112.');
  });

  it('runs the report callbacks and announces their messages in an aria-live status region next to the action', async () => {
    const p = props();
    const root = mount(p);
    const status = root.querySelector('.fb-report [role="status"]')!;
    const moreStatus = root.querySelector('.fb-report-more [role="status"]')!;
    for (const region of [status, moreStatus]) {
      expect(region.getAttribute('aria-live')).toBe('polite');
      expect(region.childNodes).toHaveLength(0);
    }

    await click(buttonByText(root, t('en', 'detail_report_platform', { site: 'X' })));
    expect(p.onReportPlatform).toHaveBeenCalledTimes(1);
    expect(status.textContent).toBe('Report menu opened.');
    expect(moreStatus.textContent).toBe('');

    // A hotline's message is said under the hotlines; the one before is gone (one message at a time).
    await click(buttonByText(root, 'PHAROS'));
    expect(p.onReportDestination).toHaveBeenCalledWith(expect.objectContaining({ id: 'fr-pharos' }));
    expect(moreStatus.textContent).toBe('Opened fr-pharos');
    expect(status.textContent).toBe('');

    await click(buttonByText(root, t('en', 'detail_download')));
    expect(p.onDownloadEvidence).toHaveBeenCalledTimes(1);
    expect(moreStatus.textContent).toBe(t('en', 'detail_download_done'));
  });

  it('reports a failed action in the status region', async () => {
    const p = props({ onReportPlatform: vi.fn(async () => Promise.reject(new Error('boom'))) });
    const root = mount(p);
    await click(buttonByText(root, t('en', 'detail_report_platform', { site: 'X' })));
    expect(root.querySelector('[role="status"]')?.textContent).toBe(t('en', 'detail_action_failed'));
  });

  it('says so when the country has no hotline', () => {
    const root = mount(props({ destinations: destinationsForCountry('ZZ', 'x'), emergencyNumber: '112' }));
    expect(root.textContent).toContain(t('en', 'detail_report_no_hotline'));
  });

  it("gives a post of unknown language no language (a screen reader would read it with the interface's voice)", () => {
    const base = props({ lang: 'ar' });
    const root = mount(props({ lang: 'ar', post: { ...base.post, lang: null } }));
    expect(root.querySelector('.fb-post-text')!.getAttribute('lang')).toBe('');
    const known = mount(props({ lang: 'ar', post: { ...base.post, lang: 'fr' } }));
    expect(known.querySelector('.fb-post-text')!.getAttribute('lang')).toBe('fr');
  });

  it('says when the post was read as the site\'s machine translation', () => {
    const base = props();
    const root = mount(props({ post: { ...base.post, machineTranslated: true } }));
    expect(root.querySelector('.fb-post-text')?.parentElement?.textContent).toContain(t('en', 'detail_machine_translated', { site: 'X' }));
    expect(mount(props()).textContent).not.toContain('machine-translated');
  });

  it('names no emergency number it does not know, and says when the country was guessed', () => {
    const unknown = mount(props({ destinations: destinationsForCountry(null, 'x'), emergencyNumber: '' }));
    expect(unknown.querySelector('.fb-emergency')?.textContent).toBe('If a threat is imminent, call your local emergency number.');
    expect(unknown.querySelectorAll('.fb-emergency a')).toHaveLength(0);
    expect(unknown.textContent).not.toContain(t('en', 'detail_report_country_auto'));
    const guessed = mount(props({ countryFromBrowser: true }));
    expect(guessed.querySelector('.fb-report-more')?.textContent).toContain(t('en', 'detail_report_country_auto'));
  });

  it('shows an Arabic note\'s phone numbers left to right', () => {
    const root = mount(props({ lang: 'ar', destinations: destinationsForCountry('AU', 'x'), emergencyNumber: '000' }));
    const note = [...root.querySelectorAll('.fb-dest-note')].map((n) => n.textContent).find((n) => n?.includes('1800'));
    expect(note).toContain('\u20661800 123 400\u2069');
  });
});

describe('DetailView: Not a threat', () => {
  it('calls onNotThreat, then shows "Marked as not a threat" with Undo, which calls onUndo', async () => {
    const p = props();
    const root = mount(p);
    await click(buttonByText(root, t('en', 'detail_not_threat')));
    expect(p.onNotThreat).toHaveBeenCalledTimes(1);
    rerender({ ...p, dismissed: true });
    expect(root.querySelector('.fb-mistake')?.textContent).toContain(t('en', 'detail_marked_not_threat'));
    // Said once, in the live region next to Undo (not again in the report section's).
    expect(root.textContent!.split(t('en', 'detail_marked_not_threat')).length - 1).toBe(1);
    expect(root.querySelector('.fb-mistake [role="status"]')?.textContent).toBe(t('en', 'detail_marked_not_threat'));
    const undo = buttonByText(root, t('en', 'detail_undo'));
    expect(undo).toBeDefined();
    expect(document.activeElement).toBe(undo);
    expect(buttonByText(root.querySelector('.fb-mistake')!, t('en', 'detail_not_threat'))).toBeUndefined();
    await click(undo);
    expect(p.onUndo).toHaveBeenCalledTimes(1);
    rerender({ ...p, dismissed: false });
    const again = buttonByText(root, t('en', 'detail_not_threat'));
    expect(again).toBeDefined();
    expect(document.activeElement).toBe(again);
    expect(root.querySelector('.fb-mistake [role="status"]')?.textContent).toBe(t('en', 'detail_undone'));
    expect(root.textContent).not.toContain(t('en', 'detail_marked_not_threat'));
  });
});

describe('DetailView: Not a threat that could not be recorded', () => {
  it('says the action failed, not "Marked as not a threat", when the store refused it (the extension was reloaded)', async () => {
    const p = props({ onNotThreat: vi.fn(() => Promise.reject(new Error('Extension context invalidated.'))) });
    const root = mount(p);
    await click(buttonByText(root, t('en', 'detail_not_threat')));
    await new Promise((r) => setTimeout(r, 0));
    // Said next to the button.
    const status = root.querySelector('.fb-mistake [role="status"]')?.textContent ?? '';
    expect(status).toContain(t('en', 'detail_action_failed'));
    expect(status).not.toContain(t('en', 'detail_marked_not_threat'));
  });
});

describe('DetailView: a notice on opening', () => {
  it('shows the notice it is opened with in the status region (the extension was reloaded since the page opened)', () => {
    const root = mount(props({ notice: t('en', 'panel_extension_reloaded') }));
    expect(root.querySelector('.fb-status')?.textContent).toContain('reload the page to use these actions');
    // First in the panel's body, before the actions it bears on, and read as the panel's description when it opens.
    const notice = root.querySelector('.fb-body')!.firstElementChild!;
    expect(notice.classList.contains('fb-notice')).toBe(true);
    expect(root.querySelector('article.fb-detail')!.getAttribute('aria-describedby')).toBe(notice.id);
    expect(root.textContent!.split('reload the page to use these actions').length - 1).toBe(1);
  });
});

describe('DetailView: accessibility and languages', () => {
  it('gives every button an accessible name and type="button"; the close button when onClose is given', async () => {
    const onClose = vi.fn();
    const root = mount(props({ onClose, onScrollToPost: vi.fn() }));
    const buttons = Array.from(root.querySelectorAll('button'));
    expect(buttons.length).toBeGreaterThan(5);
    for (const b of buttons) {
      expect(accessibleName(b, root), `button ${b.className}`).not.toBe('');
      expect(b.getAttribute('type')).toBe('button');
    }
    const close = root.querySelector(`button[aria-label="${t('en', 'detail_close')}"]`);
    expect(close).not.toBeNull();
    await click(close);
    expect(onClose).toHaveBeenCalled();
    // Close comes first in tab order after the heading; Show on page is offered.
    expect(buttons[0]).toBe(close);
    expect(buttonByText(root, t('en', 'detail_show_on_page'))).toBeDefined();
  });

  it('has no close or show-on-page button unless asked', () => {
    const root = mount(props());
    expect(root.querySelector(`button[aria-label="${t('en', 'detail_close')}"]`)).toBeNull();
    expect(buttonByText(root, t('en', 'detail_show_on_page'))).toBeUndefined();
  });

  it('shows severity as icon plus text', () => {
    const root = mount(props());
    const sev = root.querySelector('.fb-head .fb-sev')!;
    expect(sev.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(sev.textContent).toBe(t('en', 'severity_high'));
  });

  it('renders Arabic right to left with Arabic strings', () => {
    const root = mount(props({}, 'ar'));
    const article = root.querySelector('article.fb-detail')!;
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('h2')?.textContent).toBe('لماذا وُسِم هذا المنشور');
    expect(root.textContent).toContain(t('ar', 'detail_report_heading'));
    expect(root.textContent).toContain('الإبلاغ إلى X');
    expect(root.querySelector('.fb-emergency')?.textContent).toContain('إذا كان التهديد وشيكًا');
    // The post keeps its own direction.
    expect(root.querySelector('blockquote')?.getAttribute('dir')).toBe('auto');
  });

  it('renders French in French', () => {
    const root = mount(props({}, 'fr'));
    const article = root.querySelector('article.fb-detail')!;
    expect(article.getAttribute('dir')).toBe('ltr');
    expect(article.getAttribute('lang')).toBe('fr');
    expect(root.querySelector('h2')?.textContent).toBe('Pourquoi cette publication est marquée');
    expect(root.textContent).toContain('Signaler à X');
    expect(root.textContent).toContain('Pas une menace');
    expect(root.textContent).toContain('Faux : organe de propagande');
    expect(root.querySelector('.fb-emergency')?.textContent).toBe('Si une menace est imminente, appelez le 17 ou le 112.');
    expect(root.textContent).not.toContain('Why it matched');
  });

  it('follows the theme prop', () => {
    const root = mount(props({ theme: 'dark' }));
    expect(root.querySelector('article.fb-detail')?.getAttribute('data-theme')).toBe('dark');
  });
});

describe('PostList', () => {
  function mountList(onShowOnPage = vi.fn()) {
    container = document.createElement('div');
    document.body.appendChild(container);
    const items = sampleList('en');
    act(() => {
      render(
        <PostList
          lang="en"
          theme="light"
          items={items}
          onShowOnPage={onShowOnPage}
          renderDetail={(item) => <DetailView {...props({ post: item.post, result: item.result, contexts: SAMPLE_CONTEXTS })} />}
        />,
        container!,
      );
    });
    return { root: container, items, onShowOnPage };
  }

  it('lists flagged posts newest first with severity, author, excerpt and time', () => {
    const { root } = mountList();
    const items = Array.from(root.querySelectorAll('.fb-list-item'));
    expect(items).toHaveLength(2);
    expect(items[0]?.querySelector('.fb-list-author')?.textContent).toBe('News Relay ⚡');
    expect(items[1]?.querySelector('.fb-list-author')?.textContent).toBe('Observer');
    expect(items[0]?.querySelector('.fb-sev')?.textContent).toBe(t('en', 'severity_high'));
    expect(items[0]?.querySelector('time')).not.toBeNull();
    expect(items[1]?.querySelector('mark')?.textContent).toBe('#HourOfTheTorch');
  });

  it('opens the detail with a back button, and goes back to the list', async () => {
    const { root } = mountList();
    await click(root.querySelector('.fb-list-open'));
    expect(root.querySelector('article.fb-detail')).not.toBeNull();
    const back = buttonByText(root, t('en', 'list_back'));
    expect(back).toBeDefined();
    await click(back);
    expect(root.querySelector('article.fb-detail')).toBeNull();
    expect(root.querySelectorAll('.fb-list-item')).toHaveLength(2);
    expect(document.activeElement?.getAttribute('data-post-id')).toBe(sampleList('en')[1]!.post.id);
  });

  it('offers "Show on page" per item with a distinct accessible name', async () => {
    const { root, onShowOnPage } = mountList();
    const buttons = Array.from(root.querySelectorAll('.fb-list-side button'));
    expect(buttons).toHaveLength(2);
    expect(buttons[0]?.getAttribute('aria-label')).toBe(t('en', 'list_show_on_page_of', { author: 'News Relay ⚡' }));
    await click(buttons[1]);
    expect(onShowOnPage).toHaveBeenCalledWith(expect.objectContaining({ post: expect.objectContaining({ id: '1861990000000000000' }) }));
  });

  it('names each item by severity, author and time, the excerpt as its description', () => {
    const { root, items } = mountList();
    const sorted = [items[1]!, items[0]!]; // newest first
    const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('.fb-list-open'));
    buttons.forEach((b, i) => {
      const { post, result } = sorted[i]!;
      const time = root.querySelectorAll('.fb-list-item')[i]!.querySelector('time')!.textContent!;
      expect(b.getAttribute('aria-label')).toBe(`${t('en', `severity_${result.severity!}`)} — ${post.author.name}, ${time}`);
      expect(b.getAttribute('aria-label')!.length).toBeLessThan(80);
      const described = root.querySelector(`[id="${b.getAttribute('aria-describedby')}"]`);
      expect(described?.classList.contains('fb-list-excerpt')).toBe(true);
      expect(b.contains(described)).toBe(true);
    });
    expect(new Set(buttons.map((b) => b.getAttribute('aria-describedby'))).size).toBe(2);
  });

  it('names an item without a time, or without a severity, in each language', () => {
    const [item] = sampleList('fr');
    const sev = t('fr', `severity_${item!.result.severity!}`);
    const noTime = { ...item!, post: { ...item!.post, time: null, timeShown: null } };
    expect(itemName('fr', noTime, false)).toBe(`${sev} — ${item!.post.author.name}`);
    const shown = { ...item!, post: { ...item!.post, time: null, timeShown: '6 h' } };
    expect(itemName('fr', shown, false)).toBe(`${sev} — ${item!.post.author.name}, 6 h`);
    const none = { ...noTime, result: { ...item!.result, severity: null } };
    expect(itemName('ar', none, true)).toBe(`${t('ar', 'list_item_state_dismissed', { severity: t('ar', 'list_item_flagged') })} — ${item!.post.author.name}`);
  });

  it('shows a post marked "Not a threat" greyed and labelled so, with an Undo button that calls onUndo', async () => {
    container = document.createElement('div');
    document.body.appendChild(container);
    const items = sampleList('en');
    const dismissedId = items[0]!.post.id;
    const onUndo = vi.fn();
    const list = (dismissed: ReadonlySet<string>) => (
      <PostList lang="en" theme="light" items={items} dismissedIds={dismissed} onUndo={onUndo} renderDetail={() => null} />
    );
    act(() => {
      render(list(new Set([dismissedId])), container!);
    });
    const root = container;
    const item = root.querySelector(`.fb-list-open[data-post-id="${dismissedId}"]`)!.closest('li')!;
    expect(item.classList.contains('is-dismissed')).toBe(true);
    expect(item.querySelector('.fb-list-dismissed')?.textContent).toBe(t('en', 'detail_not_threat'));
    expect(item.querySelector('.fb-list-open')?.getAttribute('aria-label')).toContain('marked as not a threat');
    // Only the posts still flagged are counted.
    expect(root.querySelector('.fb-list-count')?.textContent).toBe(t('en', 'list_count', { count: '1' }));
    // The other item has no Undo.
    expect(root.querySelectorAll('.fb-list-undo button')).toHaveLength(1);
    const undo = item.querySelector<HTMLButtonElement>('.fb-list-undo button')!;
    expect(undo.textContent).toBe(t('en', 'detail_undo'));
    expect(undo.getAttribute('aria-label')).toBe(t('en', 'list_undo_of', { author: items[0]!.post.author.name }));
    expect(undo.hasAttribute('data-post-id')).toBe(false);
    undo.focus();
    await click(undo);
    expect(onUndo).toHaveBeenCalledWith(items[0]);
    // The mark is back: the Undo button goes, focus goes to the post's item.
    act(() => {
      render(list(new Set()), container!);
    });
    expect(root.querySelector('.fb-list-undo')).toBeNull();
    expect(document.activeElement?.getAttribute('data-post-id')).toBe(dismissedId);
  });

  it('writes the number of flagged posts the way the interface language writes numbers', () => {
    container = document.createElement('div');
    document.body.appendChild(container);
    const [first] = sampleList('fr');
    const items = Array.from({ length: 1200 }, (_, i) => ({ ...first!, post: { ...first!.post, id: `p${i}`, text: 'x' } }));
    act(() => {
      render(<PostList lang="fr" theme="light" items={items} renderDetail={() => null} />, container!);
    });
    const count = container.querySelector('.fb-list-count')?.textContent;
    expect(count).toBe(t('fr', 'list_count', { count: new Intl.NumberFormat('fr').format(1200) }));
    expect(count).not.toContain('1200');
  });
});

describe('tSlots', () => {
  it('splits a message around its placeholders in the translator’s word order', () => {
    expect(tSlots('en', 'detail_reviewed_by', ['author', 'date'])).toEqual(['Reviewed by ', 0, ' on ', 1]);
    expect(tSlots('ar', 'detail_reviewed_by', ['author', 'date'])).toEqual(['راجعه ', 0, ' بتاريخ ', 1]);
  });
});
