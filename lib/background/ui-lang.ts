// The interface language the background writes its messages in: the user's choice in the settings, else the
// browser's (when it is one Firebreak speaks), else English.
import { normaliseSettings, SETTINGS_KEY } from '../settings';
import { LANGS, type Lang } from '../types';
import type { BackgroundEnv } from './env';

export async function readUiLang(env: BackgroundEnv): Promise<Lang> {
  let pref: Lang | 'auto' = 'auto';
  try {
    const got = await env.browser.storage.local.get(SETTINGS_KEY);
    pref = normaliseSettings(got[SETTINGS_KEY]).uiLang;
  } catch {
    // settings unreadable: follow the browser
  }
  if (pref !== 'auto') return pref;
  let ui = 'en';
  try {
    ui = env.browser.i18n?.getUILanguage?.() ?? 'en';
  } catch {
    // fakeBrowser / no i18n
  }
  const base = ui.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}
