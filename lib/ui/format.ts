// Formatting helpers for the UI: dates in the interface language, country names, message templates with
// element slots, labels for severities, categories and sites.
import type { Category, Lang, Severity } from '../types';
import { t, type MessageKey } from '../i18n';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(iso: string | null | undefined): Date | null {
  if (!iso || typeof iso !== 'string') return null;
  const d = new Date(DATE_ONLY.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A date (schema.org `datePublished`, "yyyy-mm-dd" or full ISO) in the interface language; null when invalid. */
export function formatDate(lang: Lang, iso: string | null | undefined): string | null {
  const d = parseDate(iso);
  if (!d) return null;
  try {
    return new Intl.DateTimeFormat(lang, {
      dateStyle: 'medium',
      // A bare date is a calendar day: do not let the local time zone move it.
      ...(iso && DATE_ONLY.test(iso) ? { timeZone: 'UTC' } : {}),
    }).format(d);
  } catch {
    return iso ?? null;
  }
}

/** A post time in the interface language, with the time of day; null when invalid. */
export function formatDateTime(lang: Lang, iso: string | null | undefined): string | null {
  const d = parseDate(iso);
  if (!d) return null;
  if (iso && DATE_ONLY.test(iso)) return formatDate(lang, iso);
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  } catch {
    return iso ?? null;
  }
}

/** A machine-readable value for <time datetime>, or undefined. */
export function isoAttr(iso: string | null | undefined): string | undefined {
  const d = parseDate(iso);
  return d ? (iso && DATE_ONLY.test(iso) ? iso : d.toISOString()) : undefined;
}

/** The name of a country (ISO 3166-1 alpha-2) in the interface language. */
export function countryName(lang: Lang, country: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

export const SEVERITY_KEY: Record<Severity, MessageKey> = {
  high: 'severity_high',
  medium: 'severity_medium',
  low: 'severity_low',
};

export const CATEGORY_KEY: Record<Category, { label: MessageKey; description: MessageKey }> = {
  'campaign-quote': { label: 'category_campaign_quote', description: 'category_campaign_quote_desc' },
  'group-name': { label: 'category_group_name', description: 'category_group_name_desc' },
  'campaign-title': { label: 'category_campaign_title', description: 'category_campaign_title_desc' },
  'propaganda-outlet': { label: 'category_propaganda_outlet', description: 'category_propaganda_outlet_desc' },
  publication: { label: 'category_publication', description: 'category_publication_desc' },
  slogan: { label: 'category_slogan', description: 'category_slogan_desc' },
  'direct-threat': { label: 'category_direct_threat', description: 'category_direct_threat_desc' },
  custom: { label: 'category_custom', description: 'category_custom_desc' },
};

export function severityLabel(lang: Lang, s: Severity): string {
  return t(lang, SEVERITY_KEY[s]);
}

export function categoryLabel(lang: Lang, c: Category): string {
  const k = CATEGORY_KEY[c] as (typeof CATEGORY_KEY)[Category] | undefined;
  return k ? t(lang, k.label) : c;
}

export function categoryDescription(lang: Lang, c: Category): string {
  const k = CATEGORY_KEY[c] as (typeof CATEGORY_KEY)[Category] | undefined;
  return k ? t(lang, k.description) : '';
}

export function siteName(lang: Lang, site: 'x' | 'facebook'): string {
  return t(lang, site === 'x' ? 'site_x' : 'site_facebook');
}

const SLOT = '\u0000';

/**
 * A message split around its placeholders, so that elements (links) can stand in for them:
 * `tSlots(lang, 'detail_emergency', ['number'])` → ['If a threat is imminent, call ', 0, '.'] where the numbers
 * are indexes into `names`. Word order stays the translator's.
 */
export function tSlots(lang: Lang, key: MessageKey, names: readonly string[], subs: Record<string, string | number> = {}): (string | number)[] {
  const all: Record<string, string | number> = { ...subs };
  names.forEach((n, i) => {
    all[n] = `${SLOT}${i}${SLOT}`;
  });
  const text = t(lang, key, all);
  const out: (string | number)[] = [];
  text.split(new RegExp(`${SLOT}(\\d+)${SLOT}`)).forEach((piece, i) => {
    if (i % 2 === 1) out.push(Number(piece));
    else if (piece) out.push(piece);
  });
  return out;
}

/** Pick the entry for `lang` from a per-language record, falling back to English, then to any language. */
export function pickLang<T>(rec: Partial<Record<Lang, T>> | null | undefined, lang: Lang): { value: T; lang: Lang } | null {
  if (!rec) return null;
  const own = rec[lang];
  if (own !== undefined && own !== null && !(typeof own === 'string' && own.trim() === '') && !(Array.isArray(own) && own.length === 0)) {
    return { value: own, lang };
  }
  const order: Lang[] = ['en', 'fr', 'ar'];
  for (const l of order) {
    const v = rec[l];
    if (v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0)) {
      return { value: v, lang: l };
    }
  }
  return null;
}

/** A `tel:` href for a displayed phone number, or null. */
export function telHref(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{2,15}$/.test(digits) ? `tel:${digits}` : null;
}

/** A `mailto:` href for an e-mail address, or null. */
export function mailtoHref(email: string | null | undefined): string | null {
  if (!email) return null;
  return /^[^\s@<>()"',;:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(email) ? `mailto:${email}` : null;
}
