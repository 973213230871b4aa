// Realistic sample data for the UI (tests, screenshots, demos). Every name here is fictional: no real group,
// outlet or slogan appears, and the URLs use example.org / example accounts.
import type { Lang, MatchResult, MatchSpan, MatchedPattern, PostData } from '../types';
import type { ContextEntry } from '../pack/schema';

export interface SamplePost {
  post: PostData;
  result: MatchResult;
  contexts: ContextEntry[];
}

function spanOf(text: string, needle: string, patternId: string): MatchSpan {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`sample: "${needle}" not in text`);
  return { start, end: start + needle.length, patternId };
}

function result(patterns: MatchedPattern[]): MatchResult {
  const rank = { low: 1, medium: 2, high: 3 } as const;
  const severity = patterns.reduce<MatchedPattern['severity'] | null>(
    (s, p) => (s === null || rank[p.severity] > rank[s] ? p.severity : s),
    null,
  );
  const contextIds: string[] = [];
  for (const p of patterns) if (p.contextId && !contextIds.includes(p.contextId)) contextIds.push(p.contextId);
  return {
    flagged: patterns.length > 0,
    severity,
    patterns,
    categories: [...new Set(patterns.map((p) => p.category))],
    contextIds,
    spans: patterns.flatMap((p) => p.spans).sort((a, b) => a.start - b.start),
  };
}

export const SAMPLE_CONTEXTS: ContextEntry[] = [
  {
    id: 'ctx-northern-lantern',
    claimReviewed: 'Northern Lantern Media is an independent news agency.',
    reviewRating: { alternateName: 'False', ratingExplanation: 'It is the media arm of a designated armed group.' },
    verdictLabel: { en: 'False: propaganda outlet', fr: 'Faux : organe de propagande', ar: 'خطأ: وسيلة دعائية' },
    author: { name: 'Example Fact-Check Desk', url: 'https://factcheck.example.org/' },
    datePublished: '2025-03-12',
    url: 'https://factcheck.example.org/2025/northern-lantern-media',
    summary: {
      en: 'Northern Lantern Media presents itself as a news agency, but it is the <strong>official media arm</strong> of an armed group designated as terrorist by the EU and the UN. Its “releases” are propaganda.',
      fr: 'Northern Lantern Media se présente comme une agence de presse, mais c’est l’<strong>organe médiatique officiel</strong> d’un groupe armé désigné comme terroriste par l’UE et l’ONU. Ses « communiqués » sont de la propagande.',
      ar: 'تقدّم «مؤسسة الفانوس الشمالي» نفسها وكالةً إخبارية، لكنها <strong>الذراع الإعلامية الرسمية</strong> لجماعة مسلّحة يصنّفها الاتحاد الأوروبي والأمم المتحدة إرهابيةً. و«إصداراتها» دعاية.',
    },
    known: {
      en: [
        'Its releases are timed with attacks and claim responsibility for them.',
        'Accounts that share them are regularly suspended; copies reappear under new names within hours.',
        'Researchers archive the releases: resharing them spreads the propaganda.',
      ],
      fr: [
        'Ses communiqués accompagnent des attentats et les revendiquent.',
        'Les comptes qui les partagent sont régulièrement suspendus ; des copies réapparaissent sous d’autres noms en quelques heures.',
        'Des chercheurs archivent ces communiqués : les repartager diffuse la propagande.',
      ],
      ar: [
        'تتزامن إصداراتها مع الهجمات وتتبنّاها.',
        'تُعلَّق الحسابات التي تنشرها بانتظام، وتعود نسخ منها بأسماء جديدة خلال ساعات.',
        'يؤرشف الباحثون هذه الإصدارات: إعادة نشرها تنشر الدعاية.',
      ],
    },
    sources: [
      {
        title: 'How Northern Lantern Media spreads its releases',
        publisher: 'Example Research Institute',
        url: 'https://research.example.org/reports/northern-lantern',
        datePublished: '2024-11-02',
      },
      {
        title: 'Designation notice 2023/114',
        publisher: 'Example Sanctions Council',
        url: 'https://council.example.org/notices/2023-114',
        datePublished: '2023-06-20',
      },
    ],
  },
  {
    id: 'ctx-torch-campaign',
    claimReviewed: '“The torch will reach every city” is a call to celebrate a victory.',
    reviewRating: { alternateName: 'Misleading' },
    verdictLabel: { en: 'Threat campaign', fr: 'Campagne de menace', ar: 'حملة تهديد' },
    author: { name: 'Example Fact-Check Desk' },
    datePublished: '2025-09-30',
    url: 'https://factcheck.example.org/2025/torch-campaign',
    summary: {
      en: 'The phrase comes from a 2025 campaign that announced attacks on cities; it was spread with the hashtag #HourOfTheTorch.',
      fr: 'La phrase vient d’une campagne de 2025 qui annonçait des attaques contre des villes ; elle circulait avec le mot-dièse #HourOfTheTorch.',
    },
    sources: [
      {
        title: 'The “torch” campaign, explained',
        publisher: 'Example Newsroom',
        url: 'https://news.example.org/2025/09/torch-campaign',
      },
    ],
  },
];

const EN_TEXT =
  'Breaking: new release from Northern Lantern Media tonight.\n“The torch will reach every city.” Share it before they delete it. #HourOfTheTorch';
const AR_TEXT = 'عاجل: إصدار جديد من مؤسسة الفانوس الشمالي الليلة.\n«ستصل الشعلة إلى كل مدينة». انشروه قبل أن يحذفوه. #HourOfTheTorch';

function samplePost(lang: Lang): SamplePost {
  const text = lang === 'ar' ? AR_TEXT : EN_TEXT;
  const outlet = lang === 'ar' ? 'مؤسسة الفانوس الشمالي' : 'Northern Lantern Media';
  const quote = lang === 'ar' ? 'ستصل الشعلة إلى كل مدينة' : 'The torch will reach every city';
  const post: PostData = {
    id: '1862003914827001856',
    site: 'x',
    url: 'https://x.com/lantern_relay/status/1862003914827001856',
    author: { name: lang === 'ar' ? 'ناقل الأخبار' : 'News Relay ⚡', handle: 'lantern_relay', profileUrl: 'https://x.com/lantern_relay' },
    text,
    time: '2026-11-27T18:42:00Z',
    lang: lang === 'ar' ? 'ar' : 'en',
    links: [],
    isComment: false,
  };
  const patterns: MatchedPattern[] = [
    {
      id: 'outlet-northern-lantern',
      packId: 'firebreak-default',
      name: lang === 'ar' ? 'مؤسسة الفانوس الشمالي (الاسم العربي)' : 'Northern Lantern Media (outlet name)',
      category: 'propaganda-outlet',
      severity: 'high',
      contextId: 'ctx-northern-lantern',
      spans: [spanOf(text, outlet, 'outlet-northern-lantern')],
    },
    {
      id: 'quote-torch-every-city',
      packId: 'firebreak-default',
      name: 'Torch campaign, 2025: opening line',
      category: 'campaign-quote',
      severity: 'medium',
      contextId: 'ctx-torch-campaign',
      spans: [spanOf(text, quote, 'quote-torch-every-city')],
    },
    {
      id: 'hashtag-hour-of-torch',
      packId: 'firebreak-default',
      name: '#HourOfTheTorch',
      category: 'campaign-title',
      severity: 'low',
      contextId: 'ctx-torch-campaign',
      spans: [spanOf(text, '#HourOfTheTorch', 'hashtag-hour-of-torch')],
    },
  ];
  return { post, result: result(patterns), contexts: SAMPLE_CONTEXTS };
}

/** A flagged post with three matched patterns (high, medium, low) and two context entries. */
export function sampleFlaggedPost(lang: Lang = 'en'): SamplePost {
  return samplePost(lang);
}

/** A few more flagged posts for lists. */
export function sampleList(lang: Lang = 'en'): { post: PostData; result: MatchResult; seenAt: number }[] {
  const main = samplePost(lang);
  const base = Date.parse('2026-11-27T19:00:00Z');
  const second: PostData = {
    ...main.post,
    id: '1861990000000000000',
    url: 'https://x.com/observer_22/status/1861990000000000000',
    author: { name: 'Observer', handle: 'observer_22', profileUrl: null },
    text: 'Anyone else seeing #HourOfTheTorch trending again? Reported three accounts already.',
    time: '2026-11-27T16:05:00Z',
  };
  const secondPattern: MatchedPattern = {
    id: 'hashtag-hour-of-torch',
    packId: 'firebreak-default',
    name: '#HourOfTheTorch',
    category: 'campaign-title',
    severity: 'low',
    contextId: 'ctx-torch-campaign',
    spans: [spanOf(second.text, '#HourOfTheTorch', 'hashtag-hour-of-torch')],
  };
  return [
    { post: second, result: result([secondPattern]), seenAt: base - 5000 },
    { post: main.post, result: main.result, seenAt: base },
  ];
}
