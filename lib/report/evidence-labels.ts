// Labels of the plain-text evidence block (lib/report/evidence.ts), read from public/_locales through lib/i18n.
import { t, type MessageKey } from '../i18n';
import type { Category, Lang, Severity } from '../types';

export const EVIDENCE_LABEL_KEYS = [
  'evidence_title',
  'evidence_platform',
  'evidence_link',
  'evidence_page',
  'evidence_author',
  'evidence_quoted_author',
  'evidence_shared_author',
  'evidence_profile',
  'evidence_posted',
  'evidence_as_shown',
  'evidence_captured',
  'evidence_text',
  'evidence_translated',
  'evidence_matched',
  'evidence_screenshot',
  'evidence_sha256',
  'evidence_unknown',
  'evidence_none',
  'evidence_severity_high',
  'evidence_severity_medium',
  'evidence_severity_low',
  'evidence_category_campaign_quote',
  'evidence_category_group_name',
  'evidence_category_campaign_title',
  'evidence_category_propaganda_outlet',
  'evidence_category_publication',
  'evidence_category_slogan',
  'evidence_category_direct_threat',
  'evidence_category_custom',
] as const satisfies readonly MessageKey[];

export type EvidenceLabelKey = (typeof EVIDENCE_LABEL_KEYS)[number];

/** The labels of one language, as evidenceToText() takes them. */
export type EvidenceStrings = Record<EvidenceLabelKey, string>;

/** The labels of one language. */
export function evidenceStrings(lang: Lang): EvidenceStrings {
  const out = {} as EvidenceStrings;
  for (const key of EVIDENCE_LABEL_KEYS) out[key] = t(lang, key);
  return out;
}

export const SEVERITY_LABEL_KEY: Record<Severity, EvidenceLabelKey> = {
  high: 'evidence_severity_high',
  medium: 'evidence_severity_medium',
  low: 'evidence_severity_low',
};

export const CATEGORY_LABEL_KEY: Record<Category, EvidenceLabelKey> = {
  'campaign-quote': 'evidence_category_campaign_quote',
  'group-name': 'evidence_category_group_name',
  'campaign-title': 'evidence_category_campaign_title',
  'propaganda-outlet': 'evidence_category_propaganda_outlet',
  publication: 'evidence_category_publication',
  slogan: 'evidence_category_slogan',
  'direct-threat': 'evidence_category_direct_threat',
  custom: 'evidence_category_custom',
};
