// @vitest-environment happy-dom
// The in-page panel and the keyboard: when it closes, focus goes back to the post's badge as it is then ("Not a
// threat" takes the badge away and Undo writes a new one), else to the post itself (made focusable without entering
// the Tab order), and nowhere when the panel closed by itself while the user was elsewhere. While it is open, Tab
// and Shift+Tab go round its controls instead of leaving for the top of the page.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { InPagePanel, PANEL_TAG } from '../../lib/content/panel';
import { applyMark, badgeButton } from '../../lib/content/marks';
import { ATTR_ID } from '../../lib/content/scanner';
import { xAdapter } from '../../lib/sites/x';
import { facebookAdapter } from '../../lib/sites/facebook';
import type { Severity } from '../../lib/types';
import { article, cell, s, textBlock, timelinePage } from './helpers/x-markup';
import { feedPage, textPost, unit } from './helpers/fb-markup';
import { sampleDetailProps } from './helpers/detail-props';

import './helpers/happy-dom-purify';

type Adapter = typeof xAdapter | typeof facebookAdapter;

const host = () => document.querySelector<HTMLElement>(PANEL_TAG)!;
const frame = () => host().shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
const panelButton = (text: string) =>
  Array.from(frame().querySelectorAll<HTMLButtonElement>('button')).find(
    (b) => b.textContent?.includes(text) || b.getAttribute('aria-label')?.includes(text),
  )!;

/** The panel's Tab stops in order (what the panel goes round): its links and buttons, no negative tabindex. */
const tabStops = () =>
  Array.from(frame().querySelectorAll<HTMLElement>('a[href], button:not([disabled]), [tabindex]')).filter((el) => el.tabIndex >= 0);

/** The element focus is on, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

function key(target: Element, k: string, shiftKey = false): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true, composed: true });
  act(() => {
    target.dispatchEvent(e);
  });
  return e;
}

/** Marks a post as the content script does: flagged with a badge, or dismissed ("Not a threat": no badge). */
function mark(ad: Adapter, el: Element, severity: Severity | null, dismissed = false): void {
  applyMark(el, ad.read(el).id, severity, {
    dismissed,
    blur: false,
    lang: 'en',
    anchor: () => ad.badgeAnchor(el),
    handlers: { onActivate: () => {} },
  });
}

function xPage(): Element[] {
  document.body.innerHTML = timelinePage(
    [
      cell(article({ handle: 'first', id: '1862004417300000001', body: textBlock(s('Vos sites seront effacés.'), 'fr') })),
      cell(article({ handle: 'second', id: '1862004417300000002', body: textBlock(s('Another post.')) })),
    ].join(''),
  );
  const posts = xAdapter.findPosts(document);
  for (const p of posts) mark(xAdapter, p, 'high');
  return posts;
}

function facebookPage(): Element[] {
  document.body.innerHTML = feedPage(
    unit(textPost('Sarah Martin', 'sarah.martin', 'Premier message'), 1) + unit(textPost('Le Monde', 'lemonde', 'Second message'), 2),
  );
  const posts = facebookAdapter.findPosts(document);
  for (const p of posts) mark(facebookAdapter, p, 'high');
  return posts;
}

/** Opens the post's panel from its badge and puts focus in it, as Enter on the badge does. */
function openFrom(panel: InPagePanel, post: Element): HTMLButtonElement {
  const badge = badgeButton(post)!;
  expect(badge, 'the post has a badge').not.toBeNull();
  badge.focus();
  act(() => {
    panel.open(post.getAttribute(ATTR_ID)!, sampleDetailProps('en'), badge);
  });
  frame().focus();
  expect(document.activeElement).toBe(host());
  return badge;
}

afterEach(() => {
  document.querySelector(PANEL_TAG)?.remove();
  document.body.innerHTML = '';
});

describe('in-page panel: focus when it closes', () => {
  for (const [site, page, ad] of [
    ['x', xPage, xAdapter],
    ['facebook', facebookPage, facebookAdapter],
  ] as const) {
    it(`${site}: after "Not a threat" and Undo (a new badge), Esc gives focus to the post's new badge`, () => {
      const [post] = page();
      const panel = new InPagePanel(document);
      const oldBadge = openFrom(panel, post!);
      // "Not a threat" then Undo, as the content script re-marks the post: the badge is removed, then written anew.
      mark(ad, post!, 'high', true);
      expect(badgeButton(post!)).toBeNull();
      mark(ad, post!, 'high');
      const newBadge = badgeButton(post!)!;
      expect(newBadge).not.toBe(oldBadge);
      expect(oldBadge.isConnected).toBe(false);
      key(frame(), 'Escape');
      expect(panel.isOpen).toBe(false);
      expect(deepActive()).toBe(newBadge);
    });
  }

  it('x: after "Not a threat" (no badge any more), the close button gives focus to the post, focusable already', () => {
    const [post] = xPage();
    const panel = new InPagePanel(document);
    openFrom(panel, post!);
    mark(xAdapter, post!, 'high', true);
    act(() => panelButton('Close').click());
    expect(panel.isOpen).toBe(false);
    expect(deepActive()).toBe(post);
    // X's article is in the Tab order already: its tabindex stays the site's.
    expect(post!.getAttribute('tabindex')).toBe('0');
  });

  it('facebook: after "Not a threat", Esc gives focus to the post, made focusable from script only until focus leaves it', () => {
    const [post, other] = facebookPage();
    expect(post!.hasAttribute('tabindex')).toBe(false);
    const panel = new InPagePanel(document);
    openFrom(panel, post!);
    mark(facebookAdapter, post!, 'high', true);
    key(frame(), 'Escape');
    expect(deepActive()).toBe(post);
    expect(post!.getAttribute('tabindex')).toBe('-1');
    badgeButton(other!)!.focus();
    expect(post!.hasAttribute('tabindex')).toBe(false);
  });

  it('the site rendered the post again as a new element: focus goes to the badge of the post under its id', () => {
    const [post] = xPage();
    const panel = new InPagePanel(document);
    openFrom(panel, post!);
    const again = post!.cloneNode(true) as Element;
    for (const b of again.querySelectorAll('firebreak-badge')) b.remove();
    post!.replaceWith(again);
    mark(xAdapter, again, 'high');
    key(frame(), 'Escape');
    expect(deepActive()).toBe(badgeButton(again));
  });

  it('closed by the content script while focus is on the page (the site\'s menu took it): focus stays there', () => {
    const [post, other] = xPage();
    const panel = new InPagePanel(document);
    openFrom(panel, post!);
    const menuItem = other!.querySelector<HTMLElement>('a[href]')!;
    menuItem.focus();
    panel.close();
    expect(document.activeElement).toBe(menuItem);
  });

  it('closed by the content script with focus in it: focus goes back to the badge', () => {
    const [post] = xPage();
    const panel = new InPagePanel(document);
    const badge = openFrom(panel, post!);
    panel.close();
    expect(deepActive()).toBe(badge);
  });
});

describe('in-page panel: Tab stays in the panel while it is open', () => {
  it('Tab after the last control goes to the first; Shift+Tab before the first, or from the panel itself, to the last', () => {
    const [post] = xPage();
    const panel = new InPagePanel(document);
    openFrom(panel, post!);
    const close = panelButton('Close');
    const stops = tabStops();
    const last = stops[stops.length - 1]!;
    expect(stops[0]).toBe(close);
    // The decisions come early, the fact-check's links last.
    expect(stops.indexOf(panelButton('Report to X'))).toBeLessThan(4);
    expect(stops.indexOf(panelButton('Not a threat'))).toBe(stops.indexOf(panelButton('Report to X')) + 1);
    expect(last.localName).toBe('a');
    expect(close.getAttribute('aria-keyshortcuts')).toBe('Escape');
    // Shift+Tab as the panel opens (focus on the panel itself): the last control, not the page's last link.
    let e = key(frame(), 'Tab', true);
    expect(e.defaultPrevented).toBe(true);
    expect(deepActive()).toBe(last);
    e = key(last, 'Tab');
    expect(e.defaultPrevented).toBe(true);
    expect(deepActive()).toBe(close);
    e = key(close, 'Tab', true);
    expect(e.defaultPrevented).toBe(true);
    expect(deepActive()).toBe(last);
    // In between, the browser moves focus itself.
    const middle = panelButton('Download evidence');
    middle.focus();
    expect(key(middle, 'Tab').defaultPrevented).toBe(false);
    expect(key(middle, 'Tab', true).defaultPrevented).toBe(false);
    // Tab from the panel itself: its first control.
    frame().focus();
    expect(key(frame(), 'Tab').defaultPrevented).toBe(true);
    expect(deepActive()).toBe(close);
  });

  it('after "Not a threat", Undo takes its place in the round, which still goes from the last control to the first', () => {
    const [post] = xPage();
    const panel = new InPagePanel(document);
    openFrom(panel, post!);
    act(() => {
      panel.update({ ...sampleDetailProps('en'), dismissed: true });
    });
    const undo = panelButton('Undo');
    const stops = tabStops();
    expect(stops.indexOf(undo)).toBe(stops.indexOf(panelButton('Report to X')) + 1);
    // Undo is in the middle: the browser moves focus on from it.
    undo.focus();
    expect(key(undo, 'Tab').defaultPrevented).toBe(false);
    // From the last control (a link of the fact-check) Tab goes round to the first, and back.
    const last = stops[stops.length - 1]!;
    last.focus();
    expect(key(last, 'Tab').defaultPrevented).toBe(true);
    expect(deepActive()).toBe(panelButton('Close'));
    expect(key(panelButton('Close'), 'Tab', true).defaultPrevented).toBe(true);
    expect(deepActive()).toBe(last);
  });
});

describe('in-page panel: focus when it opens', () => {
  it("activating the badge of the post already open moves focus into the panel again (a screen reader browsing the page back at the post hears it open)", () => {
    const [post, other] = xPage();
    const panel = new InPagePanel(document);
    const badge = openFrom(panel, post!);
    // The reader goes back to the post on the page, then activates its badge again.
    badge.focus();
    expect(deepActive()).toBe(badge);
    act(() => {
      panel.open(post!.getAttribute(ATTR_ID)!, sampleDetailProps('en'), badge);
    });
    expect(document.activeElement).toBe(host());
    expect(deepActive()).toBe(frame());
    // Another post's badge, likewise.
    const second = badgeButton(other!)!;
    second.focus();
    act(() => {
      panel.open(other!.getAttribute(ATTR_ID)!, sampleDetailProps('en'), second);
    });
    expect(deepActive()).toBe(frame());
    // A re-render of the open panel (a status, a dismissal) leaves focus where the reader put it.
    second.focus();
    act(() => {
      panel.update(sampleDetailProps('en'));
    });
    expect(deepActive()).toBe(second);
  });
});
