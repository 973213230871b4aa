// Report destinations: the reviewed list shipped in the extension (never taken from packs), emergency numbers,
// and the choice of a country from the browser's locale. Sources: /work/shared/research/domain.md §3.
import type { Lang } from '../types';

export type DestinationKind = 'platform-help' | 'hotline-web' | 'hotline-phone' | 'hotline-email';

/** One place a user can report a post to. Text is in every interface language. */
export interface Destination {
  id: string;
  /** ISO 3166-1 alpha-2 code, or '*' for the platforms' own help pages (any country). */
  country: string;
  kind: DestinationKind;
  name: Record<Lang, string>;
  /** Web form or information page; https only. */
  url?: string;
  phone?: string;
  email?: string;
  /** For platform help pages: the site they belong to. */
  site?: 'x' | 'facebook';
  /** Other reviewed entry points for the same purpose (https only), shown under the main one. */
  alternatives?: { name: string; url: string }[];
  /** What the form asks for and any condition, so the user knows what to paste. */
  note: Record<Lang, string>;
  /** ISO date (yyyy-mm-dd) this entry was last reviewed. */
  lastVerified: string;
}

const REVIEWED = '2026-11-28';

/** The reviewed list. Order: national destinations (alphabetical by country), then platform help pages. */
export const DESTINATIONS: readonly Destination[] = Object.freeze([
  {
    id: 'au-esafety',
    country: 'AU',
    kind: 'hotline-web',
    name: {
      en: 'eSafety Commissioner — report illegal online content',
      fr: 'eSafety Commissioner — signaler un contenu illégal en ligne',
      ar: 'مفوّض السلامة الإلكترونية (eSafety) — الإبلاغ عن محتوى غير قانوني على الإنترنت',
    },
    url: 'https://www.esafety.gov.au/report',
    note: {
      en: 'Anonymous reports are accepted and you need not report to the platform first. The form asks you to confirm you live in Australia, the link (URL) and why the content is illegal. To report a security threat: National Security Hotline 1800 123 400.',
      fr: 'Les signalements anonymes sont acceptés, sans devoir d’abord signaler à la plateforme. Le formulaire demande de confirmer que vous résidez en Australie, le lien (URL) et pourquoi le contenu est illégal. Pour une menace pour la sécurité : National Security Hotline 1800 123 400.',
      ar: 'تُقبل البلاغات المجهولة الهوية، ولا يلزم الإبلاغ للمنصة أولًا. يطلب النموذج تأكيد إقامتك في أستراليا، والرابط (URL)، وسبب عدم قانونية المحتوى. للإبلاغ عن تهديد أمني: الخط الساخن للأمن الوطني 1800 123 400.',
    },
    lastVerified: REVIEWED,
  },
  {
    id: 'be-police',
    country: 'BE',
    kind: 'hotline-web',
    name: {
      en: 'Belgian police (local police)',
      fr: 'Police belge (police locale)',
      ar: 'الشرطة البلجيكية (الشرطة المحلية)',
    },
    url: 'https://www.police.be/',
    note: {
      en: 'Belgium has no dedicated online form for terrorist content: contact your local police (police.be lists every zone with its address and phone number). In an emergency call 101 (police) or 112. Also report the post to the platform. Keep the link, date and time, and a screenshot.',
      fr: 'La Belgique n’a pas de formulaire en ligne dédié aux contenus terroristes : contactez votre police locale (police.be liste toutes les zones, avec leur adresse et leur numéro de téléphone). En cas d’urgence, appelez le 101 (police) ou le 112. Signalez aussi la publication à la plateforme. Gardez le lien, la date et l’heure, et une capture d’écran.',
      ar: 'لا يوجد في بلجيكا نموذج إلكتروني مخصّص للمحتوى الإرهابي: تواصل مع الشرطة المحلية (يسرد موقع police.be كل المناطق مع عنوانها ورقم هاتفها). في حالات الطوارئ اتصل بالرقم 101 (الشرطة) أو 112. أبلغ المنصة عن المنشور أيضًا. احتفظ بالرابط والتاريخ والوقت ولقطة شاشة.',
    },
    lastVerified: '2026-12-04',
  },
  {
    id: 'ca-rcmp-nsin',
    country: 'CA',
    kind: 'hotline-phone',
    name: {
      en: 'RCMP National Security Information Network',
      fr: 'GRC — Réseau info-sécurité nationale',
      ar: 'الشرطة الملكية الكندية (RCMP) — شبكة معلومات الأمن الوطني',
    },
    phone: '1-800-420-5805',
    email: 'RCMP.NSIN-RISN.GRC@rcmp-grc.gc.ca',
    note: {
      en: 'No web form: call or e-mail. Give the link (URL), the date and time you saw the post, and the account name. In an emergency call 911.',
      fr: 'Pas de formulaire en ligne : par téléphone ou par courriel. Indiquez le lien (URL), la date et l’heure où vous avez vu la publication, et le nom du compte. En cas d’urgence, appelez le 911.',
      ar: 'لا يوجد نموذج إلكتروني: اتصل هاتفيًا أو راسلهم بالبريد الإلكتروني. اذكر الرابط (URL) وتاريخ ووقت رؤيتك للمنشور واسم الحساب. في حالات الطوارئ اتصل بالرقم 911.',
    },
    lastVerified: REVIEWED,
  },
  {
    id: 'de-respect',
    country: 'DE',
    kind: 'hotline-web',
    name: {
      en: 'Meldestelle REspect! (reporting office)',
      fr: 'Meldestelle REspect! (plateforme de signalement)',
      ar: 'مكتب البلاغات REspect!\u200E (Meldestelle)',
    },
    url: 'https://meldestelle-respect.de/',
    alternatives: [{ name: 'jugendschutz.net', url: 'https://www.jugendschutz.net/' }],
    note: {
      en: 'The form asks for the link (URL), a short description and, as an alternative, a screenshot; an e-mail address is optional. REspect! is a trusted flagger and forwards criminal content to the Federal Criminal Police (BKA). jugendschutz.net also takes reports (a valid URL is required).',
      fr: 'Le formulaire demande le lien (URL), une courte description et, à défaut, une capture d’écran ; l’adresse e-mail est facultative. REspect! est un signaleur de confiance et transmet les contenus pénalement répréhensibles à l’Office fédéral de police criminelle (BKA). jugendschutz.net reçoit aussi les signalements (URL valide obligatoire).',
      ar: 'يطلب النموذج الرابط (URL) ووصفًا قصيرًا، ولقطة شاشة كبديل؛ البريد الإلكتروني اختياري. REspect!\u200E مُبلِّغ موثوق ويحيل المحتوى الإجرامي إلى المكتب الاتحادي للشرطة الجنائية (BKA). يستقبل jugendschutz.net البلاغات أيضًا (الرابط الصحيح إلزامي).',
    },
    lastVerified: REVIEWED,
  },
  {
    id: 'es-stop-radicalismos',
    country: 'ES',
    kind: 'hotline-web',
    name: {
      en: 'Stop Radicalismos (Ministry of the Interior)',
      fr: 'Stop Radicalismos (ministère de l’Intérieur)',
      ar: 'Stop Radicalismos (وزارة الداخلية الإسبانية)',
    },
    url: 'https://www.stop-radicalismos.es/',
    phone: '900 822 066',
    email: 'stop-radicalismos@interior.es',
    note: {
      en: 'Anonymous. Web form (in Spanish and Arabic), free phone line, e-mail, or the AlertCops app. Give the link (URL), where you saw it and when.',
      fr: 'Anonyme. Formulaire en ligne (en espagnol et en arabe), numéro gratuit, courriel ou application AlertCops. Indiquez le lien (URL), où et quand vous l’avez vu.',
      ar: 'بلا كشف للهوية. نموذج إلكتروني (بالإسبانية والعربية)، أو رقم هاتف مجاني، أو البريد الإلكتروني، أو تطبيق AlertCops. اذكر الرابط (URL) وأين ومتى رأيت المحتوى.',
    },
    lastVerified: REVIEWED,
  },
  {
    id: 'fr-pharos',
    country: 'FR',
    kind: 'hotline-web',
    name: {
      en: 'PHAROS (official French portal for reporting illegal online content)',
      fr: 'PHAROS (portail officiel de signalement des contenus illicites de l’internet)',
      ar: 'PHAROS (البوابة الفرنسية الرسمية للإبلاغ عن المحتوى غير المشروع على الإنترنت)',
    },
    url: 'https://www.internet-signalement.gouv.fr/',
    alternatives: [{ name: 'Point de Contact', url: 'https://www.pointdecontact.net/' }],
    note: {
      en: 'Choose a category (e.g. apology for terrorism, threats), then give the link (URL), the date and time, and where you saw it (site or social network); then your contact details. The content must be public: for private messages, go to the police. Not for emergencies: call 17 or 112. Point de Contact, an association and trusted flagger, also takes anonymous reports.',
      fr: 'Choisissez une catégorie (apologie du terrorisme, menace…), puis indiquez l’adresse URL, la date et l’heure, et où vous l’avez vu (site ou réseau social) ; puis vos coordonnées. Le contenu doit être public : pour des messages privés, adressez-vous à la police. Pas pour les urgences : appelez le 17 ou le 112. Point de Contact, association et signaleur de confiance, reçoit aussi les signalements anonymes.',
      ar: 'اختر فئة (مثل تمجيد الإرهاب أو التهديد)، ثم اذكر الرابط (URL) والتاريخ والوقت وأين رأيت المحتوى (موقع أو شبكة اجتماعية)، ثم بيانات الاتصال بك. يجب أن يكون المحتوى عامًّا: للرسائل الخاصة توجّه إلى الشرطة. ليس للطوارئ: اتصل بالرقم 17 أو 112. تستقبل جمعية Point de Contact، وهي مُبلِّغ موثوق، البلاغات المجهولة الهوية أيضًا.',
    },
    lastVerified: REVIEWED,
  },
  {
    id: 'uk-report-terrorism',
    country: 'GB',
    kind: 'hotline-web',
    name: {
      en: 'Report online terrorist or extremist material (Counter Terrorism Policing)',
      fr: 'Signaler du contenu terroriste ou extrémiste en ligne (Counter Terrorism Policing)',
      ar: 'الإبلاغ عن مواد إرهابية أو متطرفة على الإنترنت (شرطة مكافحة الإرهاب البريطانية)',
    },
    url: 'https://www.gov.uk/report-terrorism',
    phone: '0800 789 321',
    note: {
      en: 'Anonymous; all you need is the link (URL). Contact details are optional. Anti-Terrorist Hotline: 0800 789 321; in an emergency call 999.',
      fr: 'Anonyme ; il suffit du lien (URL). Les coordonnées sont facultatives. Ligne antiterroriste : 0800 789 321 ; en cas d’urgence, appelez le 999.',
      ar: 'بلا كشف للهوية؛ يكفي الرابط (URL). بيانات الاتصال اختيارية. الخط الساخن لمكافحة الإرهاب: 0800 789 321؛ في حالات الطوارئ اتصل بالرقم 999.',
    },
    lastVerified: REVIEWED,
  },
  {
    id: 'ma-e-blagh',
    country: 'MA',
    kind: 'hotline-web',
    name: {
      en: 'E-Blagh (Moroccan national police portal for reporting illegal online content)',
      fr: 'E-Blagh (portail de la Sûreté nationale pour signaler les contenus illicites sur internet)',
      ar: 'إبلاغ E-Blagh (منصة المديرية العامة للأمن الوطني للتبليغ عن المحتوى غير المشروع على الإنترنت)',
    },
    url: 'https://www.e-blagh.ma/',
    note: {
      en: 'Run by the DGSN, open day and night, in Arabic, French, English or Spanish; you may report without giving your identity. Covers threats and apology for terrorism: give the link (URL) and where and when you saw it. In an emergency call 19 (112 from a mobile).',
      fr: 'Géré par la DGSN, ouvert jour et nuit, en arabe, français, anglais ou espagnol ; vous pouvez signaler sans donner votre identité. Couvre les menaces et l’apologie du terrorisme : indiquez le lien (URL), où et quand vous l’avez vu. En cas d’urgence, appelez le 19 (112 depuis un mobile).',
      ar: 'تديرها المديرية العامة للأمن الوطني، وتعمل ليلًا ونهارًا بالعربية أو الفرنسية أو الإنجليزية أو الإسبانية؛ ويمكنك التبليغ دون الكشف عن هويتك. تشمل التهديد والإشادة بالإرهاب: اذكر الرابط (URL) وأين ومتى رأيت المحتوى. في حالات الطوارئ اتصل بالرقم 19 (112 من الهاتف المحمول).',
    },
    lastVerified: '2026-12-04',
  },
  {
    id: 'us-fbi-tips',
    country: 'US',
    kind: 'hotline-web',
    name: {
      en: 'FBI tips (tips.fbi.gov)',
      fr: 'Signalements au FBI (tips.fbi.gov)',
      ar: 'بلاغات مكتب التحقيقات الفيدرالي (tips.fbi.gov)',
    },
    url: 'https://tips.fbi.gov/',
    phone: '1-800-225-5324',
    note: {
      en: 'Describe what you saw: who, what, where (the link, URL) and when; contact details are optional. Phone: 1-800-CALL-FBI. In an emergency call 911.',
      fr: 'Décrivez ce que vous avez vu : qui, quoi, où (le lien, URL) et quand ; les coordonnées sont facultatives. Téléphone : 1-800-CALL-FBI. En cas d’urgence, appelez le 911.',
      ar: 'صِف ما رأيت: مَن وماذا وأين (الرابط URL) ومتى؛ بيانات الاتصال اختيارية. الهاتف: 1-800-CALL-FBI. في حالات الطوارئ اتصل بالرقم 911.',
    },
    lastVerified: REVIEWED,
  },
  {
    id: 'x-help',
    country: '*',
    kind: 'platform-help',
    site: 'x',
    name: {
      en: 'X Help Center — report a post',
      fr: 'Centre d’assistance X — signaler un post',
      ar: 'مركز مساعدة X — الإبلاغ عن منشور',
    },
    url: 'https://help.x.com/en/safety-and-security/report-abusive-behavior',
    note: {
      en: 'On the post, open “…” then Report and pick the violent or hateful category. The help page explains each step; a copy of a violent-threat report can be e-mailed to you for the police.',
      fr: 'Sur le post, ouvrez « … » puis Signaler et choisissez la catégorie violence ou haine. La page d’aide détaille chaque étape ; une copie d’un signalement de menace violente peut vous être envoyée par e-mail pour la police.',
      ar: 'في المنشور افتح «…» ثم «إبلاغ» واختر فئة العنف أو الكراهية. تشرح صفحة المساعدة كل خطوة؛ ويمكن إرسال نسخة من بلاغ التهديد العنيف إلى بريدك لتقديمها للشرطة.',
    },
    lastVerified: REVIEWED,
  },
  {
    id: 'facebook-help',
    country: '*',
    kind: 'platform-help',
    site: 'facebook',
    name: {
      en: 'Facebook Help — how to report things',
      fr: 'Aide Facebook — comment signaler un contenu',
      ar: 'مساعدة فيسبوك — كيفية الإبلاغ عن المحتوى',
    },
    url: 'https://www.facebook.com/help/1380418588640631',
    note: {
      en: 'On the post, open “…” then “Report post” (or “Find support or report”), pick a category and submit. The help page also links a form for people without an account.',
      fr: 'Sur la publication, ouvrez « … » puis « Signaler la publication » (ou « Obtenir de l’aide ou signaler »), choisissez une catégorie et envoyez. La page d’aide propose aussi un formulaire pour les personnes sans compte.',
      ar: 'في المنشور افتح «…» ثم «الإبلاغ عن المنشور» (أو «الحصول على الدعم أو الإبلاغ»)، واختر فئة ثم أرسل. تحتوي صفحة المساعدة أيضًا على نموذج لمن ليس لديهم حساب.',
    },
    lastVerified: REVIEWED,
  },
] satisfies Destination[]);

const BY_ID: ReadonlyMap<string, Destination> = new Map(DESTINATIONS.map((d) => [d.id, d]));

/** The report log's name for a report made through the site's own "…" menu (no destination of the list: no URL). */
export const PLATFORM_REPORT_ID: Readonly<Record<'x' | 'facebook', string>> = { x: 'x-report-menu', facebook: 'facebook-report-menu' };

/** The site whose own report menu a report log id names, or null. */
export function platformOfReportId(id: string): 'x' | 'facebook' | null {
  return id === PLATFORM_REPORT_ID.x ? 'x' : id === PLATFORM_REPORT_ID.facebook ? 'facebook' : null;
}

/** Countries with at least one national destination. */
export const SUPPORTED_COUNTRIES = ['AU', 'BE', 'CA', 'DE', 'ES', 'FR', 'GB', 'MA', 'US'] as const;
export type SupportedCountry = (typeof SUPPORTED_COUNTRIES)[number];

/**
 * Every country a user may choose for reporting: the ISO 3166-1 alpha-2 codes in use, and XK (Kosovo, as CLDR and
 * the browsers' Intl name it). Names come from Intl.DisplayNames in the interface language.
 */
export const COUNTRY_CODES: readonly string[] = Object.freeze(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA
  CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA
  GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
  KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS
  MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS
  RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW
  TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW`.split(/\s+/),
);

/**
 * The country reports go to under the setting (a country code; 'auto': from the browser's language; 'none': the user
 * names no country, so the platforms' own report pages only and "your local emergency number"), or null.
 */
export function reportingCountry(setting: string | null | undefined, locale: string | null | undefined): string | null {
  if (setting === 'none') return null;
  if (!setting || setting === 'auto') return countryFromLocale(locale);
  return normCountry(setting) || null;
}

/**
 * Emergency numbers by country, the police number first where the country has one distinct from the general one.
 * Sources (reviewed 2026-12-04): service-public.gouv.fr and police.be for France and Belgium, fr.wikipedia "Numéro
 * d'appel d'urgence" with challenge.ma (Morocco: 112 from mobiles) and the Algerian press on the DGSN's 1548 line for
 * the Maghreb, the national police numbers elsewhere.
 */
const EMERGENCY_NUMBERS: Readonly<Record<string, readonly string[]>> = {
  AE: ['999'],
  AT: ['133', '112'],
  AU: ['000'],
  BE: ['101', '112'],
  CA: ['911'],
  CH: ['117', '112'],
  DE: ['110', '112'],
  DZ: ['17', '1548'],
  EG: ['122'],
  ES: ['112', '091'],
  FR: ['17', '112'],
  GB: ['999'],
  IE: ['999', '112'],
  IT: ['112', '113'],
  JO: ['911'],
  LB: ['112'],
  LU: ['113', '112'],
  MA: ['19', '112'],
  NZ: ['111'],
  QA: ['999'],
  TN: ['197'],
  US: ['911'],
};

/** Countries where 112 reaches the emergency services from any phone: the EU and EEA members not listed above. */
const EUROPEAN_112 = new Set(
  'BG CY CZ DK EE FI GR HR HU IS LI LT LV MT NL NO PL PT RO SE SI SK'.split(' '),
);

function normCountry(country: string): string {
  return country.trim().toUpperCase();
}

/**
 * Emergency numbers for a country; empty where Firebreak does not know them (no country, or one not listed): the
 * panel then says "your local emergency number" rather than guess one that may not work there.
 */
export function emergencyNumbers(country: string | null | undefined): readonly string[] {
  const c = normCountry(country ?? '');
  return EMERGENCY_NUMBERS[c] ?? (EUROPEAN_112.has(c) ? ['112'] : []);
}

/** Emergency number(s) as a compact string: 'FR' → '17/112', 'GB' → '999', not known → ''. */
export function emergencyNumber(country: string | null | undefined): string {
  return emergencyNumbers(country).join('/');
}

const LRI = '\u2066';
const PDI = '\u2069';
/** A phone number in a note: digits, then groups joined by spaces or hyphens ("1800 123 400", "1-800-CALL-FBI"). */
const PHONE_RUN = /\d[\dA-Z]*(?:-[\dA-Z]+| \d[\dA-Z]*)*/g;

/**
 * A destination's note in a language. In Arabic every phone number sits in a left-to-right isolate: without it, the
 * right-to-left paragraph shows "1800 123 400" as "400 123 1800".
 */
export function destinationNote(d: Destination, lang: Lang): string {
  const note = d.note[lang] || d.note.en;
  return lang === 'ar' ? note.replace(PHONE_RUN, (n) => LRI + n + PDI) : note;
}

/**
 * Destinations for a country: its national destinations first (list order), then the platforms' help pages
 * (only the given site's when `site` is set). An unknown country gets the help pages only.
 */
export function destinationsForCountry(country: string | null | undefined, site?: 'x' | 'facebook'): Destination[] {
  const c = normCountry(country ?? '');
  const national = c && c !== '*' ? DESTINATIONS.filter((d) => d.country === c) : [];
  const help = DESTINATIONS.filter((d) => d.kind === 'platform-help' && (site === undefined || d.site === site));
  return [...national, ...help];
}

/** A destination by id, or undefined. */
export function destinationById(id: string): Destination | undefined {
  return BY_ID.get(id);
}

/** What a pack may do: name destinations by id. Unknown ids are ignored, duplicates dropped, order kept. */
export function resolveDestinationIds(ids: readonly string[]): Destination[] {
  const out: Destination[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || seen.has(id)) continue;
    const d = BY_ID.get(id);
    if (d) {
      seen.add(id);
      out.push(d);
    }
  }
  return out;
}

/**
 * Country to preselect when a language tag carries no region. Only languages whose bare tag browsers use for one
 * country are listed: Chrome and Firefox send 'fr', 'de' and 'es' for France, Germany and Spain (Latin America
 * is 'es-419' or 'es-MX', Canada 'fr-CA', Austria 'de-AT'). Bare 'en' and 'ar' are spoken in many countries
 * whose destinations differ, so they give null and the user picks a country in the options page.
 */
export const LANGUAGE_DEFAULT_COUNTRY: Readonly<Record<string, string>> = { fr: 'FR', de: 'DE', es: 'ES' };

/**
 * Country (ISO 3166-1 alpha-2, upper case) from a BCP 47 locale such as navigator.language or the UI language.
 * The region subtag wins ('fr-BE' → 'BE', 'en-GB' → 'GB', 'zh-Hant-TW' → 'TW', 'en_US' → 'US'; 'UK' → 'GB');
 * the country may be one without a national destination. A numeric area ('es-419', 'ar-001') gives null; a bare
 * language gives LANGUAGE_DEFAULT_COUNTRY's entry ('fr' → 'FR') or null ('en', 'ar', '' → null: the user must pick).
 * Never uses geolocation.
 */
export function countryFromLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  const subtags = locale.trim().replace(/_/g, '-').split('-');
  const language = (subtags[0] ?? '').toLowerCase();
  if (!/^[a-z]{2,8}$/.test(language)) return null;
  for (let i = 1; i < subtags.length; i++) {
    const s = subtags[i] ?? '';
    if (s.length === 1) break; // extension or private-use singleton: no region after it
    if (/^[A-Za-z]{2}$/.test(s)) {
      const region = s.toUpperCase();
      return region === 'UK' ? 'GB' : region;
    }
    if (/^\d{3}$/.test(s)) return null; // UN M.49 area ('es-419' Latin America): not one country
  }
  return LANGUAGE_DEFAULT_COUNTRY[language] ?? null;
}
