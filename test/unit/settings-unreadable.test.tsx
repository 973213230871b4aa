// @vitest-environment happy-dom
// Settings that could not be read when the options page or the popup opened: a change made then must not write the
// defaults back over every other setting (language, country, sites, blur, theme, schedule). The options page reads
// them again before its change; the popup's site switch fails with a message instead.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';

vi.mock('../../lib/messages', () => ({ sendMessage: vi.fn(async () => []) }));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flush, mountOptions, unmountOptions } from './helpers/options-page';
import { SETTINGS_KEY } from '../../lib/settings';
import { setSiteEnabled } from '../../lib/ui/hooks';

const STORED = {
  uiLang: 'fr',
  country: 'none',
  sites: { x: false, facebook: false },
  blurHighSeverity: true,
  theme: 'dark',
  updateSchedule: { enabled: true, everyHours: 6 },
};

/** storage.local.get fails `n` times (the profile busy), then reads as usual. */
function failReads(n: number): (key: string) => Promise<Record<string, unknown>> {
  const real = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  let fails = n;
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((async (...a: unknown[]) => {
    if (fails-- > 0) throw new Error('IO error: LOCK: File currently in use');
    return real(...(a as [string]));
  }) as never);
  return (key) => real(key) as Promise<Record<string, unknown>>;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  unmountOptions();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('settings unreadable when a page opened', () => {
  it('options: one change keeps every other stored setting', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: STORED });
    const read = failReads(1);
    const root = await mountOptions('settings');
    const facebook = root.querySelector<HTMLInputElement>('#set-site-facebook')!;
    await act(async () => {
      facebook.click();
    });
    await flush(10);
    const stored = (await read(SETTINGS_KEY))[SETTINGS_KEY] as typeof STORED;
    expect(stored.uiLang).toBe('fr');
    expect(stored.country).toBe('none');
    expect(stored.blurHighSeverity).toBe(true);
    expect(stored.theme).toBe('dark');
    expect(stored.updateSchedule).toEqual({ enabled: true, everyHours: 6 });
    expect(stored.sites.x).toBe(false);
  });

  it('popup: the site switch fails rather than resetting the other settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: STORED });
    const read = failReads(1);
    await expect(setSiteEnabled('facebook', true)).rejects.toThrow('IO error');
    expect((await read(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(STORED);
    // Once storage answers, the switch changes that one site.
    await setSiteEnabled('facebook', true);
    expect((await read(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...STORED, sites: { x: false, facebook: true } });
  });
});
