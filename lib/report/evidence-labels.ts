// Localised labels of the plain-text evidence block (lib/report/evidence.ts). Keys are valid extension message
// names (letters, digits, underscore) and values have no placeholders, so each entry moves as-is into
// public/_locales/<lang>/messages.json as { "<key>": { "message": "<value>" } }.
import type { Category, Lang, Severity } from '../types';

export const EVIDENCE_LABELS = {
  evidenceTitle: {
    en: 'Firebreak — evidence of a post',
    fr: 'Firebreak — éléments de preuve sur une publication',
    ar: 'Firebreak — أدلة عن منشور',
  },
  evidencePlatform: { en: 'Platform:', fr: 'Plateforme :', ar: 'المنصة:' },
  evidenceLink: { en: 'Link:', fr: 'Lien :', ar: 'الرابط:' },
  evidencePage: { en: 'Seen on page:', fr: 'Vu sur la page :', ar: 'شوهد في الصفحة:' },
  evidenceAuthor: { en: 'Author:', fr: 'Auteur :', ar: 'الناشر:' },
  evidenceProfile: { en: 'Profile:', fr: 'Profil :', ar: 'الملف الشخصي:' },
  evidencePosted: { en: 'Posted:', fr: 'Publié le :', ar: 'تاريخ النشر:' },
  evidenceCaptured: { en: 'Captured (UTC):', fr: 'Relevé le (UTC) :', ar: 'وقت الالتقاط (UTC):' },
  evidenceText: { en: 'Text:', fr: 'Texte :', ar: 'النص:' },
  evidenceMatched: { en: 'Matched:', fr: 'Correspondances :', ar: 'الأنماط المطابقة:' },
  evidenceScreenshot: {
    en: 'Screenshot (SHA-256):',
    fr: 'Capture d’écran (SHA-256) :',
    ar: 'لقطة الشاشة (SHA-256):',
  },
  evidenceSha256: { en: 'SHA-256:', fr: 'SHA-256 :', ar: 'بصمة SHA-256:' },
  evidenceUnknown: { en: 'unknown', fr: 'inconnu', ar: 'غير معروف' },
  evidenceNone: { en: 'none', fr: 'aucune', ar: 'لا يوجد' },
  evidenceSeverityHigh: { en: 'high', fr: 'élevée', ar: 'عالية' },
  evidenceSeverityMedium: { en: 'medium', fr: 'moyenne', ar: 'متوسطة' },
  evidenceSeverityLow: { en: 'low', fr: 'faible', ar: 'منخفضة' },
  evidenceCategoryCampaignQuote: {
    en: 'known campaign quote',
    fr: 'citation d’une campagne connue',
    ar: 'اقتباس من حملة معروفة',
  },
  evidenceCategoryGroupName: { en: 'group name', fr: 'nom de groupe', ar: 'اسم جماعة' },
  evidenceCategoryCampaignTitle: { en: 'campaign title', fr: 'titre de campagne', ar: 'عنوان حملة' },
  evidenceCategoryPropagandaOutlet: {
    en: 'propaganda outlet',
    fr: 'organe de propagande',
    ar: 'وسيلة إعلام دعائية',
  },
  evidenceCategoryPublication: {
    en: 'propaganda publication',
    fr: 'publication de propagande',
    ar: 'مطبوعة دعائية',
  },
  evidenceCategorySlogan: { en: 'slogan', fr: 'slogan', ar: 'شعار' },
  evidenceCategoryDirectThreat: { en: 'direct threat', fr: 'menace directe', ar: 'تهديد مباشر' },
  evidenceCategoryCustom: { en: 'custom pattern', fr: 'motif personnalisé', ar: 'نمط مخصّص' },
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
  high: 'evidenceSeverityHigh',
  medium: 'evidenceSeverityMedium',
  low: 'evidenceSeverityLow',
};

export const CATEGORY_LABEL_KEY: Record<Category, EvidenceLabelKey> = {
  'campaign-quote': 'evidenceCategoryCampaignQuote',
  'group-name': 'evidenceCategoryGroupName',
  'campaign-title': 'evidenceCategoryCampaignTitle',
  'propaganda-outlet': 'evidenceCategoryPropagandaOutlet',
  publication: 'evidenceCategoryPublication',
  slogan: 'evidenceCategorySlogan',
  'direct-threat': 'evidenceCategoryDirectThreat',
  custom: 'evidenceCategoryCustom',
};
