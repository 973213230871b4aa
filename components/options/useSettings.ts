// Settings of the options page: read from storage.local, kept in sync with changes made elsewhere
// (popup, another options tab), and written back on every change so that open tabs apply them live.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, normaliseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';

export type UpdateSettings = (update: (current: Settings) => Settings) => Promise<void>;

export function useSettings(): { settings: Settings; loaded: boolean; update: UpdateSettings } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const current = useRef<Settings>(DEFAULT_SETTINGS);
  /** The stored settings were read (or a change of them came): until then a change must read them first. */
  const known = useRef(false);

  useEffect(() => {
    let alive = true;
    void browser.storage.local
      .get(SETTINGS_KEY)
      .then((stored) => {
        if (!alive) return;
        current.current = normaliseSettings(stored[SETTINGS_KEY]);
        known.current = true;
        setSettings(current.current);
      })
      .catch(() => undefined)
      .finally(() => alive && setLoaded(true));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      current.current = normaliseSettings(changes[SETTINGS_KEY]?.newValue);
      known.current = true;
      setSettings(current.current);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const update = useCallback<UpdateSettings>(async (fn) => {
    if (!known.current) {
      // The first read failed: the page shows the defaults, and writing them back with this one change would reset
      // every other setting. Read again; a read that fails again fails the change (the caller says it was not saved).
      current.current = normaliseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
      known.current = true;
      setSettings(current.current);
    }
    const before = current.current;
    const next = normaliseSettings(fn(before));
    current.current = next;
    setSettings(next);
    try {
      await browser.storage.local.set({ [SETTINGS_KEY]: next });
    } catch (err) {
      // Not saved: the controls show what is stored again (unless a later change or another tab's came meanwhile).
      if (current.current === next) {
        current.current = before;
        setSettings(before);
      }
      throw err;
    }
  }, []);

  return { settings, loaded, update };
}

/**
 * The browser's preferred language tag (navigator.language), for the automatic interface language and reporting
 * country. Not i18n.getUILanguage(), the language of the browser's own menus: the popup, side panel, badges and
 * in-page panel follow navigator.language, and the options page must name the same language and hotline.
 */
export function browserLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en';
}
