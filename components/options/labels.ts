// Localised names of the core's enumerations. Categories, severities and sites share the keys of lib/ui/format.
import type { Lang } from '../../lib/types';
import type { PackSummary } from '../../lib/messages';
import { t, type MessageKey } from '../../lib/i18n';
import { plainLabel } from '../../lib/ui/plain-text';
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

/** The built-in pack shipped with the extension: its name and description are shown in the interface language. */
export const DEFAULT_PACK_ID = 'org.firebreak.default';

type PackLabels = Pick<PackSummary, 'id' | 'custom' | 'name'>;

/**
 * A pack's name as shown everywhere on the page (the table, the import preview, status messages, accessible names):
 * plain text (lib/ui/plain-text.ts), computed here once. The local "My patterns" pack and the built-in pack are named in
 * the interface language; others as published (their id when the name holds no text).
 */
export function packName(lang: Lang, pack: PackLabels): string {
  if (pack.custom) return t(lang, 'opt_nav_patterns');
  if (pack.id === DEFAULT_PACK_ID && lang !== 'en') return t(lang, 'opt_pack_default_name');
  return plainLabel(pack.name) || pack.id;
}
/** A pack's publisher as shown, plain text: for "My patterns", the user in the interface language. */
export function packPublisher(lang: Lang, pack: Pick<PackSummary, 'id' | 'custom' | 'publisher'>): string {
  if (pack.custom) return t(lang, 'opt_pack_custom_publisher');
  // The built-in pack's publisher is Firebreak itself, named as the interface names it.
  if (pack.id === DEFAULT_PACK_ID && plainLabel(pack.publisher) === 'Firebreak') return t(lang, 'extName');
  return plainLabel(pack.publisher);
}
/**
 * A pack's description as shown (pack text: it may hold the allowed formatting, see lib/ui/sanitize.ts); the built-in
 * pack's in the interface language.
 */
export function packDescription(lang: Lang, pack: Pick<PackSummary, 'id' | 'custom' | 'description'>): string | null {
  if (pack.id === DEFAULT_PACK_ID && !pack.custom && pack.description && lang !== 'en') return t(lang, 'opt_pack_default_desc');
  return pack.description;
}
