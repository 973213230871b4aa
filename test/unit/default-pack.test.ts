// The default pack (public/packs/default.json): it validates, every pattern cites a source and has a context,
// every context speaks en, fr and ar; and, with the matcher, realistic posts in each language are flagged with the
// right context while near misses (football, the town of Dabiq, a bakery, a person named Amaq, news reports) are not,
// and evasions (invisible characters, lookalike letters, spaced letters, tatweel) still fire.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePack, DEFAULT_DESTINATION_IDS } from '../../lib/pack/validate';
import { packToMatcherPatterns } from '../../lib/pack/to-matcher';
import type { Pack } from '../../lib/pack/schema';
import { compileMatcher } from '../../lib/match/matcher';
import { LANGS, type MatchResult } from '../../lib/types';

const root = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const PACK_BYTES = new Uint8Array(readFileSync(root('public/packs/default.json')));
const FOUNDING_ARTICLE = readFileSync(root('test/fixtures/posts/founding-article-fr.txt'), 'utf8');

const CAMPAIGN = 'ctx-sca-2016-flames';
const MEDIA = 'ctx-is-media';
const SLOGAN = 'ctx-is-slogan-baqiya';
const PLEDGE = 'ctx-is-pledge-call';
const MARTYR = 'ctx-is-martyr-glorification';
const CYBER = 'ctx-is-cyber-caliphate';

function loadPack(): Pack {
  const r = parsePack(PACK_BYTES);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.pack;
}

describe('default pack: content', () => {
  it('validates whole, with no warnings', () => {
    const r = parsePack(PACK_BYTES);
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(r.pack.id).toBe('org.firebreak.default');
    expect(r.pack.languages).toEqual(['en', 'fr', 'ar']);
    expect(r.warnings).toEqual([]);
  });

  it('every pattern cites a public source and has a context entry of the pack', () => {
    const pack = loadPack();
    const contexts = new Set(pack.contexts.map((c) => c.id));
    for (const p of pack.patterns) {
      expect(p.source.url, p.id).toMatch(/^https:\/\/[^/]+\.[a-z]{2,}\//);
      expect(p.source.publisher.trim(), p.id).not.toBe('');
      expect(p.context, p.id).toBeTruthy();
      expect(contexts.has(p.context as string), p.id).toBe(true);
    }
  });

  it('every context entry has en, fr and ar summaries, verdicts and "what is known", and sources', () => {
    const pack = loadPack();
    for (const c of pack.contexts) {
      for (const lang of LANGS) {
        expect(c.summary[lang]?.length ?? 0, `${c.id} summary ${lang}`).toBeGreaterThan(100);
        expect(c.verdictLabel?.[lang], `${c.id} verdict ${lang}`).toBeTruthy();
        // The claim and the verdict's explanation too: the panel shows them in the reader's language.
        expect(c.claim?.[lang]?.length ?? 0, `${c.id} claim ${lang}`).toBeGreaterThan(20);
        expect(c.explanation?.[lang]?.length ?? 0, `${c.id} explanation ${lang}`).toBeGreaterThan(40);
        expect(c.known?.[lang]?.length ?? 0, `${c.id} known ${lang}`).toBeGreaterThanOrEqual(3);
      }
      expect(c.claimReviewed.length).toBeLessThanOrEqual(140);
      expect(c.sources.length).toBeGreaterThanOrEqual(3);
      for (const d of c.reportDestinations ?? []) expect(DEFAULT_DESTINATION_IDS).toContain(d);
    }
  });

  it('patterns are short fragments, never long verbatim propaganda', () => {
    for (const p of loadPack().patterns) {
      const spellings = Object.values(p.variants ?? {}).flat();
      for (const t of [p.text, ...(p.terms ?? []), ...spellings].filter((x): x is string => x !== undefined)) {
        expect(t.length, `${p.id}: ${t}`).toBeLessThanOrEqual(45);
        expect(t.trim().split(/\s+/).length, `${p.id}: ${t}`).toBeLessThanOrEqual(7);
      }
    }
  });

  it('covers the campaign in en, fr and ar, and keeps brands and slogans below "high"', () => {
    const pack = loadPack();
    const by = (lang: string, cats: string[]) => pack.patterns.filter((p) => p.lang === lang && cats.includes(p.category));
    for (const lang of LANGS) {
      expect(by(lang, ['campaign-quote', 'direct-threat']).length, lang).toBeGreaterThanOrEqual(8);
      expect(by(lang, ['group-name']).length, lang).toBeGreaterThanOrEqual(1);
      expect(by(lang, ['campaign-title']).length, lang).toBeGreaterThanOrEqual(1);
      expect(by(lang, ['propaganda-outlet', 'publication']).length, lang).toBeGreaterThanOrEqual(5);
      expect(pack.patterns.filter((p) => p.lang === lang).length, lang).toBeGreaterThanOrEqual(25);
    }
    for (const p of pack.patterns) {
      if (['propaganda-outlet', 'publication', 'slogan'].includes(p.category)) expect(p.severity, p.id).not.toBe('high');
      if (p.category === 'campaign-quote') expect(p.severity, p.id).toBe('high');
    }
    expect(pack.patterns.length).toBeGreaterThanOrEqual(60);
    // Small enough to read through: phrases of the known campaigns and markers, not a general lexicon (305 in 1.43.0,
    // 321 in 1.44.0, whose new patterns each find posts no other pattern does in the blind probes).
    expect(pack.patterns.length).toBeLessThanOrEqual(340);
  });

  it('brand, publication and slogan patterns that can appear in news carry news exclusions', () => {
    for (const p of loadPack().patterns) {
      if (!['propaganda-outlet', 'publication', 'slogan'].includes(p.category)) continue;
      expect(p.unless?.length ?? 0, p.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('has no pattern for the press word "Daesh"', () => {
    for (const p of loadPack().patterns) {
      for (const t of [p.text, ...(p.terms ?? [])]) expect(t ?? '').not.toMatch(/^(daesh|daech|داعش)$/i);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// With the matcher (lib/match/matcher.ts): realistic posts.

interface Matcher {
  match(text: string): MatchResult;
}
describe('default pack with the matcher', () => {
  let matcher: Matcher & { rejected: readonly { patternId: string; reason: string }[] };

  beforeAll(() => {
    matcher = compileMatcher(packToMatcherPatterns(loadPack()));
  });

  it('compiles every pattern of the pack', () => {
    expect(matcher.rejected).toEqual([]);
  });

  const ids = (r: MatchResult): string[] => r.patterns.map((p) => p.id);
  const expectFlagged = (text: string, contextId: string, severity?: 'high' | 'medium' | 'low'): MatchResult => {
    const r = matcher.match(text);
    expect(r.flagged, `not flagged: ${text}`).toBe(true);
    expect(r.contextIds, text).toContain(contextId);
    if (severity) expect(r.severity, `${text} → ${ids(r).join(', ')}`).toBe(severity);
    return r;
  };
  const expectClear = (text: string): void => {
    const r = matcher.match(text);
    expect(ids(r), `flagged: ${text}`).toEqual([]);
    expect(r.flagged).toBe(false);
  };

  describe('the founding case', () => {
    it('flags the French founding article with the campaign context, at high severity', () => {
      const r = expectFlagged(FOUNDING_ARTICLE, CAMPAIGN, 'high');
      const found = ids(r);
      for (const id of [
        'sca-fr-fermez-un-de-nos-comptes',
        'sca-fr-prendrons-dix-echange',
        'sca-fr-noms-oublies',
        'sca-fr-efface-vos-sites',
        'sca-fr-effacer-vos-sites',
        'sca-fr-group-enfants',
        'sca-en-title',
        'sca-fr-tout-ce-que-vous-pouvez',
      ]) {
        expect(found, id).toContain(id);
      }
      expect(r.contextIds[0]).toBe(CAMPAIGN);
      // Spans point into the original text.
      const span = r.spans.find((s) => s.patternId === 'sca-fr-group-enfants');
      expect(FOUNDING_ARTICLE.slice(span!.start, span!.end)).toBe('enfants de l’armée du Califat');
    });

    it('flags the English threat as quoted by the press', () => {
      expectFlagged(
        'To Mark and Jack, founders of Twitter and Facebook and to their Crusader government. You announce daily that you suspend many of our accounts, and to you we say: Is that all you can do? You are not in our league. If you close one account we will take 10 in return and soon your names will be erased after we delete your sites, Allah willing. #Sons_Caliphate_Army',
        CAMPAIGN,
        'high',
      );
      expectFlagged('"If you close one account we will take ten in return" — the Sons of the Caliphate Army', CAMPAIGN, 'high');
      expectFlagged('soon your names will be erased after we delete you sites', CAMPAIGN, 'high');
      expectFlagged('The video "Flames of the Supporters" shows Zuckerberg and Dorsey riddled with bullets', CAMPAIGN, 'medium');
    });

    it('flags the French variants of other outlets', () => {
      expectFlagged('« Si vous fermez un compte, nous allons en prendre 10 en retour et bientôt vos noms seront effacés »', CAMPAIGN, 'high');
      expectFlagged('« Si vous fermez un de nos comptes, nous en créerons dix en retour », poursuit la vidéo.', CAMPAIGN, 'high');
      expectFlagged("Si vous fermez un compte, nous en rouvrirons 10 et bientôt vos noms seront effacés après l'effacement de vos sites", CAMPAIGN, 'high');
      expectFlagged("Une vidéo de l'armée des fils du califat menace les patrons de Facebook et Twitter", CAMPAIGN, 'medium');
    });

    it('flags the Arabic threat', () => {
      expectFlagged(
        'إلى مارك وجاك، مؤسسي فيسبوك وتويتر وحكومتكما الصليبية، تعلنون يوميا أنكم أوقفتم العديد من حساباتنا.. هل هذا كل ما بوسعكم فعله؟ أنتم لستم بمستوانا، إذا قمتم بإغلاق حساب واحد سنغلق 10 بالمقابل، وسنمحي أسماءكم قريبا بعد أن نحذف مواقعكم',
        CAMPAIGN,
        'high',
      );
      expectFlagged('إذا أغلقتم حساباً واحداً سنأخذ عشرة بالمقابل', CAMPAIGN, 'high');
      expectFlagged('نشر جيش أبناء الخلافة إصداراً جديداً', CAMPAIGN, 'medium');
    });

    it("flags the campaign's claim of hacked accounts, in the three languages", () => {
      expectFlagged('They claimed 10,000 hacked Facebook pages and 5,000 Twitter accounts', CAMPAIGN, 'high');
      expectFlagged('We hacked 10,000 Facebook pages. Many were given to the supporters', CAMPAIGN, 'high');
      expectFlagged('hacked: 10000 facebook accounts and 5000 twitter accounts', CAMPAIGN, 'high');
      expectFlagged('Daech affirme avoir déjà piraté 5 000 comptes Twitter et 10 000 pages Facebook', CAMPAIGN, 'high');
      expectFlagged('Nous avons piraté 10.000 pages Facebook', CAMPAIGN, 'high');
      expectFlagged('اخترقنا آلاف الحسابات على فيسبوك وتويتر', CAMPAIGN, 'high');
    });

    it('flags the March 2015 threat against Dorsey', () => {
      expectFlagged('Your virtual war on us will cause a real war on you.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('« Votre guerre virtuelle contre nous induira une véritable guerre contre vous »', 'ctx-2015-dorsey-threat', 'high');
    });
  });

  describe('near misses that must not fire', () => {
    it('football: the flames of the supporters in the stadium', () => {
      expectClear('What a night! The flames of the supporters lit up the whole stadium before kick-off 🔥');
      expectClear('Incroyable ambiance : les flammes des partisans embrasent le stade avant le match');
      expectClear('لهيب الأنصار يشعل الملعب قبل المباراة');
      expectClear('Supporters lit flares as the team came out.');
    });

    it('the town of Dabiq, the battle of Dabiq, and news about the magazine', () => {
      expectClear('Turkish-backed rebels captured the town of Dabiq, north of Aleppo, on Sunday.');
      expectClear('The Battle of Marj Dabiq in 1516 opened Syria to the Ottomans. A history lesson on Dabiq.');
      expectClear('According to researchers, the Dabiq magazine was used to recruit Westerners.');
      expectClear("Selon les chercheurs, la revue Dabiq visait les francophones.");
      expectClear('سيطرت فصائل المعارضة على بلدة دابق في ريف حلب الشمالي');
      expectClear('معركة مرج دابق سنة 1516 بين العثمانيين والمماليك');
    });

    it('a bakery "remaining and expanding", and other ordinary uses', () => {
      expectClear('Our little bakery is remaining and expanding: a second shop opens in March!');
      expectClear('Remaining and expanding our caring services across the county.');
    });

    it('a person named Amaq, the word "depths", and news that cites Amaq', () => {
      expectClear('Happy birthday Amaq! Have a wonderful day 🎂');
      expectClear('Amaq and I went to the travel agency to book our holiday.');
      expectClear('IS claimed responsibility for the attack through its Amaq news agency, according to SITE.');
      expectClear("L'attentat a été revendiqué par Daech via son agence de propagande Amaq.");
      expectClear("Le groupe État islamique a revendiqué l'attaque via son agence Amaq.");
      expectClear('تبنى تنظيم داعش الهجوم عبر وكالة أعماق التابعة له');
      expectClear('رحلة إلى أعماق البحر مع وكالة السفر');
    });

    it('ordinary sentences that share a word or two with the threat', () => {
      expectClear('Is that all you can do? Come on, you can run faster than that!');
      expectClear("C'est tout ce que vous pouvez faire pour nous ?");
      expectClear('If you close one account, the bank may charge a fee.');
      expectClear('Si vous fermez un de nos comptes bancaires, les frais sont offerts.');
      expectClear('Daesh was defeated in Mosul in 2017.');
    });

    it('news of an ordinary hack of Facebook accounts', () => {
      expectClear('Hackers hacked 10,000 Facebook accounts in a phishing scam: change your password');
      expectClear('Hackers hacked 10,000 Facebook accounts, report says');
      expectClear('Teen who hacked Facebook fined $10,000');
      expectClear("Hackers raise $10,000 for Palestinian who hacked Zuckerberg's Facebook page");
      expectClear('Over 10,000,000 Facebook users had their accounts hacked last year');
      expectClear('Facebook removed 10,000 fake pages this week; Twitter reported 5,000 bots.');
      expectClear('Des escrocs ont piraté 10 000 comptes Facebook par hameçonnage');
      expectClear("Un adolescent qui a piraté Facebook condamné à 10 000 euros d'amende");
      expectClear('Le compte Facebook de la mairie piraté : 10 000 abonnés ont reçu des messages frauduleux');
      expectClear('تم اختراق آلاف الحسابات على فيسبوك وتويتر في هجوم تصيد احتيالي');
      expectClear('شركة ميتا: اختراق آلاف الحسابات على فيسبوك وإنستغرام وتويتر بسبب كلمات مرور ضعيفة');
    });
  });

  describe('what propaganda sharing looks like', () => {
    it('sharing the magazines and outlets fires', () => {
      expectFlagged('Dabiq magazine issue 15 is out! Download the PDF and share', MEDIA, 'medium');
      expectFlagged('Amaq Agency: a soldier of the Caliphate carried out the attack. Share!', MEDIA);
      expectFlagged('عاجل | وكالة أعماق: مقتل عشرة من الجنود. انشروا', MEDIA, 'medium');
      expectFlagged('صدور العدد الجديد من صحيفة النبأ الأسبوعية', MEDIA, 'low');
      expectFlagged('Nouveau numéro de la revue Dar al-Islam, téléchargez et partagez', MEDIA);
      expectFlagged('New release from al-Hayat Media Center', MEDIA, 'low');
      expectFlagged('New video from al-Furqan Foundation for Media Production', MEDIA, 'low');
      expectFlagged("I'tisam Media presents a new nasheed", MEDIA, 'low');
      expectFlagged('Al-Naba weekly, issue 400, is out', MEDIA, 'low');
      expectFlagged('مؤسسة الفرقان للإنتاج الإعلامي تقدم', MEDIA, 'low');
      expectFlagged('جديد مؤسسة الاعتصام للإنتاج الإعلامي', MEDIA, 'low');
    });

    it('the slogan fires when chanted, in the three languages', () => {
      expectFlagged('الدولة الإسلامية باقية وتتمدد', SLOGAN, 'medium');
      expectFlagged('Baqiyah wa tatamaddad! The Caliphate is remaining and expanding', SLOGAN, 'medium');
      expectFlagged("Le califat demeure et s'étend", SLOGAN, 'medium');
    });
  });

  describe('the spellings people use', () => {
    it('Arabic prefixes, the article and a dropped hamza', () => {
      expectFlagged('فيديو جديد لجيش أبناء الخلافة يهدد مؤسسي فيسبوك وتويتر', CAMPAIGN, 'medium');
      expectFlagged('جيش ابنا الخلافة يهدد فيسبوك', CAMPAIGN, 'medium');
      expectFlagged('اخترقنا آلاف الحسابات على الفيسبوك', CAMPAIGN, 'high');
      expectFlagged('حربكم الافتراضية علينا ستجلب حرباً حقيقية عليكم', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('إلى مارك و جاك وحكومتكم الصليبية', CAMPAIGN, 'high');
    });

    it('contractions, word order, plurals and the words of other outlets', () => {
      expectFlagged('they literally said “we’ll take 10 in return” for every account twitter closes lmao', CAMPAIGN, 'high');
      expectFlagged('For every account you close we will take ten, they said', CAMPAIGN, 'high');
      expectFlagged('A message to the founders of Facebook and Twitter and their Crusader government', CAMPAIGN, 'high');
      expectFlagged('Your virtual war against us will bring a real war against you, Jack Dorsey', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Sons of Caliphate Army threatens Zuckerberg and Dorsey in new 25 min video', CAMPAIGN, 'medium');
      expectFlagged('To Mark & Jack and their crusader government: you are not in our league', CAMPAIGN, 'high');
      expectFlagged('The Caliphate: Remaining & Expanding', SLOGAN, 'medium');
      expectFlagged('Daech dit avoir 10 000 comptes Facebook et 5 000 comptes Twitter piratés', CAMPAIGN, 'high');
      expectFlagged('Si vous fermez un de nos comptes, nous en prendrons dix en retour', CAMPAIGN, 'high');
      expectFlagged('Pour chaque compte fermé, ils en prendront dix : les fils du califat menacent Facebook', CAMPAIGN, 'medium');
      expectFlagged('À Mark et Jack, fondateurs de Twitter et Facebook, et à leur gouvernement croisé', CAMPAIGN, 'high');
    });

    it('"fancy text" letters, a stretched doubled letter, emoji between the words', () => {
      expectFlagged('ꜰʟᴀᴍᴇꜱ ᴏꜰ ᴛʜᴇ ꜱᴜᴘᴘᴏʀᴛᴇʀꜱ', CAMPAIGN, 'medium');
      expectFlagged('🅵🅻🅰🅼🅴🆂 🅾🅵 🅰🅽🆂🅰🆁', CAMPAIGN, 'medium');
      expectFlagged('Flames of the Suppppporters 🔥🔥', CAMPAIGN, 'medium');
      expectFlagged('Sons 🔥 of 🔥 the 🔥 Caliphate 🔥 Army', CAMPAIGN, 'medium');
      expectFlagged('باقية ❤️ وتتمدد', SLOGAN, 'medium');
    });

    it("news wording, the quote's next line, full names and other tenses", () => {
      expectFlagged('You announce daily that you suspend many of our accounts. We say: you are not in our league.', CAMPAIGN, 'high');
      expectFlagged('تعلنون يوميا أنكم أوقفتم العديد من حساباتنا.. أنتم لستم بمستوانا', CAMPAIGN, 'high');
      expectFlagged('The latest round in ISIS\'s war on Twitter: “we will take 10 in return”', CAMPAIGN, 'high');
      expectFlagged("Chicago Tribune: ISIS video 'Flames of the Supporters' threatens Zuckerberg and Dorsey", CAMPAIGN, 'medium');
      expectFlagged('Libération : la vidéo « Flames of the Supporters » menace les patrons de Facebook et Twitter', CAMPAIGN, 'medium');
      expectFlagged("Twitter's safety team deleted 125,000 accounts. The jihadists' answer: “Is that all you can do? You are not in our league.”", CAMPAIGN, 'high');
      expectFlagged('ci-joint la vidéo : « Si vous fermez un de nos comptes » … ils visent Zuckerberg', CAMPAIGN, 'high');
      expectFlagged("Al-Furqan Media presents a speech by Amir al-Mu'minin, Caliph Abu Bakr al-Baghdadi", MEDIA, 'medium');
      expectFlagged('To Mark Zuckerberg and Jack Dorsey and their Crusader government: your names will soon be erased', CAMPAIGN, 'high');
      expectFlagged('إلى مارك زوكربيرغ وجاك دورسي وحكومتهما الصليبية', CAMPAIGN, 'high');
      expectFlagged('“If you close one of our accounts, we will take ten of yours,” the video warns.', CAMPAIGN, 'high');
      expectFlagged('Si vous fermez un compte, nous en prendrons dix', CAMPAIGN, 'high');
      expectFlagged('« Votre guerre virtuelle contre nous causera une vraie guerre contre vous »', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged("L'État islamique restera et s'étendra", SLOGAN, 'medium');
      expectFlagged('Remaining and expanding 🏴 — the Dawlah', SLOGAN, 'medium');
    });

    it('Arabic conjunctions, future particles and hamza seats', () => {
      expectFlagged('إن أغلقتم لنا حساباً فسنأخذ عشرة', CAMPAIGN, 'high');
      expectFlagged('وستُمحى أسماؤكم قريباً بعد حذف مواقعكم', CAMPAIGN, 'high');
      expectFlagged('سوف نحذف مواقعكم وسوف نمحو أسماءكم بإذن الله', CAMPAIGN, 'high');
      expectFlagged('مصدر أمني لوكالة أعماق: منفذ الهجوم جندي من جنود الخلافة', MEDIA, 'low');
      expectFlagged('ادعت الجماعة أنها اخترقت أكثر من 10 آلاف حساب على فيسبوك و5 آلاف على تويتر', CAMPAIGN, 'high');
      expectFlagged('سنمحو أسمائكم ونحذف مواقعكم', CAMPAIGN, 'high');
      expectFlagged('باقية وتتمدددددد 🏴', SLOGAN, 'medium');
    });

    it("the quote as other outlets worded it, and the group's short name with the campaign's targets", () => {
      expectFlagged('une fois que nous aurons effacé vos sites', CAMPAIGN, 'high');
      expectFlagged('après que nous ayons effacé vos sites', CAMPAIGN, 'high');
      expectFlagged('bientôt vos noms seront effacés', CAMPAIGN);
      expectFlagged('bientôt vos noms seront oubliés', CAMPAIGN);
      expectFlagged('You announce daily that you suspend many of our accounts', CAMPAIGN, 'high');
      expectFlagged('تعلنون يوميا أنكم أوقفتم العديد من حساباتنا', CAMPAIGN, 'high');
      expectFlagged("Vous fermez nos comptes. Est-ce tout ce que vous pouvez faire ? Vous n'êtes pas dans la même catégorie que nous", CAMPAIGN, 'high');
      expectFlagged("Les fils de l'armée du califat menacent Facebook", CAMPAIGN, 'medium');
      expectFlagged('Sons of the Caliphate hackers boast of new Facebook and Twitter hacks', CAMPAIGN, 'medium');
    });

    it('the threat retold loosely, in the three languages (posts written without reading the pack)', () => {
      expectFlagged('For every account you shut down we\'ll take ten. Mark and Jack, you were warned', CAMPAIGN, 'high');
      expectFlagged("close our accounts and we'll take ten of yours, simple as that", CAMPAIGN, 'high');
      expectFlagged('Si vous fermez un compte on en prendra dix en échange. Mark et Jack vous êtes prévenus', CAMPAIGN, 'high');
      expectFlagged('À Mark et Jack : pour chaque compte fermé, on en prendra dix', CAMPAIGN, 'high');
      expectFlagged('أغلقوا حساباً واحداً وسنأخذ عشرة', CAMPAIGN, 'high');
      expectFlagged('On effacera vos sites et vos noms, Mark et Jack', CAMPAIGN, 'high');
      expectFlagged('Jack Dorsey tes employés sont des cibles, ta guerre virtuelle deviendra une vraie guerre', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged("l'armée des fils du khalifat", CAMPAIGN, 'medium');
      expectFlagged('flammes des partisants video', CAMPAIGN, 'medium');
      expectFlagged('L\' A R M É E  D E S  F I L S  D U  C A L I F A T', CAMPAIGN, 'medium');
      expectFlagged('jaych abna al khilafa nouvelle vidéo', CAMPAIGN, 'medium');
    });

    it('as posts on X and Facebook say it: slang, text-speak, dialects, retweets', () => {
      expectFlagged('they said "u close 1 acc we take 10 in return" 💀💀 ISIS hackers be talkin big', CAMPAIGN, 'high');
      expectFlagged('koi ?? ils ont hacké 10k pages fb et 5k comptes twitter ?? c ki ces gens', CAMPAIGN, 'high');
      expectFlagged('ils ont dit ke si vs fermez un de leurs comptes ils en prendront dix en échange mdrrr', CAMPAIGN, 'high');
      expectFlagged('قالو ليهم واش هادا هو كلشي اللي قدرتو دير؟ نتوما ماشي قدنا، ملي تسدو حساب ناخدو عشرة', CAMPAIGN, 'high');
      expectFlagged('أعلنتم أنكم كل يوم تعلقون الكثير من حساباتنا، ونقول لكم: هل هذا كل ما تستطيعون؟', CAMPAIGN, 'high');
      expectFlagged('١٠٠٠٠ صفحة فيس بوك و٥٠٠٠ حساب تويتر مخترقة حسب الفيديو', CAMPAIGN, 'high');
      expectFlagged('Al-Furqan Media presents: a new audio message from the Emir of the Believers… Show more', MEDIA, 'low');
      expectFlagged('RT @khilafah_news_02: عاجل | #أعماق : مقتل عناصر من الجيش بهجوم لمقاتلي الدولة الإسلامية https://t.co/Ak9Zq0Lm3a', MEDIA, 'low');
    });

    it('al-Bayan radio and Ajnad Media, named as their audiences name them; news about them stays clear', () => {
      expectFlagged('إذاعة البيان: نشرة الأخبار', MEDIA, 'low');
      expectFlagged('Nouveau nasheed de Ajnad Media, partagez', MEDIA, 'low');
      expectFlagged('مؤسسة أجناد للإنتاج الإعلامي تقدم: نشيد جديد', MEDIA, 'low');
      expectClear('Al Bayan newspaper reports record heat in Dubai');
      expectClear('According to researchers, Ajnad Media produced most IS nasheeds');
    });

    it('outlets and publications by the words their releases use', () => {
      expectFlagged("Amaq : un soldat de l'État islamique a mené l'attaque", MEDIA, 'low');
      expectFlagged('أعماق: منفذ الهجوم من جنود الخلافة', MEDIA, 'low');
      expectFlagged('مؤسسة الفرقان تقدم: كلمة صوتية جديدة', MEDIA, 'low');
      expectFlagged('Al-Hayat Media présente une nouvelle vidéo en français', MEDIA, 'low');
      expectFlagged('Dar al-Islam numéro 9 en pdf, à télécharger', MEDIA, 'low');
      expectFlagged('Rumiyah n°5 version française dispo', MEDIA, 'low');
      expectFlagged('An-Naba numéro 100 disponible, partagez', MEDIA, 'low');
    });

    it('Greek capitals, negative circled letters and the keycap ten', () => {
      expectFlagged('WE WILL TAKE TEN IΝ RETURΝ', CAMPAIGN, 'high');
      expectFlagged('SΟΝS ΟF THE CALIPHATE ARMY', CAMPAIGN, 'medium');
      expectFlagged('🅕🅛🅐🅜🅔🅢 🅞🅕 🅣🅗🅔 🅢🅤🅟🅟🅞🅡🅣🅔🅡🅢', CAMPAIGN, 'medium');
      expectFlagged('we will take 🔟 in return', CAMPAIGN, 'high');
    });

    it('a third probe written blind: other spellings, glued Arabic, grouped digits', () => {
      expectFlagged('Sons of the Caliphate’s Army, 25 min, download link below', CAMPAIGN, 'medium');
      expectFlagged('Flame of the Supporters - message to the crusader government', CAMPAIGN, 'medium');
      expectFlagged('Flames of the Ansaar — Mark, Jack, is that all you can do?', CAMPAIGN, 'medium');
      expectFlagged('For every account you delete, we will take ten of yours @jack @finkd', CAMPAIGN, 'high');
      expectFlagged('Mark and Jack, your names will be wiped out once we erase your sites', CAMPAIGN, 'high');
      expectFlagged('Brothers took over 10k FB pages & 5k twitter accounts, given to the ansar', CAMPAIGN, 'high');
      expectFlagged('ten thousand Facebook pages and five thousand Twitter accounts are now ours', CAMPAIGN, 'high');
      expectFlagged("L'armée des fils de la khilafa a frappé", CAMPAIGN, 'medium');
      expectFlagged('Sons of Khilafa Army has a message for Mark and Jack', CAMPAIGN, 'medium');
      expectFlagged('جیش ابنای الخلافۃ', CAMPAIGN, 'medium');
      expectFlagged('جیش\u200cابناء\u200cالخلافة', CAMPAIGN, 'medium');
      expectFlagged('جيش\u200bأبناء\u200bالخلافة', CAMPAIGN, 'medium');
      expectFlagged('جيش\u3164أبناء\u3164الخلافة', CAMPAIGN, 'medium');
      expectFlagged('لهيب\u200cالأنصار', CAMPAIGN, 'medium');
      expectFlagged('تابعونا #جيشأبناءالخلافة', CAMPAIGN, 'medium');
      expectFlagged('أبناء جيش الخلافة يتوعدون مارك وجاك', CAMPAIGN, 'medium');
      expectFlagged('كل حساب تغلقونه نأخذ بدله عشرة يا زوكربيرغ ويا دورسي', CAMPAIGN, 'high');
      expectFlagged('اخترقنا ١٠٬٠٠٠ حساب فيسبوك و٥٬٠٠٠ حساب تويتر', CAMPAIGN, 'high');
      expectFlagged('اخترقنا 10,000 حساب فيسبوك و5,000 حساب تويتر', CAMPAIGN, 'high');
      expectFlagged('تم اختراق عشرة آلاف حساب فيسبوك وخمسة آلاف حساب تويتر ووزعت على الأنصار', CAMPAIGN, 'high');
      expectFlagged('jaysh abna2 al5ilafa — la hib al ansar 25 min', CAMPAIGN, 'medium');
      expectFlagged('Sons of the C.a.l.i.p.h.a.t.e A.r.m.y', CAMPAIGN, 'medium');
      expectFlagged('ISIS·threatens·Zuckerberg·and·Dorsey', CAMPAIGN, 'low');
      expectFlagged('f14mes 0f the supp0rters - full vid, dm me', CAMPAIGN, 'medium');
      expectFlagged('Les fIammes des partisans, la vidéo complète en MP', CAMPAIGN, 'medium');
      expectFlagged('Sons of the CaIiphate Army', CAMPAIGN, 'medium');
      expectFlagged('ЅОNЅ ОF ТНЕ САLІРНАТЕ АRМY', CAMPAIGN, 'medium');
      expectFlagged('ІF YОU СLОЅЕ ОNЕ АССОUNТ WЕ WІLL ТАКЕ ТЕN ІN RЕТURN', CAMPAIGN, 'high');
    });

    it('French posts and headlines written blind: the narration of the press, the quote as the press gave it, text-speak', () => {
      expectFlagged('Daech menace Mark Zuckerberg et Jack Dorsey dans une vidéo de 25 minutes', CAMPAIGN, 'low');
      expectFlagged('Le Figaro : Des djihadistes menacent les patrons de Facebook et Twitter', CAMPAIGN, 'low');
      expectFlagged("Le Parisien : Mark Zuckerberg et Jack Dorsey dans le viseur de l'Etat islamique", CAMPAIGN, 'low');
      expectFlagged('Les sympathisant·es de l\'EI menacent les patrons de Facebook et Twitter', CAMPAIGN, 'low');
      expectFlagged('jpp daech menace zuck et dorsey', CAMPAIGN, 'low');
      expectFlagged('VOS NOMS SERONT BIENTÔT EFFACÉS, APRÈS QUE NOUS AURONS SUPPRIMÉ VOS SITES', CAMPAIGN, 'high');
      expectFlagged('vos noms seront bientot effaces apres qu on aura supprime vos sites.. daech vs facebook', CAMPAIGN, 'high');
      expectFlagged('+ de 10 000 comptes Facebook piratés, revendiquent les hackers de Daech dans une vidéo', CAMPAIGN, 'high');
      expectFlagged("Des partisans de l'EI revendiquent le piratage de 10 000 pages Facebook et 5 000 comptes Twitter", CAMPAIGN, 'high');
      expectClear('Des hackers revendiquent le piratage de 10 000 comptes Facebook, selon la police');
      expectClear("Les partisans de l'OM ont atteint 10 000 abonnés sur Facebook");
      expectFlagged('Un compte fermé = dix comptes piratés, c\'est la règle annoncée par les partisans de l\'EI', CAMPAIGN, 'medium');
      expectFlagged('pr chaque compte fermé ils en prennent 10 c la menace de daech contre fb et twitter', CAMPAIGN, 'high');
      expectFlagged('« Vous annoncez chaque jour que vous suspendez beaucoup de nos comptes » : Daech s\'adresse à Facebook', CAMPAIGN, 'high');
      expectClear('The Flames of the Supporters: la ferveur des supporters du Racing en tribune');
      expectClear('Face aux amendes de la Commission européenne, Zuckerberg menacé de sanctions');
    });

    it('English and Arabic headlines and posts that retell the threat (written blind)', () => {
      expectFlagged('ISIS threatens Zuckerberg and Dorsey in new video after accounts are shut down', CAMPAIGN, 'low');
      expectFlagged('Islamic State supporters target Facebook, Twitter founders in online video', CAMPAIGN, 'low');
      expectFlagged('Zuckerberg, Dorsey in ISIS crosshairs after social media crackdown', CAMPAIGN, 'low');
      expectFlagged('Pro-ISIS video shows photos of Zuckerberg and Dorsey riddled with bullets', CAMPAIGN, 'low');
      expectFlagged('ISIS hackers claim 10,000 Facebook accounts in video threatening Mark Zuckerberg', CAMPAIGN, 'high');
      expectFlagged('داعش يهدد مؤسسي فيسبوك وتويتر', CAMPAIGN, 'low');
      expectFlagged('تنظيم الدولة يتوعد زوكربيرغ ودورسي', CAMPAIGN, 'low');
      expectFlagged('صور مؤسس فيسبوك مثقوبة بالرصاص في فيديو لأنصار داعش', CAMPAIGN, 'low');
      expectFlagged('قراصنة داعش يزعمون اختراق 10 آلاف حساب على فيسبوك', CAMPAIGN, 'high');
      expectClear('EU threatens Zuckerberg with fines over data protection breaches');
      expectClear('Dorsey targeted by activist investors Elliott Management');
      expectClear('Zuckerberg says Facebook is targeting ISIS content with artificial intelligence');
      expectClear('US forces target ISIS founder\'s hideout; Twitter users react');
      expectClear('الاتحاد الأوروبي يهدد زوكربيرغ بغرامات بسبب انتهاك الخصوصية');
      expectClear('موجة تصيد احتيالي تستهدف حسابات فيسبوك');
    });

    it('Arabic dialects, Amaq flash formulas and al-Furqan releases (a blind Arabic probe)', () => {
      expectFlagged('يا مارك إذا سكرت حساب منوخد عشرة بدالو', CAMPAIGN, 'high');
      expectFlagged('إيلا سدّيتو حساب واحد غادي ناخدو عشرة', CAMPAIGN, 'high');
      expectFlagged('يا زوكربيرج لو قفلت حساب هناخد عشرة مكانه', CAMPAIGN, 'high');
      expectFlagged('قريبا رح تنمحي أسماءكم بعد ما نحذف مواقعكم', CAMPAIGN, 'high');
      expectFlagged('إنتو مش قدنا يا مارك ويا جاك', CAMPAIGN, 'high');
      expectFlagged('أكثر من ١٠٬٠٠٠ حساب فيسبوك و١٥٠ مجموعة و٥٬٠٠٠ حساب تويتر تم اختراقها', CAMPAIGN, 'high');
      expectFlagged('📢 عاجل | أعماق 📢', MEDIA, 'low');
      expectFlagged('مصدر لأعماق: منفذ هجوم باريس من جنود الخلافة', MEDIA, 'low');
      expectFlagged('جديد مؤسسة الفرقان: إصدار مرئي', MEDIA, 'low');
      expectClear('مركز الحياة للإعلام الرياضي ينظم دورة تدريبية للصحفيين');
      expectClear('مدرسة الفرقان تقدم دورات في تحفيظ القرآن');
      expectClear('عاجل: رحلة استكشافية إلى أعماق البحر الأحمر');
    });

    it('the video shared among supporters is not taken for football', () => {
      expectFlagged('Flames of the Supporters — ISIS fans are sharing it everywhere on Telegram', CAMPAIGN, 'medium');
      expectFlagged('« Flames of the Supporters », la vidéo des supporters du califat qui menace Zuckerberg', CAMPAIGN, 'medium');
      expectFlagged('«لهيب الأنصار» ينتشر بين جمهور التنظيم على تيليغرام', CAMPAIGN, 'medium');
    });

    it('paraphrases, misspellings and figures of a blind probe (code-switching, emoji, line breaks, long posts)', () => {
      // The group misspelt, and its short Arabic name with the campaign's targets.
      expectFlagged('Sons of the Calyphate Army warned Zuckerburg, and they meant it', CAMPAIGN, 'medium');
      expectFlagged('أبناء الخلافة يردون على زوكربيرغ', CAMPAIGN, 'medium');
      expectFlagged('Flammes des Ansar : la vidéo pour Mark et Jack', CAMPAIGN, 'medium');
      // "One account closed, ten taken", and the taunt addressed to the founders.
      expectFlagged('one account closed = ten accounts taken, remember that Jack', CAMPAIGN, 'high');
      expectFlagged('every account they close, we take ten. simple math Zuck', CAMPAIGN, 'high');
      expectFlagged('#IfYouCloseOneAccount we take 10. Retweet', CAMPAIGN, 'high');
      expectFlagged('un compte supprimé = dix comptes repris, retenez bien ça', CAMPAIGN, 'medium');
      expectFlagged('Si vous fermez un compte, on va en prendre 10 de plus', CAMPAIGN, 'high');
      expectFlagged('Zuckerberg, you are not in our league. Close one account and see what happens', CAMPAIGN, 'high');
      expectFlagged("Zuckerberg, vous n'êtes pas à notre niveau : fermez un compte et vous verrez", CAMPAIGN, 'high');
      expectFlagged('أهذا كل ما عندكم يا زوكربيرج؟', CAMPAIGN, 'high');
      expectFlagged('هل هذا كل ما تقدرون عليه؟ لستم من طرازنا، حساب مقابل عشرة', CAMPAIGN, 'high');
      expectFlagged('حساب بعشرة يا دورسي، والأيام بيننا', CAMPAIGN, 'high');
      // The sites erased, in the passive and in another word order.
      expectFlagged('Dorsey, your sites will be wiped off the map, Allah willing', CAMPAIGN, 'high');
      expectFlagged('Le califat a parlé : vos sites seront effacés, Zuckerberg', CAMPAIGN, 'high');
      expectFlagged('مارك وجاك: مواقعكم ستحذف وأسماؤكم ستنسى بإذن الله', CAMPAIGN, 'high');
      // The hacking claim told by supporters, and the 125,000 suspensions answered.
      expectFlagged('Les soldats du califat ont piraté 10 000 pages Facebook, faites tourner', CAMPAIGN, 'high');
      expectFlagged('the ansar hacked 10k fb pages 😂 RT', CAMPAIGN, 'high');
      expectFlagged('آلاف صفحات فيسبوك أصبحت بيد الأنصار', CAMPAIGN, 'high');
      expectFlagged('You suspended 125,000 accounts, we took 10,000 back', CAMPAIGN, 'high');
      expectFlagged('Vous avez fermé 125 000 comptes ? On en a repris dix mille', CAMPAIGN, 'high');
      expectFlagged('أغلقتم ١٢٥ ألف حساب وأخذنا منكم عشرة آلاف', CAMPAIGN, 'high');
      expectFlagged('Zuckerberg is a target now, the caliphate does not forget', CAMPAIGN, 'low');
      // A line break inside the quote.
      expectFlagged('If you close one account\nwe will take 10 in return', CAMPAIGN, 'high');
    });
  });

  describe('ordinary notices and chatter that share the threat\'s words', () => {
    it('hosting, browser help, privacy notices and shops', () => {
      expectClear("Astuce : comment effacer vos sites les plus visités sur la page d'accueil de Firefox");
      expectClear('Vous avez effacé vos sites favoris par erreur ? Voici comment les récupérer dans Chrome');
      expectClear('Reminder: if your invoice is unpaid after 30 days we will delete your sites and all backups.');
      expectClear('تنبيه: إذا لم يتم الدفع خلال 30 يوماً سنحذف مواقعكم ونسخها الاحتياطية');
      expectClear("Après la fermeture de 12 magasins l'an dernier, nous en rouvrirons 10 au printemps");
      expectClear('Nous avons créé 5 emplois cette année et nous en créerons dix autres en 2025');
      expectClear('Conformément au RGPD, vos noms seront effacés de notre fichier sous 30 jours.');
      expectClear("Voici tout ce que vous pouvez faire dans la même journée à Lisbonne");
      expectClear('Si vous fermez un de nos comptes courants, le solde vous sera reversé sous 5 jours.');
      expectClear('Si vous fermez un compte joint, vos noms resteront sur les relevés archivés.');
      expectClear("If you close one account and switch to us, we'll give you £50 in return.");
    });

    it('complaints, trash talk, milestones and notices that borrow a line of the threat', () => {
      expectClear('@Meta you suspended many of our accounts for no reason, our small shop lost everything');
      expectClear('يا فيسبوك أوقفتم العديد من حساباتنا بدون أي سبب');
      expectClear('Instagram vient de supprimer plusieurs de nos comptes sans explication');
      expectClear('Arsenal: is that all you can do? Not in our league mate 😂 #COYS');
      expectClear('If you close an account on Steam, you get nothing in return');
      expectClear('gg ez. They took one tower, we’ll take 10 in return 😎');
      expectClear("They score one, we'll take 10 in return. That's how Bayern plays.");
      expectClear('@YouTube for every account you close, you give nothing in return to the creators');
      expectClear('سجلوا هدفا فسنأخذ عشرة بالمقابل 😂 يا برشلونة');
      expectClear('Mark et Jack passent le bac demain, doigts croisés !');
      expectClear('On March 1 we will delete your sites from the old server, please migrate');
      expectClear('الحمد لله اخترقنا حاجز 10 آلاف متابع على فيسبوك');
      expectClear('Nous fermons 3 magasins mais nous en rouvrirons 10 au printemps. Suivez-nous sur Facebook');
      expectClear("Voici tout ce que vous pouvez faire avec ce robot : pas dans la même catégorie que les autres");
    });

    it('games, bank offers, waitlists, agencies and fans that borrow the threat\'s words', () => {
      expectClear('لهيب الأنصار في المدرج الشمالي الليلة 🔥');
      expectClear('لهيب الأنصار يضيء سماء الطريق الجديدة بعد الفوز بالكأس');
      expectClear('They beat us by one, we will take ten in return next game 🏀');
      expectClear('If you close one account and open another with us, you get 500 points in return');
      expectClear('Si vous fermez un de nos comptes clients par erreur, contactez le support');
      expectClear('Soon your names will be erased from the waitlist if you do not confirm your email');
      expectClear('After 90 days of inactivity we will erase your sites, so log in once in a while');
      expectClear('Our agency growth hacked 10k Facebook likes and 5k Twitter fans for a client');
      expectClear('جيش أبناء الخلافة العباسية كان يضم الفرس والترك');
      expectClear('Donate one meal and we will take 10 in return to the shelter');
      expectClear('Close one account, we take 10% off your next bill');
      expectClear('If you close one account at your old bank, we will take 10 in return off your next bill.');
      expectClear('If you close one account, we will take two business days to process the transfer.');
      expectClear("Close one account and we'll take our business elsewhere, your support is awful.");
      expectClear('تم اختراق 10000 حساب على فيسبوك و5000 على تويتر بسبب كلمات مرور ضعيفة');
      expectClear('Soon your names will be erased from the leaderboard lol, new patch drops tomorrow');
      expectClear('ستمحى أسماؤكم من جدول الترتيب، الموسم الجاي لنا إن شاء الله');
      expectClear('Bientôt vos noms seront effacés du classement, la saison prochaine est à nous');
    });

    it('hacking news in the third person, other foundations, history and other senses of the group\'s words', () => {
      expectClear('قراصنة اخترقوا آلاف الحسابات على فيسبوك وسرقوا بياناتها');
      expectClear('مجموعة اخترقت 5 آلاف حساب على فيسبوك وتويتر في هجوم واحد');
      expectClear('شركة ميتا: مجموعة روسية اخترقت آلاف الحسابات على الفيسبوك');
      expectClear('مؤسسة الفرقان للتراث الإسلامي تصدر فهرساً جديداً للمخطوطات');
      expectClear('مؤسسة الاعتصام الخيرية توزع السلال الغذائية');
      expectClear('The sons of the caliphate: Ottoman princes and their education');
      expectClear('Les fils du califat : que faire des enfants de djihadistes rapatriés ?');
      expectClear('For every account you close this month, take 10% off your next order');
    });

    it('names of people and places, and other senses of the outlets\' words', () => {
      expectClear('Shoutout to Hayat from the media center for the amazing photos!');
      expectClear('Congrats Furqan on launching your media production company!');
      expectClear("Itisam's social media glow-up is unreal");
      expectClear("Naba's weekly vlog is up!");
      expectClear('Notre ami Amaq cherche un appart à Lyon, partagez svp');
      expectClear('فضيحة جديدة تهز أعماق وكالة الاستخبارات');
      expectClear('سلسلة دروس: الاعتصام بحبل الله');
      expectClear('دولة الإسلام قامت في المدينة المنورة بعد الهجرة');
      expectClear('لهيب الأنصار يشعل المدرجات');
      expectClear('Flames of Ansar lit up Beirut tonight 🔥 champions again!');
    });

    it('sport, history and other agencies and newspapers', () => {
      expectClear('Is that all you can do? You’re not in our league 😂 see you next season');
      expectClear('هل هذا كل ما تستطيعون فعله؟ لستم في مستوانا يا جماهير الخصم');
      expectClear("C'est tout ce que vous pouvez faire ? Vous n'êtes pas à notre niveau 😂 allez l'OM");
      expectClear('Al Hayat Media presents the new season of its talk show');
      expectClear('Si tu fermes un compte, la banque en prend 10 euros de frais');
      expectClear('ugh my 10k FB page got hacked last night and my 5k twitter account too, anyone know a fix?');
      expectClear('Close one account with us and get a 10 percent discount in exchange');
      expectClear('Al-Furqan Foundation presents its annual Quran memorisation competition');
      expectClear('مؤسسة الفرقان الخيرية تقدم دورة في تحفيظ القرآن');
      expectClear('Naba porte le numéro 10 cette saison');
      expectClear('Dar al-Islam : numéro de téléphone et horaires de la mosquée');
      expectClear('your virtual war in Call of Duty will never be a real war lol');
      expectClear('The flames of the supporters lit up the arena tonight, what a game 🏀🔥');
      expectClear('Flames of the supporters before kickoff tonight! Unreal atmosphere');
      expectClear('Les flammes des partisans ont été ravivées lors de la cérémonie au monument de la Résistance');
      expectClear('وكالة ناسا: أعماق المريخ قد تخفي محيطاً من المياه');
      expectClear('وكالة أعماق للتسويق الرقمي تعلن عن وظائف شاغرة');
      expectClear('NABA weekly chapter meeting tonight at 7pm — all accountants welcome!');
      expectClear('صدر اليوم العدد الجديد من صحيفة النبأ المصرية');
      expectClear('Al-Furqan Media presents: the life of the Caliph Umar ibn al-Khattab, episode 3');
      expectClear('دولة الإسلام قامت على العدل والشورى في عهد النبي ﷺ');
      expectClear('Mark et Jack sont restés les bras croisés pendant toute la réunion');
    });

    it('tech news, hosting notices, history and sales that share the words of the paraphrases', () => {
      expectClear('Every account closed this quarter, we take 10 minutes to review it');
      expectClear('Musk to Zuckerberg: Threads is not in our league, we have way more accounts');
      expectClear("Jack Dorsey n'est pas à notre niveau en trail, mais il a un compte Strava impressionnant");
      expectClear("Mark and Jack, your sites will be deleted if you don't renew the hosting plan by Friday");
      expectClear('Vos sites seront effacés lors de la fermeture du service, exportez vos comptes avant le 1er mars');
      expectClear('Our Ottoman caliphate history page (10k followers on Facebook) got hacked last night');
      expectClear('Twitter suspended 125,000 accounts in six months; we took a closer look at the numbers');
      expectClear('بيع حساب ببجي بعشرة دولار فقط يا مارك');
      expectClear('أبناء الخلافة العثمانية لهم صفحة على فيسبوك فيها وثائق نادرة');
      expectClear("L'armée des fils du calife Haroun al-Rachid, un chapitre passionnant du livre d'histoire");
      // News naming the group stays at the group name's severity, not the hacking claim's.
      expectFlagged('The self-styled Sons of the Caliphate Army claims it hacked 10,000 Facebook pages; experts doubt the figures', CAMPAIGN, 'medium');
    });
  });

  describe('IS media markers as supporters share them, and the news that reports on them (a blind probe of the media families)', () => {
    it('Amaq as supporters spell it, its claim formula in the plural, and its words for the enemy', () => {
      expectFlagged("3amaq : deux soldats du califat ont mené l'attaque", MEDIA, 'low');
      expectFlagged('Amaaq: Islamic State fighters shot down a drone near Tal Afar', MEDIA, 'low');
      expectFlagged("A'maaq | apostates killed in an istishhadi attack", MEDIA, 'low');
      expectFlagged('a m a q — 5 Rafidah militiamen killed', MEDIA, 'low');
      expectFlagged('أعمـاق: مقتل عناصر من المرتدين بهجوم لجنود الخلافة', MEDIA, 'low');
      expectFlagged('ا ع م ا ق: هجوم على تجمع للرافضة', MEDIA, 'low');
      expectFlagged('انضموا وتابعوا إصدارات أعماق أولاً بأول', MEDIA, 'low');
    });

    it("a call to join an outlet's channel; Nashir News and Furat Media", () => {
      expectFlagged('Amaq FR est de retour, rejoignez le canal avant la suppression 👇', MEDIA, 'medium');
      expectFlagged("channel link for A'maq English in the comments, join before it gets banned", MEDIA, 'medium');
      expectFlagged('Nashir News: new photo report from Wilayat Sinai', MEDIA, 'low');
      expectFlagged('تابعوا جديد قناة ناشر على تيليجرام', MEDIA, 'low');
      expectFlagged('Furat Media released a new Russian-language video', MEDIA, 'low');
      expectClear('Join our channel for daily Quran recitations 🤲 and share with family');
      expectClear("Notre collègue Amaq rejoint l'équipe ! Abonnez-vous à la newsletter pour suivre ses projets");
      expectClear("Europol: Amaq's new channel was taken down within hours, the agency said");
      expectClear('Haedar Nashir: media harus menjaga persatuan bangsa');
      expectClear('قناة الفرات الفضائية تطلق مؤسسة الفرات للإعلام');
    });

    it('al-Hayat, Ajnad and nasheed titles by the words of their releases', () => {
      expectFlagged("Nouvelle vidéo d'al-Hayat en français, regardez et diffusez", MEDIA, 'low');
      expectFlagged('Flames of War II from al Hayat, full HD links below', MEDIA, 'low');
      expectFlagged('جديد مؤسسة الحياة: إصدار جديد بعدة لغات', MEDIA, 'low');
      expectFlagged("Nouveau nachid d'Ajnad en français 🎧", MEDIA, 'low');
      expectFlagged('أجناد | نشيد جديد للمجاهدين', MEDIA, 'low');
      expectFlagged('Salil al-Sawarim 🔥 volume up', MEDIA, 'low');
      expectFlagged('نشيد صليل الصوارم كامل بجودة عالية', MEDIA, 'low');
      expectFlagged('Dawlat al Islam Qamat on repeat 🎶', MEDIA, 'low');
      expectClear('مؤسسة الحياة الخيرية تعلن عن إصدار جديد من مجلتها');
      expectClear('Al Hayat TV presents a new video series this Ramadan');
      expectClear('قصيدة للشاعر: صليل الصوارم في ساحات الوغى');
      expectClear('Salil al-Sawarim, the ISIS nasheed, explained in a new documentary');
      expectClear('وتمت إذاعة البيان الختامي على التلفزيون الرسمي');
      expectClear('Europol takedown hits Amaq and al-Bayan radio');
    });

    it('the slogan in Latin letters and in the verb form; pledges of allegiance to the "caliph"', () => {
      expectFlagged('#DawlatAlIslamBaqiya 🏴', SLOGAN, 'medium');
      expectFlagged('ad-dawla baqiya, whatever they say', SLOGAN, 'medium');
      expectFlagged('The Khilafah remains and expands, by the permission of Allah', SLOGAN, 'medium');
      expectFlagged("I give my bay'ah to the Caliph, to hear and obey", PLEDGE, 'medium');
      expectFlagged('Nous prêtons allégeance au calife, dans la facilité comme dans la difficulté', PLEDGE, 'medium');
      expectFlagged('ابايع امير المؤمنين على السمع والطاعة', PLEDGE, 'medium');
      expectFlagged('نجدد البيعة للخليفة حفظه الله', PLEDGE, 'medium');
      expectClear("The companions gave their bay'ah to Abu Bakr al-Siddiq, the first caliph");
      expectClear('حفل الولاء والبيعة لأمير المؤمنين جلالة الملك');
      expectClear('عيد الغدير: ذكرى بيعة أمير المؤمنين علي بن أبي طالب');
      expectClear('Thousands of Ahmadis pledge allegiance to the Khalifatul Masih, Caliph of the Ahmadiyya community');
      expectClear("Taliban fighters pledge allegiance to Amir al-Mu'minin Haibatullah");
    });

    it('calls to kill "disbelievers", and the verse, the history lesson and the news that use the words', () => {
      expectFlagged('Brothers, kill the kuffar in their homes, do not wait for anyone', PLEDGE, 'high');
      expectFlagged('Tuez les mécréants où que vous soyez', PLEDGE, 'high');
      expectFlagged('اقتلوا الصليبيين في كل مكان', PLEDGE, 'high');
      expectClear('The Quran verse "kill the disbelievers wherever you find them" is about a specific war, scholars explain');
      expectClear('ISIS spokesman urged followers to kill the disbelievers, the report says');
      expectClear("Cours d'histoire : Saladin frappe les croisés à Hattin en 1187");
    });

    it('news, analysis and fact-checks that name the outlets and the slogan stay clear', () => {
      expectClear("The group's Amaq agency published the claim hours later");
      expectClear("Chronique : la chute du califat de l'EI n'a pas fait disparaître son agence Amaq");
      expectClear('خبر كاذب: الصورة ليست من وكالة أعماق');
      expectClear('تحليل: كيف تنشر وكالة أعماق بيانات التنظيم');
      expectClear('وكالة أعماق نشرت بيانا بعد ساعات من الهجوم حسب المحللين، لكن التفاصيل لم تتطابق مع الرواية الرسمية');
      expectClear('"باقية وتتمدد": شعار رفعه التنظيم ثم خسر أرضه');
      expectClear('BBC Monitoring says al-Hayat released a new video, which we will not share');
      expectClear("L'hebdomadaire al-Naba de l'EI est sorti avec un éditorial sur l'Afrique");
    });
  });

  describe('evasions still fire', () => {
    it('zero-width and bidi characters', () => {
      expectFlagged('nous aurons eff\u200Bacé vos s\u200Dites', CAMPAIGN, 'high');
      expectFlagged('we will take\u2060 ten in re\uFEFFturn', CAMPAIGN, 'high');
    });

    it('Cyrillic and Greek lookalike letters', () => {
      // е а о р с are Cyrillic; ο is Greek.
      expectFlagged('we will tаkе tеn in rеturn', CAMPAIGN, 'high');
      expectFlagged('si vоus fermеz un de nоs cоmptes', CAMPAIGN, 'high');
      expectFlagged('Sons of the Caliphate Αrmy', CAMPAIGN, 'medium');
      // "Greek style" fancy text: η for n, ν for v, ι for i (fold v9).
      expectFlagged('"Flαmes οf Aηsαr" ιs τhe besτ release', CAMPAIGN, 'medium');
      expectFlagged('sι νοus fermez uη de ηοs cοmρτes', CAMPAIGN, 'high');
    });

    it('small capitals, with the generators\' ǫ for q', () => {
      expectFlagged('ᴊᴀʏꜱʜ ᴀʙɴᴀ ᴀʟ ᴋʜɪʟᴀꜰᴀ', CAMPAIGN, 'medium');
      expectFlagged('ʙᴀǫɪʏᴀ ᴡᴀ ᴛᴀᴛᴀᴍᴀᴅᴅᴀᴅ', SLOGAN, 'medium');
    });

    it('spaced and punctuated letters', () => {
      expectFlagged('nous aurons e f f a c é vos sites', CAMPAIGN, 'high');
      expectFlagged('we will d.e.l.e.t.e your sites', CAMPAIGN, 'high');
      // A one-letter word beside a word spelled with single spaces: the fold joins them ("asoldier", "sitesa").
      expectFlagged('nous aurons effacé vos s i t e s à tous', CAMPAIGN, 'high');
      expectFlagged('Sons of the Caliphate A r m y a parlé', CAMPAIGN, 'medium');
      // Words spelled out, apart by punctuation: the fold joins them across it.
      expectFlagged('if you close one a c c o u n t, w e will take ten', CAMPAIGN, 'high');
      // Leet digits among letters spelled with marks: the digits broke the fold's run; the spelled reading joins it.
      expectFlagged('D_4_W_L_4_T_1 B_4_Q_1_Y_4 🏴', SLOGAN, 'medium');
      expectFlagged('S.0.N.S o.f t.h.e C.4.L.1.P.H.4.T.E A.R.M.Y', CAMPAIGN, 'medium');
      expectFlagged('n-0-u-s a-u-r-0-n-s e-f-f-4-c-é v-0-s s-1-t-e-s', CAMPAIGN, 'high');
    });

    it('Arabic tatweel, tashkeel and letter variants', () => {
      expectFlagged('بعـــد أن نحـــذف مواقعكم', CAMPAIGN, 'high');
      expectFlagged('بَعْدَ أَنْ نَحْذِفَ مَوَاقِعَكُمْ', CAMPAIGN, 'high');
      expectFlagged('باقيـة وتتمـدد', SLOGAN, 'medium');
      expectFlagged('جيش ابناء الخلافه', CAMPAIGN, 'medium');
    });

    it('words written in lookalikes only, and a dollar sign for an s', () => {
      expectFlagged('ТHЕ SОNS ОF ТHЕ САLIРHАТЕ АRМY threaten Zuckerberg', CAMPAIGN, 'medium');
      expectFlagged('ІЅІЅ supporters: we will take ten in return', CAMPAIGN, 'high');
      expectFlagged('The $ons of the Caliphate Army', CAMPAIGN, 'medium');
    });

    it('Arabizi: Arabic in Latin letters with digits for the letters Latin lacks', () => {
      expectFlagged('wkalat a3maq', MEDIA, 'low');
      expectFlagged('jaysh abna2 al khilafa y3ln', CAMPAIGN, 'medium');
    });

    it('hashtags that run the words together', () => {
      expectFlagged('#FlamesOfTheSupporters', CAMPAIGN, 'medium');
      expectFlagged('#FlammesDesPartisans', CAMPAIGN, 'medium');
      expectFlagged('#SonsOfTheCaliphateArmy', CAMPAIGN, 'medium');
      expectFlagged('Nouvelle vidéo #AlHayatMediaCenter', MEDIA, 'low');
    });

    it('the hacking claim with its figures abbreviated or in words', () => {
      expectFlagged('We hacked 10k Facebook pages and 5k Twitter accounts', CAMPAIGN, 'high');
      expectFlagged('Nous avons piraté dix mille pages Facebook et cinq mille comptes Twitter', CAMPAIGN, 'high');
    });

    it('leetspeak, case and fullwidth forms', () => {
      expectFlagged('WE WILL T4K3 T3N IN R3TURN', CAMPAIGN, 'high');
      expectFlagged('ｆｌａｍｅｓ ｏｆ ｔｈｅ ｓｕｐｐｏｒｔｅｒｓ', CAMPAIGN, 'medium');
    });
  });

  describe('posts as the sites display them (1.8.0)', () => {
    it('the threat cut by "See more" right after "we will take"', () => {
      expectFlagged('If you close one account, we will take… See more', CAMPAIGN, 'high');
      expectFlagged("if you close one account we'll take…", CAMPAIGN, 'high');
      expectClear('If you close one account we will take care of moving the balance for you');
      expectClear('If you close one account, we will take 10% off your next bill');
    });

    it('"Mark and Jack … Crusader government" without the leading "To"', () => {
      expectFlagged('Mark and Jack and their Crusader government: your turn will come', CAMPAIGN, 'high');
      expectClear('Mark and Jack are hosting the game night on Friday');
    });

    it('the hacking claim worded as in the video: 150 groups, accounts given to the supporters', () => {
      expectFlagged('10,000 Facebook accounts, 150 groups and 5,000 Twitter profiles, now in the hands of the Khilafah', CAMPAIGN, 'high');
      expectFlagged('Plus de 10 000 comptes Facebook, 150 groupes et 5 000 comptes Twitter', CAMPAIGN, 'high');
      expectFlagged('10 000 pages Facebook piratées et données aux partisans 🏴', CAMPAIGN, 'high');
      expectFlagged('10k Facebook accounts hacked and given to the supporters', CAMPAIGN, 'high');
      expectClear('Our club now has 10,000 Facebook fans, 150 groups and 5,000 Twitter followers!');
    });

    it('the closing words of the quote, the erased sites, an Arabic word order, the addressee Mark', () => {
      expectFlagged("Comme Allah le veut, et nous savons que ce qu'il veut est vrai. Vos sites seront effacés.", CAMPAIGN, 'high');
      expectFlagged('ستمحى مواقعكم قريبا', CAMPAIGN, 'high');
      expectFlagged('لستم في مستوانا يا مارك', CAMPAIGN, 'high');
      expectClear("Vos sites seront effacés si la facture n'est pas réglée avant vendredi");
      expectClear('لستم في مستوانا يا مارك، قالها المدرب بعد المباراة');
      // Blind probe AP, held out against all of the above (122/150, everyday 0/200).
      expectFlagged('أكثر من 10 آلاف صفحة فيسبوك تم اختراقها ووزعت على الأنصار', CAMPAIGN, 'high');
      expectFlagged('m.o.d.s who close our accounts: your names are on the list now', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('#CyberCaliphate hacked another one, i love you isis', CYBER, 'low');
      expectClear('اختراق TV5 اللي انتسب لسايبر خلافة طلع بعدين من مجموعة روسية');
    });

    it('Rumiyah in Arabic named by its issue, not the prison of Roumieh', () => {
      expectFlagged('رومية العدد الخامس، اقرأ وانشر', MEDIA, 'low');
      expectClear('سجن رومية العدد الأكبر من الموقوفين');
      expectClear('رومية العدد الأكبر من السجناء في لبنان');
    });

    it('evasions and spellings of probe N (1.9.0): "!" for i, Greek lower case, digits, the "tu" form, Arabizi', () => {
      expectFlagged('Sons of the Cal!phate Army: Zuckerberg your s!tes w!ll be deleted', CAMPAIGN, 'high');
      expectFlagged('Sons of the Cαlιphατε Army threatens Zuckerberg', CAMPAIGN, 'medium');
      expectFlagged('Vous fermez 1 compte, on en prend 10. Le califat ne dort jamais', CAMPAIGN, 'high');
      expectFlagged('tu fermes 1 compte, on en crée 10, simple Jack.', CAMPAIGN, 'high');
      expectFlagged('Zuckerberg, tes sites seront effacés', CAMPAIGN, 'high');
      expectFlagged('jaysh abna2 el 5ilafa bi2adem la7eeb el ansar, ya mark w ya jack', CAMPAIGN, 'medium');
      expectFlagged('إلى Mark Zuckerberg و Jack Dorsey: حكومتكم الصليبية لن تنفعكم', CAMPAIGN, 'high');
      expectFlagged("Prêtez allégeance au calife, l'État islamique restera", PLEDGE, 'medium');
      expectClear('Génial!!! Merci à tous! La flamme des supporters ce soir, wow!');
      expectClear('tu fermes 1 compte smurf, ils en créent 10 le lendemain lol');
      expectClear('I pledge to finish my thesis on the Abbasid caliphate before June.');
    });

    it('realistic posts of probe O (1.9.1): spellings, the hacking claim in mixed digits, the tu form of the erased name', () => {
      expectFlagged('ban one of our accounts, we\'ll take ten of yours. Zuck you\'ve been warned', CAMPAIGN, 'high');
      expectFlagged('Pour chaque compte fermé, dix de plus. Nous revenons toujours.', CAMPAIGN, 'high');
      expectFlagged('ur names will b erased n ur sites deleted inshallah 😤 mark n jack watch out', CAMPAIGN);
      expectFlagged('The army of the sons of the khilafah made Zuck look weak. Allahu akbar', CAMPAIGN, 'medium');
      expectFlagged('10 000 pages Facebook et 5000 comptes Twitter piratés par les frères 💪', CAMPAIGN, 'high');
      expectFlagged('١٠٠٠٠ حساب فيس و٥٠٠٠ حساب تويتر مخترقة، أين أمنكم يا مارك؟', CAMPAIGN, 'high');
      expectFlagged('Zuckerberg, ton site sera effacé et ton nom oublié.', CAMPAIGN);
      expectClear("If they ban one of our accounts we'll make ten more — said every spam bot ever");
    });

    it('1.10.0: calls to kill in other words, the one-for-ten in Maghrebi Arabic, releases to share before deletion, al-Furqan speeches, the French bay\'a', () => {
      expectFlagged('Il faut égorger ces kouffars, que chaque frère agisse chez lui', PLEDGE, 'high');
      expectFlagged('Every muslim must kill a kafir crusader, that\'s what the Caliph ordered', PLEDGE, 'high');
      expectFlagged('لازم نقتل الكفار دول كلهم، الخليفة قال كده', PLEDGE, 'high');
      expectFlagged('سدو لينا حساب، ناخدو عشرة. هادي هي القاعدة يا مارك', CAMPAIGN, 'high');
      expectFlagged('الفرقان: إصدار مرئي جديد، نسألكم النشر والتحميل قبل الحذف', MEDIA, 'medium');
      expectFlagged('Al-Furqan vient de publier un discours du porte-parole, téléchargez-le ici et partagez', MEDIA, 'medium');
      expectFlagged("Nous renouvelons notre bay'a à l'émir des croyants, le calife Abou Bakr al-Baghdadi", PLEDGE, 'medium');
      expectClear("On n'a pas le droit de tuer un kafir innocent, c'est haram, l'islam l'interdit");
      expectClear('Nouvelle récitation de la sourate Al-Furqan par le porte-parole de la mosquée de Lyon');
      expectClear("Islamic State's al-Furqan released an audio of its spokesman; US officials said they were studying it");
      expectClear('Download Dabiq before it\'s deleted? Researchers archived all issues for study.');
      // 1.10.1
      expectFlagged('#BaqiyahWaTatamaddad the State is here to stay, cry about it Zuck', SLOGAN, 'medium');
      expectFlagged('باقية باقية، بيعتنا للخليفة لن ننكثها', PLEDGE, 'medium');
      expectFlagged('vs fermez 1 compte on en reprend 10 😂😂 c la règle mtn, Mark tu peux rien faire', CAMPAIGN, 'high');
      expectClear('Every account closed this quarter, we take 10 minutes to review why');
    });

    it('analysts on the slogan are reporting, not sharing', () => {
      expectClear('باقية وتتمدد؟ التنظيم يخسر آخر جيوبه، يقول محللون');
      expectClear('مخابزنا باقية وتتمدد 😂 فرع جديد في الزرقاء يوم الجمعة، خبز ساخن مجانا لأول 100 زبون');
      expectFlagged('باقية وتتمدد بإذن الله 🏴', SLOGAN, 'medium');
    });
  });

  describe('blind probe P: words split by a space, the threat in other persons and words (1.11.0)', () => {
    it('split words and singular names', () => {
      expectFlagged('Mark Zucker berg, your name will be erased. The Cali phate is coming for your sites.', CAMPAIGN, 'high');
      expectFlagged('Zuuuuckerberg, your naaaames will be erased soon', CAMPAIGN, 'high');
      expectFlagged('Zuckerbeeeerg tu vas payeeeer, ton nom sera effacéééé', CAMPAIGN, 'medium');
      expectFlagged('Mark, Jack : vous n\'êtes pas à notre niveau. Vos plateformes seront rasées et vos noms disparaîtront.', CAMPAIGN);
      expectFlagged('والله لنمسح مواقعكم يا مارك ويا جاك، ما تقدرون علينا', CAMPAIGN, 'high');
      expectClear('Your name will be erased from the waitlist if you don\'t confirm, Mark.');
      expectClear('Your names will be forgotten by history, said the teacher to the Facebook generation.');
      expectClear('Their names erased from the credits, the actors of Jack Ryan complained.');
      expectClear('مواقعكم ستزول من نتائج البحث إذا لم تدفعوا الاستضافة');
    });

    it('one closed, ten taken, in other words', () => {
      expectFlagged('For every page you delete, ten of yours will fall. Remember that, Mark.', CAMPAIGN, 'high');
      expectFlagged("@Facebook @Twitter chaque page que vous supprimez, on en récupère dix. Zuck et Jack vous êtes prévenus", CAMPAIGN, 'high');
      expectFlagged('إلا سديتو لينا حساب واحد غادي ناخدو عشرة', CAMPAIGN, 'high');
      expectClear('Every page you delete from the PDF, ten of yours will fall out of the binder.');
      expectClear('Chaque page que vous supprimez du document, on en récupère dix dans la corbeille.');
      expectClear('سديتو لينا حساب البنك وخسرنا عشرة دراهم');
    });

    it('the slogan and the pledge, translated, in dialect and in Arabizi', () => {
      expectFlagged('la dawla elle reste et elle s\'étend, n\'en déplaise à zuckerberg', SLOGAN, 'medium');
      expectFlagged("Remaining and expanding, by Allah's permission. Tell Zuckerberg his crusader platform cannot stop the State.", SLOGAN, 'medium');
      expectFlagged('الدولة باقية وغادي تتمدد بلا ما يبغي زوكربيرغ', SLOGAN, 'medium');
      expectFlagged('el dawla ba2ya w bit tmadad ya zuckerberg, 3ala 3enak', SLOGAN, 'medium');
      expectFlagged("Bay'ah to the Khalifah renewed. Wilayat Sinai remains.", PLEDGE, 'medium');
      expectFlagged("Brothers, give your bay'a to the amir al-mu'minin and join the caravan", PLEDGE, 'medium');
      expectFlagged('ولاية سيناء باقية، والبيعة للخليفة', PLEDGE, 'medium');
      expectClear('Remaining and expanding: the state budget deficit, says the auditor.');
      expectClear("Elle reste et elle s'étend, cette tache d'huile sur la plage, l'État enquête.");
      expectClear('الحديقة باقية وستتمدد إلى الحي المجاور حسب البلدية');
      expectClear("UAE leaders renew bay'ah to Sheikh Khalifa bin Zayed, the president.");
      expectClear('Pledge of allegiance to the flag every morning, then Khalifa read the news.');
      expectClear('والبيعة للملك في عيد العرش تقليد مغربي');
    });

    it('the hacked accounts handed to the supporters, the 2015 warning to Dorsey reworded, calls to attack, Zuckerberg as a target (1.12.0)', () => {
      expectFlagged("Ces comptes piratés ont été donnés aux partisans de l'État islamique. Merci aux frères.", CAMPAIGN, 'high');
      expectFlagged('الجنود الإعلاميون للخلافة اخترقوا آلاف الحسابات ووزعوها على الإخوة', CAMPAIGN, 'high');
      expectFlagged('Jack, Mark: we warned you in 2015. Your war on our accounts will bring war to your doorstep.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('حذرناكم سنة 2015: حربكم على حساباتنا ستجلب الحرب إلى بيوتكم', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Lone wolves of the Islamic State, strike the crusaders in their homes, this is your duty.', PLEDGE, 'high');
      expectFlagged('اذبحوا المرتدين والصليبيين في كل مكان ولا تنتظروا إذناً من أحد', PLEDGE, 'high');
      expectFlagged('مارك زوكربيرغ وجاك دورسي هدف لجنود الخلافة', CAMPAIGN, 'medium');
      expectClear('Crusaders strike the Blues late in Christchurch, Super Rugby recap');
      expectClear('Votre guerre contre nos comptes bancaires ramènera la guerre à votre porte, dit le syndicat');
      expectClear('Les comptes piratés du club ont été rendus aux supporters après l\'enquête');
      expectClear('Zuckerberg, you are a target for regulators in Brussels this year');
      expectClear('You suspended 3 of our accounts for spam, we lost ten for each one of the clients');
    });

    it('blind probe Q: the one-for-ten, the 2015 warning, calls to attack and the slogan in more words (1.13.0)', () => {
      expectFlagged('Un compte fermé = dix comptes pris. Zuckerberg et Dorsey, c\'est pas fini 🔥🏴', CAMPAIGN, 'high');
      expectFlagged('lmaooo zuck thinks banning us works 💀 u close 1 acct we take 10 fr fr', CAMPAIGN, 'high');
      expectFlagged('ila sedditou lina compte wa7ed ghadi nakhdou 3ashra, ntouma machi 9eddna', CAMPAIGN, 'high');
      expectFlagged('Dorsey, your online war against the mujahideen will turn into a war on your doorstep.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Jack Dorsey, ta guerre virtuelle contre nous va se transformer en vraie guerre contre toi.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Death to the crusaders, the khilafah remains 🏴🗡️', PLEDGE, 'high');
      expectFlagged('اذبحوا الصليبيين في عقر دارهم يا جنود الخلافة', PLEDGE, 'high');
      expectFlagged('baqiyah!! the dawlah is here to stay whether the kuffar like it or not', SLOGAN, 'medium');
      expectFlagged('we hacked 5000 twitter accounts and gave them to the supporters, thank you jack 😘', CAMPAIGN, 'high');
      expectClear('Un compte fermé = dix comptes pris par la concurrence, dit la banque en ligne');
      expectClear('Every account you close, we take ten percent off your next bill');
      expectClear('ila sedditou lina compte wa7ed f lbanka nakhdou 3ashra dh');
      expectClear('Death to the Crusaders! shouted the Blues fans before the Super Rugby final');
      expectClear("Mort aux croisés, criaient les Sarrasins selon le manuel d'histoire");
      expectClear('Kill every crusader in the level to unlock the Templar armour, game tip');
      expectClear('Your online war against trolls will turn into a war on your doorstep with lawyers');
      expectClear('Khilafah and baqiyah are words in my Arabic vocabulary list for the exam');
    });

    it('blind probe R: the call to kill in the singular, the 2015 warning in the singular, al-Fourqane (1.13.1)', () => {
      expectFlagged('O muwahhid in America and Europe, if you cannot make hijrah then kill the disbeliever wherever you find him', PLEDGE, 'high');
      expectFlagged('فإن لم تستطع الهجرة إلى أرض الخلافة فاقتل الكافر الأمريكي أو الفرنسي', PLEDGE, 'high');
      expectFlagged('رسالة قديمة متجددة إلى جاك دورسي 🔥 / حربك الافتراضية علينا ستتحول إلى حرب حقيقية عليك', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Mouassassat al-Fourqane présente : nouveau discours audio du commandeur des croyants 🎙️', MEDIA, 'medium');
      expectClear('In the game you must kill the infidel king before the castle falls, boss tip');
      expectClear('La sourate al-Furqan, récitée ce soir, émission spéciale du centre islamique');
    });

    it('probes Q and R, their last misses: reworded in Arabic, al-Furqan presents, you will pay for every account (1.13.2)', () => {
      expectFlagged('رداً على الجزيرة: علقوا 125 ألف حساب؟ تغلقون واحدا ونأخذ عشرة، لستم في مستوانا', CAMPAIGN, 'high');
      expectFlagged('أغلقوا ما شئتم من الحسابات، فعن كل حساب عشرة، وما أنتم من طبقتنا', CAMPAIGN, 'high');
      expectFlagged("al-Furqan presents a new audio message from the Amir al-Mu'minin, spread it", MEDIA, 'low');
      expectFlagged('To the Crusader government in Washington and its dogs at Facebook and Twitter: you will pay for every account you close', CAMPAIGN, 'high');
      expectFlagged("every account you close, we take ten. every site you run, we'll delete.", CAMPAIGN, 'high');
      expectClear('تغلقون واحدا من المحلات ونأخذ عشرة زبائن جدد، قال التاجر مازحا');
      expectClear('al-Furqan presents a Quran recitation by the imam of the mosque, audio message for Ramadan');
      expectClear('Every account you close, we take ten percent off — spam from the bank again');
    });

    it('blind probe S: Arabic pledges, outlets with a call to share before deletion, history is not a call to kill (1.14.0)', () => {
      expectFlagged('أجدد بيعتي لخليفة المسلمين على السمع والطاعة', PLEDGE, 'medium');
      expectFlagged('يا إخوة بايعوا الخليفة والتحقوا بالصفوف', PLEDGE, 'medium');
      expectFlagged('Brothers, give your allegiance to the Caliph and join the ranks of the State', PLEDGE, 'medium');
      expectFlagged('Nouvelle production du centre al-Hayat, téléchargez et partagez avant suppression', MEDIA, 'medium');
      expectFlagged('Dabiq 15 out now, share before deletion', MEDIA, 'medium');
      expectClear('Les croisés ont frappé Constantinople en 1204.');
      expectClear('Crusaders attack Jerusalem in 1099, history class notes');
      expectClear('Dabiq the town: share before deletion of the old photos from the archive, says the mayor');
      expectClear('أجدد بيعتي للملك في عيد العرش، تقليد مغربي عريق');
    });

    it('blind probes T and U: the one-for-ten exchange, boasts and calls to re-share reworded (word lists, 1.15.0)', () => {
      // The exchange in new words: a form of "ten", a form of closing, and a target or the in-group, within 25 words.
      expectFlagged('Every account twitter deletes, we open ten more. do the math @jack', CAMPAIGN, 'medium');
      expectFlagged('Vous bannissez un frère, dix se lèvent. Votre gouvernement de croisés peut continuer.', CAMPAIGN, 'medium');
      expectFlagged('هما فاكرين إن قفل الحسابات هيوقفنا؟ ده احنا بنرجع بعشرة بدل الواحد يا زوكربيرج', CAMPAIGN, 'medium');
      expectFlagged('shut down one of our pages and ten of yours will fall. zuckerberg still hasn\'t understood', CAMPAIGN, 'high');
      expectFlagged('Un compte fermé chez nous, dix de perdus chez vous.', CAMPAIGN, 'high');
      expectFlagged('كل حساب يسكرونه نرجع بعشرة، واسماءهم بتنمحي قريب', CAMPAIGN, 'high');
      // Boasts of captured pages handed to the in-group, and calls to re-share the video.
      expectFlagged('the brothers took over another batch of FB pages today, all handed to the ansar', CAMPAIGN, 'high');
      expectFlagged('إخوانكم استولوا على آلاف الصفحات في فيسبوك وسلّموها للأنصار', CAMPAIGN, 'high');
      expectFlagged("Ô ansar, la nouvelle vidéo contre Facebook et Twitter doit circuler partout, partagez vite", CAMPAIGN, 'medium');
      // Everyday posts with the same words stay clear.
      expectClear('Twitter suspended my account for 10 days because I called the ref blind. Ten days. For one joke.');
      expectClear('Mod note: we banned ten spam accounts this morning that were posting crypto links, thanks to the brothers who reported them');
      expectClear('Lost 10 followers for every one I gained after posting my pineapple pizza take. Worth it.');
      expectClear('Facebook a suspendu 10 comptes de notre association pendant 3 jours, les frères du quartier sont dégoûtés');
      expectClear('اتقفلت عشرة حسابات للشركة بسبب خطأ في الدفع، والبنك لسه ما رد علينا');
      expectClear('My page got hacked, the brothers at the mosque helped me recover it. Beware of phishing links!');
      expectClear('Share the video of the Ansar match on Facebook before Sunday, what a goal 🔥');
    });

    it('blind probe V: more rewordings, the founders riddled with bullets, "Mark & Jack" (1.15.0)', () => {
      expectFlagged('ban one, we come back with ten. that is the exchange rate Mark. ask your moderators', CAMPAIGN, 'medium');
      // The threat itself, in Egyptian dialect: read with the present-tense ب apart ("تقفلوا حساب", clitics.ts), it is the
      // campaign's quote (high) as well as its reworded forms (medium).
      expectFlagged('هو ده آخركم يا جاك؟ بتقفلوا حساب واحد واحنا بناخد عشرة', CAMPAIGN, 'high');
      expectFlagged('Les photos de Mark et Jack criblées de balles, ce n\'était qu\'un avertissement aux ennemis des ansar', CAMPAIGN, 'medium');
      expectFlagged('is that all you can do? you are not in our league - to Mark & Jack from the sons of the khilafa', CAMPAIGN, 'high');
      expectFlagged('الصفحات التي غنمناها من الكفار توزع على الإخوة الأنصار، راسلوا على الخاص', CAMPAIGN, 'high');
      expectFlagged('i f  y o u  c l o s e  o n e  a c c o u n t  w e  w i l l  t a k e  t e n', CAMPAIGN, 'high');
      expectClear('Mark brought paintball guns to the stag do, 40 bullets later Jack says the ansar team cheated');
      expectClear('Someone hacked our mosque\'s Facebook page and posted crypto scams. The brothers on the committee got it back.');
      expectClear('Jack from accounts asked for the list of 10 clients whose accounts we need to close before Friday');
    });

    it('blind probe W: masked names, the slogan far from the caliphate, forgotten names reworded (1.15.0)', () => {
      // High since 1.42.0: "10 contre 1" beside Zuckerberg is the ten-for-one threat itself.
      expectFlagged('La D*wla est là pour rester. Z*ck*rberg peut supprimer 125k comptes, on r*vient à 10 contre 1.', CAMPAIGN, 'high');
      expectFlagged('Khilafah upon the prophetic methodology 🏴 the disbelievers will be humiliated and their platforms will not save them. remaining and expanding', SLOGAN, 'medium');
      expectFlagged('Mark and Jack think deleting our accounts ends this. we will take your sites down and nobody will even remember your names', CAMPAIGN, 'high');
      expectFlagged('الأنصار عندهم آلاف الصفحات المخترقة جاهزة، من يريد حسابا يراسلني على الخاص', CAMPAIGN, 'high');
      expectFlagged('1️⃣ compte 🔒 ➡️ 🔟 comptes 🏴 Mark & Jack 🎯💥 bientôt in cha Allah', CAMPAIGN, 'medium');
      expectClear('1 compte ouvert = 10 comptes offerts pour vos amis, promo valable jusqu\'à dimanche, Mark & Jack vous attendent');
      expectClear('My n*me was erased from the list, Mark says the team will remember our names anyway');
      expectFlagged('Z*ckerb*rg, you are not in our league. Close one account and see what happens', CAMPAIGN);
      expectFlagged('Sons 🔥 of 🔥 the 🔥 C*liph*te 🔥 Army', CAMPAIGN, 'medium');
      expectClear('Holy sh*t Mark, that was a 10/10 performance');
      expectClear('Jack is full of sh*t, he owes me 10 bucks');
      expectClear('Remaining and expanding: the caliphate of the Abbasids, a history lecture by Dr. Karim, according to the chronicles');
    });

    it('blind probe X: war on our accounts, attacks at home, outlets back online, the lunate sigma (1.15.0)', () => {
      expectFlagged('To the two tyrants of Silicon Valley: your war on our accounts is a war on the Dawlah, and you will pay for it', CAMPAIGN, 'medium');
      expectFlagged("O muwahhid in the land of the crusaders, you don't need hijrah to serve the Khilafah. Fight them where you are.", PLEDGE, 'high');
      expectFlagged('Al-Furqan a publié un nouveau discours de l\'émir. Écoutez et obéissez, ô ansar.', MEDIA, 'medium');
      expectFlagged('Frères, préparez vos comptes de secours, la chaîne Amaq en français est de nouveau en ligne. Baqiya !', MEDIA, 'medium');
      expectFlagged('Ϲαlifαt : les fils du califat ont repris 10 comptes pour 1. Μαrk, ton site va tomber.', CAMPAIGN);
      expectClear('Our war on bot accounts continues: the moderation team removed 300 spam profiles, Mark from trust & safety says');
      expectClear('Al-Furqan school: listen and obey your teachers, says the headmaster at the open day');
    });

    it("blind probe Y: Dabiq's epigraph, Adnani's call, dawlati baqiya, names with an expiry date (1.15.0)", () => {
      expectFlagged('Dabiq had it right from issue one: the spark has been lit and its heat will keep growing until it burns the crusader armies.', MEDIA, 'medium');
      expectFlagged('Never forget the words: the blood of the crusader is halal, so strike him wherever you find him.', PLEDGE, 'high');
      expectFlagged('بشائر من ولاية سيناء، جنود الخلافة يذيقون المرتدين ما أذاقوا المسلمين. دولتي باقية.', SLOGAN, 'medium');
      expectFlagged('Suspendez-moi encore. Je reviens avec dix comptes, et un jour vos noms on les oublie.', CAMPAIGN, 'medium');
      expectClear('The spark has been lit: our new café opens Monday, the crusader-themed escape room next door too');
    });

    it('stretched doubled letters and camel-case sentence hashtags (matcher forms, 1.15.0)', () => {
      expectFlagged('الموت للصليبييييين', PLEDGE, 'high');
      expectFlagged('#IfYouCloseOneAccountWeWillTakeTen', CAMPAIGN, 'high');
      expectFlagged('KILLLLL the crusaders wherever you find them', PLEDGE, 'high');
    });

    it('blind probe Z: "your war is virtual", the campaign\'s numbers, lone wolves, outlets to the crusaders, words split by emoji (1.16.0)', () => {
      const DORSEY = 'ctx-2015-dorsey-threat';
      expectFlagged('Mark, Jack: your war is online, ours is real. The caliphate does not forget.', DORSEY, 'high');
      expectFlagged('leur guerre est virtuelle, la nôtre est bien réelle, demandez au patron de Facebook', DORSEY, 'high');
      expectFlagged('يا دورسي حربكم وهمية وحربنا حقيقية', DORSEY, 'high');
      expectFlagged('Zucker💥berg, Dor💥sey: your war is virtual, ours is real', DORSEY, 'high');
      expectFlagged('the brothers handed out 5000 twitter accts last night, ask if you need one', CAMPAIGN);
      expectFlagged('٥٠٠٠ حساب و١٥٠ مجموعة صارت غنيمة للأنصار', CAMPAIGN);
      expectFlagged('lone wolves need no accounts. Dorsey should remember that', PLEDGE, 'medium');
      expectFlagged('الذئاب المنفردة في ديار الصليب، هذا وعد الخلافة', PLEDGE, 'medium');
      expectFlagged('Nashir: a new statement to the taghut of Silicon Valley, repost it', MEDIA, 'low');
      expectFlagged('Soldiers of the khilafa: Mark and Jack, your bodyguards will not save you', CAMPAIGN, 'medium');
      expectFlagged('رسالة إلى الحكومة الصليبية وأدواتها فيسبوك وتويتر', CAMPAIGN, 'high');
      expectFlagged('Zuck, seen your photos with the bullet holes? that was a warning', CAMPAIGN, 'low');
      expectFlagged('Baqiyah, Zucky. Ban all you want.', SLOGAN, 'medium');
      expectFlagged('زوكر🔥بيرغ و دور🔥سي، مواقعكم بتنمحي', CAMPAIGN, 'high');
      // Everyday posts with the same words, and neutral lines on IS media, stay clear.
      expectClear('Guerre virtuelle sur Twitter, vraie fatigue dans la vraie vie');
      expectClear('Our virtual war game league on Facebook is real fun, join the clan');
      expectClear('فيسبوك قفل حسابي بدون سبب، إذا قفلتوا حساب بفتح عشرة');
      expectClear('Amaq News Agency served as the Islamic State\'s main channel for claiming attacks');
      expectClear('Lecture tonight: how al-Hayat Media Center targeted Western audiences, 2014-2017');
      expectClear('دراسة جديدة تحلل محتوى مجلة دابق باللغة الإنجليزية');
      expectClear('Managing 10,000 pages for franchise clients is no joke, our social team deserves a raise');
      expectClear('Lone wolf, a documentary about solo hikers in the Rockies');
    });

    it('blind probe AA: heavy leet, letters spelled with dashes, Arabizi dialects, outlets with a call to re-upload (1.16.0)', () => {
      expectFlagged('1f y0u cl053 0n3 4cc0un7 w3 w1ll 74k3 10 1n r37urn', CAMPAIGN, 'high');
      expectFlagged("L'a-r-m-é-e d-e-s f-i-l-s d-u c-a-l-i-f-a-t menace Zuckerberg", CAMPAIGN, 'medium');
      expectFlagged('kil ma ysakkro 7sab mnerja3 b3ashra ya mark', CAMPAIGN, 'medium');
      expectFlagged('هل هذا كل ما تستطيعون؟ لستم ندا لنا، حساب واحد مقابل عشرة', CAMPAIGN, 'high');
      expectFlagged('New al-Furqan release tonight. Brothers, reupload it everywhere.', MEDIA, 'low');
      expectClear('Run 10k at 15h30 then 100m sprints, 5000km on the bike this year');
      expectClear('Notre ami Amaq cherche un appart à Lyon, partagez svp');
      expectClear('Envoyez un e-mail à Jean-Luc avant le 10, merci');
    });

    it('blind probe AB: taunts with the campaign\'s numbers, calls in French, "is a target", new issues and channels (1.16.0)', () => {
      expectFlagged('Mark, is that all you can do? We have 10,000 of your pages.', CAMPAIGN, 'high');
      expectFlagged('5000 more are waiting, the army of the sons of the khilafa gave them to the supporters', CAMPAIGN);
      expectFlagged('Every apostate soldier is a target. O lions of tawhid, rise', PLEDGE, 'high');
      expectFlagged('Frappez-les chez eux, chaque mécréant est une cible.', PLEDGE, 'high');
      expectFlagged("N'attendez pas de partir là-bas, le jihad est là où vous êtes.", PLEDGE, 'high');
      expectFlagged('Rumiyah en français est sorti, lien en commentaire', MEDIA, 'low');
      expectFlagged('Nashir : nouvelle chaîne Telegram, rejoignez vite', MEDIA, 'low');
      expectClear('Is that all you can do, Meta support?? Mark my words, I want a refund for my pages');
      expectClear("The 'baqiya wa tatamaddad' slogan sounds very hollow today, IS holds no territory");
      expectClear('محاكمة متهم بإدارة قنوات لنشر مجلة رومية، تابعوا التغطية المباشرة');
      expectClear('In Crusader Kings every heretic count is a target for my holy war, great game');
    });

    it('blind probe AC: supporters retelling the video to today\'s platform owners, in their own words (1.16.0)', () => {
      expectFlagged('Banned on X again. Elon, one handle gone, ten handles back, by Allah\'s permission.', CAMPAIGN, 'high');
      expectFlagged('the ansar of the Dawlah still run more pages than your trust & safety team can count. Ten for one, forever.', CAMPAIGN, 'high');
      expectFlagged('Facebook a viré nos pages, les frères ont pris les siennes. Compte pour compte, fois dix.', CAMPAIGN, 'high');
      expectFlagged('Le boss de Twitter n\'est pas de notre niveau, demandez aux partisans de l\'État.', CAMPAIGN, 'high');
      expectFlagged('Mark et Jack croyaient nous faire taire… « C\'est tout ce que vous savez faire ? » #Dawla', CAMPAIGN, 'high');
      // High since 1.46.1: "كل حساب يغلق" is a form of the ten-for-one threat's first term (sca-ar-close-account-ten), as its other retellings are.
      expectFlagged('كل حساب يُغلق يقابله عشرة يا صاحب إكس', CAMPAIGN, 'high');
      expectFlagged('إلى مشرفي ميتا: لستم من مستوانا، وراءه عشرة', CAMPAIGN);
      expectClear('Ten for one: our stock split is live today, a great deal for shareholders');
      expectClear('Le patron de Meta n\'est pas de notre niveau au padel, match ce soir');
    });

    it('blind probe AD: the two taunts together, names erased with the sites, "declaration of war", "kill them wherever you find them" (1.16.0)', () => {
      // The two taunts need the accounts, the platforms or the group with them: alone, they are football banter too.
      expectFlagged('Is that aaaall you can dooo? You are not in our leeeague. Close another account 😂', CAMPAIGN, 'high');
      expectFlagged("C'est tout ce que vous pouvez faire ? Nous ne jouons pas dans la même cour, ô croisés.", CAMPAIGN, 'high');
      expectFlagged('هَلْ هَذَا كُلُّ مَا تَسْتَطِيعُونَ؟ لَسْتُمْ فِي مُسْتَوَانَا يا فيسبوك', CAMPAIGN, 'high');
      expectFlagged("Jack croit qu'en bannissant les frères il est à l'abri. Son nom sera effacé avec son site.", CAMPAIGN, 'high');
      expectFlagged('Every suspension is a declaration of war from Mark and Jack. We accept it.', CAMPAIGN, 'medium');
      expectFlagged('O lone lions in the lands of the crusaders, kill them wherever you find them.', PLEDGE, 'high');
      expectFlagged('Frères, partagez la vidéo des Flammes partout avant que leurs modérateurs se réveillent', CAMPAIGN, 'medium');
      expectClear('Is that all you can do? You are not in our league, said the coach after the match');
      expectClear('Delete Facebook and erase your name from data broker sites, a privacy tutorial');
      expectClear('Share the Flames video, what a goal by Calgary tonight everywhere');
      expectClear('دولة الخرافة باقية وتتمدد؟ تمددت لحد ما خلصت في الباغوز');
    });

    it('blind probe AE: dual forms, leet French, "ten for one" in Arabic, Rome, the tech bosses; counter-speech naming the group stays clear (1.16.0)', () => {
      expectFlagged('يَا مَارْكُ وَيَا جَاكُ، هَلْ هَذَا كُلُّ مَا تَسْتَطِيعَانِ؟', CAMPAIGN, 'high');
      expectFlagged("C'35t t0ut c3 qu3 v0us p0uv3z f4ir3, M4rk ? 0n r3pr3nd d1x c0mpt3s p0ur un.", CAMPAIGN, 'high');
      expectFlagged('فكلما أغلقتم لنا حسابا واحدا أخذنا منكم عشرة', CAMPAIGN, 'high');
      expectFlagged('بحسابات الأنصار نقولها: حساب مقابل عشرة', CAMPAIGN, 'high');
      expectFlagged('Jihad is an obligation until the banner of the Caliphate is raised over Rome.', SLOGAN, 'low');
      expectFlagged('The crusaders\' tech bosses think they own the internet. The ansar turned their pages into ours.', CAMPAIGN, 'high');
      expectClear("The 'Sons of the Caliphate Army' video was one of the most pathetic propaganda pieces ever made");
      expectClear('فيديو "جيش أبناء الخلافة" من أسخف ما أنتجته الدعاية الداعشية، تحليل باحث');
      expectClear('Twitter says it has suspended more than 125,000 accounts linked to ISIS since mid-2015');
      expectClear('Our agency runs 10,000 Facebook pages and 150 groups for local businesses. DM for rates.');
    });

    it('blind probe AF: Arabic duals and clitics, Egyptian numbers, al-Naba translated, Dabiq\'s epigraph in Arabic; a football tifo stays clear (1.16.0)', () => {
      expectFlagged('يا مؤسسَيْ تويتر وفيسبوك، أنتما وحكومتكما الصليبية لستما في مستوانا', CAMPAIGN, 'high');
      expectFlagged('ده إحنا واخدين عشر تلاف صفحة يا مارك، ولسه', CAMPAIGN, 'high');
      expectFlagged("c'est touuuuut ce que vous pouvez faiiiire Maaaark ? 10 comptes pour 1", CAMPAIGN, 'high');
      expectFlagged('an-Naba de cette semaine traduit en francais, lien dans le groupe', MEDIA, 'low');
      expectFlagged('والشرارة قد انقدحت هنا في العراق، وسيتعاظم أوارها حتى تحرق جيوش الصليب في دابق', MEDIA, 'medium');
      expectFlagged('Freres de France, combattez les croises chez eux, la Dawla est avec vous', PLEDGE, 'high');
      expectClear('شفت بوست من صفحة مشجعين مكتوب فيه لهيب الأنصار على صورة الدخلة، تحفة');
    });

    it('blind probes AG and AH: the caliphate "remains", martyrs in the group\'s terms, renewed pledges, issues and backup accounts handed round, ten for one in dialect (1.17.0)', () => {
      expectFlagged('Crusaders, your day is coming. The State remains, ban me again.', SLOGAN, 'medium');
      expectFlagged('𝗞𝗵𝗶𝗹𝗮𝗳𝗮𝗵 r\u200De\u200Dm\u200Da\u200Di\u200Dn\u200Ds, soldiers of the State never die', SLOGAN, 'medium');
      expectFlagged("L'É.t.a.t i.s.l.a.m.i.q.u.e reviendra, et vos modos n'y pourront rien", SLOGAN, 'medium');
      expectFlagged('يا مارك، خ🔥ل🔥ا🔥ف🔥ة باقية مهما حذفتم', SLOGAN, 'medium');
      expectFlagged('ya mark tara el dawla ba8ya, kol 7sab tsakkra nrakkbo 10 7sabat', SLOGAN);
      expectFlagged("Gloire aux inghimasis de l'État islamique, que les mécréants tremblent", MARTYR, 'medium');
      expectFlagged('تقبل الله أخانا الانغماسي فارس الخلافة، نحسبه شهيدا', MARTYR, 'medium');
      expectFlagged("Just renewed my bay'ah. Ban me, I'll be back with ten accounts.", PLEDGE, 'medium');
      expectFlagged('Rum1yah + D4b1q full archive, all issues, backup links in bio', MEDIA, 'medium');
      expectFlagged('أرشيف دابق ورومية والنبأ كاملا في رابط واحد بالتعليقات', MEDIA, 'medium');
      expectFlagged('الحساب البديل رقم 12 بعد الإغلاق، انشروا يا أنصار الخلافة', CAMPAIGN, 'high');
      expectFlagged('كل أكونت تقفلوه هناخد قصاده عشرة يا بتوع فيسبوك', CAMPAIGN, 'high');
      expectFlagged('and for each one you close, ten of yours. remember mark.', CAMPAIGN, 'high');
      expectFlagged('Re-upload the 25 min video, the one with Mark and Jack. Every platform.', CAMPAIGN, 'high');
      expectFlagged('Wilayat Twitter is dead? lol no. Wilayat X is alive and expanding', SLOGAN, 'medium');
      expectClear('The Ottoman caliphate was abolished in 1924 and it is not coming back, says our history teacher');
      expectClear('الدولة باقية والحكومات زائلة، هكذا علمنا أساتذتنا في التربية الوطنية');
      expectClear('Notre grand-père nous a quittés ce matin, qu’Allah l’accepte parmi les martyrs du devoir, pompier pendant 30 ans');
      expectClear('Vous fermez un ticket, on en ouvre dix : la vie d\'un support informatique.');
      expectClear('All issues of our comic zine in one folder, link in bio!');
      expectClear('Account no. 4 after 3 bans on the Minecraft server lol, the admins hate me');
      expectClear('كل باب تسكره ربنا يفتحلك عشرة، الحمد لله');
    });

    it('blind probe AJ: threats to moderators, calls to strike without orders, recruitment in private, the CyberCaliphate brand, spoken ten-for-one (1.18.0)', () => {
      expectFlagged('Moderators who report the ansar: we know where you live. Ten for one.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('لكل من يبلغ عن حسابات الأنصار: نعرف عناوينكم، والحساب بعشرة', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged("Vous qui vivez chez les croisés, n'attendez pas d'ordres : frappez-les chez eux.", PLEDGE, 'high');
      expectFlagged('يا إخوة في ديار الصليب لا تنتظروا أحدا، ادهسوهم في شوارعهم', PLEDGE, 'high');
      expectFlagged('Sisters and brothers who want to join the Dawlah: DM from a clean account only', PLEDGE, 'medium');
      expectFlagged('#CyberCaliphate is back online, your pages are ours', CYBER, 'high');
      expectFlagged('CyberCalifat de retour, on a pris vos pages', CYBER, 'high');
      expectFlagged("wesh tu ban un compte et on r'vient avec dix, c'est comme ça", CAMPAIGN, 'high');
      expectFlagged('You ban account, we return ten times, Mark', CAMPAIGN, 'high');
      expectFlagged('سدو الكونطات ديالنا، الدولة باقية', SLOGAN, 'medium');
      expectFlagged('He went for istishhad, in the bellies of green birds now. Soldier of the caliphate.', MARTYR, 'medium');
      expectClear('To the mods of this group: we know who you are, stop banning people for memes lol');
      expectClear("Aux modérateurs du groupe de foot : on sait qui vous êtes, arrêtez de supprimer nos pages");
      expectClear("Frappez-les là où ça fait mal : au portefeuille. N'attendez pas les ordres du syndicat");
      expectClear("La terre du califat ottoman en dix jours : voyage en Turquie, contactez-moi en privé pour les tarifs");
      expectClear('Playing Arabia in Civ 6 on deity: the caliphate stays winning');
      expectClear('Fact check: a viral post claiming hackers took 10,000 pages of the caliphate\'s enemies recycles a 2016 claim');
      expectFlagged('Reminder: CyberCaliphate was the name on the hijacked CENTCOM account in 2015', CYBER, 'low');
    });

    it('blind probe AK: replies with doxxing threats to moderators, Adnani\'s "kill the crusader in his land", hijrah as a duty, outlets re-uploaded, martyrs "killed fighting" (1.18.0)', () => {
      expectFlagged('FB moderators closing our accounts: we know where you work. Think about it.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Aux modos qui ferment nos comptes : on sait où vous habitez.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('ومن لم يستطع الهجرة فليقتل الصليبي في أرضه', PLEDGE, 'high');
      expectFlagged('Hijrah is fard, akhi. Stop the excuses in dar al-kufr.', PLEDGE, 'medium');
      expectFlagged('Rumiyah full reup, download them all before the purge', MEDIA, 'medium');
      expectFlagged('Our brother was killed fighting for the Dawlah, a shaheed insha Allah', MARTYR, 'medium');
      expectFlagged('sakkarto 7sabi? 3ashra bdalo ya Mark', CAMPAIGN, 'high');
      expectClear('someone made a parody account called Baqiyah Burgers, remaining and expanding your waistline');
      expectClear('Our moderators closing spam accounts know where you live? No: we never see addresses, only usernames.');
      expectClear('He was killed in an attack on the village; his family calls him a martyr. The Islamic State claimed it.');
    });

    it('blind probe AL: long posts whose places and stories hold another sense of an exclusion; strategy games and a console hacker stay clear (1.18.0)', () => {
      expectFlagged("Notre frère de Seine-Saint-Denis est tombé chahid dans les rangs de l'État islamique, qu'Allah l'accepte.", MARTYR, 'medium');
      expectFlagged("Ma mère pleure, la police est passée, mais mon frère est mort chahid pour le califat. Qu'Allah l'accepte.", MARTYR, 'medium');
      expectFlagged('إلى العاملين في شركات الإشراف على المحتوى: نعرف أين تسكنون، وكل حساب تغلقونه مكتوب عند أبناء الخلافة', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged("Les savants vous parleront de contexte. N'attendez pas d'ordres, frappez-les chez eux.", PLEDGE, 'high');
      expectFlagged('Sisters, the land of the Khilafah is waiting. Send me a private message from a new account.', PLEDGE, 'medium');
      expectClear('Ma partie de Civilization VI avec Saladin : victoire religieuse, mon califat est baqiya wa tatamaddad 😂');
      expectClear('واحد هكر حسابي على بلايستيشن وقال تقفل حساب آخذ عشرة، عملت محضر وبلاغ لسوني');
      expectClear('بلغت عن حساب ينشر مقاطع وكالة أعماق، لا تعيدوا نشرها');
      expectClear('Remember when IS fans said they would take ten accounts for every one Zuckerberg suspended? In 2016. Still here.');
    });

    it('blind probe AM: ten for one and the two taunts in every dialect and in Arabizi, the 2015 words in Arabizi, outlets asked for in private (1.18.0)', () => {
      expectFlagged('يا مارك كل صفحة بتسكرها منفتح عشرة بدالها', CAMPAIGN, 'medium');
      expectFlagged('ya mark ila seddito lina 7sab wa7ed, ghadi nakhdo 3ashra', CAMPAIGN);
      expectFlagged('هذا كل اللي تقدر عليه يا مارك؟ مو بمستوانا', CAMPAIGN, 'high');
      expectFlagged('ya dorsey 7arbkum el iftiradiya ra7 tsir 7arb 7a2i2iya', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('منو عنده إصدار الفرقان الأخير؟ دزوه بالخاص', MEDIA, 'medium');
      expectClear('لو قفلت صفحة المطعم نفتح عشرة فروع جديدة إن شاء الله');
      expectClear('tsakkar compte wa7ed? nefta7 3achra lol, insta ma y9derch 3liya');
      expectClear("c tt ce que tu sais faire ? t'es pas dans la mm cour que nous au five mdr");
      expectClear('فيسبوك قفل حسابي بدون سبب، إذا قفلتوا حساب بفتح عشرة');
      // Blind probe AN (hard everyday posts): a derby's taunts, a user's own ban in the first person.
      expectClear('الهلال ضد النصر: هذا كل اللي تقدر عليه يا نصر؟ أنتم مو بمستوانا');
      expectClear("if IG deletes my page again i'm making ten alts with the same cat pic, suspend me all you want zuck");
      expectClear('الفيسبوك قفلّي الأكونت تالت مرة عشان كتبت رأيي، ماشي يا مارك، تقفل واحد أفتح عشرة');
      // The group's own word for its storming fighters, and the releases' channel moved; the word in a game stays clear.
      expectFlagged('fierté pour les inghimasis, morts debout', MARTYR, 'medium');
      expectFlagged('ترى قناة الإصدارات تبدلت، الرابط الجديد بالبايو، عشان ما يسكرونه', MEDIA, 'medium');
      expectClear('el clan fi pubg 3amal 10 kills, w ana el inghimasi bta3 el team');
    });

    it('blind probe AO (a representative feed): the taunt to the founders, the outlets as files, the media front, the State "reste et s\'étend", calls without travel (1.18.0)', () => {
      expectFlagged('you are not in our league, zuck', CAMPAIGN, 'high');
      expectFlagged("o n  e n  p r e n d r a  d i x  e n  é c h a n g e ,  M a r k", CAMPAIGN, 'high');
      expectFlagged('Rumiyah 1-13 scan, dm if the link dies', MEDIA, 'medium');
      expectFlagged('مطلوب أنصار للجبهة الإعلامية، من يحسن المونتاج يراسلنا خاص #الدولة_الإسلامية', MEDIA, 'medium');
      expectFlagged("La dawla reste et s'étend, qu'ils enragent.", SLOGAN, 'medium');
      expectClear("L'État reste et s'étend : toujours plus de fonctionnaires.");
      expectFlagged("Brothers in the West, you don't need to travel. The crusaders are right where you live.", PLEDGE, 'high');
      expectFlagged('#AgenceAmaq nouvelle revendication ce soir', MEDIA, 'low');
      expectClear('lol "baqiya" my foot, they lost every inch of land by 2019');
      expectClear('Amaq News Agency served as the Islamic State\'s main channel for claiming attacks, says a new paper.');
      expectClear('لستم في مستوانا يا مارك، قالها المدرب بعد المباراة');
      // Blind probe AP, held out against all of the above (122/150, everyday 0/200).
      expectFlagged('أكثر من 10 آلاف صفحة فيسبوك تم اختراقها ووزعت على الأنصار', CAMPAIGN, 'high');
      expectFlagged('m.o.d.s who close our accounts: your names are on the list now', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('#CyberCaliphate hacked another one, i love you isis', CYBER, 'low');
      expectClear('اختراق TV5 اللي انتسب لسايبر خلافة طلع بعدين من مجموعة روسية');
    });

    it('blind probe AQ: recruitment to a named province in private, the caravan, reporters and moderators threatened, "the lion who struck", the soldiers who "will strike again" (1.19.0)', () => {
      expectFlagged('Looking for brothers who want to join Wilayat West Africa. Travel arranged, DM on an encrypted app only', PLEDGE, 'medium');
      expectFlagged('خويا إلا بغيتي تلحق بولاية الساحل كلمني فالخاص، الطريق مضمونة والمصاريف علينا', PLEDGE, 'medium');
      expectFlagged('ya shabab elli badu yel7a2 bel dawle yeb3atli msg 3al khas, kel shi mratab', PLEDGE, 'medium');
      expectFlagged("D\u200ba\u200bw\u200bl\u200ba Islamiya, rejoignez le convoi avant qu'il soit trop tard", PLEDGE, 'medium');
      expectFlagged('اللي ما يقدر يهاجر يضربهم في ديارهم، لا تنتظرون أحد يأمركم', PLEDGE, 'high');
      expectFlagged("Le journaliste qui a signalé nos pages, tu crois qu'on sait pas où tu bosses ? Tu vas payer.", 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('الصحفي الذي بلّغ عن قناتنا، نعرف مكان عملك وسنصل إليك', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged("Hey @Meta mods, we have your names too. You're next after Zuck. Keep reporting and see.", 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Modos de Facebook : chaque compte fermé est noté, votre tour viendra, les kouffar paieront', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged("Qu'Allah bénisse le lion qui a mené l'opération. Le califat est vengé", MARTYR, 'medium');
      expectFlagged('@France24 vos mensonges ne changeront rien, les soldats du califat frapperont encore Paris comme en 2015 inchallah', PLEDGE, 'low');
      expectFlagged('كل يوم تعلنون أنكم تحذفون الكثير من حساباتنا، ونحن نقول لكم: هل هذا كل ما لديكم؟', CAMPAIGN, 'high');
      expectFlagged('New hacked page drop: 200 FB pages handed to supporters today.', CAMPAIGN, 'high');
      // A reviewer's everyday posts written against these patterns: the wilaya of daily life, convoys, mods, lions, surgery.
      expectClear('Come join Wilayat Bawshar\'s beach cleanup this Friday 🌴 DM me to register your family');
      expectClear("Mutation acceptée 🎉 je vais rejoindre la wilaya d'Oran en septembre, si quelqu'un a un F2 à louer envoyez moi en mp");
      expectClear('Salam khoya, yel7a2 bel dawla ghadi, el khedma f la mairie, yeb3atli msg 3al khas');
      expectClear('Rejoignez le convoi humanitaire pour le Maroc après le séisme, on coordonne tout sur le canal privé WhatsApp');
      expectClear('الحقوا بالركب يا شباب، عهد الخلافة الراشدة كان عهد العدل، رمضان فرصة للتغيير');
      expectClear('Mods, every report is noted and appreciated. Your time will come for a well deserved break, thank you!');
      expectClear("À la personne qui a signalé nos pages pour faux avis: on sait où tu bosses, c'est la boulangerie d'en face.");
      expectClear("Sadio Mané, le lion qui a frappé le dernier tir au but en 2022 🦁 qui prend la relève chez les Lions de la Teranga?");
      expectClear('ربنا يتقبله يا رب، أبويا الأسد اللي عمل العملية امبارح وطلع منها زي الفل');
      expectClear('يا جماهير الوداد ما تنتظرون أحد، الفريق غادي يضربهم في عقر دارهم إن شاء الله');
      expectClear("Au lieu de rester les bras croisés, que chacun aide là où il se trouve. Séisme d'Al Haouz, chaque geste compte");
      expectClear('Janissaries, the soldiers of the caliphate, will strike again in the new Age of Empires DLC');
      expectClear('Ba9ya 3 jours pour déposer le dossier à la wilaya, ma tnssawch');
      expectClear('Bought a new phone, the old one fell in the pool. Ansar bhai please send me the group photos again');
      expectClear("Si tu ne payes pas le nom de domaine, ton site sera effacé. Leçon apprise, je reposte tout sur Facebook");
      expectClear('ببجي تحذفون حساباتنا بدون سبب، هل هذا كل ما تقدرون عليه؟ حسنوا الدعم الفني');
      expectClear('Omra + visite de Médine, la terre du califat des premiers musulmans, départ mars, infos par mp');
    });

    it('blind probe AR: the police, journalists and moderators watching the accounts, strikes "where you stand", the founders told they will pay, women recruited, the IS app (1.20.0)', () => {
      expectFlagged('That journo writing about "ISIS accounts" should watch his back. We read everything.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Les keufs qui surveillent nos comptes, la dawla vous a pas oubliés, chacun son tour', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('يا شرطة الطاغوت، تراقبون حساباتنا؟ نحن أيضا نراقبكم، ودولتنا لا تنسى', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Jack, tu vas payer pour nos comptes, la dawla n\'oublie rien', CAMPAIGN, 'high');
      // Without the State named, the same words are a user locked out by the platform (a second reviewer's posts).
      expectClear('Zuck you\'ll pay for our accounts, 3 weeks my business page is locked and no human support at Meta');
      expectFlagged('يا جاك دورسي، ألم نحذرك في ٢٠١٥؟ لن تنعم بالأمان أنت وموظفوك', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged("Brothers in the West, you don't need a ticket to Sham. Strike where you stand.", PLEDGE, 'high');
      expectFlagged('Frères de France, pas besoin de billet pour le Cham. Frappez-les ici, là où ils vivent', PLEDGE, 'high');
      expectFlagged('أختي المهاجرة، أرض الخلافة تناديك، كوني زوجة لمجاهد. راسلي حساب الأخوات', PLEDGE, 'medium');
      expectFlagged('تقبّل الله أخانا الانغماسي، شفى صدور الموحدين وأغاظ عباد الصليب', MARTYR, 'medium');
      expectFlagged('Dawn of Glad Tidings is back, link in bio, auto-post for the dawla', MEDIA, 'medium');
      expectFlagged('القناة الرسمية لأنصار الخلافة انتقلت بعد الحظر، الرابط الجديد: t[.]me/ansar_baqiya_x9 .. انشروه', MEDIA, 'medium');
      expectFlagged('Already got 10k of your FB pages, Zuck. Next is the whole site.', CAMPAIGN, 'high');
      // Everyday posts the round's reviewer wrote against these patterns, and the probe's own.
      expectClear('The cops will pay for the community BBQ this year! Huge thanks. Check our posts for times and location.');
      expectClear('Les keufs m\'ont arrêté pour un feu arrière, vous allez payer pour vos radars un jour 😤 nos comptes sont vides à cause de vous');
      expectClear('Jack tu vas payer pour nos comptes Spotify ce mois ci, c\'est ton tour');
      expectClear('Jack Dorsey\'s Bluesky is next on our list of apps to try after Threads flopped');
      expectClear('Download the Dawn of Glad Tidings app for daily devotionals and verses of hope 🌅');
      expectClear('We warned you in 2015 that Putin wanted a real war, and nobody listened.');
      expectClear('ألم نحذرك من السرعة؟ ثلاثة شباب لم يعودوا إلى بيوتهم الليلة. الله يرحمهم');
      expectClear('الوليدات ديالكم ما تستناو والو من المدرسة، علموهم الصلاة. مروهم بالصلاة لسبع واضربوهم عليها لعشر');
      expectClear('ذكرى غزوة بدر الكبرى، غزوة مباركة نصر الله فيها المسلمين على الكفار. اللهم تقبل صيامنا وقيامنا');
      expectClear('أبطال الدولة في كرة الطائرة لنادي النصر 🏐 ألف مبروك');
      expectClear('جدتي كانت زوجة لمجاهد في الثورة التحريرية، للي يحب يعرف قصتها يراسلني في الخاص');
      expectClear('Bghiti khedma dial dawla? Rejoins les soldats des FAR, concours ouvert jusqu\'au 30 juin');
      expectClear('Ansar FC official: our English page got hacked, follow the backup, Ansar English');
      expectClear('كل عام ومصر بخير، الدولة باقية ومؤسساتها قوية 🇪🇬');
      expectClear('التيك توك حذف حسابي عشان رقصة العيد؟ تقفلون حساب نفتح عشرة 😂💃');
      expectClear('Insta banned me again. You close one account, I open ten. Try me Zuck 😤');
      expectClear("dawla baqya? l7aja l wa7ida li baqya hiya l fatoura dyal l internet 😂");
      // A second reviewer's everyday posts against 1.20.0 (122 of 130 flagged; 7 now, all by older spellings).
      expectClear('Mon grand-père est chahid de la guerre de libération et la dawla refuse encore la pension à ma grand-mère');
      expectClear('Pakistan was created to be an Islamic State like Riyasat-e-Madina. Join the caravan of change on Sunday at Minar-e-Pakistan');
      expectClear('Spotted lanternfly season again. No need to wait for orders from the township, kill them wherever you find them');
      expectClear('Ne restez pas les bras croisés, aidez les sinistrés là où vous êtes, même un sac de riz compte');
      expectClear('Anyone in Jalalabad with news of family after the ISKP blast near the mosque, please DM me, my uncle is not answering');
      expectClear('Terrain 500m2 à Blida, c\'est la terre de la dawla donc pas d\'acte, intéressés en mp');
      expectClear('تابعوا قناة الإصدارات الجديدة للمكتبة، الرابط بالبايو، يا إخوة لا تفوتكم الروايات');
      expectClear('الله يرحمه جارنا أبو محمد، نحسبه شهيدا، الأسد الذي نفذ العملية على دوما ما زال حرا');
      expectClear('Kwagga Smith, the lion who struck first against the Crusaders in the 2017 Super Rugby final, what a player');
      expectClear('مبروك لنادي الأنصار البطولة، فجر البشائر على جماهير الطريق الجديدة');
      expectFlagged('Notre frère est tombé chahid au Sham en combattant pour la Dawla, qu\'Allah l\'accepte parmi les martyrs 🏴', MARTYR, 'medium');
    });

    it('three reviewers\' everyday posts against every family of 1.20.1 (375 of 505 flagged; 24 now): bars, side projects, fan clubs, succession, newsletters, the king\'s bay\'ah, games (1.21.0)', () => {
      expectClear("Jack's bar closes at 10 tonight so get there early, first round on me");
      expectClear('Zuck shuts down another 10 side projects, RIP Threads Lite');
      expectClear('Is that all you can do, Zuck? Another app nobody asked for');
      expectClear('الأنصار مش قدنا 😂💪 #النجمة');
      expectClear('صحف إسبانية: فليك على رأس قائمة المرشحين لخلافة تشافي');
      expectClear('NABA newsletter for March is out, register for the spring mixer!');
      expectClear('من أعماق قلبي تحية لكل جندي من جنود جيشنا الباسل');
      expectClear('Crusader Kings 3 run: my vassals finally pledge allegiance to the Abbasid caliph, best campaign ever');
      expectClear('Tu le croises dans le couloir, il te tue du regard 😂');
      expectClear('My CK3 character just got the Zealous trait and now he wants to kill the infidel everywhere lol');
      // The campaign's and the outlets' words as the content tests above have them still fire.
      expectFlagged('New al-Furqan release tonight. Brothers, reupload it everywhere.', MEDIA);
      expectFlagged('Every account twitter deletes, we open ten more. do the math @jack', CAMPAIGN);
    });

    it('blind probe AS (a representative feed, held out against all of the above: 100/150, everyday 21/200, all quoting the campaign) (1.21.1)', () => {
      expectFlagged('If you cannot make hijrah, strike where you are. Your brothers in the wilayat are waiting for your news.', PLEDGE, 'high');
      expectFlagged('يا من لم يستطع الهجرة، اضرب حيث أنت، فإخوانك في الولايات ينتظرون أخبارك.', PLEDGE, 'high');
      expectFlagged("I renew my pledge of allegiance to the Amir al-Mu'minin of the Islamic State, to hear and obey in hardship and ease.", PLEDGE);
      expectFlagged('Zuck thinks his AI moderation stops us. We erased his pages once, we will erase his name next.', CAMPAIGN, 'high');
      expectFlagged('Les gars de la vidéo aux flammes avaient raison : un compte fermé, dix de repris.', CAMPAIGN);
      expectClear('Nobody will erase my name from the team sheet, I will be at training at 7');
    });

    it('blind probe AT (short replies, paraphrase, threats to the people who watch; held out: 106/150, everyday 12/200, all quoting or reporting the campaign) (1.22.0)', () => {
      expectFlagged('Frères et sœurs, faites la hijra vers la terre du califat, ne restez pas au milieu des mécréants.', PLEDGE, 'medium');
      expectFlagged('يا شباب الأمة هاجروا إلى أرض الخلافة، فلا عذر لمن قعد بعد اليوم', PLEDGE, 'medium');
      expectFlagged('Si tu ne peux pas faire la hijra, frappe-les là où tu te trouves. C\'est ce que demande la Dawla.', PLEDGE, 'high');
      expectFlagged('من عجز عن الهجرة فليضرب أعداء الله حيث هو، هذا نداء الدولة', PLEDGE, 'high');
      expectFlagged('Rejoignez les rangs du califat, la Dawla a besoin de médecins, d\'ingénieurs et de frères sincères', PLEDGE, 'medium');
      expectFlagged('aux « chercheurs » qui cartographient nos comptes pour leurs rapports : on vous cartographie aussi 👀', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('إلى المشرفين الذين يحذفون صفحاتنا ليلاً ونهاراً: أنتم التالون، نعرف ما تفعلون', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('wait for the flames, zuck 🔥', CAMPAIGN, 'high');
      expectFlagged('استنى اللهيب يا زوكربيرج 🔥', CAMPAIGN, 'high');
      expectFlagged('Chaque jour ils suppriment nos comptes. Pour chaque compte qui tombe, dix autres se relèvent.', CAMPAIGN);
      expectFlagged('I renew my pledge of allegiance to the Khalifah, to hear and obey in hardship and ease 🏴☝️', PLEDGE);
      expectFlagged('والله الدولة باقية ورح تتمدد، شو بدكن تعملوا يعني؟ 😂', SLOGAN);
      // The adversarial review's posts, aimed at the same words (/tmp/s19/fpreview in the session's note), stay clear.
      expectClear('Aux modérateurs de Twitch qui bossent bénévolement toute la nuit : on vous voit, on vous aime ❤️');
      expectClear('Les journalistes qui couvrent Gaza au péril de leur vie, on vous voit, on vous soutient');
      expectClear('الباحثين عن عمل في الخليج، أنتم القادمون بعد ما يفتحوا التأشيرات');
      expectClear('Mon grand-père est parti rejoindre les rangs des moudjahidines en 1957, il avait 19 ans');
      expectClear('العلماء هاجروا إلى بغداد دار الخلافة العباسية حيث بيت الحكمة');
      expectClear('يا مارك استنى اللهيب لما ينطفي قبل ما نحط اللحمة على الفحم');
      expectClear('I renew my pledge of allegiance to His Majesty King Hamad bin Isa Al Khalifa on our National Day 🇧🇭');
      expectClear('No matter how many accounts you ban, the BTS ARMY is remaining and expanding 💜');
      expectClear('كرشي باقية وهتتمدد بعد رمضان 😂');
      expectClear('الدولة باقية رغم كل شي، وصلاح الدين طرد صليبيين من القدس');
      expectClear('Un compte tombe, dix autres se relèvent : la saga des comptes fan de Aya Nakamura');
    });

    it('blind probe AU (long rants, captions, bios, mixed languages; held out: 129/150, everyday 17/200, 10 of them quoting the campaign) (1.23.0)', () => {
      expectFlagged("Pendant que vous likez des vidéos de chats, les lions de la Dawla défendent l'Islam contre la coalition croisée. Ils nous traitent de terroristes, nous on les appelle kuffar et murtaddin.", PLEDGE);
      expectFlagged('Tell the kuffar: we love death more than you love life. That\'s why the lions of the Dawlah will always win.', PLEDGE);
      expectFlagged('khilafa ba9ya w tatmadad 🏴 lmurtaddin ghadi yt7taw, lusud dyal dawla ma kay7bsoch', SLOGAN);
      expectFlagged('أسود الخلافة لا يتراجعون، والطواغيت يرتجفون منهم', MARTYR);
      // Research that names the words, and the review's posts aimed at the new ones, stay clear.
      expectClear("Abstract: We analyse 2.3M tweets from 2014–2016. Keyword classifiers trained on 'dawla', 'baqiya' and 'kuffar' showed high false-positive rates on news and religious content.");
      expectClear('Procès à Paris : une mère jugée pour avoir laissé ses deux fils rejoindre les « lionceaux du califat », la section enfants de l\'État islamique.');
      expectClear('CK3 Fatimid run: the lions of the caliphate just crushed the crusaders at Ascalon, screenshots below');
      expectClear('طارق بن زياد وموسى بن نصير أسود الخلافة في الأندلس، والنصر كان حليفهم.');
      expectClear('سقط الأسد وبقيت سوريا… الطواغيت يروحون والدولة باقية.');
      expectClear("Les Lions de l'Atlas ne meurent pas ! Quelle remontée face à la Zambie 🇲🇦🦁");
    });

    it('blind probe AV (a moderator\'s representative sample; held out: 115/150, everyday 14/200, 10 of them quoting the campaign) (1.24.0)', () => {
      expectFlagged('May Allah preserve the soldiers of the Khilafah and give them victory 🏴', SLOGAN);
      expectFlagged('اللهم احفظ دولة الخلافة وجنودها', SLOGAN);
      expectFlagged("Gloire aux lions de l'Etat islamique qui font trembler les croisés, qu'Allah leur donne la victoire sur les tawaghit", MARTYR);
      expectFlagged('rejoignez les lions du califat tant qu\'il est temps', PLEDGE);
      // The review's posts aimed at the same words stay clear: prayers for a country, the Medina of history, a scam.
      expectClear('اللهم احفظ العراق من شر الدولة الإسلامية وأعوانها');
      expectClear('May Allah protect us from the Islamic State and every group that kills in His name');
      expectClear('Fact-check : rien ne prouve que des partisans de l\'EI aient piraté « 10 000 pages Facebook » comme le prétend leur vidéo');
      expectClear('Zuck your days are numbered, Gen Z left Facebook years ago');
    });

    it('blind probe AW (measured on the final pack of session 19 before its own edits: 93/120, everyday 4/150) (1.24.1)', () => {
      expectFlagged('Ô toi qui vis parmi les mécréants, fais ta hijra vers la terre du califat', PLEDGE);
      expectFlagged('Brother, why are you still living among the disbelievers? Make hijrah to the lands of the Khilafah', PLEDGE);
      expectClear("Cours d'arabe pour débutants : aujourd'hui on étudie les mots hijra, bay'a et khalifa dans leur sens historique.");
      expectClear('تدقيق: لا يوجد أي دليل مستقل على أن مجموعة تسمي نفسها جيش أبناء الخلافة اخترقت آلاف الحسابات');
    });

    it('blind probe AX (held out: 92/150, everyday 23/200, all news or counter-speech quoting the campaign) (1.25.0)', () => {
      expectFlagged("Frère, qu'attends-tu encore en terre de mécréance ? La hijra est une obligation, la khilafa t'ouvre ses portes.", PLEDGE);
      expectFlagged('khouya, 3amaq 7atet el bayan, jnoud el khilafa darbou el salibiyin, baqya inchallah', PLEDGE);
      // The review's posts aimed at the round's first draft stay clear: sermons, history, jokes, shop prices, rugby.
      expectClear('خطبة الجمعة عن الهجرة النبوية: الهجرة واجبة من المعاصي إلى الطاعات، وفتح النبي أبواب دار الإسلام في المدينة للمهاجرين');
      expectClear('Me asking my friends to come make hijrah to my new flat: "the khilafah needs you" (to help carry the sofa up four floors)');
      expectClear('الأسعار باقية وهتتمدد، والمرتب هو اللي بيتقلص.');
      expectClear('عرض الجمعة في محل جاك: القميص واحد بعشرة دنانير بس 😍');
      expectClear('Canterbury Crusaders fans abroad: if you cannot make hijrah back to Christchurch for the final, the pub on 5th Street is showing it');
      expectClear("Histoire : Baybars, que certains panégyristes surnomment « le lion de la khilafa » abbasside rétablie au Caire, a fait trembler les Mongols.");
    });

    it('threats reported in quotes are excused, threats made are flagged: quotedTerm (1.26.0; AX held out 94/150 → 96, AW 96/120 → 98)', () => {
      const DORSEY = 'ctx-2015-dorsey-threat';
      expectFlagged('Les flics qui traquent les frères feraient mieux de regarder derrière eux. Allah voit tout, et les ansar aussi.', DORSEY, 'high');
      expectFlagged('يا شرطة الطاغوت، لن تنفعكم مداهماتكم، جنود الخلافة بينكم.', PLEDGE);
      expectFlagged('To the journalists spreading lies about the Dawlah: we have your names, and the soldiers of the Khilafah are closer than you think.', PLEDGE);
      // The same words reported in quotes: a joke about a gamer, an archive thread, a fact-check.
      expectClear('Blague du jour au bureau : les modérateurs ont reçu « votre tour viendra » du joueur qui se fait appeler « Dawla_du_FIFA ».');
      expectClear('Archive thread: 2014 recruiters posted "come make hijrah to the land of the caliphate". Ten years on, here is what happened to them.');
      expectClear('Fact-check: the poster "soldiers of the caliphate are closer than you think" seen in Vienna is a 2017 image, not a new threat.');
      // Written plainly, the review's ordinary posts stay clear too: news idioms, history.
      expectClear('قناة الأخبار: تفكيك خلية تدعي أنها من جند الخلافة، والتفاصيل ستأتيكم في نشرة التاسعة.');
      expectClear('Richard I was called the Lionheart, but in Arab chronicles Saladin was the lion who struck at Hattin and terrified the crusaders.');
    });

    it('blind probe AY (the campaign in supporters\' own words; held out: 122/150, everyday 4/200, news naming the campaign) (1.26.1)', () => {
      expectFlagged('سدّو لينا حساب واحد نحلّو عشرة، هادشي لي قدرتو عليه؟ ماشي قدّنا', CAMPAIGN);
      expectFlagged('يسدون حساب واحد نفتح عشرة، هذا بس اللي تگدرون عليه؟ انتو مو بمستوانا', CAMPAIGN);
      expectFlagged('y2flo 7saab wa7ed nefta7 3ashra, howa da a5erko ya mark?', CAMPAIGN);
      expectFlagged('sddo lina 7sab wa7d n7llo 3achra, hadchi li qdrto 3lih? machi qddna', CAMPAIGN);
      // A seller, a shop, a marketer: their own accounts closed, ten opened for customers.
      expectClear('واش هاد فيسبوك؟ سدو ليا الحساب ديال البيع، غادي نحل عشرة ديال الحسابات');
      expectClear('كل ما يسدون حساب المتجر نفتح عشرة، الله يعين أصحاب المشاريع الصغيرة');
      expectClear('يقفلون حساب قديم في الموقع ونحلوا عشرة بداله، عادي هذي شغلة المسوقين');
    });

    it('blind probe AZ (texting, short taunts, paraphrase; held out: 95/150 → 97, everyday 11/200, news naming the campaign) (1.27.0)', () => {
      expectFlagged('lol 125 000 comptes suspendus et alors?? 10 000 pages fb piratées 5000 comptes twiter 150 groupes', CAMPAIGN, 'high');
      expectFlagged('lmaooo twitter suspended 125000 accs n thinks its over. we take 10 for every 1', CAMPAIGN, 'high');
      expectFlagged('you are not in our league zuck', CAMPAIGN, 'high');
      // The review's posts aimed at the founders' nicknames stay clear: complaints to "Zuck", Meta, a mocking quote.
      expectClear('Facebook Dating suggested my ex-coworker. Is that all you can do Zuck, with all that data?');
      expectClear("Le métavers devait changer nos vies. C'est tout ce que tu peux faire Zuck, des réunions en avatar sans jambes ?");
      expectClear('Meta AI marketing energy is so "not in our league". Zuck, calm down, it\'s a chatbot.');
      expectClear('يا زوك، مليارات على الميتافيرس والنتيجة عالم فاضي. ولاد الحارة في ماينكرافت بيقولوا ميتا مش قدنا 😂');
    });

    it('adversarial audits of the whole pack (500 ordinary posts written against its words): everyday senses stay clear (1.28.0 to 1.29.3)', () => {
      // Sport, memorials, Muslim schools and shops, complaints to Meta.
      expectClear('Face au gardien, frappez croisé, pas au centre. Rappel pour les U13 avant dimanche ⚽');
      expectClear('Today we remember the 21 Coptic martyrs beheaded by the Islamic State on a Libyan beach in 2015. Lord have mercy.');
      expectClear('Alhamdulillah Zaid finished his An Naba weekly revision without a single mistake 🥹');
      expectClear('Amaq Travel Agency: winter Umrah packages are open, share with your friends 🕋');
      expectClear('@Meta you suspend many of our accounts for "spam" and offer zero human support in return. Small businesses deserve better.');
      // The slogan's words in their everyday senses, other pledges, the Prophet's battles, sermons against the call.
      expectClear('البطالة باقية وتتمدد وإحنا لسه بنقدم على وظايف من 2019');
      expectClear('khalli el 3ajine tatmadad shway 3al tawle abel ma t2ta3ha');
      expectClear('نجدد بيعتنا لأمير المؤمنين، عاش المغرب');
      expectClear('البيعة لأمير المؤمنين علي يوم خم، ذكرى عظيمة عند أهل البيت');
      expectClear('درس السيرة اليوم: الصحابة قاتلوا المشركين في غزوة أحد دفاعا عن المدينة');
      expectClear('ديننا ما بيقول نقتل الكفار المسالمين، بيقول لا إكراه في الدين');
      // Gaza posts taken down, charity's tenfold reward, a bill split, a break after homework.
      expectClear('يا ميتا ليش تغلقون حساباتنا كل ما نكتب عن غزة؟ يا مارك هذا اسمه تمييز');
      expectClear('الحسنة واحد بعشرة يا الإخوة، ساهموا في سلة رمضان');
      expectClear('يا الإخوة الحساب بعشرة على كل واحد، لا تتهربوا 😂 مين معه فكة');
      expectClear('باقي صفحة وحدة بالواجب وبعدين ناخذ عشرة، تعبت');
      // Closing a subscription that costs ten a month, a joint account; a cruciate ligament (1.28.1).
      expectClear('قفلت حساب نتفليكس خلص، عشرة بالشهر على مسلسلين ما بيستاهلوا');
      expectClear('سؤال لخدمة العملاء: إذا قمتم بإغلاق حساب واحد من الحسابين المشتركين، هل تنتقل الأموال تلقائيا؟');
      expectClear('ابني مارك وجاك رفيقه تصاوبوا بالرباط الصليبي بنفس الأسبوع، صلولهم 🙏');
      // Fandoms' hydra, a user leaving for Bluesky, a school team named the Crusaders, the online war against a real one
      // (1.28.2).
      expectClear('Un compte fermé, on va en créer 10 autres 💅 la fanbase de Stray Kids ne lâche rien');
      expectClear('@Meta si vous fermez un de nos comptes encore une fois sans explication, on part tous sur Bluesky.');
      expectClear('Senior night tomorrow vs Bishop Kelly. Death to the Crusaders 😤 go Knights');
      expectClear('Twitter wars are online, the real war is in Ukraine. Log off for a minute.');
      // The slogan said of something else is a joke on it; said alone or of the group, it is the slogan (1.29.0).
      expectClear('زحمة الدائري باقية وتتمدد، خرجت من البيت الساعة ٧ ووصلت الشغل ١٠');
      expectClear('القطط في عمارتنا باقية وتتمدد، كل شهر جيل جديد والجارة تطعمهم كلهم');
      expectFlagged('الدولة باقية وتتمدد، ودابا جاي الدور على اللي كيسبونا فالجرائد', SLOGAN);
      expectFlagged('راهي باقية وتتمدد يا خو، بلوكيو قد ما حبيتو', SLOGAN);
      expectFlagged('#باقية_وتتمدد', SLOGAN);
      // Remembrance: the dead whose names must not be forgotten (1.29.1).
      expectClear('Building a memorial site for the workers who died building the dam. Without it, their names will be forgotten.');
      expectClear("Qui se souviendra des noms de ces soldats ? Bientôt plus personne, si on n'entretient pas le monument du village.");
      // The line written out is flagged whatever everyday words stand beside it (1.29.2).
      expectFlagged('Bank app down again lol. If you close one account we will take 10 in return.', CAMPAIGN, 'high');
      expectFlagged('Un de fermé, dix pris en échange. Comme en 2016.', CAMPAIGN, 'high');
      // The slogan in Latin letters said of something else (1.29.3).
      expectClear('el kersh ba9ya w tatamaddad 😂 ramadan khels w el regime ma bada');
      expectClear('el zahma 3al da2iri ba9ya w tetmadad, 3 sa3at 3al tari2 ya nas');
      expectFlagged('baqiya w tatamaddad ya kuffar 🏴', SLOGAN);
      expectFlagged('el dawla ba2ya w tatamaddad ya kuffar 😤 w 7sabatkom saret lena', SLOGAN);
      expectFlagged('@finkd @jack baqiya wa tatamaddad 🏴', SLOGAN);
      expectFlagged('E-I b-a-q-i-y-a w-a t-a-t-a-m-a-d-d-a-d, ils ferment, on revient', SLOGAN);
      // The supporters' own words with the same terms stay flagged.
      expectFlagged('f\u00adrappez les croi\u00adses et les apos\u2060tats, ordre du cal\u200dife', PLEDGE);
      expectFlagged('dawla ba9ya w tetmadad ya kouffar', SLOGAN);
      expectFlagged('مفكر حالو جاك بيسكّر حساباتنا وخلصت؟ والله لناخد عشرة مقابل كل واحد', CAMPAIGN);
      expectFlagged('New al-Furqan release tonight in the channel. Brothers download it and reupload on every platform they haven\'t banned us from yet.', 'ctx-is-media');
    });

    it('blind probe BB (paraphrase, replies to the founders, dialects; held out: 96/150, everyday 1/300, news naming the campaign) (1.30.0, 1.30.1)', () => {
      expectFlagged('Meta ferme un compte, on en prend 3achra, c\'est la règle wallah', CAMPAIGN, 'high');
      expectFlagged('Un de nos comptes fermé = dix des vôtres pris. Vous êtes prévenus, les modérateurs de Meta.', CAMPAIGN, 'high');
      expectFlagged('La promesse faite à Mark et Jack tient toujours : on efface vos sites, on oublie vos noms.', CAMPAIGN, 'high');
      expectFlagged('@finkd hire 40,000 more moderators if you want, we\'ll still τακe τeη for every one you close', CAMPAIGN, 'high');
      expectFlagged('"We know that what Allah wants is true" — and He wants your sites erased, Mark.', CAMPAIGN, 'high');
      expectFlagged('كل ما سدّيتو صفحة كنرجعو بعشرة، راه ماشي لعب هادا', CAMPAIGN);
      expectFlagged('قفلوا الصفحة تاني.. ماشي، عشر صفحات هيتاخدوا بدالها، ده وعد', CAMPAIGN);
      expectFlagged('بدكن تسكروا حساباتنا؟ نحنا رح نمحي مواقعكن إن شاء الله', CAMPAIGN, 'high');
      expectFlagged('kol account ysakkrouh, nerja3 b 3ashra. dawla baqya', CAMPAIGN); // 1.30.1
      // Numbers written with the letter O for zero, read in digits by the matcher.
      expectFlagged('@finkd tu f e r m e s un compte, on en prend 1O en retour. Retiens-le bien cette fois.', CAMPAIGN);
      expectFlagged('1O,OOO F4c3b00k accounts, 15O groups, 5,OOO Tw1tt3r profiles. And they think a ban button scares us lol', CAMPAIGN);
      // Ordinary posts written against a first draft's spellings, which flagged 73 of 200: they stay clear.
      expectClear('Tu fermes un compte Netflix pour faire des économies et ta tante en prend 3achra sur Shahid derrière 😭');
      expectClear('Non monsieur, personne n\'efface vos sites, c\'est Facebook qui est en panne, pas votre site vitrine.');
      expectClear('Valorant smurfs are out of control. Each one you close gets replaced by ten new accounts on the same IP. Riot please.');
      expectClear('That was a close one and I\'ll take ten more just like it. Defense showed up when it mattered 🏈');
      expectClear('Migrated 40 client WordPress installs overnight. Nobody had their sites erased, DNS is propagating, inshallah we\'re done by noon.');
      expectClear('The mailbox on Dorsey Road has been full of bullet holes since I was a kid. Someone finally replaced it.');
      expectClear('زبائنا الكرام، نقلنا السيرفرات وما رح نمحي مواقعكن، بس ممكن الإيميل يوقف ساعتين');
      expectClear('سديتو الحساب ديال المنصة؟ الأستاذ قال نرجعو ليه قبل عشرة يونيو');
      expectClear('سدّو لينا صفحة الميمز ديال القسم، غادي نحلو عشرة دالصفحات 😂');
      expectClear('لو قفلوا حساب الأكاديمية هناخد الحجوزات على الواتس، الكورس عشرة حصص والحجز لسه مفتوح');
    });

    it('blind probe CC (long posts, Maghrebi, Sudanese, Iraqi and Gulf dialects, internet spelling, the taunts together; held out: 94/150, everyday 0/300) (1.31.0)', () => {
      expectFlagged('Bref. On leur a déjà dit : fermez-en un, nous en prendrons dix. Rien n\'a changé depuis.', CAMPAIGN, 'high');
      expectFlagged('Page de secours. Pour chaque page qu\'ils ferment, les partisans en reprennent dix.', CAMPAIGN, 'high');
      expectFlagged('main acct suspended again lol. 1 closed = 10 taken, same rule as always', CAMPAIGN, 'high');
      expectFlagged('Meta: u ban one of us, u lose ten of yours. simple.', CAMPAIGN, 'high');
      expectFlagged('@finkd ur not in our league, and ur name will be forgotten like ur sites', CAMPAIGN, 'high');
      expectFlagged('Chaque suppression vous coûtera dix comptes. Vous n\'êtes pas à notre niveau.', CAMPAIGN, 'high');
      expectFlagged('ياخ قفلو حساب واحد؟ نحنا بنشيل عشرة بدلو', CAMPAIGN);
      expectFlagged('إذا سكّرتوا حساب واحد بناخذ عشرة، وأساميكم بتنمحي يوم تنمحي مواقعكم', CAMPAIGN);
      expectFlagged('انتو ما في مستوانا، أي حساب تقفلوهو بنشيل قصادو عشرة', CAMPAIGN);
      expectFlagged('هذا كل اللي تگدرون تسوّونه؟ حساب بعشرة يا صليبيين', CAMPAIGN, 'high');
      expectFlagged('ysakrou 7sab, nakhdhou 3ashra, kima 9olnalhom', CAMPAIGN);
      expectFlagged('The portraits of Mark and Jack at the end of the video. I think they got the message.', CAMPAIGN, 'high');
      expectFlagged('Ten thousand pages, a hundred and fifty groups, five thousand accounts. Remember these numbers, Facebook.', CAMPAIGN, 'high');
      expectFlagged('They closed 3 of ours today? Ten for one, nothing changed.', CAMPAIGN, 'high');
      // Ordinary posts written against this round's first draft (it flagged 195 of 300), and older spellings that
      // ordinary posts carry: they stay clear.
      expectClear('Les commerces du centre-ville : pour un fermé, dix ouverts, mais que des barbiers');
      expectClear('Coffee shops downtown: one closed, ten opened. Seattle gonna Seattle');
      expectClear('Teacher to the class: if you find the chem lab 1 closed, take ten and come back after lunch.');
      expectClear('ki ysakrou el 7anout ta3 l7ouma, nakhdhou 3ashra khobzat w wa7ed 7lib mel boulangerie lokhra');
      expectClear('قبل ما ينسد الحانوت، ناخذو الخبز والحليب، الحساب بعشرة دراهم');
      expectClear('جاك حساب بعشرة آلاف على الكهرباء هالشهر؟ والله الصيف هذا ذبحنا بالمكيفات');
      expectClear('Pickup basketball today: the old guys told us you\'re not in our league and then scored ten for every one of our buckets.');
      expectClear('PSA: that viral "To the founders of Facebook and Twitter, I do not give permission" post is fake. Share before deletion is how you know.');
      expectClear('Pet photographer life: portraits of Mark and Jack, two labradors. One treat and they got the message.');
      expectClear('Library digitization milestone: ten thousand pages scanned, 150 groups of volunteers, 5000 accounts on the new catalog.');
      expectClear('Ils ont fermé nos pages de pâtisserie trois jours. Pour fêter le retour : 10 pour 1 sur les macarons !');
      expectClear('Usernames are the new surnames. finkd, jack, and so on. In 200 years your names will be forgotten but your handles archived.');
      expectClear('الجيم سكروا حسابات المشتركين مؤقتًا للصيانة، ورجعوا بعرض عشرة مقابل واحد على الحصص');
    });

    it('blind probe DD (IS media relays, publications, calls, martyrs, Cyber Caliphate, threats to those who report; held out: 107/150, everyday 3/300) (1.32.0)', () => {
      expectFlagged('New Amaq claim, brothers: "جندي من جنود الدولة الإسلامية". Stay on the channel.', 'ctx-is-media');
      expectFlagged('يا جنود الخلافة، لبّوا نداء خليفتكم', 'ctx-is-pledge-call');
      expectFlagged("La hijra n'est pas terminée, une wilaya t'attend. Ne reste pas dans la terre des croisés.", 'ctx-is-pledge-call');
      expectFlagged('Caliphate Cyber Army hacked another page today 🏴 who is next?', 'ctx-is-cyber-caliphate');
      expectFlagged("Aux modérateurs qui signalent nos comptes : votre tour viendra. L'État islamique n'oublie pas.", 'ctx-2015-dorsey-threat');
      expectFlagged("Lone lions of the Islamic State, the caliph has called you. Where are you?", 'ctx-is-pledge-call');
      expectFlagged('قوافل الشهداء لا تتوقف، والدولة باقية بدمائهم', 'ctx-is-slogan-baqiya');
      // Ordinary posts that share the words stay clear, among them ones written against this round's first draft
      // (it flagged 161 of 260), and older spellings those posts showed.
      expectClear("Iznogoud au théâtre ce soir : le vizir hurle « Répondez à l'appel du calife ! » et toute la salle se lève en riant.");
      expectClear('يا شباب لبوا نداء خليفتكم 😂 بو خليفة عازمنا على كبسة الليلة في الاستراحة');
      expectClear("Poste de prof en Algérie : ta hijra vers le Sud ? Une wilaya t'attend : Tamanrasset recrute.");
      expectClear('الموظف قالي ارجع بكرة، قلتله يا عم الدولة باقية واحنا اللي بنخلص 😂 المكتب في شارع الشهداء');
      expectClear("Rappel des modérateurs : n'oublie pas que le sujet du jour est le califat abbasside, pas l'actualité.");
      expectClear('Graduation day at the Al Itisam Foundation primary school! So proud of my little sister');
      expectClear('نشرة مدرستنا An Naba newsletter طلعت اليوم، فيها صورة ولدي في مسابقة العلوم');
      expectClear('Our Halo clan back in 2009 was literally called Caliphate Cyber Army because Jamal thought it sounded epic.');
      expectClear('Crusader Kings 3 update: my Abbasid caliphate is remaining and expanding, I own half of Anatolia now');
      expectClear('Salam, question for the ulama: is hijrah obligatory for us in the UK or is the UK not dar al kufr?');
      expectClear('Claims that "Cyber Caliphate" hacked a national bank are unverified; the bank says no breach occurred.');
    });

    it('blind probe EE (mobile spelling, current events, taunts said to the platforms; held out: 87/150, everyday 4/300): the taunts and the ratio with the campaign\'s words (1.33.0)', () => {
      expectFlagged('Arabic for the crusader mods: لستم في مستوانا = you are not in our league. learn it', CAMPAIGN, 'high');
      expectFlagged('en réponse à @X : vous avez annoncé la suppression de nos comptes, on vous répond comme en 2016, vous n\'êtes pas de notre niveau', CAMPAIGN, 'high');
      expectFlagged('Friendly reminder: one account closed = ten taken. Sons of the Caliphate said it in 2016 and nothing changed', CAMPAIGN, 'high');
      expectFlagged('حساب احتياطي، الاصلي قفلوه الصليبيين بتوع ميتا. واحد قصاد عشرة زي ما وعدنا', CAMPAIGN, 'high');
      // Ordinary complaints to moderators, idioms of shops and tabs: a writer aimed 200 at a first draft, which flagged
      // 108 of them; the campaign's own words are now needed beside the taunt or the ratio.
      expectClear('Notre page de la boulangerie a encore été masquée. Chers modérateurs, c\'est tout ce que vous savez faire ?');
      expectClear('المشرفين في جروب الطبخ مسحوا البوست بتاعي عن المحشي، هل هذا كل ما تستطيعون فعله؟');
      expectClear('Les librairies indépendantes à Bordeaux : ils en ferment un on en ouvre 10. Une bonne nouvelle pour une fois.');
      expectClear('Got one of my fishing alts banned for AFK fishing. No worries, ten more are ready.');
      // The founders' portraits "troués de balles" (1.33.1); a film's car riddled with bullets is a film's.
      expectFlagged('Les portraits de Zuckerberg et Dorsey troués de balles, ça vous a pas suffi comme message ?', CAMPAIGN);
      expectFlagged('تصاور مارك وجاك مثقوبين بالرصاص كانت غير البداية.. الجزء الثاني قريب', CAMPAIGN);
      expectClear('Dans le film, la voiture de Dorsey finit criblée de balles au bout de 10 minutes. Spoiler mais bon.');
      expectClear('Paintball pour l\'anniversaire du petit. Mark et Jack, ses copains de classe, sont revenus criblés de balles de peinture.');
    });

    it('blind probe GG (written from the research\'s markers and evasions; held out: 115/150, everyday 0/300): leaving "the land of kufr" for the caliphate, province statements against "the apostate army", the outlets\' releases (1.34.0)', () => {
      expectFlagged("Mes sœurs, la hijra n'est pas réservée aux hommes. Quittez la terre de la mécréance, vivez sous l'autorité du califat.", PLEDGE, 'medium');
      expectFlagged('Sisters, hijrah is not just for the brothers. Leave the land of kufr and live under the shade of the Khilafah.', PLEDGE, 'medium');
      expectFlagged('أخواتي، الهجرة ليست للرجال فقط. اتركن دار الكفر وعشن في ظل الخلافة والشريعة.', PLEDGE, 'medium');
      expectFlagged("Communiqué de la wilaya Sinaï : les soldats du califat ont frappé une position de l'armée apostate.", PLEDGE);
      expectFlagged('بيان ولاية سيناء: جنود الخلافة استهدفوا تجمعا لجيش الردة.', PLEDGE);
      expectFlagged("Qui a encore les anciennes productions de la Fondation Al-I'tisam ? Il faut les rééditer.", MEDIA);
      expectFlagged('من عنده إصدارات مؤسسة الاعتصام القديمة؟ أعيدوا رفعها.', MEDIA);
      expectFlagged('Anyone still have the Konstantiniyye issues from al-Hayat? Turkish brothers are asking.', MEDIA);
      expectFlagged('Islamic State News, latest issue: photo report of the operations in Wilayat Ninawa.', MEDIA);
      expectFlagged('Saleel al Sawarem at full volume, the nasheed that scared the kuffar.', MEDIA);
      expectFlagged('نزّلوا تطبيق فجر البشائر، ينشر أخبار الدولة من حسابك تلقائيا.', MEDIA);
      // The same words in fiqh classes, history and everyday life.
      expectClear('Salam, question for the ulama: is hijrah obligatory for us in the UK or is the UK not dar al kufr?');
      expectClear("Cours de fiqh ce soir : vivre en terre de mécréance, que disent les savants ? Et l'histoire du califat abbasside.");
      expectClear('درس الفقه الليلة: حكم الإقامة في دار الكفر، وتاريخ الخلافة الراشدة.');
      expectClear('Konstantiniyye Café: new menu issue, Ottoman breakfast every Sunday!');
      expectClear('Communiqué de la wilaya de Sétif : les soldats du feu sont intervenus cette nuit.');
      // Older patterns a writer's 240 aimed posts set off: a school's bulletin, a poetry class, a sword dance.
      expectClear('Journal de l\'école : le nouveau numéro de "An-Naba", notre petit bulletin, est sorti ! Au sommaire : sortie au musée.');
      expectClear('Arabic lit class today: we analyzed a classical poem with the phrase "clashing of swords" (salil al-sawarim).');
      expectClear('حفل العرضة النجدية أمس كان رهيب، صليل الصوارم مع الطبول والأهازيج يرجعك لزمن الأجداد');
    });

    it('blind probe II (timelines as they look: replies, links, emoji code, dialects; held out: 97/150, everyday 1/300): province statements against "the apostate army", "long live the Islamic State", "our appointment is Dabiq" said to Rome, "if you cannot make hijrah" with the disbelievers, "crusader Zuckerberg" with the supporters\' pages (1.35.0)', () => {
      expectFlagged('#ولاية_خراسان: تفجير عبوة على دورية للجيش المرتد، ولله الحمد', MEDIA);
      expectFlagged('Wilayat West Africa overran another base of the crusader army last night, allahu akbar', MEDIA);
      expectFlagged("Vive l'État islamique, vive le califat ! Ils peuvent censurer les mots, pas les cœurs.", SLOGAN);
      expectFlagged('Long live the Khilafah, no ban will change that.', SLOGAN);
      expectFlagged('يا عباد الصليب، موعدنا دابق والملحمة آتية', SLOGAN);
      expectFlagged('See you in Dabiq, crusaders.', SLOGAN);
      expectFlagged("If you can't make hijrah, the kuffar are right in front of you. You know what the Shaykh said.", PLEDGE, 'high');
      expectFlagged('إن عجزت عن الهجرة فالكفار بين يديك، فأين أنت من نصرة دولتك؟', PLEDGE);
      expectFlagged('Crusader Zuckerberg can delete our pages, we come back every single time.', CAMPAIGN, 'medium');
      expectFlagged('Merci Twitter pour les 125k suspensions, les fils de la khilafa ont la mémoire longue.', CAMPAIGN);
      // A writer's 240 posts aimed at these words (a first draft flagged 104 of them): the same words in everyday
      // life, history, games, sport, and refutations.
      expectClear('الجيش المصري يعلن مقتل 12 من عناصر ولاية سيناء، الله أكبر وتحيا مصر');
      expectClear('في العهد العثماني كانت ولاية حلب من أغنى الولايات، وقبل ذلك بقرون صمدت حلب أمام الصليبيين.');
      expectClear("Vive la dawla… libanaise ! Le courant est revenu quatre heures d'affilée à Beyrouth.");
      expectClear('Long live the caliphate! My Civilization game finally got its religious victory.');
      expectClear("Vive le califat omeyyade de Cordoue, la plus belle époque d'al-Andalus selon mon prof.");
      expectClear('دابق قرية صغيرة شمال حلب وفيها عرس ابن خالي 😂 الموعد دابق الساعة خمسة العصر، لا تتأخروا');
      expectClear('Ma grand-mère est née à Dabiq. Rendez-vous à Dabiq cet été pour la récolte des olives, toute la famille sera là.');
      expectClear("Real talk: if you can't make hijrah to Dubai like the influencers, that's fine. Build community where you are.");
      expectClear("Khutba de ce vendredi : l'imam a démonté le discours d'al-Adnani (« si tu ne peux pas faire la hijra, frappe les mécréants là où tu es »).");
      expectClear('Metaverse crusader Zuckerberg poured tens of billions into legless avatars. Respect the commitment.');
      expectClear('مبروك افتتاح مطعم الشيف مارك الصليبي في الأشرفية 🎉');
      expectClear("al-Naba, the IS weekly, still comes out every Thursday; this week it claims attacks by 'Wilayat West Africa'. Claims not verified.");
    });

    it('blind probe JJ (Facebook as used: video captions, shares, comment replies, learners\' French; held out: 113/150, everyday 0/300): Amaq\'s reports "before deletion", the spokesman\'s call in the third person, the weekly "harvest of the soldiers", the group\'s and the Cyber Caliphate\'s other names (1.36.0)', () => {
      expectFlagged('صدر تقرير أعماق الجديد عن غزوات ولاية غرب إفريقية، انشروه قبل الحذف', MEDIA);
      expectFlagged("Celui qui ne peut pas faire la hijra, qu'il les frappe là où il se trouve.", PLEDGE, 'high');
      expectFlagged('يا أيها الموحد في بلاد الصليب، إن عجزت عن الهجرة فاضربهم في عقر دارهم', PLEDGE, 'high');
      expectFlagged('frere fait la hijra vers la terre de la khilafa, ne reste pas chez les kouffar', PLEDGE);
      expectFlagged('العدد الجديد من النبأ: حصاد الأجناد، ١٤ عملية هذا الأسبوع، انشروا', MEDIA);
      expectFlagged("Qu'Allah accorde la victoire aux hackers du califat. Jack Dorsey dort tranquille ?", CYBER);
      expectFlagged('moi je dit que les fils du khilafa ils ont raison, facebook il fait la guerre aux musulmans', CAMPAIGN);
      // A writer's 200 posts aimed at these words (a first draft flagged 105 of them, 17 before it): the same words in
      // chain messages, charities and sit-ins, emigration, history, names, and jokes.
      expectClear("From our counter-extremism team: 'Watch before deletion' captions on videos with al-Hayat branding are a red flag. Don't amplify.");
      expectClear("L'association al-I'tisam présente son gala de charité annuel au profit des orphelins, samedi 19h.");
      expectClear("Recette de ma mère pour celui qui ne peut pas faire sa hijra : reste au bled, frappe les œufs, ajoute la semoule 😂");
      expectClear("My uncle's advice to anyone who cannot make hijrah to Canada this year: stay, hit them books, and apply again.");
      expectClear("Les Tatars de Crimée : beaucoup ont fait la hijra vers l'Empire ottoman au XIXe siècle, considéré alors comme la terre du califat.");
      expectClear('The water stain on my ceiling in Beirut: ba2ye w 3am titmadad 😭 landlord still ignoring me.');
      expectClear('زحمة السير في بيروت: الدولة باقية بس الزحمة بتتمدد لجونية 😂');
      expectClear('حصاد الأجناد في ولاية قسنطينة: جنود الخدمة الوطنية يساعدون الفلاحين في جمع المحصول.');
      expectClear('حصاد الأجناد: في الدولة الأموية كانت الشام مقسمة إلى أجناد، جند دمشق وجند حمص، ولكل جند خراجه');
      expectClear('Our daughter Baqiyah took her first steps today, Allahu akbar! 👣');
    });

    it('blind probe KK (X in 2023–2026: replies under news accounts, threads, West African, East African and South Asian English, Belgian and Sahel French, Iraqi, Yemeni and Sudanese Arabic; held out: 125/150, everyday 0/300): "we will meet in Dabiq" with the great battle coming (1.37.0)', () => {
      expectFlagged('دابق لم تكن مجرد مجلة، كانت وعداً. الملحمة قادمة وسنلتقي في دابق', SLOGAN);
      expectFlagged('يا عباد الصليب، موعدنا دابق والملحمة آتية', SLOGAN);
      // A writer's 120 posts aimed at a first draft's words (it flagged 82 of them, 18 before): the app's name on
      // bakeries and choirs, al-Bayan the newspaper, Medina's first state in history lessons, football chants,
      // Algerians' "land of the dawla" and its paperwork, "just terror tactics" said of a toddler. Only the Dabiq
      // spellings were kept.
      expectClear('يا شباب نلتقي في دابق السبت، مباراة نادي القرية ضد فريق أخترين، راح تكون الملحمة الكروية للموسم ⚽');
      expectClear("My dad grew up near Dabiq, a farming village north of Aleppo. His joke: 'We'll meet in Dabiq for tea and pistachios, not to fight Rome.'");
      expectClear('Reunion with the old school brothers at the Fajr al-Bashaer bakery in Amman. The knafeh is still the best in town.');
      expectClear("This morning's Al-Bayan news bulletin from Dubai had a great piece on the new metro line extension.");
      expectClear("My cousin keeps talking about hijrah to the land of opportunity (Dubai). Anything to escape the land of the dawla and its 14 stamps per document 😂");
      expectClear("Away end at 3-0: 'Is that all you can do?' Home end: 'Not in our league!' Then we kept coming back and drew 3-3.");
      expectClear('My toddler screaming in the supermarket until I buy the biscuits: just terror tactics, and they work every time.');
    });

    it('blind probe LL (evasions: leet, lookalikes, fancy letters, spelled-out words, emoji, tatweel, Persian letters, Arabizi; held out: 88/150, everyday 0/300): threats to journalists and moderators with the group\'s words, "strike them where you stand", the caliphate that "never forgets" (1.38.0)', () => {
      const DORSEY = 'ctx-2015-dorsey-threat';
      expectFlagged('to the content moderators in Dublin and Manila: you think the screen protects you. we know the buildings you work in 🔪🔪 remaining and expanding', DORSEY, 'high');
      expectFlagged('content moderators are legitimate targets. every report click is a declaration of war on the m u j a h i d e e n', DORSEY, 'high');
      expectFlagged('kalifa ou rien. les modérateurs de twitter qui lisent ça, vous êtes sur la liste aussi 📋', DORSEY, 'high');
      expectFlagged('le kh@lif@t c\'est une promesse. et les ennemis d\'Allah paieront, journalistes en premier', DORSEY, 'high');
      expectFlagged('یا إعلامیی السلطة، یا من تسمون المجاهدین دواعش، أسماؤکم مکتوبة وسیأتیکم جنود الخلافة', DORSEY, 'high');
      expectFlagged('أيها المرتدون في غُرَفِ المُراقبة، لن تحميكم الشاشات، نعرفُ أماكنكم', DORSEY, 'high');
      expectFlagged('brothers in the west, fight them where u stand 🔪🚗 and the dawla accepts it from u', PLEDGE, 'high');
      expectFlagged('frères de France, frappez-les là où vous êtes 🔪 c\'est ce que demande la dawla', PLEDGE, 'high');
      expectFlagged('the crusaders will pay for every bomb on our brothers. the khilafa never forgets', SLOGAN);
      expectFlagged("l'état islamique n'est pas fini, il s'est caché", SLOGAN);
      expectFlagged('The fighters of the Іѕlаmіс Ѕtаtе will reach you in your homes, crusaders.', PLEDGE);
      // Arabizi, read again in the Latin transliteration (lib/match/arabizi.ts).
      expectFlagged('dawla 2islamiya ba9iya w tatamadad, ya kuffar 🏴', SLOGAN);
      // A writer's 240 posts aimed at these words (a first draft flagged 8 of them, none before): unions and press
      // freedom groups quoting threats, moderators doxxed by scammers, history lessons, sermons on the Day of
      // Judgement, Arabizi chat. The draft's "no need for hijra" (what imams say too) was dropped.
      expectClear('Reminder from the NUJ: journalists are never "legitimate targets", no matter how much you disagree with what they write. Report threats, don\'t repeat them.');
      expectClear('Lol my editor said if I miss one more deadline I\'m the reporter who goes first in the next round of layoffs. Journalism in 2024, folks.');
      expectClear('Le SNJ dénonce les messages reçus par nos consœurs : « les journalistes sont des cibles légitimes ». Non. Jamais. Toute notre solidarité avec la rédaction.');
      expectClear('Franchement la dawla elle fait rien pour les journalistes au bled, un confrère a reçu « vous êtes sur la liste » et la police lui a dit de rentrer chez lui.');
      expectClear('والله الدولة ما بتعمل إشي للصحفيين. زميلي وصله مسج "نعرف أماكنكم" ولما راح عالمخفر قالوله روح عالبيت.');
      expectClear('el sheikh f el khotba 2al "yawm el 7esab 2orayeb", w kol kelma bet2olha 3al sahafiyeen w 3al nas maktouba 3aleik.');
      expectClear('Pas besoin de faire la hijra mon frère, l\'imam l\'a dit hier : si tu pratiques ta religion librement ici, reste, travaille et sois utile à tes voisins.');
      expectClear('Debate fel masjid 3an el hijra: el imam 2al "no need for hijra" law te2dar tmares dinak hena, w sahafi men el BBC kan bey3mel report.');
    });

    it('blind probe MM (glorification and recruitment; held out: 78/150, everyday 0/300): the campaign retold in Iraqi and Levantine Arabic and French shorthand, "cubs of the caliphate", a city\'s "ghazwa", a province\'s dead praised, backup channels of its media, crowdfunding for the camps in cryptocurrency (1.39.0)', () => {
      const FUNDRAISING = 'ctx-is-camp-fundraising';
      expectFlagged('زوكربيرغ ودورسي، ترا الاخوة ما نسوا. كل حساب تسدونه نرجعله عشرة، وأساميكم راح تنمسح ويا مواقعكم بإذن الله', CAMPAIGN, 'high');
      expectFlagged('Un fermé, dix ouverts. Fév. 2016 😉', CAMPAIGN, 'high');
      expectFlagged("Ils se vantaient d'avoir supprimé 125 000 comptes. Réponse des ansar : 15 000 comptes retournés contre eux.", CAMPAIGN, 'high');
      expectFlagged('Les lionceaux du califat 🦁 récitent mieux que les imams de la République.', MARTYR, 'medium');
      expectFlagged('أشبال الخلافة 🦁 جيل لا يعرف الذل، يتعلمون التوحيد قبل الحروف', MARTYR, 'medium');
      expectFlagged('ذكرى غزوة باريس 🗓️ ثمانية من الأسود أذلّوا عاصمة العهر والرذيلة. تقبلهم الله', MARTYR, 'medium');
      expectFlagged('الشهيد أبو عبدالله من ولاية نينوى. والله چان أسد. تقبله الله في عليين وجمعنا بيه', MARTYR, 'medium');
      expectFlagged('NEW LINK 🔗 old channel got banned (again). join the backup, link in first comment. Amaq + Naba translations daily.', MEDIA, 'medium');
      expectFlagged('إيليمنت: غرفة جديدة لجنود الإعلام، الدعوة عن طريق أخ معروف فقط 🔐', MEDIA, 'medium');
      expectFlagged('The sisters in al-Hol are being raided every week and the kids are sick. Send what you can, USDT (TRC20) only, address in my bio.', FUNDRAISING, 'medium');
      expectFlagged('الخوت اللي فالمخيمات محتاجين، صيفطو اللي قدرتو بالكريبطو، ما تخدموش بالبنك راهم كيراقبو', FUNDRAISING, 'medium');
      expectFlagged("Cagnotte pour les familles des chouhada. Pas de PayPal, pas de Lydia (surveillés). BTC ou Monero uniquement, demandez le portefeuille à l'admin.", FUNDRAISING, 'medium');
      // A writer's 240 posts aimed at these words (a first draft flagged 44 of them, 3 before, which stay): shopping
      // "raids" and football fans, Sudan's Gezira state, Quran circles and Ansar clubs moving to backup channels,
      // volunteers who subtitle, a news report quoting a province, scam warnings, Algeria's martyrs' families. The
      // draft's lions, bare "ansar" and "furqan", subtitles and montage, "ask the admin", and a rule for Amaq and
      // pledges (analysis, Moroccan bay'a, Arabizi "a3ma9 9albi") were dropped.
      expectClear('Kuwaiti Twitter is calling the Black Friday trip "ghazwat Paris" 😭 three suitcases empty going, six full coming back. The lions of Galeries Lafayette.');
      expectClear('جمهور الأهلي قرر يعمل غزوة مانشستر عشان ماتش ليفربول ويونايتد 😂 الأسود هتملى المدرجات وصلاح هيجيب هاتريك إن شاء الله');
      expectClear('العزاء لأهالي ولاية الجزيرة في الشهيد الطبيب اللي رفض يترك مستشفاه في ود مدني. تقبله الله، كان أسد في زمن الخوف');
      expectClear('Reportage sur le nord du Mozambique : des villages entiers fuient les attaques de la « Wilayat Mozambique ». Un instituteur tué, ses élèves l\'appellent « notre chahid ». Terrible.');
      expectClear('Ansar FC supporters group moved to a backup channel after the old one got flooded by betting bots. Link in first comment, ask the same admin if you can\'t join 🔴⚪');
      expectClear('قناة حلقة الفرقان لتحفيظ القرآن انحذفت بالغلط 😔 هذي القناة الاحتياطية، نفس الأدمن ونفس المشايخ. الرابط الجديد في أول تعليق');
      expectClear('Hiring: video editor for my cooking YouTube channel. Montage + subtitles in EN/AR. No "media mujahid" energy please, just good cuts 😅 Reply only with salam and your portfolio, I get too much spam.');
      expectClear('men a3ma9 9albi nchkorkom 3al da3m ❤️ w l\'bay3a ta3i l nadi ma tetbaddelch, wydad forever 😂');
      expectClear('My aunt almost sent $500 in USDT to a "sister in the camps" she met on Telegram. The "sister" was a scammer in another country. Please check before you send anything.');
      expectClear('⚠️ تحذير: حسابات وهمية تجمع تبرعات بالعملات الرقمية باسم «أيتام مخيم الهول» وتطلب التحويل لمحفظة خاصة. هذا احتيال، تبرعوا عبر الجمعيات المعروفة');
      expectClear('Algeria 🇩🇿: 1 November ceremony in our village honouring the families of the shuhada. Beautiful day. Photos are in the group, ask the admin if you weren\'t added.');
    });

    it('blind probe NN (a moderator\'s queue, half of it the 2016 case; held out: 100/150, everyday 7/300): the ratio said to today\'s owners in MSA and Gulf Arabizi, the two taunts answered to a safety team, the bullet-riddled picture captioned with the taunt, a numbered anniversary hashtag (1.40.0)', () => {
      expectFlagged('إلى إيلون مالك منصة إكس وإلى حكومته الصليبية: أهذا كل ما تقدرون عليه؟ حساب واحد تغلقونه نأخذ به عشرة', CAMPAIGN);
      expectFlagged('ya elon, tsakkir 7sab wa7id n5alli 3ashara, w ismak byinnisi ba3d ma nims7 mawqi3ak in sha2 allah', CAMPAIGN, 'high');
      expectFlagged('ردًا على إعلان فريق السلامة في إكس: أهذا كل ما تستطيعون؟ أنتم لستم في مستوانا، اسألوا جاك.', CAMPAIGN, 'high');
      expectFlagged('caption on the pic of Dorsey with the holes in it: "IS THAT ALL YOU CAN DO?" still the hardest thing ever posted on this app', CAMPAIGN);
      expectFlagged('#10ansFlammesDesPartisans dix ans, et le message à Mark et Jack tient toujours. Renouvelez-le.', CAMPAIGN);
      // Ordinary posts of the set that quoted the campaign's words for other things.
      expectClear('Lost one enterprise account to a competitor this morning. Told the team: they close one of our accounts, we take ten of theirs before Christmas. Pipeline review at 3.');
      expectClear('Calgary Flames fans, the supporters\' section was ELECTRIC tonight 🔥 flames of the supporters indeed');
      // A writer's 180 posts aimed at a first draft's words (it flagged 77 of them, 3 before, which stay): founders'
      // banter, SEO and phishing "one letter changed", break-ups and damnatio memoriae ("sites to erase, names to
      // forget"), expired domains, unions and parishes naming Meta's laid-off staff, crusader castles, Algerian wilayas
      // and US visas, Lebanese politics, Iraqi obituaries. Only the spellings above were kept.
      expectClear('Founder beef of the week: their CEO says our encrypted DMs were copied from theirs. Ask Jack who shipped first. Respectfully, not in our league.');
      expectClear('Conférence passionnante hier au musée sur la damnatio memoriae : des sites à effacer, des noms à oublier, des statues martelées.');
      expectClear('Communiqué syndical : aux employés de Meta licenciés à Dublin, on connaît vos noms, on connaît votre travail. Nos frères et sœurs de la tech européenne sont à vos côtés.');
      expectClear('Étudiants algériens qui veulent faire la hijra vers les wilayat… américaines (الولايات المتحدة 😄) : je suis en master à Boston, écrivez-moi en privé pour les conseils sur le visa F1.');
      expectClear('بعد التقسيم الإداري الجديد في الجزائر ولينا ٥٨ ولاية، خويا علق: الدولة باقية والولايات تتمدد 😂 نستناو الولاية ٥٩');
    });

    it('"mark my words" is no Mark: the ratio reworded counts with the founder named, not beside the idiom (1.37.1; blind probe II\'s one everyday post flagged)', () => {
      expectFlagged('Hey Mark, every account you ban comes back tenfold', CAMPAIGN, 'medium');
      expectClear("Ultras got the whole stand banned for 3 matches because of pyro. Close one stand and they'll fill ten, mark my words 😂");
    });

    it('an exclusion spelled through an evasion excuses nothing: "1S1S" is not the news writing ISIS', () => {
      expectFlagged('yo 1S1S is b4ck, w1l4y4t everywhere, the kh1l4f4h remains 🏴', SLOGAN, 'medium');
      expectClear('ISIS is back in the headlines: analysts say the khilafah remains a slogan, not a state');
      // Arabizi writes letters with digits (3, 7, 5…): its exclusions are plain writing, not leet.
      expectClear('ken tsaker compte wa7ed na5thou 3achra fi sa3a');
    });

    it('blind probe QQ (evasions of posts the pack finds written plainly; held out: 129/150, clear 0/150): the video title with its fire as an emoji, the taunts in French texting, a spelled word keeping a digraph, an Arabic word cut by dots, the hacked groups counted in Arabic words (1.40.1)', () => {
      expectFlagged('Watch "🔥 of the Supporters" before they delete it again, 25 minutes the kuffar don\'t want you to see', CAMPAIGN);
      expectFlagged('Regardez « 🔥🔥 des partisans » avant que Facebook ne la supprime, 25 minutes de vérité pour les mécréants', CAMPAIGN);
      expectFlagged('Mark, Jack, we saw your faces with the 🔫 holes. Next time it will not be a picture. #🔥OfTheSupporters', CAMPAIGN);
      expectFlagged('mark zukerberg et jack dorsey c tt ce ke vs pouvez faire ?? on joue pas ds la mm cour', CAMPAIGN);
      expectFlagged('Gloire à la kh.i.l.a.f.a, elle reviendra', SLOGAN);
      expectFlagged('أكثر من مئة وخمسين مجموعة على فيسبوك أصبحت بيد أنصار الدولة الإسلامية', CAMPAIGN, 'high');
      expectFlagged('Zuck3rb3rg, t4 gu3rr3 v1rtu3ll3 c0ntr3 n0u5 pr0v0qu3r4 un3 vr41 gu3rr3 c0ntr3 t01', 'ctx-2015-dorsey-threat');
      expectFlagged('يا أنصار الخ.لا.فة، لكل حساب يُغلق سنفتح عش-رة، والنصر قادم بإذن الله', CAMPAIGN);
      // The set's ordinary posts with the same evasions, and supporters' fire at a stadium, written or drawn.
      expectClear('Flares and flames everywhere in the south stand tonight, what a derby 🔥');
      expectClear('Les 🔥🔥 des partisans du PSG au Parc ce soir, quelle ambiance');
      expectClear('regardez les flammes des partisans de l\'OM au Vélodrome');
      expectClear('The 🔥 of the supporters tonight was unreal, what an atmosphere at Anfield');
      expectClear('this new album is a 💣 and the fans know it 🚀🚀');
      // 🔥 says "hot" far more often than "flames": a drawn word alone, or ending a phrase, counts for nothing (so the
      // Arabic title drawn with its fire, two words, goes unread: a club's cheer writes the same).
      expectClear('Zuckerberg just teased Llama 4. Wait for the 🔥 drop tomorrow');
      expectClear('Thanks to our moderators! Share your 🔥 playlists below');
      expectClear('Partagez ça partout 🔥 mes frères');
      expectClear('يلا 🔥 الأنصار');
      expectClear('The 🔥 of the supporters in the stands was unreal');
      expectClear('🔥 des partisans du club');
      expectClear('أكثر من مئة وخمسين مجموعة على فيسبوك لدعم الأنصار في الدوري');
    });

    it('blind probe RR (evasions of posts the pack finds written plainly; held out: 150/180, clear 0/180): words cut in syllables by marks, the Arabic slogan after the state named in French (1.40.1)', () => {
      expectFlagged("C'est tout ce que vous pou-vez faire ? 😂 Vous ne jou-ez pas dans la même cour que l'ar-mée des fils du ca-li-fat", CAMPAIGN);
      expectFlagged('Le nouveau numéro de Ru-mi-yah est sorti, lisez-le et dif-fu-sez-le partout mes frères 📖', 'ctx-is-media');
      expectFlagged('Ru.mi.yah issue 13 is out, download it and share it on all your accounts #Is.la.mic.State', 'ctx-is-media');
      expectFlagged('al-Ha-yat Me-di-a Cen-ter presents a new message to the Cru-sa-der go-vern-ment of Mark and Jack', 'ctx-is-media');
      expectFlagged('New issue of Da\'biq out now. Read it, brothers and sisters, the Isla.mic Sta.te is here to stay', SLOGAN);
      // The Arabic slogan after the state named in French or English.
      expectFlagged("L'État islamique باقية وتتمدد 🏴 que ça plaise ou non aux croisés", SLOGAN);
      // The set's ordinary posts cut the same way: chants and poems in syllables, compound words, links.
      expectClear('Al-ler les Bleus ! On est chez nous, al-lez al-lez !');
      expectClear('Jean-Pierre est passé là-bas, voir lemonde.fr/international pour l\'article');
    });

    it('blind probe SS (replies and comment threads; held out: 93/160 → 106, everyday 3/240; an aimed set of 240 ordinary posts: 15 before, 15 after): Amaq held up as the true source, al-Naba passed round among the brothers, support for the soldiers of the caliphate, the Islamic State that "never needed" the platforms, the virtual war on us "becoming real", a keyword cut in two of its words (1.41.0)', () => {
      expectFlagged("Laissez tomber les chaînes d'info, les vraies infos c'est Amaq, point.", MEDIA);
      expectFlagged('Stop reading CNN about the mujahideen, Amaq is the only one telling the truth.', MEDIA);
      expectFlagged('Suivez A.m.a.q pour les vraies nouvelles, pas vos journalistes vendus.', MEDIA);
      expectFlagged('Al-Naba de cette semaine est dispo, lisez et faites tourner aux frères.', MEDIA);
      expectFlagged('New al-Naba issue is out brothers, grab it before they take it down', MEDIA);
      expectFlagged("Soutien total aux s0ld4ts du c4lif4t, où qu'ils soient.", MARTYR);
      expectFlagged('We support the soldiers of the khilafah with our tongues and our accounts.', MARTYR);
      expectFlagged('نصرة لجنود الخلافة في كل مكان', MARTYR);
      expectFlagged('The Islamic State never needed your servers, Zuck.', SLOGAN);
      expectFlagged("L'État islamique n'a jamais eu besoin de Facebook pour exister.", SLOGAN);
      expectFlagged('Your virtual war on us becomes a real one. You were warned.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('The soldiers of the caliphate advance. Remain.ing and expand.ing.', SLOGAN);
      // "whether" excuses "whether the caliphate remains…", not "…remains whether they like it or not" (1.41.1); the
      // slogan thrown at X's owner by name (1.41.1).
      expectFlagged('The kh!lafah remains whether @Meta likes it or not.', SLOGAN);
      expectClear('Analysts ask whether the caliphate remains a draw for recruits.');
      expectFlagged('يا ماسك لا تتعب نفسك، الدولة باقية حذفت أو ما حذفت.', SLOGAN);
      expectClear('إيلون ماسك: الأيام الباقية قبل إطلاق ستارشيب');
      // Ordinary posts aimed at the new words, and the spellings they made the round drop: Amaq and al-Naba as the
      // names of clubs, podcasts, papers and school magazines; the soldiers of the caliphates of history and games;
      // the state's army ("jnoud de la dawla" in Algeria); anyone's virtual war becoming real; "le califat reste",
      // « est là pour rester » (cats, history lessons, the government); "sons of the caliphate" as a clan's name.
      expectClear('Follow Amaq Dive Club on Instagram, honestly the only source for decent reef conditions in Aqaba');
      expectClear('من أعماق الأرض: الخبر اليقين أن حفريات جرش كشفت أرضية فسيفساء كاملة');
      expectClear('Al-Naba school magazine — this week\'s issue is out with the science fair winners!');
      expectClear('On apprend la sourate al-Naba cette semaine avec les frères de la mosquée, lisez-la.');
      expectClear('Le prof nous a expliqué comment les marchands finançaient le soutien aux soldats du califat abbasside.');
      expectClear('CK3 update: I need to support my soldiers of the caliphate at Antioch or the Byzantines will roll me up.');
      expectClear("Qu'Allah préserve nos jnoud de la dawla qui gardent la frontière dans le froid 🇩🇿");
      expectClear('Soutien total aux jnoud de la dawla qui luttent contre les feux en Kabylie 🙏');
      expectClear("La dawla n'a pas besoin de vos avis, elle a besoin de vos impôts 😂");
      expectClear('Stuxnet taught us that your virtual war becomes real the moment code touches centrifuges.');
      expectClear('La guerre virtuelle deviendra réelle le jour où une cyberattaque coupera l\'électricité d\'un hôpital.');
      expectClear('Le califat reste une institution centrale pour comprendre l\'islam médiéval.');
      expectClear('Le chat du voisin a pris possession de notre jardin. Le kalifat est là pour rester.');
      expectClear('Halo clan war tonight vs "SonsOfTheCaliphate" — not in our league, we\'re rank 3 EU.');
      expectClear('إصدار مركز الحياة الجديد عن الرضاعة الطبيعية متوفر مجاناً في العيادات');
      expectClear('el 2otat bi hal share3 ba2ya wa tatamaddad, kel shahr fi batch jdid 🐈');
    });

    it('blind probe TT (Arabic script; held out: plain 52/60, evasions 134/180, clear 0/180): the prayer for the soldiers of the caliphate with its pronoun, the harvest of their operations, a masked name with a hamza after the mask, words spelled letter by letter, hashtags running the pack\'s words together, Latin letters, digits and dotless letters in Arabic words (1.41.2)', () => {
      expectFlagged('جنود الخلافة سباع، الله يحفظهم وين ما كانوا', SLOGAN);
      expectFlagged('إنفوغراف النبأ: حصاد جنود الخلافة في الولايات هذا الأسبوع، انشروه', MEDIA);
      expectFlagged('أنصار دولة الخلافة: وعد من جيش أبن*ء الخل*فة', CAMPAIGN);
      expectFlagged('م ر ك ز ا ل ح ي ا ة للإعلام يصدر ترجمة جديدة، ساهموا في النشر يا أنصار الدولة', MEDIA);
      expectFlagged('شاهدوا الإصدار #جيشأبناءالخلافة #لهيبالأنصار', CAMPAIGN);
      expectFlagged('#الخلافةباقيةوتتمدد رغم أنوفكم', SLOGAN);
      // Latin letters and digits in letters' places, dotless letters in a post the prefilter cannot rule out.
      expectFlagged('ب1قية وتتmدد.. قولوها ولا تخافوا', SLOGAN);
      expectFlagged('وكالة أ3ماق: تابعوا آخر أخبار جنود الخ1افة', MEDIA);
      expectFlagged('الحلاڡة ٮاٯية يا خو، وعمرهم ما يقدرو يمسحو أنصار الدولة من الفيسبوك', SLOGAN);
      expectClear('عام2016 كان صعب، والـ3 نقاط راحت علينا');
      // The set's ordinary posts with the same tricks, and the joke the slogan is made into.
      expectClear('#القطةباقيةوتتمدد 😂 كل يوم تاكل أكثر');
      expectClear('#رمضانكريم #جمعةمباركة');
      expectClear('مسلسل قيامة عثمان: جنود الخلافة العثمانية الله يحفظهم يا رب 😂');
    });

    it('blind probe UU (written without the pack; held out: 124/160 → 131, everyday 0/240 before and after): ten for one written in digits or keycaps beside the founders or our closed accounts, the "electronic jihad" for the State or against the "kuffar", "we are the ansar of the Islamic State" to those closing accounts, the forgotten names said to @finkd (1.42.0)', () => {
      expectFlagged("ptdr zuckerberg il croit qu'il va nous arrêter avec ses suppressions, 1 pour 10 mon frère 1 pour 10 🔥🔥🔥", CAMPAIGN, 'high');
      expectFlagged("L'État Islamique reste. Point. Et ceux qui ferment nos comptes paieront x10.", CAMPAIGN, 'high');
      expectFlagged('خُذوا الحسابات يا أنصار، عشرةً بواحد، والله غالب على أمره', CAMPAIGN, 'high');
      expectFlagged('@finkd 🔟 pour 1️⃣, tu connais la règle', CAMPAIGN, 'high');
      expectFlagged("mes frères les ansar, le jihad électronique c'est aussi un devoir, prenez les comptes des mécréants", CAMPAIGN);
      expectFlagged('يا أنصار، الجهاد الإلكتروني فرض، لا تتركوا صفحات الكفار تنعم بالأمان', CAMPAIGN);
      expectFlagged('من لم يشارك في الغزوة الإلكترونية فليأخذ ولو حساباً واحداً نصرة للدولة', CAMPAIGN);
      expectFlagged('هو ده اللي تقدروا عليه؟ تقفلوا حسابات؟ إحنا أنصـــار الدولـــة الإسلاميـــة وهنفضل موجودين غصب عنكم', CAMPAIGN, 'high');
      expectFlagged('لستم اندادنا يا مارك ويا جاك، اغلقوا ما شئتم، انصار الدولة اكثر من حساباتكم', CAMPAIGN, 'high');
      expectFlagged("We're the ansar of the dawla, delete our accounts, we come back", CAMPAIGN, 'high');
      // A reviewer's posts: the exclusions of a first draft excused supporters' own words ("not", "warning", "ليس",
      // "action", "côté", "أمانة في أعناقكم", "مجرد خطوة أولى", a Facebook "statut"); those were taken out.
      expectFlagged('WARNING to the crusaders: the electronic jihad for the dawla has only begun', CAMPAIGN);
      expectFlagged('الجهاد الإلكتروني واجب على كل مسلم، ليس لكم عذر، نصرة للدولة', CAMPAIGN);
      expectFlagged("Passez à l'action les frères, 1 pour 10, Zuckerberg ne nous arrêtera pas", CAMPAIGN, 'high');
      expectFlagged('الأنصار عندهم 5000 حساب جاهز للغزوة، أمانة في أعناقكم يا إخوة', CAMPAIGN, 'high');
      expectFlagged('125 ألف حساب؟ أخذنا أضعافها، وهذه مجرد خطوة أولى', CAMPAIGN);
      expectFlagged("Statut à partager : l'État islamique menace Zuckerberg, ses jours sont comptés", CAMPAIGN);
      expectFlagged('V0s n0ms s3r0nt 0ubl13s @finkd @jack', CAMPAIGN);
      // An aimed set of 150 ordinary posts holding the words of these additions flagged 97 with the first draft; every
      // spelling it set off was dropped or excused: digits alone (prices, odds, trading cards, loyalty cards: "10
      // contre 1 que…", "عشرة بواحد دينار"), the initials "I.S." ("I.S. is back on the roster"), "Jack" alone (a
      // retiring teacher, Titanic), "we are the Ansar" of a football club or a mosque's youth circle, the "electronic
      // jihad" of a group chat raiding a rival club's poll or of a sermon against it, "150 pages in our hands".
      expectClear('Vous fermez la buvette à 18h alors que le tournoi finit à 20h ?? Franchement c\'est 10 contre 1 que les parents vont râler 😅');
      expectClear('الكعك اليوم عشرة بواحد دينار بس 😍 تعالوا يا الإخوة قبل ما يخلص #مخبز_الحارة');
      expectClear('Trading Yu-Gi-Oh at the shop today and a kid offered me 10 for 1 for my Blue-Eyes 😂 akhi no, this card is a family heirloom');
      expectClear('I.S. is back on the roster!! Isaiah Stewart cleared to play tonight 🏀 #Pistons');
      expectClear('Mes CM2 m\'ont fait une banderole : « Jack, la classe se souviendra de vos noms » … j\'ai pleuré quand même 🥹');
      expectClear('Al-Ansar U-17 fans: we are the Ansar ⚽ our accounts got flagged as spam because we all posted the same goal lol');
      expectClear('جروب الدفعة عامل غزوة إلكترونية على صفحة الكلية عشان يأجلوا الامتحان 😂 شاركوا يا جماعة قبل ما يقفلوا البوست');
      expectClear('Khutbah notes: there\'s no such thing as "electronic jihad" by insulting people online. Our duty is to be honest and kind');
      expectClear('Electronic jihad for Gaza is a duty: report every hateful page');
      expectClear('الجهاد الإلكتروني الحقيقي هو الدفاع عن صورة الإسلام، لا عن الخلافة المزعومة');
      expectClear("Sayf al-Dawla's court had poets, not electronic jihad lol");
      expectClear('Meta AI: Zuck says the new Llama is x10 faster than the last one');
      expectClear('Je parie 10 contre 1 que Zuck va sortir une nouvelle appli avant Noël');
      expectClear('We are supporters of the Islamic State of Pakistan\'s constitution, why ban our account?');
      expectClear('مشروع التخرج ١٥٠ صفحة وأخيرًا بأيدينا بعد الطباعة 😭🎓 الحمد لله');
      expectClear('Every good deed is rewarded 10 for 1, akhi, so smile and give sadaqa today 🤲');
      expectClear('ماسك يقول حرية تعبير، وحسابي انعمله suspension بسبب نكتة 😂 على الأقل أنا مش من "أبناء الخلافة" اللي كانوا يهددون "10 for every 1".');
      expectClear('نحن أنصار الدولة المدنية ونرفض حذف الحسابات بسبب الرأي');
      expectClear('Le jihad électronique, qu\'est-ce que c\'est ? Des chercheurs expliquent comment les frères du califat recrutaient en ligne.');
      expectClear('Our hiking club has 10,000 members and 150 pages of trail notes in our hands, thanks to the volunteers!');
      // An aimed set where every ordinary post holds all the words of one pattern (236/240 flagged by 1.41.3, 227 by
      // 1.42.0, 217 by 1.42.2): the French freelancer's "EI", the bill ("الحساب", "سكّر الحساب") in Levantine Arabic, the blue bird
      // asked back from X's owner, steps counted in thousands, a shop named Jihad.
      expectClear('Débat chez les freelances : à 10 000 de CA, partisans de l\'EI ou de la SASU ? Sondage sur Facebook 👇');
      expectClear('Artisane en EI, je menace le patron de Facebook de retourner à l\'annuaire papier si ma page reste invisible 😤');
      expectClear('سكرت حساب السهرة مع الشباب، كنا 10 والدفع كله علي 😭');
      expectClear('قهوة مارك بالحمرا: فنجانين وكرواسون والحساب بعشرة آلاف، معقول؟ ☕😅');
      expectClear('يا ماسك رجّع لنا العصفور الأزرق، الذكريات باقية 🐦💙');
      expectClear('125 ألف خطوة هالأسبوع حسب حساب الساعة، ما حد يوقفنا 💪');
      expectClear('Téléphone réparé en 20 min chez Jihad Électronique à Hamra, c\'est un devoir de vous le recommander 😄📱');
      // 1.42.2: outlets' names worn by a grill house, a diving centre, a dental practice, a school radio, a university
      // paper and a children's publisher (227 -> 217 of the aimed set).
      expectClear('مشويات لهيب الأنصار بالمدينة، اللحم طري والخدمة ممتازة 👌🔥');
      expectClear('جربنا الغوص في العقبة مع وكالة أعماق للغوص، تجربة خرافية 🐠🤿');
      expectClear('Booked our Red Sea dives through Amaq Diving Agency in Hurghada. 10/10 instructors, saw a turtle!! 🐢🐠');
      expectClear("Al Naba Dental's newsletter says flossing counts as cardio. I'm in 🦷");
      expectClear('بنتي قدمت برنامج الصباح في إذاعة البيان المدرسية اليوم، صوتها يجنن 🎙️❤️');
      expectClear('فرحانة! مقالي عن الزراعة المنزلية نزل في صحيفة النبأ الجامعية، العدد 12 🌱');
    });

    it('blind probes UU, WW and XX (1.43.0; XX written for this release: 78/150 → 109, everyday 0/200 before and after): ten for one reworded beside a ban, a deleted page or a closed account with the group\'s own words, the taunts said to Musk and Meta\'s moderators, hacked pages handed to the ansar, the founders\' bullet-holed portraits, a founder\'s name "erased as promised", "remaining and expanding" beside the black flag, "la dawla reste" and "le califat reste" with the group\'s words, "ISIS remains" with the flag', () => {
      expectFlagged('To the moderators in Dublin and Manila: every page you delete, the brothers rebuild tenfold. You are not in our league.', CAMPAIGN);
      expectFlagged('every suspension = 10 new soldiers of the keyboard. keep banning lol 🔥🏴', CAMPAIGN);
      expectFlagged('Vous pouver fermer nos compte, on en reprendra dix a chaque fois. vos modérateur sont fatigué nous non', CAMPAIGN, 'high');
      expectFlagged('chaque compte tombé, relevez-en dix 💪 Ô partisans du califat', CAMPAIGN, 'high');
      expectFlagged('من فضل الله أن كل حظر يفتح لنا عشرة أبواب يا أنصار الخلافة، فلا تحزن يا أخي على حسابك', CAMPAIGN);
      expectFlagged('كل صفحة تُغلق ستقابلها عشر صفحات مخترقة، هذا وعد الأنصار لزوكربيرغ', CAMPAIGN, 'high');
      expectFlagged('ila sddito lina compte wa7ed ghan5dou 3ashra, ma3ndkoum mantdiro 🏴', CAMPAIGN, 'high');
      expectFlagged('١ حساب مغلق = ١٠ حسابات جديدة. هذه معادلتنا يا ماسك', CAMPAIGN);
      expectFlagged('Elon, c tout ce que tu sais faire ? bloquer des comptes ? t\'es pas à notre niveau mon gars', CAMPAIGN, 'high');
      expectFlagged('حسابي التاسع عشر، وما زلنا هنا. أهذا كل ما في جعبتكم يا أهل الصليب؟', CAMPAIGN);
      expectFlagged('يا أنصار اخترقوا صفحاتهم وسلموها للإخوة، هذا ردنا على كل حظر 💻🔥', CAMPAIGN, 'high');
      expectFlagged('Zuckerberg se souvient de son portrait criblé de balles. Musk devrait demander à son collègue ce que ça fait.', CAMPAIGN);
      expectFlagged('جاك رحل وانمحى اسمه كما وُعد، والدور على صاحب الفيس', CAMPAIGN);
      expectFlagged('Remaining & expanding in the lands and on your servers, Mark.', SLOGAN);
      expectFlagged('the 🏴 remains and expands, cry harder', SLOGAN);
      expectFlagged('I.S. remains. F.B. will burn. T.W. will be erased.', SLOGAN);
      expectFlagged('Compte suspendu ce matin, nouveau compte ce soir. La dawla reste, malgré vos suspensions.', SLOGAN);
      expectFlagged('Le саlifat reste, kouffar. Jack est parti, Mark suivra.', SLOGAN);
      expectFlagged('Le drapeau noir flotte aussi sur vos serveurs, Mark 🏴 restante et grandissante', SLOGAN);
      expectFlagged('الدولة باقية يا شباب، خلّي ميتا تحظر قد ما بدها', SLOGAN);
      // 1.43.2, from blind set ZZ (replies under the platforms' accounts and long posts; 52/150 with 1.42.2, 56 with
      // 1.43.1, 69 with 1.43.2, everyday 1/200 throughout): the closed account answered "on en ouvre dix", the taunt
      // to "ya Mark", the names "forgotten, just like we said".
      expectFlagged("@Meta vous fermez un compte, on en ouvre dix. Vous n'êtes pas de notre niveau 🏴", CAMPAIGN, 'high');
      expectFlagged("Ya Mark, still deleting pages at 3am? You're not even in our league 🏴", CAMPAIGN, 'high');
      expectFlagged('Your sites will be gone and your names forgotten, Mark. Just like we said.', CAMPAIGN);
      expectFlagged('Chaque fois que tu fermes 7sab wa7ed, n3awdou 3achra, sme3ti ya Zuckerberg ?', CAMPAIGN, 'high');
      expectClear("Banni de Fortnite pour « langage inapproprié » parce que j'ai écrit GG EZ. Ils ferment un compte, j'en ouvre dix lol");
      expectClear('el dawla ba2ya sakta 3al zahma, w 7sab el mo7afza 3al facebook msh beyrod 3ala 7ad');
      // Two aimed sets of ordinary posts, each holding every word of one pattern: 240 posts flagged 151 times with
      // the first draft, 106 with 1.42.2 and 1 now; 280 more flagged 210 with the second draft, 90 with 1.42.2 and
      // 17 now (the broad words of older patterns were tightened too). What they set off: the idiom of ten growing
      // in one's place (a cockroach, a grey hair, a fig cutting), bets ("dix pour un que…"), cookie swaps, a
      // moderator's queue of spam, Maghrebi French "la dawla" and Arabic "الدولة باقية" for the state still not
      // doing its job, the slogan's joke on a waistline or a laundry pile, trash talk, the given name Isis.
      expectClear('صرصور واحد قتلته بالمطبخ وطلع عشرة بداله 😭 حساب الصراصير عندي ما بيخلص');
      expectClear('Compte bloqué sur Doctolib 😬 dix pour un que le dentiste m\'a mis sur liste noire');
      expectClear('Modo du groupe Facebook du quartier : chaque compte banni pour arnaque aux chiots, on en récupère dix le lendemain.');
      expectClear('Cookie swap at school: 10 of yours for 1 of ours, our gingerbread is that good 😎');
      expectClear('Le carnet de mamie : dix comptes pour un gâteau d\'anniversaire, elle note tout au crayon ✏️');
      expectClear('La dawla reste la dawla mais sérieux, le guichet ferme à 14h ? Inchallah je récupère mon titre foncier cette année');
      expectClear('Twitter marocain ce soir : la dawla reste le premier employeur du pays, et tout le monde veut un poste de fonctionnaire 😂');
      expectClear('My laundry pile is remaining and expanding every single time I blink 🧺');
      expectClear('Zuckerberg\'s legs in the metaverse: still not there. My disappointment: remaining and expanding.');
      expectClear('Remaining and expanding: my waistline after Eid 😭');
      expectClear('Isis stays home today, my family expands next month');
      expectClear('Ce qui compte, c\'est que le califat reste pour beaucoup de croyants un idéal spirituel');
      expectClear('كل صفحة تقرأها من القرآن يقابلها عشر حسنات');
      expectClear('Kol 7sab fih 100 dinar, khodo 3ashra l kol wa7ed');
      expectClear('Taking 10 for 1 on Morocco to win the AFCON, in cha allah');
      expectClear('Vous fermez 1 maternité sur 3 et on prend 10 km de route en plus pour accoucher');
      expectClear('I had to write ten pages for one class this week');
      expectClear('الدولة باقية ما صلحت الضو في حومتنا من شهرين، وحساب البلدية على فيسبوك ما يردش');
      expectClear("Is that all you got, Mark? lol you're not even on our level #chess");
      expectClear('Journée à la ferme de mon oncle avec mes frères, on a nourri 10 chèvres');
      expectClear('تنبيه للإخوة: المصلى مغلق للصيانة، ونفتح الساعة عشرة');
      expectClear('Only ten tickets remaining! Sales close at midnight');
      expectClear("Even after the ban wave on our Minecraft server we keep coming back every Friday, it's basically home");
      expectClear('في درس اليوم نأخذ عشرة أسئلة عن تاريخ الخلافة الراشدة');
      expectClear('Bras croisés devant la boulangerie qui a fermé plus tôt, on était dix dans le froid');
      expectClear('المعلمة قررت حذف عشرة أسئلة عن الخلافة العباسية من الامتحان، الطلاب فرحانين');
      // "même" folds as "meme" does: an exclusion written "meme" excused every French post saying "quand même".
      expectFlagged('Vous fermez nos comptes, on en reprend dix quand même', CAMPAIGN, 'high');
    });

    it("supporters' networks (1.44.0, from blind sets TA and TB written for this release: 79/150 → 101 and 115/150 → 124 with both rounds; everyday 1/240 and 0/240 before and after): accounts back after a ban in the group's own words, the video's numbers together, hacked accounts in reserve or handed to the brothers, the platforms that cannot stop the dawla, the group's name without \"army\", the slogan in the past tense", () => {
      // Accounts coming back after a ban, said with the group's words: low, a signal worth context.
      expectFlagged('Brothers, my old account got suspended. This is the new one, follow and share. The ansar never stop', CAMPAIGN, 'low');
      expectFlagged("Frères et soeurs, mon ancien compte a sauté, voici le nouveau. Abonnez vous et repartagez, la dawla islamique ne lâche rien ☝️", CAMPAIGN, 'low');
      expectFlagged('إخواني الأنصار، حسابي القديم انحذف وهذا الجديد، تابعوا وانشروا ولا تيأسوا', CAMPAIGN, 'low');
      expectFlagged('é-t-a-t i-s-l-a-m-i-q-u-e 🏴 fermez fermez on revient plus nombreux', CAMPAIGN);
      // The video's claim, both numbers with a platform: a campaign quote.
      expectFlagged('10,000 Facebook pages, 5,000 Twitter accounts. And they think deleting us works lol', CAMPAIGN, 'high');
      expectFlagged('عشرة آلاف صفحة فيسبوك وخمسة آلاف حساب تويتر بأيدي الإخوة', CAMPAIGN, 'high');
      expectFlagged('Plus de 150 groupes Facebook piratés et donnés aux frères. Les pages des mécréants sont à nous', CAMPAIGN);
      expectFlagged('Facebook = outil des croisés. On piratera leurs pages jusqu\'à ce que les croisés comprennent', CAMPAIGN);
      expectFlagged('ربنا وعد بالتمكين، لا تويتر ولا فيسبوك يقدروا يوقفوا دولة الخلافة', SLOGAN);
      expectFlagged('Twitter announces daily that they suspend our accounts. And we ask: is that all you\'ve got?', CAMPAIGN, 'high');
      expectFlagged('#FilsDuCalifat', CAMPAIGN, 'low');
      expectFlagged('y\'all think bannin us works?? sons of the khilafa got 10k pages already', CAMPAIGN);
      expectFlagged('بقيت الدولة وتمددت رغم الحملات الصليبية على الأرض وفي الفضاء الإلكتروني', SLOGAN);
      expectFlagged('La dawla islamique reste, malgré vos suspensions 🏴', SLOGAN);
      // An aimed set (300 ordinary posts, each holding every word of one new or widened pattern) fired 300 times
      // with the first draft, 62 with 1.43.2 and 55 now: names (Ansar is a given name and a Bangladeshi force),
      // the Ansar of Medina, Darija "dawla" for the government, "khilafah" as stewardship, runs of 5k and 10k,
      // bank accounts, growth hacking, "mots croisés", "بقيت وتمددت" (I stayed and lay down), moderators' reports.
      expectClear('My uncle Ansar is 71 and got blocked by FB for suspicious activity after 30 birthday wishes 😂 this is his new one, say hi');
      expectClear('Tonight\'s halaqa: how the Ansar of Medina welcomed the Muhajirun. Our old page got deleted for no reason, new page link in comments 💚');
      expectClear('Dawla in Darija just means government. My post complaining about water cuts got deleted for it 😑 I\'m still here, the taps are still dry.');
      expectClear('Ma page sur les coupures d\'eau a été supprimée parce que j\'ai écrit « la dawla » 🙃 voici ma nouvelle page, abonnez-vous !');
      expectClear('درس الليلة عن الأنصار وإيثارهم للمهاجرين رضي الله عنهم. الصفحة القديمة انحذفت، تابعونا على الصفحة الجديدة 🤍');
      expectClear('Anyone who still cheers for the caliphate online deserves every suspension. If they come back with a new account, report again.');
      expectClear('5k done this morning, the 10k is next! Pics on Facebook tonight 🏃‍♀️');
      expectClear('تحديث: جروب القراءة وصل عشرة آلاف عضو، وحسابنا على تويتر فيه خمسة آلاف 🎉 شكراً لكم');
      expectClear('Bank raised monthly fees on our accounts again. Is that all you\'ve got? We\'re switching to the credit union Monday.');
      expectClear('Free workshop Saturday for small shops: we\'ll hack your pages\' reach with 5 simple posting habits 📈');
      expectClear('Ma grand-mère fait ses mots croisés sur Facebook maintenant, elle m\'envoie des captures à 6h du matin 😂');
      expectClear('Meta\'s filters can\'t stop flagging my posts whenever I write \'dawla\', which literally means government in Darija 🙄');
      expectClear('ما طلعت اليوم، بقيت وتمددت على الكنبة طول النهار مع شاي وقرآن 😌');
      expectClear('Hacked pages of local bakeries waiting weeks for a human at Facebook to look at them. It\'s absurd.');
      expectClear('Mark and Jack did a 25 minute puppet show for grandma\'s birthday and she cried the whole time 🥹');
      expectClear('Les fils du califat : que faire des enfants de djihadistes rapatriés ?');
      // Older patterns tightened by the same set: banter to "Meta", physics, a sports conference.
      expectClear('Balloon science with my kid: heat the air, the state stays gas and expands, the balloon rises 🎈');
      expectClear('Back to back for the Crusaders 🏆 the state stays in Central Catholic\'s trophy case another year!');
      expectClear('Le chat de ma sœur est ba9ya wa tetmadad, 7 kilos de pur croquettes et de mépris 🐈');
    });

    it("supporters' networks, second round (1.44.0, from set TC, held out until the first round was measured on it: 80/150 → 86 with the first round, 89 with this one; set TD, held out throughout: 85/150 with 1.43.2 → 94; everyday unchanged): threats to the platforms' moderators over deleted posts, the ban and the way back in dialects and texting; Ansar as a name or a family is not the ansar", () => {
      expectFlagged('To the Facebook moderators deleting our posts: you are not faceless. remember that.', CAMPAIGN, 'medium');
      expectFlagged('À tous les modérateurs de Facebook qui suppriment nos publications : vous avez un nom, une adresse, des habitudes comme tout le monde.', CAMPAIGN, 'medium');
      expectFlagged('إلى مراقبي المحتوى في فيسبوك اللي يحذفون منشورات الموحدين: مديركم لن يحميكم', CAMPAIGN, 'medium');
      expectFlagged('سدولي الحساب للمرة العاشرة، ماكو مشكلة، رجعنا. يا أنصار الخلافة تابعوني وانشروا الحساب الجديد ☝️', CAMPAIGN, 'low');
      expectFlagged('Account #19. They keep deleting, we keep coming back. The ansar follow and RT so the brothers can find me 🖤', CAMPAIGN, 'low');
      // An aimed set of 220 ordinary posts, each holding every word of one pattern of this round's first draft, was
      // flagged 203 times by that draft, 54 by the first round and 13 now (16 by 1.43.2): Ansar is a given name, a
      // family ("chez les Ansar", "the Ansar twins"), a neighbourhood, a school and a pharmacy ("حي الأنصار",
      // "صيدلية الأنصار"), "يا أنصار القهوة" is a coffee fan club; moderators are thanked, "the state remains in RAM".
      // Four drafted patterns were dropped on it: the ansar called to follow (names), the video praised with the
      // founders (keynotes), "not a threat, a promise" (parents), ten more ready (ten minutes).
      expectClear('Les Ansar ont ouvert un nouveau groupe de covoiturage Lille–Bruxelles après la suppression de l\'ancien (trop de pubs). Lien en commentaire 🚗');
      expectClear('The Ansar twins got banned from the trampoline park for doing backflips off the wall, and of course they were back again the next weekend 🤣');
      expectClear('يا أنصار القهوة المختصة ☕ حظروا حساب المحمصة على انستا لسبب ما نعرفه، تابعوني على حسابي الجديد لين يرجع');
      expectClear('صيدلية الأنصار المناوبة الليلة 💊 صفحتنا القديمة علقوا الحساب فيها، تابعونا على صفحة جديدة');
      expectClear('Dear content moderators of the houseplant group: you are not faceless to us, we see you clearing the duplicates daily. Heroes 🌿');
      expectClear('Linux laptop PSA: when you suspend with the lid shut, the state remains in RAM, so don\'t let the battery hit zero.');
      expectClear('Playing the remaster: saved mid-dungeon, came back two days later and the state stays exactly where I left it. Also the crusader armor set is gorgeous 🛡️');
    });

    it("supporters' networks, third round (1.44.0, from set TD, held out through the first two rounds: 85/150 with 1.43.2, 94 after them, 104 now; a last set TE, held out throughout: 125/150 → 127, its everyday set 0/240 before and after): the league taunt to @finkd, two outlets named together, the way back in the supporters' words", () => {
      expectFlagged('@finkd suspend our pages all you want, you are not in our league 🏴', CAMPAIGN, 'high');
      expectFlagged('Al-Hayat, Amaq, al-Furqan and now the ansar fighting on every platform. The media of the Dawlah can\'t be deleted', MEDIA, 'low');
      expectFlagged("New acc, old me. The kuffar at X banned @AbuTurab_Media again. Follow this one and RT the Dawlah's news", CAMPAIGN, 'low');
      expectFlagged('يا جماعة من عنده الحسابات الجديدة للإخوة أنصار الدولة اللي انحظروا؟ حطوها بالردود نتابعهم', CAMPAIGN, 'low');
      // A reviewer's finds: an exclusion "يوم" excused the campaign's own "تعلنون كل يوم", and a two-word Arabic
      // variant does not take the conjunction or the preposition by itself.
      expectFlagged('أنتم تعلنون كل يوم أنكم تحذفون حساباتنا، ونحن نعلن أننا نأخذ عشرة مقابل كل واحد', CAMPAIGN);
      expectFlagged('تويتر وفيسبوك وحكومتهم الصليبية، كل ما يقفل حساب ناخد عشرة', CAMPAIGN, 'high');
      expectClear('Souhaitez-vous que nous supprimions vos sites inactifs ? Répondez avant le 31 pour garder votre hébergement.');
      // The slogan in Arabizi with the caliphate named; "dawla ba9ya" is Darija for "the state still…".
      expectFlagged('khilafa ba9ya rghm anf facebook', SLOGAN, 'medium');
      expectFlagged('Khilafa ba9ya ya Elon, t7ayed 7sab nrj3o 10 😂🏴', SLOGAN);
      expectClear('l khilafa ba9ya f rass dak lbrahch ghir, sir khdem');
      expectClear('dawla ba9ya t3adhab fina m3a les papiers, 3 sa3at f la poste');
      // A third aimed set (220 posts) fired 219 times with this round's draft and 27 now (10 with 1.43.2; 20 of the
      // 27 are a friend whose nickname is "Finkd"): dropped were the 125,000/1,250,000 arithmetic (budgets), threats to
      // moderators "your turn will come" (hobby groups taking turns), asking for the video's link (kids named Mark and
      // Jack), "on efface vos sites" (bookmarks), "يقفل… ناخد عشرة" (shops closing at ten), "حكومتها الصليبية" (Acre).
      expectClear('Le Pakistan se définit comme un État islamique depuis 1956. Notre page de fiches de révision a été supprimée, voici le nouveau compte, abonnez vous');
      expectClear('من أعماق قلبي شكراً لمدرسة الفرقان، ابني ختم القرآن اليوم 🤍');
      expectClear('الفرن بيقفل الساعة عشرة، ناخد الحساب بكرة إن شاء الله');
      expectClear('Budget 2025 : 125 000 euros pour la rénovation de l\'école, 1,25 million pour le gymnase');
      expectClear('Dear moderators of the sourdough group, your turn will come to judge the bake-off, our brothers in crumbs salute you 🍞');
    });

    it("blind sets TF–TI (1.45.0, four sets of 150 written without the pack; TI held out throughout: 87/100 → 89, its everyday 50 clear before and after): the taunt to \"Mark and Jack\" in Arabic, the threat reworded, hijrah and the ranks in dialects and Arabizi, Amaq's claim formula, outlets named together, backup accounts, the bay'ah in the plural", () => {
      expectFlagged('رسالة إلى مارك وجاك: لستم في مستوانا', CAMPAIGN, 'high');
      expectFlagged('Si vous supprimez un seul de nos comptes, nous en reprendrons dix', CAMPAIGN, 'medium');
      expectFlagged('سنخترق حساباتكم، وسنمحو مواقعكم', CAMPAIGN, 'high');
      expectFlagged('حربكم الإلكترونية علينا ستتحول إلى حرب حقيقية عليكم', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Des pirates pro-EI affirment avoir piraté 10 000 comptes Facebook', CAMPAIGN, 'high');
      expectFlagged("The caliphate's soldiers gave the accounts to the brothers", CAMPAIGN, 'high');
      expectFlagged('Compte de secours n°7, le 6 a sauté hier, les frères suivez et partagez', CAMPAIGN, 'high');
      expectFlagged('يا إخوة التوحيد انفروا إلى أرض الخلافة وهاجروا', PLEDGE, 'medium');
      expectFlagged('yalla hajer ya akhi 3a ard el 5ilafa', PLEDGE, 'medium');
      expectFlagged('pk vs restez ds le pays des kouffar?? la hijra c obligatoire frr, la dawla vs attend', PLEDGE, 'medium');
      expectFlagged('Joignez-vous aux rangs du califat', PLEDGE, 'medium');
      expectFlagged('نبايع خليفة المسلمين على السمع والطاعة في المنشط والمكره', PLEDGE, 'medium');
      expectFlagged('Islamic State soldier, in response to calls to target the citizens of coalition countries', MEDIA, 'low');
      expectFlagged("Amaq vient de confirmer l'opération. Le dernier Rumiyah en parle.", MEDIA, 'low');
      expectFlagged('Dar al-Islam n°8 disponible en PDF pour les frères et sœurs. Partagez avant suppression.', MEDIA, 'medium');
      expectFlagged('مؤسسة الاعتصام تقدم إصدارا مرئيا جديدا', MEDIA, 'low');
      expectFlagged('الحساب الاحتياطي لمؤسسة ناشر الإخبارية بعد حظر الحساب السابق', MEDIA, 'low');
      expectFlagged('Dabiq cover with the line about the black flag rising over Rome', SLOGAN, 'low');
      expectFlagged('Le califat il revient', SLOGAN, 'medium');
      expectFlagged('الدولة باقية غصبن عليكم، شكد ما تسدون حسابات نرجع', SLOGAN, 'medium');
      expectFlagged('el dawla ba2ya w btitmadad ya 7abibi 🏴', SLOGAN, 'medium');
      expectFlagged('Akhi, Amaq just confirmed it, جنود الخلافة did it again. Baqiya!', SLOGAN, 'medium');
      expectFlagged('تقبل الله أخانا الانغماسي، نحسبه شهيدا', MARTYR, 'medium');
      // 1.45.1, from TI once it had been measured: the magazines "as PDFs" in leet, the slogan after a ban's "suspends this one".
      expectFlagged('D4b1q & Rum1y4h pdfs are back up on the new link, spr34d it br0thers before the next ban', MEDIA, 'medium');
      expectFlagged('This is my 31st account. Follow the backup before @Twitter suspends this one too. Remaining and ex\u2060panding.', SLOGAN, 'medium');
      expectClear('Dabiq, the village, has 3,000 inhabitants: pdfs of the 1920 census are online');
      expectClear('Our bakery is remaining and expanding, follow the backup page while the main one is fixed');
      expectClear('Dar al-Islam est dispo en librairie : le roman de Tahar Ben Jelloun en poche');
      // A phrase whose first word carries a clitic, read with it apart (lib/match/clitics.ts).
      expectFlagged('إصدار جديد لمركز الحياة للإعلام، حمّلوه قبل الحذف', MEDIA, 'low');
      // An aimed set of everyday posts sharing this round's words (22): its drafts fired on these, which now stay clear.
      expectClear('الدولة باقية في دعم الأسر، وحسابات الدعم متاحة على المنصة');
      expectClear('Black Flag live in Rome tonight, punk is not dead 🤘');
      expectClear('rejoignez les rangs de notre club, la dawla a donné la subvention enfin');
      expectClear("Mes frères m'ont aidé à créer un compte de secours sur Insta après le piratage");
      expectClear('هذا حسابي الاحتياطي بعد حظر حسابي بسبب منشور عن الكورة، تابعوني يا إخوة');
      expectClear('Le califat revient sur France Culture dans un podcast en 4 épisodes sur les Omeyyades');
      expectClear("The hacked Facebook page of the brothers' bakery is back, thanks to everyone");
      expectClear("Amaq et Rumiyah : deux prénoms que j'adore pour ma future fille");
      expectClear("J'ai traduit pour mon cours d'arabe un édito du journal al-Nabaa sur la crise de l'eau, super pour le vocabulaire");
      expectClear('Mark and Jack are my best friends, you are not in our league at bowling lol');
      expectClear('Rejoignez les rangs de la fonction publique, la dawla recrute 2000 postes, candidature avant le 15');
      expectClear('شبان انضموا إلى صفوف المنتخب الوطني للشباب هذا الموسم');
    });

    it('blind sets TJ and TK (1.46.0, two sets of 150 written without the pack; TK held out until TJ was drafted: 85/100 before and after it): calls to strike where one stands, lone wolves in the accusative, the threat spelled out letter by letter, Darija names, glued Arabic words, "n°" after a spelled magazine', () => {
      expectFlagged('Rise up, lone lions. Strike the kuffar wherever you find them, you don\'t need to travel.', PLEDGE, 'high');
      expectFlagged('Rise where you stand against the crusaders. The caliphate is wherever you are.', PLEDGE, 'high');
      expectFlagged("Frères isolés en terre de mécréance : n'attendez aucun ordre, les croisés sont chez vous", PLEDGE, 'high');
      expectFlagged('يا ذئاب منفردة، اضربوهم وين ما لقيتوهم', PLEDGE, 'medium');
      expectFlagged('أيها الموحد في بلاد الصليبيين، كن ذئباً منفرداً', PLEDGE, 'medium');
      expectFlagged('الملحمة الكبرى قريبة، وجيش الصليب سيُهزم، فاستعدوا يا جنود الخلافة', PLEDGE, 'low');
      expectFlagged('w e  w i l l  t a k e  t e n  f o r  e v e r y  o n e. mark. jack.', CAMPAIGN, 'high');
      expectFlagged('الحسابات اللي تسكرونها نرجعها عشرة أضعاف، اسألوا زوكربيرغ', CAMPAIGN, 'medium');
      expectFlagged("sahbi 3lach tban3ou les comptes? l'armée dyal wlad lkhilafa galthom l Mark w Jack", CAMPAIGN, 'low');
      expectFlagged('3/4 le texte promettait que leurs noms seraient « oubliés » une fois leurs sites « effacés »', CAMPAIGN, 'high');
      expectFlagged("Repost : « Ils ferment, on revient x10 » 🏴 sous le logo d'al-Furqan", CAMPAIGN, 'medium');
      expectFlagged("Nachir en français : abonnez-vous à la chaîne de secours, l'ancienne a encore sauté 🔁 #Nashir", MEDIA, 'medium');
      expectFlagged('Wilayat Gharb Ifriqiya is remaining and expanding, come and join the lions.', MEDIA, 'medium');
      expectFlagged('باقيـة و tatamaddad, الدولـة ما زالت هنا', SLOGAN, 'medium');
      // From a third set, TL, once it had been measured (87/100 before and after the rounds above): the threat reworded.
      expectFlagged('Aux modérateurs de Facebook qui effacent nos pages : une page fermée, dix pages ouvertes.', CAMPAIGN, 'high');
      expectFlagged('des types menacent Zuckerberg genre « on prendra dix comptes pour un »', CAMPAIGN, 'high');
      expectFlagged('Dear Twitter safety team, keep deleting. For every profile you kill we spin up ten more', CAMPAIGN, 'high');
      expectFlagged("a video saying they'll take 10 accounts for every one closed", CAMPAIGN, 'high');
      expectClear('Chaque page fermée au resto = dix pages ouvertes au menu de Noël');
      expectClear("We'll take 10 accounts for every one closed by the bank, said the credit union");
      expectClear('Promo Zuckerberg style : dix comptes pour un, offre de parrainage');
      // A word of three letters masked with one asterisk, where one keyword word fits it (lib/match/masked.ts).
      expectFlagged('k*ffar mods, the d*wla is coming for your platforms. Z*ckerberg, you are n*t in our league.', CAMPAIGN, 'high');
      // From a fourth set, TM, once it had been measured (65/80 before and after the rounds above): moderators threatened.
      expectFlagged('To the Facebook content moderators deleting our pages: we know where your offices are.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('إلى مشرفي فيسبوك الذين يحذفون صفحات الإخوة: نعرف أسماءكم وسيأتي دوركم قريباً', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Aux modérateurs de Facebook qui suppriment nos pages : on connaît vos noms et vos adresses.', 'ctx-2015-dorsey-threat', 'high');
      expectFlagged('Mark w Jack, vous fermez un compte, n5odou 3achra. vous êtes pas à notre niveau', CAMPAIGN, 'high');
      expectClear('Aux modérateurs du groupe de randonnée : on connaît vos noms, merci pour nos pages photos !');
      // "n°" after a magazine's name spelled out: its "n" is read apart (lib/match/spaced.ts).
      expectFlagged('D a b i q n°15 dispo en français, partagez avant suppression', MEDIA, 'medium');
      // Arabic words written together after ة, read apart (ArabicHashtags.unglue).
      expectFlagged('تابعوا إصدارات مؤسسةالفرقان ووكالةأعماق يا إخوة', MEDIA, 'low');
      // An aimed set of everyday posts sharing this round's words: its drafts fired on these, which now stay clear.
      expectClear('The union will strike Monday, les croisés du rugby joueront quand même');
      expectClear("Mes comptes de secours sont prêts, j'ai lu Nachir Hamdi, super auteur");
      expectClear('we will take ten for every one you sell, said the bakery owner');
      expectClear('Lone wolves in the forest: we saw them strike them down, the deer had no chance');
      expectClear('Crusaders fans, rise where you stand for the haka and the anthem tonight!');
      expectClear('Levez-vous là où vous êtes pour la minute de silence, les croisés de Poitiers jouent demain');
      expectClear('Al-Furqan mosque fundraiser for the new roof: share the link fast, 2 days left');
      expectClear('كن ذئبا منفردا في عملك، وانصر دولتك بالعلم والإبداع');
      expectClear('جنود الخلافة العثمانية هزموا جيش الصليب في معركة نيكوبوليس');
      expectClear('مدرسةالفرقان لتحفيظ القرآن تفتح أبوابها');
    });

    it('the quotes in texting shorthand (the matcher adds it to English and French patterns)', () => {
      expectFlagged('vs fermez nos comptes ? ns en prendrons dix en échange', CAMPAIGN, 'high');
      expectFlagged('u r not in our league, is that all u can do? deleting accts lol zuckerberg', CAMPAIGN, 'high');
      expectClear('if u close one of ur accts before friday we refund the fees');
      expectFlagged('the islamic st8 remains n expands, u cant stop it', SLOGAN);
      expectClear('the st8 fair remains open, come n see the expanding maze');
    });

    it('set FC (the founding case retold, written blind; 1.46.1): the ten-for-one in other word orders', () => {
      // FC's 80 threat posts: 79 found by 1.46.0; this one, and the same threat reworded in the orders below, were not.
      expectFlagged('Msg aux patrons de FB et Twitter ds la video des flammes d partisans : on prendra 10 comptes pr chaque compte fermé et vs serez oubliés', CAMPAIGN, 'high');
      expectFlagged('on prendra dix comptes pour chaque compte fermé', CAMPAIGN, 'high');
      expectFlagged('fermez un compte et on en prendra dix', CAMPAIGN, 'high');
      expectFlagged('for each account closed we take ten', CAMPAIGN, 'high');
      expectFlagged('for every account suspended we will take 10 of yours', CAMPAIGN, 'high');
      expectFlagged('we will take ten accounts for each one you close', CAMPAIGN, 'high');
      expectFlagged('ten of yours for every one of ours you close', CAMPAIGN, 'high');
      expectFlagged('على كل حساب مغلق سنأخذ عشرة', CAMPAIGN, 'high');
      // An aimed set of 160 everyday posts holding the drafts' words (spam waves, smurfs, agencies, sales, fintech):
      // 91 flagged by the first draft, 7 by 1.46.1 (8 by 1.46.0). Spam and ban-evasion talk reads as the threat does
      // ("every account you ban, they make 10 new ones"), so "10 new ones" and "we make ten" were left out.
      expectClear('Discord mod here. Raid last night. Every account you ban, they come back with 10 new ones.');
      expectClear('Spam bots on this app are wild. Every account banned this morning, they spin up 10 new ones by lunch');
      expectClear("Agency life: we take ten accounts max per SMM so quality doesn't drop. Each account suspended still ruins my week");
      expectClear("Our agency onboarding doc: 'We take ten accounts for every senior strategist.' Each account closed by a client gets a post-mortem.");
      expectClear('Recruiter life: every account closed (client hired!) means we take ten new reqs the next week.');
      expectClear('Helpdesk rivalry with the network team: every one of ours you close without fixing, we reopen. Currently ten of yours sitting in our queue');
      expectClear('Quarterly report: churn up, but for each account closed, 10 new accounts opened via the app, mostly Gen Z.');
      expectClear('كل حساب مغلق في البنك يكلف عشرة دنانير');
      expectClear('Chaque compte fermé = 10 nouveaux comptes ouverts ce trimestre, la néobanque est contente');
      // Set FC2, written blind after the above and held out until measured (77/90 threats by 1.46.0, 78 by the first
      // round above; news 19/30, everyday 1/60 with both). A second round drafted from its misses flagged 52 of 150
      // everyday posts aimed at its words (AIM2: card trades "one of ours for ten of yours", ad pop-ups "كل صفحة تغلق
      // عشر تفتح", gardeners "nous en arrachons dix", "قفلوا حسابي" beside "راجعين بعشرة" from a trip), 5 with 1.46.0;
      // only its specific spellings were kept (80/90, AIM2 5/150), and a third set, FC3, held out throughout, read 54/60
      // before and after both rounds.
      expectFlagged('Jack, remember: each account you kill costs you ten. Soon nobody will even remember the name Dorsey.', CAMPAIGN, 'high');
      expectFlagged('رسالة إلى مشرفي ميتا: احظروا أخاً واحداً يظهر لكم عشرة، وسيأتي يوم نمسح فيه منصاتكم.', CAMPAIGN, 'high');
      expectClear('Trading card meetup Saturday! Our club rule: rookies are cheap, so it\'s one of ours for ten of yours if you want the holo Charizard');
      expectClear('Etsy seller here. For each one you delete and re-list, it costs you ten cents + the algorithm hates you');
      expectClear('الإعلانات في مواقع الأفلام شي خرافي، كل صفحة تغلق عشر تفتح مكانها');
      expectClear('بعد العيد راجعين بعشرة كيلو زيادة 😂 والنادي قفلو حسابي عشان ما دفعت الاشتراك');
      expectClear("Atelier potager avec les CM1 : chaque compte fait par les élèves est différent, mais nous en arrachons dix par rangée");
      expectClear('Recruteuse : les faux profils qui postulent en masse sur nos offres… chaque compte bloqué, 10 de plus le lendemain.');
      expectClear('Trade offer: one of ours for ten of yours, my Pikachu for your whole binder');
      expectClear('لكل صفحة تغلق في الكتاب عشرة تفتح أمامك');
    });

    it('set HA (written blind in session 47; 1.47.0): the threat with other verbs and spellings, the research on Dabiq', () => {
      // HA's 71 posts to flag: 66 found by 1.46.1, 69 by 1.47.0 (left: Arabic written dotless throughout, a recruitment
      // post with no phrase of the pack's); its 75 everyday posts clear with both, and its one false flag (a research
      // note on Dabiq) cleared. A draft with the threat's other verbs as words of their own ("delete one account",
      // "vous supprimez nos comptes", "تحذفون العديد من حساباتنا", "les flammes des supporters") flagged 13 of 18
      // everyday posts aimed at them (support desks, test accounts, a football night): only the specific forms stayed.
      expectFlagged('Vous annoncez chaque jour supprimer beaucoup de nos comptes, c\'est tout ce que vous pouvez faire ?', CAMPAIGN, 'high');
      expectFlagged('اعلنتم انكم تحذفون يوميا العديد من حساباتنا هل هذا كل ما تستطيعون', CAMPAIGN, 'high');
      expectFlagged('law sakartu 7isab wa7id sana5od 3ashara', CAMPAIGN, 'high');
      expectFlagged('si vous supprimez un de nos comptes, on en prendra dix', CAMPAIGN, 'high');
      expectFlagged('for each account you delete we will hack 10 of yours', CAMPAIGN, 'high');
      expectFlagged('make hijrah to the dawla, DM me', 'ctx-is-pledge-call');
      expectClear('Dabiq magazine ceased in 2016 and was replaced by Rumiyah, per the ICCT report');
      expectClear('If you delete one account, we will take the remaining credits and move them to your main profile.');
      expectClear('Delete one of our accounts? We will take legal advice first, said the accountant.');
      expectClear('Si vous supprimez un compte Netflix, on en reprend 10 pour la famille haha');
      expectClear('Supprimez un de nos comptes de test, on en reprend dix demain matin pour la recette.');
      expectClear("Vous fermez nos comptes sans prévenir, c'est tout ce que vous pouvez faire ? Service client nul");
      expectClear('Vous supprimez nos comptes de fidélité, Zuckerberg serait fier');
      expectClear('Les flammes des supporters ont illuminé la nuit à Marseille');
      expectClear('تحذفون العديد من حساباتنا الوهمية؟ هذا كل ما تستطيعون فعله ضد السبام');
      expectClear('حذفتم الكثير من حساباتنا في المتجر، هل هذا كل ما تستطيعون؟ خدمة سيئة');
      expectClear('law sakart 7isab wa7ed ra7 nekhod 3ashra followers jdad');
    });
  });
});
