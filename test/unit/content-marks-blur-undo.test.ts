// @vitest-environment happy-dom
// Marks on an X timeline as a user meets them: with "blur high-risk posts" on, only high-risk posts are blurred
// (medium and low stay readable, outlined) and the badge's name says so, clicking the badge reveals the post; a post marked "Not a threat" keeps
// its post id on the page, so that Undo and "Show on page" find it again, and Undo brings back exactly one badge.
import { afterEach, describe, expect, it } from 'vitest';
import { applyMark, findOwnBadge, badgeButton, ATTR_BLUR, ATTR_DISMISSED, ATTR_SEVERITY, BADGE_TAG } from '../../lib/content/marks';
import { ATTR_ID, ATTR_STATE } from '../../lib/content/scanner';
import { xAdapter } from '../../lib/sites/x';
import type { Severity } from '../../lib/types';
import { article, cell, s, textBlock, timelinePage } from './helpers/x-markup';

const POSTS = [
  {
    id: '1862004417300000001',
    handle: 'ard_al_khilafa',
    text: 'Vos sites seront effacés. Nous sommes l’armée des fils du califat, une page fermée, dix de prises.',
    lang: 'fr',
  },
  {
    id: '1862004417300000002',
    handle: 'news_watch_uk',
    text: 'Sons of the Caliphate Army again claims 10,000 hacked pages. Researchers say the figures are invented.',
    lang: 'en',
  },
  { id: '1862004417300000003', handle: 'khabar24', text: 'بيان جديد لجيش أبناء الخلافة يهدد فيسبوك وتويتر', lang: 'ar' },
];

function timeline(): Element[] {
  document.body.innerHTML = timelinePage(
    POSTS.map((p) => cell(article({ handle: p.handle, id: p.id, body: textBlock(s(p.text), p.lang) }))).join(''),
  );
  const posts = xAdapter.findPosts(document);
  expect(posts.map((el) => xAdapter.read(el).id)).toEqual(POSTS.map((p) => p.id));
  return posts;
}

function mark(el: Element, severity: Severity | null, o: { dismissed?: boolean; blur?: boolean; onActivate?: (c: Element) => void } = {}) {
  applyMark(el, xAdapter.read(el).id, severity, {
    dismissed: o.dismissed ?? false,
    blur: o.blur ?? false,
    lang: 'fr',
    anchor: () => xAdapter.badgeAnchor(el),
    handlers: { onActivate: o.onActivate ?? (() => {}) },
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('blur setting', () => {
  it('blurs a high-risk post only; medium and low posts are marked but stay readable', () => {
    const [high, medium, low] = timeline();
    mark(high!, 'high', { blur: true });
    mark(medium!, 'medium', { blur: true });
    mark(low!, 'low', { blur: true });
    expect(high!.getAttribute(ATTR_BLUR)).toBe('on');
    expect(medium!.hasAttribute(ATTR_BLUR)).toBe(false);
    expect(low!.hasAttribute(ATTR_BLUR)).toBe(false);
    for (const [el, sev] of [[high, 'high'], [medium, 'medium'], [low, 'low']] as const) {
      expect(el!.getAttribute(ATTR_STATE)).toBe('flagged');
      expect(el!.getAttribute(ATTR_SEVERITY)).toBe(sev);
      expect(findOwnBadge(el!)).not.toBeNull();
    }
  });

  it('clicking the badge reveals the post; turning the setting off unblurs every post', () => {
    const [high, , low] = timeline();
    let opened: Element | null = null;
    mark(high!, 'high', { blur: true, onActivate: (c) => (opened = c) });
    // The badge says the words are blurred and that it shows them (its name and its tooltip).
    expect(badgeButton(high!)!.getAttribute('aria-label')).toBe(
      'Firebreak\u00a0: Risque élevé, texte flouté. L’afficher et voir pourquoi cette publication est repérée',
    );
    expect(badgeButton(high!)!.title).toBe(badgeButton(high!)!.getAttribute('aria-label'));
    badgeButton(high!)!.click();
    expect(opened).toBe(high);
    expect(high!.hasAttribute(ATTR_BLUR)).toBe(false);
    expect(badgeButton(high!)!.getAttribute('aria-label')).toBe('Firebreak\u00a0: Risque élevé. Voir pourquoi cette publication est repérée');

    mark(low!, 'high', { blur: true });
    expect(low!.getAttribute(ATTR_BLUR)).toBe('on');
    mark(low!, 'high', { blur: false });
    expect(low!.hasAttribute(ATTR_BLUR)).toBe(false);
    expect(findOwnBadge(low!)).not.toBeNull();
  });
});

describe('"Not a threat" and Undo', () => {
  it('a dismissed post loses its badge and blur but keeps its post id, so Undo finds it and restores one badge', () => {
    const [high] = timeline();
    const id = POSTS[0]!.id;
    mark(high!, 'high', { blur: true });
    expect(high!.getAttribute(ATTR_ID)).toBe(id);

    mark(high!, 'high', { blur: true, dismissed: true });
    expect(high!.getAttribute(ATTR_STATE)).toBe('clear');
    expect(high!.getAttribute(ATTR_DISMISSED)).toBe('true');
    expect(high!.hasAttribute(ATTR_SEVERITY)).toBe(false);
    expect(high!.hasAttribute(ATTR_BLUR)).toBe(false);
    expect(findOwnBadge(high!)).toBeNull();
    // How the content script finds the post again for Undo and "Show on page" (app.ts elementFor).
    expect(high!.getAttribute(ATTR_ID)).toBe(id);
    expect(document.querySelector(`[${ATTR_ID}="${id}"]`)).toBe(high);

    mark(high!, 'high', { blur: false, dismissed: false });
    expect(high!.getAttribute(ATTR_STATE)).toBe('flagged');
    expect(high!.hasAttribute(ATTR_DISMISSED)).toBe(false);
    expect(high!.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });
});

describe('badge size', () => {
  it('every badge of a language holds its two other labels, drawn invisibly in the same place: all are as wide as the longest', () => {
    const [a, b] = timeline();
    mark(a!, 'high');
    mark(b!, 'low');
    const labelOf = (el: Element) => badgeButton(el)!.querySelector('span')!;
    expect(badgeButton(a!)!.textContent).toBe('Risque élevé');
    expect([labelOf(a!).dataset.other1, labelOf(a!).dataset.other2]).toEqual(['Risque moyen', 'Risque faible']);
    expect(badgeButton(b!)!.textContent).toBe('Risque faible');
    expect([labelOf(b!).dataset.other1, labelOf(b!).dataset.other2]).toEqual(['Risque élevé', 'Risque moyen']);
    // The severity changes (the post was edited): the same three labels, the shown one swapped.
    mark(a!, 'medium');
    expect(badgeButton(a!)!.textContent).toBe('Risque moyen');
    expect([labelOf(a!).dataset.other1, labelOf(a!).dataset.other2]).toEqual(['Risque élevé', 'Risque faible']);
  });
});

describe('a page that took the badge\'s tag', () => {
  it('a page defining <firebreak-badge> with its own shadow root: the post still gets a working badge, of our own host', () => {
    // The custom element's constructor takes the shadow root first (the case that stopped the scan in a browser).
    if (!customElements.get(BADGE_TAG)) {
      customElements.define(BADGE_TAG, class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' });
        }
      });
    }
    const [high] = timeline();
    let activated: Element | null = null;
    mark(high!, 'high', { onActivate: (c) => (activated = c) });
    const badge = findOwnBadge(high!);
    expect(badge, 'a badge').not.toBeNull();
    expect(badge!.localName).toBe('span');
    const button = badgeButton(high!);
    expect(button).not.toBeNull();
    button!.click();
    expect(activated).toBe(high);
  });
});
