// Interface strings: looks up public/_locales/<lang>/messages.json in the language the user chose.
// browser.i18n.getMessage only follows the browser's language, so the same files are bundled and read here;
// the manifest's __MSG_ keys still come from _locales through the browser.
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ar from '../../public/_locales/ar/messages.json';
import { LANGS, type Lang } from '../types';

interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Catalog = Record<string, ChromeMessage>;

const CATALOGS: Record<Lang, Catalog> = { en, fr, ar } as Record<Lang, Catalog>;

/** Every key of the English catalogue, which is the reference for the others. */
export type MessageKey = keyof typeof en;

/** Languages written right to left. */
export function isRtl(lang: Lang): boolean {
  return lang === 'ar';
}

/** The interface language for a BCP 47 tag ('fr-CA' → 'fr'); English when it is not one of ours. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}

/**
 * The message for `key` in `lang`, falling back to English; `$name$` placeholders are replaced by `subs[name]`.
 * Substituted values are plain text: callers render the result as text, never as HTML.
 */
export function t(lang: Lang, key: MessageKey, subs?: Record<string, string | number>): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  let text = entry.message;
  if (entry.placeholders) {
    for (const [name, ph] of Object.entries(entry.placeholders)) {
      const index = /^\$(\d)$/.exec(ph.content)?.[1];
      const value = index !== undefined && subs ? Object.values(subs)[Number(index) - 1] : undefined;
      const named = subs?.[name] ?? value ?? '';
      text = text.split(new RegExp(`\\$${name}\\$`, 'gi')).join(String(named));
    }
  }
  return text;
}

/**
 * `t` for a message about `count` things: the language's plural form of the message where the catalogue has one
 * (`<key>_one`, `_two`, `_few`, `_many`: Arabic has all four, English and French "one"), else the message itself.
 */
export function tp(lang: Lang, key: MessageKey, count: number, subs?: Record<string, string | number>): string {
  const form = `${key}_${new Intl.PluralRules(lang).select(count)}`;
  return form in CATALOGS[lang] ? t(lang, form as MessageKey, subs) : t(lang, key, subs);
}

/** A translator bound to one language, for components. */
export function translator(lang: Lang) {
  return (key: MessageKey, subs?: Record<string, string | number>) => t(lang, key, subs);
}
