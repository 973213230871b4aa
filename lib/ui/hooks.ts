// Hooks and helpers of the extension pages (side panel, popup): settings from storage.local, the interface
// language and theme they resolve to, and the site switch. Not for content scripts (they read settings themselves).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '../types';
import { DEFAULT_SETTINGS, SETTINGS_KEY, normaliseSettings, type Settings } from '../settings';
import type { SiteId } from '../sites/hosts';
import { langFromLocale } from '../i18n';

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return normaliseSettings(got[SETTINGS_KEY]);
  } catch {
    return normaliseSettings(undefined);
  }
}

/**
 * Turns Firebreak on or off for one site; content scripts follow the storage change. Throws when the settings cannot
 * be read: writing the defaults back with the one switch changed would reset every other setting.
 */
export async function setSiteEnabled(site: SiteId, enabled: boolean): Promise<Settings> {
  const current = normaliseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const next: Settings = { ...current, sites: { ...current.sites, [site]: enabled } };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** The settings, kept current with storage changes; null until first loaded. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => alive && setSettings(s));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) setSettings(normaliseSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return settings;
}

/** The interface language: the setting, or the browser's language for 'auto'. */
export function resolveLang(settings: Settings | null, locale: string | undefined = globalThis.navigator?.language): Lang {
  const s = settings ?? DEFAULT_SETTINGS;
  return s.uiLang === 'auto' ? langFromLocale(locale) : s.uiLang;
}

/** True while the system prefers a dark colour scheme. */
export function usePrefersDark(): boolean {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** The theme of an extension page: the setting, or the system's for 'auto'. */
export function resolveTheme(settings: Settings | null, prefersDark: boolean): 'light' | 'dark' {
  const s = settings ?? DEFAULT_SETTINGS;
  return s.theme === 'auto' ? (prefersDark ? 'dark' : 'light') : s.theme;
}

/** Sets lang, dir and the theme on <html>, so the page background and scrollbars follow. */
export function useDocumentAttrs(lang: Lang, rtl: boolean, theme: 'light' | 'dark', title: string): void {
  useEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = rtl ? 'rtl' : 'ltr';
    html.dataset.theme = theme;
    document.title = title;
  }, [lang, rtl, theme, title]);
}

/** Downloads a text file from an extension page. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Saves bytes (an evidence screenshot) as a file. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  downloadBlob(new Blob([bytes as BlobPart], { type }), fileName);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Writes text to the clipboard; false when the browser refuses (no focus or user activation). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
