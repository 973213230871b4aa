// @vitest-environment happy-dom
// What the stylesheets do to the rendered components (happy-dom applies the real CSS files): live regions stay in the
// accessibility tree while empty, an author's name sits at the list's start edge whatever its script, the popup's
// two numbers line up when a label wraps, and the options page's tables never widen the page on a narrow window.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';

vi.mock('../../lib/messages', () => ({ sendMessage: vi.fn(async () => null) }));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DetailView } from '../../components/DetailView';
import { PostList } from '../../components/PostList';
import { PopupApp, sidePanelOpener } from '../../entrypoints/popup/App';
import { SidePanelApp } from '../../entrypoints/sidepanel/App';
import { destinationsForCountry } from '../../lib/report/destinations';
import { sampleFlaggedPost } from '../../lib/ui/sample';
import type { FlaggedPost } from '../../lib/messages';
import type { Lang } from '../../lib/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const css = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const DETAIL_CSS = css('components/DetailView.css');
const LIST_CSS = css('components/PostList.css');
const POPUP_CSS = css('entrypoints/popup/style.css');
const SIDE_CSS = css('entrypoints/sidepanel/style.css');
const OPTIONS_CSS = css('components/options/options.css');

let root: HTMLElement | null = null;

afterEach(() => {
  if (root) render(null, root);
  document.body.replaceChildren();
  document.head.replaceChildren();
  fakeBrowser.reset();
});

function useCss(...sheets: string[]): void {
  const style = document.createElement('style');
  style.textContent = sheets.join('\n');
  document.head.append(style);
}

async function mount(node: ComponentChildren): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(node, root!);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
  return root;
}

function detail(lang: Lang) {
  const s = sampleFlaggedPost(lang);
  return (
    <DetailView
      lang={lang}
      theme="light"
      post={s.post}
      result={s.result}
      contexts={s.contexts}
      destinations={destinationsForCountry('FR', 'x')}
      emergencyNumber="17/112"
      dismissed={false}
      onNotThreat={() => {}}
      onUndo={() => {}}
      onReportPlatform={async () => ({ ok: true, message: 'ok' })}
      onReportDestination={async () => ({ ok: true, message: 'ok' })}
      onDownloadEvidence={async () => {}}
    />
  );
}

describe('live regions are in the accessibility tree before their first message', () => {
  it('the detail view’s status region is empty but not display: none', async () => {
    useCss(DETAIL_CSS);
    const el = await mount(detail('en'));
    const status = el.querySelector('.fb-status[role="status"]')!;
    expect(status.childNodes).toHaveLength(0);
    expect(getComputedStyle(status).display).not.toBe('none');
  });

  it('the popup’s status region is empty but not display: none', async () => {
    useCss(DETAIL_CSS, POPUP_CSS);
    const el = await mount(<PopupApp />);
    const status = el.querySelector('.fb-popup-status[role="status"]')!;
    expect(status.childNodes).toHaveLength(0);
    expect(getComputedStyle(status).display).not.toBe('none');
  });

  it('the side panel’s status region is empty but not display: none', async () => {
    useCss(DETAIL_CSS, LIST_CSS, SIDE_CSS);
    const el = await mount(<SidePanelApp />);
    const status = el.querySelector('.fb-app-status[role="status"]')!;
    expect(status.childNodes).toHaveLength(0);
    expect(getComputedStyle(status).display).not.toBe('none');
  });
});

describe('side panel list: the focus ring', () => {
  const items = (lang: Lang): FlaggedPost[] => {
    const s = sampleFlaggedPost(lang);
    return [{ post: s.post, result: s.result, seenAt: 1 }];
  };

  for (const [lang, theme] of [
    ['en', 'light'],
    ['en', 'dark'],
    ['ar', 'light'],
    ['ar', 'dark'],
  ] as const) {
    it(`${lang}, ${theme}: an item's button draws its ring inside itself, where the item (which clips) does not cut it`, async () => {
      useCss(DETAIL_CSS, LIST_CSS);
      const el = await mount(<PostList lang={lang} theme={theme} items={items(lang)} renderDetail={() => null} onShowOnPage={() => {}} />);
      const item = el.querySelector<HTMLElement>('.fb-list-item')!;
      const button = el.querySelector<HTMLElement>('.fb-list-open')!;
      expect(getComputedStyle(item).overflow).toBe('hidden');
      button.focus();
      const style = getComputedStyle(button);
      expect(style.outlineStyle).toBe('solid');
      const width = parseFloat(style.outlineWidth);
      expect(width).toBeGreaterThanOrEqual(2);
      // Inside the border box: an offset of minus the width or less puts the whole line within the button.
      expect(parseFloat(style.outlineOffset)).toBeLessThanOrEqual(-width);
      expect(style.boxShadow).toContain('inset');
    });
  }
});

describe('side panel list: author names', () => {
  const item = (lang: Lang, author: string): FlaggedPost => {
    const s = sampleFlaggedPost(lang);
    return { post: { ...s.post, id: `p-${author}`, author: { ...s.post.author, name: author } }, result: s.result, seenAt: 1 };
  };

  for (const [lang, author] of [
    ['en', 'نشر | Media'],
    ['ar', 'OSINT Watch'],
  ] as const) {
    it(`${lang}: a name in another script keeps its direction but sits at the list’s start edge`, async () => {
      useCss(DETAIL_CSS, LIST_CSS);
      const el = await mount(<PostList lang={lang} theme="light" items={[item(lang, author)]} renderDetail={() => null} />);
      const name = el.querySelector('.fb-list-author')!;
      expect(name.tagName).toBe('BDI');
      expect(name.textContent).toBe(author);
      // In the column of the item button, the name is not stretched to the full width (where its own direction
      // would push it to the far edge) but placed at the start of the list's direction.
      expect(getComputedStyle(name).alignSelf).toBe('flex-start');
      expect(getComputedStyle(name).maxInlineSize).toBe('100%');
    });
  }
});

describe('popup: "Open side panel"', () => {
  afterEach(() => {
    delete (globalThis as { chrome?: unknown }).chrome;
  });

  it('asks Chrome for the tab\'s panel (enabled per social-site tab), not the window\'s, which is disabled', async () => {
    const open = vi.fn((_o: unknown) => Promise.resolve());
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open } };
    const opener = sidePanelOpener({ id: 42 });
    expect(opener).not.toBeNull();
    await opener!();
    expect(open).toHaveBeenCalledWith({ tabId: 42 });
    // Without a tab (the popup could not read the active tab) there is nothing to open it for.
    expect(sidePanelOpener(null)).toBeNull();
  });
});

describe('popup: a site the browser does not let Firebreak read', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says so, names the site and offers to ask for access; the browser hides the tab\'s address there', async () => {
    // The address of a tab on a site without access is hidden from the popup (no "tabs" permission).
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 1, index: 0, active: true, highlighted: true, pinned: false, incognito: false } ] as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins?: string[] }) => !p.origins?.some((o) => o.includes('facebook.com'))) as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    const el = await mount(<PopupApp />);
    const warning = el.querySelector('[data-warning="no-access"]');
    expect(warning?.getAttribute('role')).toBe('alert');
    expect(warning?.textContent).toContain('Firebreak cannot read Facebook');
    expect(el.textContent).not.toContain('runs on X and Facebook only');
    const allow = warning!.querySelector<HTMLButtonElement>('[data-action="allow-site"]')!;
    expect(allow.textContent).toBe('Allow on Facebook');
    await act(async () => {
      allow.click();
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.facebook.com/*', 'https://web.facebook.com/*'] });
    expect(el.querySelector('.fb-popup-status')?.textContent).toContain('Access was not given');
  });

  it('stays quiet on a site it can read, whatever other hosts are withheld (x.com open, twitter.com withheld)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 1, url: 'https://x.com/home', index: 0, active: true, highlighted: true, pinned: false, incognito: false }] as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins?: string[] }) => !p.origins?.some((o) => o.includes('twitter.com'))) as never);
    const el = await mount(<PopupApp />);
    expect(el.querySelector('[data-warning="no-access"]')).toBeNull();
  });

  it('stays quiet where it has access: another page is "not checked", as before', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 1, url: 'https://example.org/', index: 0, active: true, highlighted: true, pinned: false, incognito: false } ] as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const el = await mount(<PopupApp />);
    expect(el.querySelector('[data-warning="no-access"]')).toBeNull();
    expect(el.textContent).toContain('runs on X and Facebook only');
  });

  it('offers "Open side panel" on X and Facebook only: elsewhere (the address hidden from the popup) Chrome has the panel off', async () => {
    const actions = (el: HTMLElement) => Array.from(el.querySelectorAll('.fb-popup-actions button'), (b) => [b.textContent, b.classList.contains('fb-btn-primary')]);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    // Another site: without the "tabs" permission the popup does not see its address.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 1, index: 0, active: true, highlighted: true, pinned: false, incognito: false }] as never);
    expect(actions(await mount(<PopupApp />))).toEqual([['Settings', true]]);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 1, url: 'https://x.com/home', index: 0, active: true, highlighted: true, pinned: false, incognito: false }] as never);
    expect(actions(await mount(<PopupApp />))).toEqual([
      ['Open side panel', true],
      ['Settings', false],
    ]);
  });
});

describe('popup: the two figures', () => {
  it('sit at the top of their boxes, so that they line up when one label wraps', async () => {
    useCss(DETAIL_CSS, POPUP_CSS);
    document.body.innerHTML =
      '<dl class="fb-stats"><div class="fb-stat"><dt>Publications vérifiées</dt><dd>12</dd></div>' +
      '<div class="fb-stat"><dt>Repérées</dt><dd>3</dd></div></dl>';
    for (const stat of document.querySelectorAll('.fb-stat')) {
      const cs = getComputedStyle(stat);
      expect(cs.flexDirection).toBe('column-reverse');
      // column-reverse starts at the bottom: flex-end packs the figure and its label at the top.
      expect(cs.justifyContent).toBe('flex-end');
    }
  });
});

describe('options page: tables on a narrow window', () => {
  it('the scrolling wrapper holds the visually hidden caption and headers (absolutely positioned)', () => {
    useCss(OPTIONS_CSS);
    document.body.innerHTML =
      '<div class="table-wrap"><table class="table"><caption class="visually-hidden">Installed packs</caption>' +
      '<thead><tr><th><span class="visually-hidden">Actions</span></th></tr></thead></table></div>';
    const wrap = document.querySelector('.table-wrap')!;
    expect(getComputedStyle(wrap).overflowX).toBe('auto');
    // The hidden text is position: absolute; its containing block must be inside the scroller, else it widens the
    // whole page (seen at 360 px: the page scrolled sideways to 700 px).
    expect(getComputedStyle(document.querySelector('caption')!).position).toBe('absolute');
    expect(getComputedStyle(wrap).position).toBe('relative');
  });

  it('the report log and "Not a threat" rows become cards in a narrow card: no column or button behind a sideways scroll', () => {
    // happy-dom does not evaluate container queries: the rules are read from the sheet.
    const start = OPTIONS_CSS.indexOf('@container stack (max-width: 720px)');
    expect(start).toBeGreaterThan(-1);
    expect(OPTIONS_CSS).toMatch(/\.stack-wrap \{\s*container: stack \/ inline-size;/);
    const block = OPTIONS_CSS.slice(start, OPTIONS_CSS.indexOf('\n}\n', start));
    const rule = (selector: string) => {
      const at = block.indexOf(`${selector} {`);
      expect(at, selector).toBeGreaterThan(-1);
      return block.slice(at, block.indexOf('}', at));
    };
    expect(rule('.stack-table tbody tr')).toMatch(/display: flex;[\s\S]*flex-direction: column;/);
    expect(rule('.stack-table thead')).toMatch(/clip-path: inset\(50%\);/);
    expect(rule('.stack-table .actions')).toMatch(/white-space: normal;/);
    expect(rule('.stack-table td[data-label]::before')).toMatch(/content: attr\(data-label\) ': ' \/ '';/);
    // French: a no-break space before the colon.
    expect(rule("html[lang='fr'] .stack-table td[data-label]::before")).toMatch(/content: attr\(data-label\) '\\a0: ' \/ '';/);
    // Logical properties only, so that the cards read the same right to left.
    expect(block).not.toMatch(/(?:margin|padding|border)-(?:left|right)|text-align: (?:left|right)/);
  });

  it("an import error's English detail is a left-to-right paragraph of its own (run into an Arabic line, it wrapped out of order)", () => {
    useCss(OPTIONS_CSS);
    document.documentElement.dir = 'rtl';
    document.body.innerHTML =
      '<ol class="error-list"><li><span class="error-message" dir="auto">الملف ليس بصيغة JSON صالحة.</span>' +
      '<span class="error-detail-line"><span class="error-detail-label">تفاصيل تقنية (بالإنجليزية): </span>' +
      '<span class="error-detail" dir="ltr" lang="en">expected a property name in double quotes, found the end of the file</span></span></li></ol>';
    expect(getComputedStyle(document.querySelector('.error-detail-line')!).display).toBe('block');
    expect(getComputedStyle(document.querySelector('.error-detail')!).display).toBe('block');
    document.documentElement.removeAttribute('dir');
  });

  it('a pack description is aligned by its own direction (English text in the Arabic page)', () => {
    useCss(OPTIONS_CSS);
    document.body.innerHTML = '<span class="pack-desc"><span dir="auto">Known phrases</span></span>';
    expect(getComputedStyle(document.querySelector('.pack-desc')!).unicodeBidi).toBe('plaintext');
  });
});
