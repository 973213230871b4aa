// @vitest-environment happy-dom
// The in-page panel's frame: it is fixed at the page's end edge (the right, the left on a right-to-left page), its
// language and direction are Firebreak's, Esc closes it and gives focus back to the badge.
import { afterEach, describe, expect, it } from 'vitest';
import { InPagePanel, PANEL_TAG, type PanelContent } from '../../lib/content/panel';
import { sampleDetailProps } from './helpers/detail-props';
import type { Lang } from '../../lib/types';

import './helpers/happy-dom-purify';

const content = (lang: Lang): PanelContent => sampleDetailProps(lang);

const host = () => document.querySelector<HTMLElement>(PANEL_TAG)!;
const frame = () => host().shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;

afterEach(() => {
  document.querySelector(PANEL_TAG)?.remove();
  document.body.innerHTML = '';
});

describe('in-page panel frame', () => {
  it('is fixed at the end edge of the page: the right on a left-to-right page, the left on a right-to-left one', () => {
    const panel = new InPagePanel(document);
    panel.open('x:1', content('en'), null);
    expect(host().style.getPropertyValue('right')).toMatch(/^0(px)?$/);
    expect(host().style.getPropertyValue('left')).toBe('');
    expect(frame().getAttribute('dir')).toBe('ltr');

    // Firebreak in Arabic on a left-to-right page: the panel reads right to left and stays on the right.
    panel.update(content('ar'));
    expect(host().style.getPropertyValue('right')).toMatch(/^0(px)?$/);
    expect(frame().getAttribute('dir')).toBe('rtl');
    expect(frame().getAttribute('lang')).toBe('ar');
    expect(frame().classList.contains('at-left')).toBe(false);
    panel.close();

    // The site in Arabic (X and Facebook set dir="rtl" on <html>): the page ends on the left, the panel goes there.
    document.documentElement.setAttribute('dir', 'rtl');
    try {
      panel.open('x:2', content('en'), null);
      expect(host().style.getPropertyValue('left')).toMatch(/^0(px)?$/);
      expect(host().style.getPropertyValue('right')).toBe('');
      expect(frame().getAttribute('dir')).toBe('ltr');
      expect(frame().classList.contains('at-left')).toBe(true);
      // Opened again after the page removed it: one panel, styled again.
      host().remove();
      panel.open('x:2', content('ar'), null);
      expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
      expect(host().style.getPropertyValue('left')).toMatch(/^0(px)?$/);
      expect(host().style.getPropertyValue('position')).toBe('fixed');
    } finally {
      document.documentElement.removeAttribute('dir');
    }
    panel.close();
    // A page that sets its direction on <body> only.
    document.body.setAttribute('dir', 'rtl');
    try {
      panel.open('x:3', content('fr'), null);
      expect(host().style.getPropertyValue('left')).toMatch(/^0(px)?$/);
    } finally {
      document.body.removeAttribute('dir');
    }
  });

  it('keeps its title and close button in view above a long post (sticky header), and Esc gives focus back', () => {
    const badge = document.createElement('button');
    document.body.append(badge);
    const panel = new InPagePanel(document);
    panel.open('x:1', content('fr'), badge);
    const css = host().shadowRoot!.querySelector('style')!.textContent!;
    expect(css).toMatch(/\.frame \.fb-head \{[^}]*position: sticky/);
    expect(frame().querySelector('header.fb-head button[aria-label]')).not.toBeNull();
    frame().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel.isOpen).toBe(false);
    expect(document.activeElement).toBe(badge);
  });

  it('a page that hid the panel, moved it into a hidden element or rewrote its style: the next opening shows it again', () => {
    const panel = new InPagePanel(document);
    panel.open('x:1', content('en'), null);
    const written = host().style.cssText;
    // Hidden by style, then by the attribute, then moved into a hidden box.
    host().style.cssText = 'display: none !important';
    panel.open('x:2', content('en'), null);
    expect(host().style.cssText).toBe(written);
    host().setAttribute('hidden', '');
    panel.open('x:3', content('en'), null);
    expect(host().hasAttribute('hidden')).toBe(false);
    const box = document.createElement('div');
    box.style.display = 'none';
    document.body.appendChild(box);
    box.appendChild(host());
    panel.open('x:4', content('en'), null);
    expect(host().parentElement).toBe(document.documentElement);
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
    panel.close();
  });
});
