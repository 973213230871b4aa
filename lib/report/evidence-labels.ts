// Localised labels of the plain-text evidence block (lib/report/evidence.ts). The table has the input shape of
// scripts/add-messages.mjs ({ key: { en, fr, ar } }, snake_case keys, no placeholders), so moving it into
// public/_locales is: write EVIDENCE_LABELS as JSON, run the script, and build EvidenceStrings with t(lang, key).
import type { Category, Lang, Severity } from '../types';

export const EVIDENCE_LABELS = {
  evidence_title: {
    en: 'Firebreak — evidence of a post',
    fr: 'Firebreak — éléments de preuve sur une publication',
    ar: 'Firebreak — أدلة عن منشور',
  },
  evidence_platform: { en: 'Platform:', fr: 'Plateforme :', ar: 'المنصة:' },
  evidence_link: { en: 'Link:', fr: 'Lien :', ar: 'الرابط:' },
  evidence_page: { en: 'Seen on page:', fr: 'Vu sur la page :', ar: 'شوهد في الصفحة:' },
  evidence_author: { en: 'Author:', fr: 'Auteur :', ar: 'الناشر:' },
  evidence_profile: { en: 'Profile:', fr: 'Profil :', ar: 'الملف الشخصي:' },
  evidence_posted: { en: 'Posted:', fr: 'Publié le :', ar: 'تاريخ النشر:' },
  evidence_captured: { en: 'Captured (UTC):', fr: 'Relevé le (UTC) :', ar: 'وقت الالتقاط (UTC):' },
  evidence_text: { en: 'Text:', fr: 'Texte :', ar: 'النص:' },
  evidence_matched: { en: 'Matched:', fr: 'Correspondances :', ar: 'الأنماط المطابقة:' },
  evidence_screenshot: {
    en: 'Screenshot (SHA-256):',
    fr: 'Capture d’écran (SHA-256) :',
    ar: 'لقطة الشاشة (SHA-256):',
  },
  evidence_sha256: { en: 'SHA-256:', fr: 'SHA-256 :', ar: 'بصمة SHA-256:' },
  evidence_unknown: { en: 'unknown', fr: 'inconnu', ar: 'غير معروف' },
  evidence_none: { en: 'none', fr: 'aucune', ar: 'لا يوجد' },
  evidence_severity_high: { en: 'high', fr: 'élevée', ar: 'عالية' },
  evidence_severity_medium: { en: 'medium', fr: 'moyenne', ar: 'متوسطة' },
  evidence_severity_low: { en: 'low', fr: 'faible', ar: 'منخفضة' },
  evidence_category_campaign_quote: {
    en: 'known campaign quote',
    fr: 'citation d’une campagne connue',
    ar: 'اقتباس من حملة معروفة',
  },
  evidence_category_group_name: { en: 'group name', fr: 'nom de groupe', ar: 'اسم جماعة' },
  evidence_category_campaign_title: { en: 'campaign title', fr: 'titre de campagne', ar: 'عنوان حملة' },
  evidence_category_propaganda_outlet: {
    en: 'propaganda outlet',
    fr: 'organe de propagande',
    ar: 'وسيلة إعلام دعائية',
  },
  evidence_category_publication: {
    en: 'propaganda publication',
    fr: 'publication de propagande',
    ar: 'مطبوعة دعائية',
  },
  evidence_category_slogan: { en: 'slogan', fr: 'slogan', ar: 'شعار' },
  evidence_category_direct_threat: { en: 'direct threat', fr: 'menace directe', ar: 'تهديد مباشر' },
  evidence_category_custom: { en: 'custom pattern', fr: 'motif personnalisé', ar: 'نمط مخصّص' },
} as const satisfies Record<string, Record<Lang, string>>;

export type EvidenceLabelKey = keyof typeof EVIDENCE_LABELS;

/** The labels of one language, as evidenceToText() takes them (or as built from browser.i18n.getMessage). */
export type EvidenceStrings = Record<EvidenceLabelKey, string>;

export const EVIDENCE_LABEL_KEYS = Object.keys(EVIDENCE_LABELS) as EvidenceLabelKey[];

/** The built-in labels of one language. */
export function evidenceStrings(lang: Lang): EvidenceStrings {
  const out = {} as EvidenceStrings;
  for (const key of EVIDENCE_LABEL_KEYS) out[key] = EVIDENCE_LABELS[key][lang];
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
