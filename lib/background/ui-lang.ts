// The interface language the background writes its messages in: the user's choice in the settings, else the
// browser's preferred language (when it is one Firebreak speaks), else English. Also the sentences of signature verdicts, shared by
// file imports and subscriptions.
import { t, type MessageKey } from '../i18n';
import type { Pack } from '../pack/schema';
import type { SignatureFailure } from '../pack/signature';
import { normaliseSettings, SETTINGS_KEY } from '../settings';
import { LANGS, type Lang } from '../types';
import type { BackgroundEnv } from './env';

/** The sentence of each signature verdict, in lib/i18n. */
export const SIGNATURE_MESSAGE_KEYS: Record<SignatureFailure, MessageKey> = {
  'missing-signature': 'sub_err_sig_missing',
  'malformed-signature': 'sub_err_sig_malformed',
  'no-trusted-key': 'sub_err_sig_no_key',
  'bad-signature': 'sub_err_sig_bad',
  unsupported: 'sub_err_sig_unsupported',
};

/**
 * Why a pack whose publisher names the key it signs with (`publisher.keyId`) was refused, signed by `signerId`, or
 * null when it names none or that one. Keys are shown by the label the user trusted them under.
 */
export function publisherKeyMismatch(pack: Pack, signerId: string, keys: readonly { id: string; label: string }[], lang: Lang): string | null {
  const declared = pack.publisher.keyId;
  if (!declared || declared === signerId) return null;
  const name = (id: string) => keys.find((k) => k.id === id)?.label ?? id;
  return t(lang, 'sub_nothing_changed', { message: t(lang, 'pack_err_publisher_key', { declared: name(declared), signer: name(signerId) }) });
}

export async function readUiLang(env: BackgroundEnv): Promise<Lang> {
  let pref: Lang | 'auto' = 'auto';
  try {
    const got = await env.browser.storage.local.get(SETTINGS_KEY);
    pref = normaliseSettings(got[SETTINGS_KEY]).uiLang;
  } catch {
    // settings unreadable: follow the browser
  }
  if (pref !== 'auto') return pref;
  // The browser's preferred language, as the pages and the content scripts read it (navigator.language), so that
  // "Automatic" means one language everywhere; the browser's own interface language where there is no navigator.
  let ui = (globalThis as { navigator?: { language?: string } }).navigator?.language ?? '';
  if (!ui) {
    try {
      ui = env.browser.i18n?.getUILanguage?.() ?? 'en';
    } catch {
      // fakeBrowser / no i18n
    }
  }
  const base = ui.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}
