// @vitest-environment happy-dom
// Options page, settings and language: every change lands in storage.local at once; Arabic turns the page
// right-to-left with Arabic labels; the alarms permission is asked for in the click and a refusal keeps the switch off.
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { act } from 'preact/test-utils';

vi.mock('../../lib/messages', () => ({ sendMessage: vi.fn(async () => []) }));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SectionId } from '../../components/options/OptionsApp';
import { flush, mountOptions, unmountOptions } from './helpers/options-page';

const mount = (section: SectionId = 'settings') => mountOptions(section);
import { SETTINGS_KEY, normaliseSettings } from '../../lib/settings';
import { t } from '../../lib/i18n';

async function stored() {
  const got = await fakeBrowser.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(got[SETTINGS_KEY]);
}

async function change(el: HTMLInputElement | HTMLSelectElement, value?: string) {
  if (value !== undefined) el.value = value;
  await act(async () => {
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) el.click();
    else el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush(10);
}

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.removeAttribute('dir');
  document.documentElement.lang = '';
});

afterEach(() => {
  unmountOptions();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('options: language', () => {
  it('switching to Arabic re-renders the whole page right-to-left with Arabic labels, and saves it', async () => {
    const root = await mount();
    expect(root.querySelector('h1')!.textContent).toBe(t('en', 'opt_page_heading'));
    expect(document.documentElement.dir).toBe('ltr');

    await change(root.querySelector<HTMLSelectElement>('#set-ui-lang')!, 'ar');

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(root.querySelector('.app')!.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('h1')!.textContent).toBe('إعدادات فايربريك');
    const tabs = [...root.querySelectorAll('[role="tab"]')].map((b) => b.textContent);
    expect(tabs).toContain('الحزم');
    expect(tabs).toContain('الإعدادات');
    expect(root.querySelector('label[for="set-ui-lang"]')!.textContent).toBe('لغة الواجهة');
    expect(document.title).toBe(t('ar', 'opt_page_title'));
    expect((await stored()).uiLang).toBe('ar');
    // The confirmation is spoken in the new language.
    expect(root.querySelector('[data-testid="live-polite"]')!.textContent).toBe('لغة الواجهة: العربية.');

    await change(root.querySelector<HTMLSelectElement>('#set-ui-lang')!, 'fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(root.querySelector('h1')!.textContent).toBe('Paramètres de Firebreak');
  });

  it('follows a language stored by another page', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'ar' } });
    const root = await mount('packs');
    expect(document.documentElement.dir).toBe('rtl');
    expect(root.querySelector('h2')!.textContent).toBe(t('ar', 'opt_packs_heading'));
    await act(async () => {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'en' } });
    });
    await flush(10);
    expect(document.documentElement.dir).toBe('ltr');
    expect(root.querySelector('h2')!.textContent).toBe('Packs');
  });
});

describe('options: settings', () => {
  it('saves each change to storage.local immediately', async () => {
    const root = await mount();
    expect((await stored()).blurHighSeverity).toBe(false);

    await change(root.querySelector<HTMLInputElement>('#set-blur')!);
    expect((await stored()).blurHighSeverity).toBe(true);

    await change(root.querySelector<HTMLInputElement>('#set-site-facebook')!);
    expect((await stored()).sites).toEqual({ x: true, facebook: false });

    await change(root.querySelector<HTMLSelectElement>('#set-country')!, 'BE');
    expect((await stored()).country).toBe('BE');
    expect(root.querySelector('#set-country-hint')!.textContent).toContain('Belgium');

    await change(root.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!);
    expect((await stored()).theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');

    expect(root.querySelector('[data-testid="live-polite"]')!.textContent).toContain('Saved');
  });

  it('a change the browser could not save is said, and the control shows what is stored again', async () => {
    const root = await mount();
    const blur = root.querySelector<HTMLInputElement>('#set-blur')!;
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await change(blur);
    spy.mockRestore();
    expect((await stored()).blurHighSeverity).toBe(false);
    expect(blur.checked).toBe(false);
    expect(document.body.textContent).toContain(t('en', 'opt_save_failed', { message: 'QuotaExceededError' }));
    // The next change builds on what is stored, not on the change that failed.
    await change(root.querySelector<HTMLSelectElement>('#set-country')!, 'BE');
    expect(await stored()).toMatchObject({ blurHighSeverity: false, country: 'BE' });
  });

  it('"Saved" is shown in the card the change was made in, in the flow, not over the page', async () => {
    const root = await mount();
    const country = root.querySelector<HTMLSelectElement>('#set-country')!;
    // A pointer on the control (a click need not focus it), then the change.
    country.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await change(country, 'BE');
    const card = root.querySelector('#settings-country')!.closest('section.card')!;
    expect(card.querySelector('.card-status .status-text')!.textContent).toBe(root.querySelector('[data-testid="live-polite"]')!.textContent);
    expect(root.querySelectorAll('.card-status')).toHaveLength(1);
    expect(root.querySelector<HTMLElement>('.status-bar')!.hidden).toBe(true);
    // The next change, in another card, is told there; the first card's copy goes.
    const blur = root.querySelector<HTMLInputElement>('#set-blur')!;
    blur.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await change(blur);
    expect(card.querySelector('.card-status')).toBeNull();
    expect(blur.closest('section.card')!.querySelector('.card-status')).not.toBeNull();
  });

  it('lists the supported countries by their localised names, and shows what "automatic" resolves to', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
    const root = await mount();
    const select = root.querySelector<HTMLSelectElement>('#set-country')!;
    const options = [...select.options].map((o) => [o.value, o.textContent]);
    // The interface follows the browser (French here), and so do the country names.
    expect(options[0]).toEqual(['auto', 'Automatique (France)']);
    expect(options.map(([v]) => v)).toEqual(expect.arrayContaining(['FR', 'BE', 'GB', 'US', 'DE']));
    expect(options.find(([v]) => v === 'GB')![1]).toBe('Royaume-Uni');
    expect(root.querySelector('#set-country-hint')!.textContent).toContain('France');
  });

  it('offers every country, those with a hotline first, and "none": a Moroccan reader in a French browser can leave France', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr');
    const root = await mount();
    const select = root.querySelector<HTMLSelectElement>('#set-country')!;
    const groups = [...select.querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).toEqual([t('fr', 'opt_set_country_group_hotline'), t('fr', 'opt_set_country_group_other')]);
    const inGroup = (i: number) => [...groups[i]!.querySelectorAll('option')].map((o) => o.value);
    expect(inGroup(0)).toEqual(expect.arrayContaining(['FR', 'BE', 'MA', 'GB']));
    expect(inGroup(1)).toEqual(expect.arrayContaining(['TN', 'DZ', 'CH', 'SA', 'EG']));
    expect(inGroup(1)).not.toContain('FR');
    expect(inGroup(0).length + inGroup(1).length).toBeGreaterThan(240);
    expect([...select.options].find((o) => o.value === 'TN')!.textContent).toBe('Tunisie');

    await change(select, 'TN');
    expect((await stored()).country).toBe('TN');
    expect(root.querySelector('#set-country-hint')!.textContent).toBe(t('fr', 'opt_set_country_hint_platform_only', { country: 'Tunisie' }));
    await change(select, 'MA');
    expect(root.querySelector('#set-country-hint')!.textContent).toContain('E-Blagh');
    await change(select, 'none');
    expect((await stored()).country).toBe('none');
    expect(root.querySelector('#set-country-hint')!.textContent).toBe(t('fr', 'opt_set_country_hint_off'));
  });

  it("'automatic' follows the browser's preferred language (navigator.language), as the rest of Firebreak does, not the language of its menus", async () => {
    // A browser in English whose preferred language is French: the in-page panel is French and offers PHAROS.
    const i18n = (fakeBrowser as unknown as { i18n?: unknown }).i18n;
    (fakeBrowser as unknown as { i18n?: unknown }).i18n = { getUILanguage: () => 'en-US' };
    onTestFinished(() => {
      (fakeBrowser as unknown as { i18n?: unknown }).i18n = i18n;
    });
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
    const root = await mount();
    expect(document.documentElement.lang).toBe('fr');
    expect(root.querySelector<HTMLSelectElement>('#set-ui-lang')!.options[0]!.textContent).toBe(t('fr', 'opt_set_lang_auto', { lang: 'Français' }));
    expect(root.querySelector<HTMLSelectElement>('#set-country')!.options[0]!.textContent).toBe('Automatique (France)');
  });

  it('keeps scheduled updates off when the alarms permission is refused', async () => {
    const request = vi.fn(async () => false);
    (fakeBrowser as unknown as { permissions: { request: unknown; remove: unknown } }).permissions.request = request;
    // Chrome: the alarms API does not exist until the optional permission is granted.
    const saved = (fakeBrowser as unknown as { alarms?: unknown }).alarms;
    (fakeBrowser as unknown as { alarms?: unknown }).alarms = undefined;
    onTestFinished(() => {
      (fakeBrowser as unknown as { alarms?: unknown }).alarms = saved;
    });
    const root = await mount();
    const sw = root.querySelector<HTMLInputElement>('#set-schedule')!;
    await change(sw);
    expect(request).toHaveBeenCalledWith({ permissions: ['alarms'] });
    expect(sw.checked).toBe(false);
    expect((await stored()).updateSchedule.enabled).toBe(false);
    expect(root.textContent).toContain('did not grant the permission');
  });

  it('turns scheduled updates on when the permission is granted', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser as unknown as { permissions: { request: unknown; remove: unknown } }).permissions.request = request;
    const root = await mount();
    await change(root.querySelector<HTMLInputElement>('#set-schedule')!);
    expect((await stored()).updateSchedule).toEqual({ enabled: true, everyHours: 24 });
    await change(root.querySelector<HTMLSelectElement>('#set-schedule-hours')!, '168');
    expect((await stored()).updateSchedule).toEqual({ enabled: true, everyHours: 168 });
  });
});

describe('options: navigation', () => {
  it('moves between sections with the arrow keys', async () => {
    const root = await mount('packs');
    const first = root.querySelector<HTMLButtonElement>('#tab-packs')!;
    first.focus();
    await act(async () => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(root.querySelector('#tab-patterns')!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(root.querySelector('#tab-patterns'));
    expect(root.querySelector<HTMLElement>('#panel-patterns')!.hidden).toBe(false);
    expect(root.querySelector<HTMLElement>('#panel-packs')!.hidden).toBe(true);
    await act(async () => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(root.querySelector('#tab-about')!.getAttribute('aria-selected')).toBe('true');
    await act(async () => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(root.querySelector('#tab-packs')!.getAttribute('aria-selected')).toBe('true');
  });

  it('"Privacy & about" has no control of its own: Tab from its tab goes into its panel (tabindex 0), not to <body>', async () => {
    history.replaceState(null, '', '#about');
    const root = await mount('about');
    const panel = root.querySelector<HTMLElement>('#panel-about')!;
    expect(panel.hidden).toBe(false);
    expect(panel.querySelector('a[href], button, input, select, textarea, [tabindex="0"]'), 'nothing focusable inside').toBeNull();
    expect(panel.getAttribute('tabindex')).toBe('0');
    expect(panel.tabIndex).toBe(0);
    // As in the ARIA tabs pattern, every panel is in the tab order (each opens with text), and a hidden one is not shown.
    for (const el of root.querySelectorAll('[role="tabpanel"]')) expect(el.getAttribute('tabindex')).toBe('0');
  });
});

describe('options: the selected tab in the tab strip', () => {
  // On a narrow window the tabs are one row that scrolls sideways: the selected one is scrolled into that row's view
  // when the page opens and whenever the section changes, in either direction of writing.
  const scrolled = () => {
    const calls: { id: string; opts: unknown }[] = [];
    const proto = Element.prototype as Element & { scrollIntoView: (o?: unknown) => void };
    const had = Object.getOwnPropertyDescriptor(proto, 'scrollIntoView');
    proto.scrollIntoView = function (this: Element, opts?: unknown) {
      calls.push({ id: this.id, opts });
    };
    onTestFinished(() => {
      if (had) Object.defineProperty(proto, 'scrollIntoView', had);
      else delete (proto as Partial<typeof proto>).scrollIntoView;
    });
    return calls;
  };

  for (const lang of ['fr', 'ar'] as const) {
    it(`${lang}: opened at #reports, then moved with the keyboard and by a click`, async () => {
      const calls = scrolled();
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: lang } });
      const root = await mount('reports');
      expect(calls.at(-1)).toEqual({ id: 'tab-reports', opts: { block: 'nearest', inline: 'nearest' } });

      // The next tab: ArrowLeft in Arabic, ArrowRight in French.
      const next = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
      await act(async () => {
        root.querySelector('#tab-reports')!.dispatchEvent(new KeyboardEvent('keydown', { key: next, bubbles: true }));
      });
      await flush(5);
      expect(root.querySelector('#tab-settings')!.getAttribute('aria-selected')).toBe('true');
      expect(calls.at(-1)).toEqual({ id: 'tab-settings', opts: { block: 'nearest', inline: 'nearest' } });

      await act(async () => {
        root.querySelector<HTMLButtonElement>('#tab-packs')!.click();
      });
      await flush(5);
      expect(calls.at(-1)!.id).toBe('tab-packs');
      // Never another element than a tab.
      expect(calls.every((c) => c.id.startsWith('tab-'))).toBe(true);
    });
  }
});
