// Deterministic generators for the benchmark: synthetic pattern packs (French, English, Arabic; 1–5 word phrases
// from per-language word lists; a few `all` and `unless` rules) and a corpus of realistic posts (20–2,000
// characters, mentions, hashtags, links, emoji, numbers, about 1 % carrying a planted pattern).
//
// Everything comes from one seeded PRNG (mulberry32) and integer/IEEE arithmetic only, so Node and Chromium produce
// the same bytes: `corpusHash` / `packHash` are printed by both and compared. Nothing is written to disk; the
// corpus is rebuilt at every run (about 0.3 s for 10,000 posts and 50,000 patterns).
//
// The pack of N patterns is a prefix of the pack of M > N patterns, and posts only plant patterns from the first
// PLANT_FROM (10,000), so one corpus serves every pack size with the same ~1 % of hits.
//
// No Node or DOM API here: this file is bundled into the in-page benchmark too.
import { foldPattern } from '../../lib/text/fold';
import type { Pack, PackPattern } from '../../lib/pack/schema';
import type { MatcherPattern } from '../../lib/match/matcher';
import { packToMatcherPatterns } from '../../lib/pack/to-matcher';
import type { Category, Lang, Severity } from '../../lib/types';

export const DEFAULT_SEED = 0x5eed2026;
/** Posts plant patterns drawn from this many first patterns (shared by every pack size). */
export const PLANT_FROM = 10_000;
export const PLANT_RATE = 0.01;

// ---------------------------------------------------------------------------------------------------------------
// PRNG

export interface Rng {
  /** [0, 1) */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number;
  pick<T>(a: readonly T[]): T;
  chance(p: number): boolean;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(arr: readonly T[]): T => arr[Math.floor(next() * arr.length)]!,
    chance: (p) => next() < p,
  };
}

/** Zipf-like sampler over a word list (weight 1/(rank+2)): common words come back often, rare ones seldom. */
function zipf<T>(items: readonly T[]): (r: Rng) => T {
  const cum = new Float64Array(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    total += 1 / (i + 2);
    cum[i] = total;
  }
  return (r) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

/** FNV-1a over UTF-16 code units, as 8 hex digits. */
export function fnv1a(parts: Iterable<string>): string {
  let h = 0x811c9dc5;
  for (const s of parts) {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const utf8In = new TextEncoder();
const utf8Out = new TextDecoder();

/**
 * A flat (sequential) copy of a string built by concatenation. V8 keeps `a + b` as a rope; reading a rope code unit
 * by code unit costs about 6× more (measured: 12 vs 1.9 ns per charCodeAt), which would penalise char-by-char
 * engines against regexps. Post text read from the DOM (textContent) is flat, so the corpus is flat too.
 */
function flat(s: string): string {
  return utf8Out.decode(utf8In.encode(s));
}

// ---------------------------------------------------------------------------------------------------------------
// Word lists (ordered roughly by frequency: the Zipf sampler favours the head)

const EN_WORDS = (
  'the to and of a in is it you that for on was with he this as have are be at not but they his by we from or one ' +
  'all your just so what there about if out up can more when like time no my people would now than get only very ' +
  'new some could them other into first after also good how our back over well work because day any these most ' +
  'year think know make still see going today really right last even great much need want life never world ' +
  'home thanks love game city team news week night morning people family friends school water coffee weather ' +
  'police government president election market price football match season train traffic street rain summer ' +
  'winter book movie music show story video photo report study health doctor hospital children weekend holiday ' +
  'party dinner lunch breakfast kitchen garden park river beach mountain village country road bridge station ' +
  'airport flight ticket hotel office meeting project company business money tax budget council minister law ' +
  'court judge case trial vote campaign debate speech interview article research science climate energy power ' +
  'phone computer internet website update release version feature problem issue question answer reason idea plan ' +
  'change result chance future history culture language museum concert festival event crowd fans players coach ' +
  'goal win lose draw score final league cup title record best worst better early late long short big small old ' +
  'young happy sad tired busy free open closed local national public private social official latest breaking ' +
  'live watch read listen share follow join check visit call send post write hope wait start finish try help ' +
  'keep finally again always maybe probably actually honestly seriously literally absolutely together tomorrow ' +
  'yesterday tonight everyone someone nothing something everything anyone here where why who which while until ' +
  'before during without against between through under above near outside inside around across behind'
).split(' ');

const FR_WORDS = (
  'le de un être et à il avoir ne je son que se qui ce dans en du elle au pour pas que vous par sur faire plus ' +
  'dire me on mon lui nous comme mais pouvoir avec tout y aller voir en bien où sans tu ou leur homme si deux ' +
  'mari moi vouloir te femme venir quand grand celui si notre devoir là jour prendre même votre tout rien petit ' +
  'encore aussi quelque dont tout mer trouver donner temps ça peu même falloir sous parler alors savoir ' +
  'aujourd’hui demain hier soir matin semaine année ville pays gouvernement président élection marché prix ' +
  'match saison équipe joueurs entraîneur but victoire défaite stade supporters train grève trafic rue pluie ' +
  'été hiver livre film musique émission histoire vidéo photo article étude santé médecin hôpital enfants ' +
  'école vacances fête dîner déjeuner cuisine jardin parc rivière plage montagne village route pont gare ' +
  'aéroport vol billet hôtel bureau réunion projet entreprise travail argent impôts budget conseil ministre ' +
  'loi tribunal juge procès vote campagne débat discours entretien recherche science climat énergie ' +
  'téléphone ordinateur internet site mise version problème question réponse raison idée changement résultat ' +
  'avenir culture langue musée concert festival événement foule public privé social officiel dernier nouveau ' +
  'ancien jeune heureux triste fatigué libre ouvert fermé local national regarder lire écouter partager suivre ' +
  'rejoindre vérifier visiter appeler envoyer écrire espérer attendre commencer finir essayer aider garder ' +
  'enfin toujours peut-être vraiment sérieusement ensemble ce soir quelqu’un personne chose pourquoi pendant ' +
  'avant après contre entre chez vers depuis malgré près loin dedans dehors autour derrière café boulangerie ' +
  'fromage vin pain croissant métro quartier mairie région département préfecture lycée université étudiants ' +
  'professeurs grève manifestation retraite salaire loyer logement chômage économie entreprise numérique'
).split(' ');

const AR_WORDS = (
  'في من على إلى أن هذا هذه الذي التي كان لا ما مع عن إن قد كل بعد قبل بين عند حتى اليوم الناس الله يوم ' +
  'سنة وقت عمل بيت مدينة بلد الحياة العالم الحكومة الرئيس الشعب الأخبار المدرسة الجامعة الطعام الماء ' +
  'القهوة الشاي الصباح المساء الليل الأسبوع الشهر كبير صغير جديد قديم جميل سعيد حزين مهم صعب سهل كثير ' +
  'قليل أول آخر أكثر أقل يقول قال يريد ذهب جاء رأى عرف كتب قرأ أحب نحن هم هو هي أنا أنت لكن أو ثم ' +
  'أيضا جدا فقط الآن غدا أمس هنا هناك لماذا كيف متى أين مباراة المنتخب الفريق الملعب الجمهور هدف فوز ' +
  'خسارة الدوري الكأس اللاعب المدرب الموسم الطقس المطر الشمس الحر البرد الصيف الشتاء رمضان العيد العائلة ' +
  'الأصدقاء الأطفال الأم الأب الأخ الأخت البيت المطبخ السوق الأسعار الخبز الحليب السيارة الطريق القطار ' +
  'المطار الرحلة الفندق العمل المكتب الاجتماع المشروع الشركة المال الاقتصاد الوزير البرلمان القانون ' +
  'المحكمة الانتخابات الحملة النقاش المقابلة المقال الدراسة العلم المناخ الطاقة الهاتف الإنترنت الموقع ' +
  'التحديث المشكلة السؤال الجواب الفكرة الخطة التغيير النتيجة المستقبل التاريخ الثقافة اللغة المتحف الحفل ' +
  'المهرجان الكتاب الفيلم الموسيقى البرنامج القصة الفيديو الصورة الصحة الطبيب المستشفى الدواء شكرا مبروك ' +
  'صباح الخير مساء النور إن شاء الله الحمد لله ما شاء الله يا جماعة والله بصراحة أخيرا دائما ربما معا ' +
  'الدار البيضاء القاهرة بيروت تونس الجزائر الرباط عمان دبي الرياض بغداد دمشق'
).split(' ');

const EMOJI = ['😂', '❤️', '🔥', '👍', '🙏', '😭', '🎉', '⚽', '☀️', '🌧️', '😅', '👏', '💪', '🤔', '😍', '🇫🇷', '🇲🇦', '🏃', '☕', '📢'];

const HANDLES = ['lea_fontaine', 'tombecker', 'y_amrani', 'grace_o', 'nour_dz', 'paulhenry', 'ines_lyon', 'samcarter', 'rania_b', 'hugo_mtp', 'aisha_k', 'bentaylor', 'AFP', 'Reuters', 'lemondefr', 'BBCWorld', 'AJArabic'];

// Marker syllables: pattern-only names (outlets, brigades, nicknames). Posts never draw from them, so phrases of
// one to three words do not match ordinary text by chance.
const EN_SYL = ['kar', 'zan', 'vel', 'dor', 'mir', 'tash', 'qal', 'rin', 'bor', 'fen', 'lux', 'gar', 'hadd', 'sor', 'vin', 'xal', 'mun', 'rek', 'ulf', 'zeb', 'kov', 'thra', 'nyx', 'quor'];
const FR_SYL = ['bré', 'vaul', 'gri', 'mon', 'sard', 'lu', 'ver', 'quen', 'fau', 'cha', 'tril', 'dó', 'mé', 'rou', 'sil', 'jau', 'pér', 'gno', 'lac', 'xav', 'zur', 'bel', 'nor', 'ty'];
const AR_SYL = ['زر', 'قان', 'دو', 'مير', 'طا', 'قا', 'ري', 'بو', 'فا', 'لو', 'غا', 'حا', 'سو', 'في', 'خا', 'مو', 'نا', 'جا', 'كا', 'ها', 'ظو', 'ثي', 'صا', 'ضي'];

const TEMPLATES: Record<Lang, string[]> = {
  en: ['M', 'M', 'M media', 'M brigade', 'M front', 'Abu M', 'M M', 'the M brigade', 'soldiers of M', 'M media foundation', 'sons of M', 'voice of M', 'the lions of M', 'we will strike M', 'join the M army now', 'M news agency'],
  fr: ['M', 'M', 'brigade M', 'front M', 'armée de M', 'M M', 'les soldats de M', 'la voix de M', 'fondation M médias', 'les lions de M', 'nous frapperons M', 'rejoignez l’armée de M', 'agence M'],
  ar: ['M', 'M', 'كتيبة M', 'جيش M', 'أبو M', 'M M', 'جنود M', 'مؤسسة M للإعلام', 'صوت M', 'أسود M', 'سنضرب M', 'انضموا إلى جيش M', 'وكالة M'],
};

const UNLESS: Record<Lang, string[]> = {
  en: ['fact check', 'debunked', 'documentary'],
  fr: ['vérification', 'documentaire'],
  ar: ['تحقق', 'فيلم وثائقي'],
};

const WORDS: Record<Lang, readonly string[]> = { en: EN_WORDS, fr: FR_WORDS, ar: AR_WORDS };
const SYL: Record<Lang, readonly string[]> = { en: EN_SYL, fr: FR_SYL, ar: AR_SYL };
const ZIPF: Record<Lang, (r: Rng) => string> = { en: zipf(EN_WORDS), fr: zipf(FR_WORDS), ar: zipf(AR_WORDS) };
const LANG_MIX: readonly Lang[] = ['en', 'en', 'en', 'en', 'fr', 'fr', 'fr', 'fr', 'ar', 'ar']; // 40 / 40 / 20 %

const PATTERN_CATEGORIES: readonly Category[] = ['group-name', 'propaganda-outlet', 'slogan', 'direct-threat', 'campaign-quote', 'publication'];
const PATTERN_SEVERITIES: readonly Severity[] = ['high', 'medium', 'medium', 'low'];

let vocabulary: Set<string> | null = null;

/** A pattern-only name; never one that folds to an ordinary word of the posts ("Mémé" would match "même"). */
function marker(r: Rng, lang: Lang): string {
  vocabulary ??= new Set([...EN_WORDS, ...FR_WORDS, ...AR_WORDS].map((w) => foldPattern(flat(w))));
  const syl = SYL[lang];
  for (;;) {
    const n = r.chance(0.6) ? 3 : 2;
    let s = '';
    for (let i = 0; i < n; i++) s += r.pick(syl);
    s = lang === 'ar' ? (r.chance(0.3) ? 'ال' + s + 'ي' : s) : s.charAt(0).toUpperCase() + s.slice(1);
    s = flat(s);
    if (!vocabulary.has(foldPattern(s))) return s;
  }
}

function phraseFor(r: Rng, lang: Lang): string {
  // One in five: a plain 4–5 word phrase of ordinary words drawn uniformly (quotes, slogans); the rest from templates.
  if (r.chance(0.2)) {
    const words = WORDS[lang];
    const n = r.range(4, 5);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(words[r.int(words.length)]!);
    return out.join(' ');
  }
  const t = r.pick(TEMPLATES[lang]);
  let out = '';
  for (const part of t.split(' ')) out += (out ? ' ' : '') + (part === 'M' ? marker(r, lang) : part);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Packs

export interface SyntheticPack {
  /** The pack file as an object (valid for lib/pack/validate.ts parsePack). */
  pack: Pack;
  /** What compileMatcher takes (lib/pack/to-matcher.ts). */
  patterns: MatcherPattern[];
  hash: string;
}

const PATTERN_CACHE: PackPattern[] = [];
let cacheSeed = -1;
let cacheRng: Rng | null = null;
const cacheSeen = new Set<string>();

/** The first n synthetic patterns (the list is extended on demand: smaller packs are prefixes of larger ones). */
export function syntheticPatterns(n: number, seed = DEFAULT_SEED): PackPattern[] {
  if (cacheSeed !== seed || !cacheRng) {
    PATTERN_CACHE.length = 0;
    cacheSeen.clear();
    cacheSeed = seed;
    cacheRng = mulberry32(seed);
  }
  const r = cacheRng;
  while (PATTERN_CACHE.length < n) {
    const i = PATTERN_CACHE.length;
    const lang = r.pick(LANG_MIX);
    const roll = r.next();
    const kind: 'phrase' | 'all' = roll < 0.05 ? 'all' : 'phrase';
    const text = flat(phraseFor(r, lang));
    const key = foldPattern(text);
    if (key.length < 3 || cacheSeen.has(key)) continue;
    const id = `b-${lang}-${String(i).padStart(6, '0')}`;
    const p: PackPattern = {
      id,
      name: flat(`Synthetic ${lang} ${i}: ${text}`.slice(0, 120)),
      kind,
      lang,
      category: r.pick(PATTERN_CATEGORIES),
      severity: r.pick(PATTERN_SEVERITIES),
      context: r.chance(0.5) ? `ctx-bench-${r.int(3)}` : null,
      source: { publisher: 'Firebreak benchmark', url: 'https://example.org/firebreak/bench' },
    };
    if (kind === 'all') {
      let second = flat(phraseFor(r, lang));
      while (foldPattern(second) === key || foldPattern(second).length < 3) second = flat(phraseFor(r, lang));
      p.terms = [text, second];
      p.within = 8;
    } else {
      p.text = text;
      if (roll > 0.98) p.unless = [r.pick(UNLESS[lang])];
    }
    cacheSeen.add(key);
    PATTERN_CACHE.push(p);
  }
  return PATTERN_CACHE.slice(0, n);
}

const CONTEXTS: Pack['contexts'] = [0, 1, 2].map((k) => ({
  id: `ctx-bench-${k}`,
  '@type': 'ClaimReview' as const,
  claimReviewed: `Synthetic campaign ${k} used by the Firebreak benchmark`,
  reviewRating: { alternateName: 'Synthetic entry' },
  author: { name: 'Firebreak benchmark' },
  datePublished: '2026-01-01',
  url: 'https://example.org/firebreak/bench',
  summary: { en: `Synthetic context entry ${k}.`, fr: `Entrée de contexte synthétique ${k}.`, ar: `مدخل سياق اصطناعي ${k}.` },
  sources: [{ title: 'Benchmark', publisher: 'Firebreak', url: 'https://example.org/firebreak/bench' }],
}));

/** A valid pack of n synthetic patterns. */
export function syntheticPack(n: number, opts: { seed?: number; id?: string; version?: string } = {}): SyntheticPack {
  const patterns = syntheticPatterns(n, opts.seed ?? DEFAULT_SEED);
  const pack: Pack = {
    schemaVersion: 1,
    id: opts.id ?? 'bench.synthetic',
    name: `Benchmark pack (${n.toLocaleString('en-US')} patterns)`,
    version: opts.version ?? '1.0.0',
    publisher: { name: 'Firebreak benchmark' },
    description: 'Synthetic patterns generated by scripts/bench/corpus.ts (seeded, deterministic).',
    languages: ['en', 'fr', 'ar'],
    updated: '2026-01-01',
    contexts: CONTEXTS,
    patterns,
  };
  return {
    pack,
    patterns: packToMatcherPatterns(pack),
    hash: fnv1a(patterns.flatMap((p) => [p.id, p.text ?? '', ...(p.terms ?? []), ...(p.unless ?? [])])),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Posts

export interface Post {
  lang: Lang;
  text: string;
  /** Id of the pattern planted in this post, if any. */
  planted: string | null;
}

export interface Corpus {
  posts: Post[];
  hash: string;
  chars: number;
}

/** Target length: 60 % short (20–280), 30 % medium (280–800), 10 % long (800–2,000). */
function targetLength(r: Rng): number {
  const x = r.next();
  if (x < 0.6) return r.range(20, 280);
  if (x < 0.9) return r.range(280, 800);
  return r.range(800, 2000);
}

function sentence(r: Rng, lang: Lang): string {
  const n = r.range(4, 16);
  const words: string[] = [];
  const z = ZIPF[lang];
  for (let i = 0; i < n; i++) {
    const x = r.next();
    if (x < 0.02) words.push('@' + r.pick(HANDLES));
    else if (x < 0.04) words.push('#' + z(r).replace(/[\s’'-]/g, ''));
    else if (x < 0.055) words.push(r.pick(EMOJI));
    else if (x < 0.07) words.push(String(r.range(1, 2030)));
    else if (x < 0.075) words.push(`${r.range(1, 99)},${r.range(100, 999)}`);
    else if (x < 0.08) words.push(`${r.range(0, 23)}h${r.range(10, 59)}`);
    else words.push(z(r));
    if (lang !== 'ar' && i < n - 1 && r.chance(0.06)) words[words.length - 1] += ',';
    if (lang === 'ar' && i < n - 1 && r.chance(0.06)) words[words.length - 1] += '،';
  }
  let s = words.join(' ');
  if (lang !== 'ar') s = s.charAt(0).toUpperCase() + s.slice(1);
  const end = lang === 'ar' ? r.pick(['.', '!', '؟', '', '…']) : lang === 'fr' ? r.pick(['.', ' !', ' ?', '.', '…']) : r.pick(['.', '!', '?', '.', '…', '']);
  if (r.chance(0.1)) s += ` https://t.co/${(r.int(0x7fffffff) >>> 0).toString(36)}`;
  return s + end;
}

/** Case variants a post might use for a planted phrase. */
function vary(r: Rng, text: string, lang: Lang): string {
  if (lang === 'ar') return text;
  const x = r.next();
  if (x < 0.1) return text.toUpperCase();
  if (x < 0.3) return text.replace(/(^|\s)(\S)/g, (_m, a: string, b: string) => a + b.toUpperCase());
  return text;
}

function plantText(r: Rng, p: PackPattern): string {
  const lang = p.lang === 'any' ? 'en' : p.lang;
  if (p.kind === 'all' && p.terms) {
    const gap: string[] = [];
    for (let i = r.range(1, 4); i > 0; i--) gap.push(ZIPF[lang](r));
    return `${vary(r, p.terms[0]!, lang)} ${gap.join(' ')} ${vary(r, p.terms[1]!, lang)}`;
  }
  return vary(r, p.text ?? '', lang);
}

/** n posts; about PLANT_RATE of them carry a pattern from the first PLANT_FROM synthetic patterns. */
export function syntheticCorpus(n: number, seed = DEFAULT_SEED): Corpus {
  const r = mulberry32(seed ^ 0x9e3779b9);
  const plantable = syntheticPatterns(PLANT_FROM, seed);
  const posts: Post[] = [];
  let chars = 0;
  for (let k = 0; k < n; k++) {
    const lang = r.pick(LANG_MIX);
    const plant = r.chance(PLANT_RATE);
    const target = plant ? Math.min(targetLength(r), 1880) : targetLength(r);
    let text = '';
    while (text.length < target) {
      const s = sentence(r, lang);
      text += (text ? (r.chance(0.15) ? '\n\n' : ' ') : '') + s;
    }
    if (text.length > target) {
      const cut = text.lastIndexOf(' ', target);
      const next = text.indexOf(' ', target);
      text = cut >= 20 ? text.slice(0, cut) : next > 0 && next <= 2000 ? text.slice(0, next) : text.slice(0, 2000);
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
    }
    let planted: string | null = null;
    if (plant) {
      // Same language as the post three times out of four (quotes in another language happen).
      let p = plantable[r.int(plantable.length)]!;
      if (r.chance(0.75)) for (let tries = 0; tries < 20 && p.lang !== lang; tries++) p = plantable[r.int(plantable.length)]!;
      const words = text.split(' ');
      const at = r.int(words.length + 1);
      words.splice(at, 0, plantText(r, p));
      text = words.join(' ');
      planted = p.id;
    }
    if (text.length < 20) text = text.padEnd(20, ' …');
    text = flat(text);
    chars += text.length;
    posts.push({ lang, text, planted });
  }
  return { posts, hash: fnv1a(posts.map((p) => p.text)), chars };
}
