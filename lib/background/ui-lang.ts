// The interface language the background writes its messages in: the user's choice in the settings, else the
// browser's preferred language (when it is one Firebreak speaks), else English. Also the sentences of signature verdicts, shared by
// file imports and subscriptions, and of failed database writes.
import { t, type MessageKey } from '../i18n';
import type { Pack } from '../pack/schema';
import type { SignatureFailure } from '../pack/signature';
import { normaliseSettings, SETTINGS_KEY } from '../settings';
import { isQuotaError } from '../store/db';
import { StoreError, toStoreError, type StoreAction } from '../store/packs';
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

/** The phrase of each store action, completing store_err_quota and store_err_write. */
const STORE_ACTION_KEYS: Record<StoreAction, MessageKey> = {
  'import-pack': 'store_act_import_pack',
  'install-update': 'store_act_install_update',
  'change-pack': 'store_act_change_pack',
  'remove-pack': 'store_act_remove_pack',
  'create-custom': 'store_act_create_custom',
  'save-pattern': 'store_act_save_pattern',
  'remove-pattern': 'store_act_remove_pattern',
  feedback: 'store_act_feedback',
  'remove-feedback': 'store_act_remove_feedback',
  'save-report': 'store_act_save_report',
  'remove-report': 'store_act_remove_report',
  'trust-key': 'store_act_trust_key',
  'remove-key': 'store_act_remove_key',
};

/**
 * A failed database write worded in `lang` (`action`, when given, names what was being done in place of the
 * error's own), or null when `err` is not one: a StoreError, or the browser's own "storage is full" error.
 */
export function storeErrorText(lang: Lang, failure: unknown, action?: StoreAction): string | null {
  if (!(failure instanceof StoreError) && !isQuotaError(failure)) return null;
  // The browser's own error becomes the store's (a quota error stays one).
  const err = toStoreError(failure, action) as StoreError;
  const what = t(lang, STORE_ACTION_KEYS[action ?? err.action]);
  switch (err.code) {
    case 'quota':
      return t(lang, 'store_err_quota', { action: what });
    case 'downgrade':
      return err.versions ? t(lang, 'import_err_older', err.versions) : err.message;
    case 'not-found':
      return t(lang, 'pack_err_not_installed');
    case 'write-failed': {
      const cause = (err as { cause?: unknown }).cause ?? err;
      return t(lang, 'store_err_write', { action: what, detail: cause instanceof Error ? cause.message : String(cause) });
    }
  }
}
