// Localised names of the core's enumerations. Categories, severities and sites share the keys of lib/ui/format.
import type { Lang } from '../../lib/types';
import type { PackSummary } from '../../lib/messages';
import { t, type MessageKey } from '../../lib/i18n';
import { categoryLabel as catLabel, severityLabel as sevLabel, siteName } from '../../lib/ui/format';
import type { Category, Severity } from '../../lib/types';

const PATTERN_LANG_KEYS: Record<'any' | 'en' | 'fr' | 'ar', MessageKey> = {
  any: 'opt_plang_any',
  en: 'opt_plang_en',
  fr: 'opt_plang_fr',
  ar: 'opt_plang_ar',
};

export function categoryLabel(lang: Lang, c: string): string {
  return catLabel(lang, c as Category);
}
export function severityLabel(lang: Lang, s: string): string {
  return s === 'high' || s === 'medium' || s === 'low' ? sevLabel(lang, s as Severity) : s;
}
export function patternLangLabel(lang: Lang, l: string): string {
  const key = PATTERN_LANG_KEYS[l as keyof typeof PATTERN_LANG_KEYS];
  return key ? t(lang, key) : l;
}
export function siteLabel(lang: Lang, s: string): string {
  return s === 'x' || s === 'facebook' ? siteName(lang, s) : s;
}

/** A pack's name as shown: the local "My patterns" pack is named in the interface language, others as published. */
export function packName(lang: Lang, pack: Pick<PackSummary, 'custom' | 'name'>): string {
  return pack.custom ? t(lang, 'opt_nav_patterns') : pack.name;
}
/** A pack's publisher as shown: for "My patterns", the user in the interface language. */
export function packPublisher(lang: Lang, pack: Pick<PackSummary, 'custom' | 'publisher'>): string {
  return pack.custom ? t(lang, 'opt_pack_custom_publisher') : pack.publisher;
}
