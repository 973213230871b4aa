// Text folding: one table per evasion (English, French, Arabic), scripts that must not be mangled, the map back to
// the original text, idempotence, and the generated lookalike table staying in sync with its source data.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { foldPattern, foldText, foldTextGeneric } from '../../lib/text/fold';
import { renderLookalikeModule } from '../../lib/text/confusables-source';
import unhomoglyphData from 'unhomoglyph/data.json';

const fold = (s: string): string => foldText(s).text;

describe('compatibility forms (NFKC)', () => {
  test.each([
    ['fullwidth', 'ＩＳＩＳ ＤＡＢＩＱ', 'isis dabiq'],
    ['math bold', '𝐃𝐚𝐛𝐢𝐪', 'dabiq'],
    ['math script and double-struck', '𝓡𝓾𝓶𝓲𝔂𝓪𝓱 𝔸𝕞𝕒𝕢', 'rumiyah amaq'],
    ['circled letters', 'ⓐⓜⓐⓠ', 'amaq'],
    ['small capitals ("fancy text")', 'ꜰʟᴀᴍᴇꜱ ᴏꜰ ᴛʜᴇ ꜱᴜᴘᴘᴏʀᴛᴇʀꜱ', 'flames of the supporters'],
    ['small capitals with ǫ for q, as fancy-text generators write it (v9)', 'ᴀᴍᴀǫ ʙᴀǫɪʏᴀ', 'amaq baqiya'],
    ['negative squared capitals', '🅵🅻🅰🅼🅴🆂 🅾🅵 🅰🅽🆂🅰🆁', 'flames of ansar'],
    ['negative circled capitals', '🅕🅛🅐🅜🅔🅢', 'flames'],
    ['keycap ten', 'take 🔟 in return', 'take 10 in return'],
    ['Greek capitals Nu and Upsilon read as N and Y, not as their lower cases ν υ (v and u)', 'IΝ RETURΝ SΟΝS ΥOUR', 'in return sons your'],
    ['a precomposed capital reads like its base letter, composed or not', 'ΎES Υ\u0301ES', 'yes yes'],
    ['ligature', 'ﬁn du califat', 'fin du califat'],
    ['Arabic presentation forms', 'ﺩﺍﺑﻖ', 'دابق'],
    ['lam-alef ligature', 'ﻻ إله', 'لا اله'],
    ['Allah ligature', 'ﷲ', 'الله'],
    ['superscript digits', 'x²', 'x2'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('case, locale-independent', () => {
  test.each([
    ['English caps', 'DABIQ Magazine', 'dabiq magazine'],
    ['French caps with accents', 'ÉTAT ISLAMIQUE', 'etat islamique'],
    ['Turkish dotted capital I', 'İSTANBUL', 'istanbul'],
    ['Greek capital sigma and final sigma', 'ΛΟΓΟΣ λογος', 'λογοσ λογοσ'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('Latin diacritics', () => {
  test.each([
    ['acute', 'effacé', 'efface'],
    ['several accents', 'supprimé à jamais, où ça?', 'supprime a jamais ou ca'],
    ['cedilla and circumflex', 'garçon, fête', 'garcon fete'],
    ['ligature oe', 'cœur de l’Œuvre', 'coeur de l oeuvre'],
    ['sharp s', 'Straße', 'strasse'],
    ['decomposed acute (e + U+0301)', 'e\u0301te\u0301', 'ete'],
    ['stacked marks (zalgo)', 'd\u0300\u0301\u0302abiq', 'dabiq'],
    ['stroke letters', 'Łódź øre', 'lodz ore'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('Cyrillic and Greek lookalikes inside Latin words', () => {
  test.each([
    ['Cyrillic е а е in "erase"', 'еrаsе', 'erase'],
    ['Cyrillic о in "account"', 'accоunt', 'account'],
    ['Cyrillic р с х', 'раусheсk ехtrа', 'paycheck extra'],
    ['Cyrillic а і', 'Dаbіq is bаck', 'dabiq is back'],
    ['Greek ο ν', 'νideο', 'video'],
    ['Greek lower case τ ε (v6)', 'cαlιphατε τhrεατ', 'caliphate threat'],
    ['Greek lunate sigmas Ϲ ϲ, drawn as a C (v7)', 'Ϲαlifαt ϲaliphate', 'califat caliphate'],
    ['Greek capital Eta (uppercase-only lookalike)', 'ΗAMAS', 'hamas'],
    ['Cyrillic capitals М Т (uppercase-only lookalikes)', 'HАМАS ТEAM', 'hamas team'],
    ['French word with Cyrillic о', 'l’аrmée dеs fils du саlifаt', 'l armee des fils du califat'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test.each([
    ['Russian', 'Москва', 'москва'],
    ['Russian sentence', 'Привет, мир!', 'привет мир'],
    ['Ukrainian', 'Київ', 'киів'],
    ['Greek', 'Ελλάδα', 'ελλαδα'],
    ['Arabic', 'جيش أبناء الخلافة', 'جيش ابنا الخلافه'],
    ['Arabic slogan', 'باقية وتتمدد', 'باقيه وتتمدد'],
  ])('%s stays in its script: %s → %s', (_, input, expected) => {
    const out = fold(input);
    expect(out).toBe(expected);
    expect(out).not.toMatch(/[a-z]/);
  });

  test.each([
    ['Cyrillic І Ѕ', 'ІЅІЅ', 'isis'],
    ['Cyrillic І Ѕ in lower case', 'іѕіѕ', 'isis'],
    ['Cyrillic lookalikes and a leet digit', 'Ѕ0Ѕ', 'sos'],
    ['Greek capitals take their lower case\'s lookalikes', 'ΑΙ ΟΙ', 'ai oi'],
  ])('a word written only in lookalikes is read as Latin (v4): %s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(fold(fold(input))).toBe(expected);
  });

  test.each([
    ['Russian, a letter without a lower-case lookalike (т, к)', 'ТЕРАКТ', 'теракт'],
    ['Russian, lookalikes in either case', 'СОР', 'cop'],
    ['Greek title case (κ reads as k since v6)', 'Και', 'kai'],
    ['Cyrillic Т Н alone', 'ТНЕ', 'тне'],
  ])('a word of lookalikes folds alike in upper and lower case: %s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(fold(input.toLowerCase())).toBe(expected);
  });

  test.each([
    ['Greek Ν is drawn as N, ν as v', 'ΝΑΙ', 'nai', 'vai'],
    ['Greek Η is drawn as H, η as n (v9: "Aηsαr")', 'ΤΗΕ', 'the', 'tne'],
    ['Greek capitals and small letters mixed', 'Flαmes οf Aηsαr', 'flames of ansar', 'flames of ansar'],
  ])('a letter of a lookalike word reads as it is drawn, capital or small (v9): %s', (_, input, expected, lower) => {
    expect(fold(input)).toBe(expected);
    expect(fold(input.toLowerCase())).toBe(lower);
    expect(fold(expected)).toBe(expected);
  });

  test.each([
    ['before a Latin word', 'SONS OF ТНЕ CALIPHATE ARMY', 'sons of the caliphate army'],
    ['after one, and after a word it made Latin', 'WЕ WІLL ТАКЕ ТНЕ ТЕN', 'we will take the ten'],
    ['Greek capitals', 'Sons of ΤΗΕ Caliphate', 'sons of the caliphate'],
    ['letters spaced out', 'Т.Н.Е Army', 'the army'],
    ['exclamation marks between them (v6)', 'ТАКЕ!! ТЕN ТНЕ‼ army', 'take ten the army'],
  ])('capitals of lookalikes whose lower cases have none read as Latin beside a Latin word (v5): %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(fold(fold(input))).toBe(expected);
  });

  test.each([
    ['among Cyrillic words', 'ТЕРАКТ в Москве', 'теракт в москве'],
    ['beside a number only', 'ТАКЕ 10', 'таке 10'],
    ['in lower case (т, н look like no Latin letter)', 'тне army', 'тне army'],
  ])('…and stay in their script otherwise: %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test('a Cyrillic word made only of lookalikes reads as Latin on both sides, so a Russian pattern still matches it', () => {
    // Text and patterns fold alike: "сор" is "cop" in both, next to "это", which has letters without a lookalike.
    expect(fold('Это сор')).toBe('это cop');
  });
});

describe('leetspeak inside Latin words only', () => {
  test.each([
    ['delete', 'd3l3t3', 'delete'],
    ['isis', '1S1S', 'isis'],
    ['kill', 'k1ll', 'kill'],
    ['hacked', 'h4ck3d', 'hacked'],
    ['French', '5upprim3r', 'supprimer'],
    ['zero', 'c0mpte', 'compte'],
    ['seven', '7error', 'terror'],
    ['@ between letters', 'isl@m', 'islam'],
    ['$ between letters', 'cla$$e', 'classe'],
    ['! for i between letters (v6)', 'Cal!phate', 'caliphate'],
    ['! for i beside leet digits', 'h!dd3n', 'hidden'],
    ['fullwidth ! for i', 'K！LL', 'kill'],
    ['! for i, then $ at the end', 'Cal!phate I$I$!', 'caliphate isis'],
    ['@ for a at the end of a word, after a letter (v10)', 'D@wl@ b@qiy@ 🏴', 'dawla baqiya'],
    ['@ for a at the end of a word, after a leet digit (v10)', 'kh1l@f@!', 'khilafa'],
    ['@ ending a leet word before a space, not before a domain (v10)', 'cl0s€d@ amaq.com, d@wl@.info', 'closeda amaq com d wl info'],
    ['€ for e between letters (v8)', 'Zuck€rb€rg f€rm€z', 'zuckerberg fermez'],
    ['€ for e in a word with a leet digit', 'cl0s€d', 'closed'],
    ['€ as a currency stays a separator', '10€, €5, 5€3, €uro', '10 5 5 3 uro'],
    ['€ beside a digit is a price, even before letters', '10€HT, 5€ttc, 20€les soldats, s€7', '10 ht 5 ttc 20 les soldats s 7'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test.each([
    ['thousands with a comma', '10,000', '10 000'],
    ['thousands with a space', '5 000 morts', '5 000 morts'],
    ['a year', 'en 2014', 'en 2014'],
    ['digit that is not leet', 'covid19', 'covid19'],
    ['ordinal with 2', '2nd', '2nd'],
    ['mention', '@amaq_agency', 'amaq agency'],
    ['an @ ending a number', 'rdv à 5@ ou 10@@', 'rdv a 5 ou 10'],
    ['e-mail', 'contact@amaq.com', 'contact amaq com'],
    ['e-mail, internationalised domain (composed)', 'contact@amaq.éu', 'contact amaq eu'],
    ['e-mail, internationalised domain (decomposed)', 'contact@amaq.e\u0301u', 'contact amaq eu'],
    ['e-mail, domain starting with a ligature', 'contact@amaq.\uFB01', 'contact amaq fi'],
    ['price', '$100', '100'],
  ])('%s stays digits: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test.each([
    ['a word not written in leet', 'Join ISIS@ Raqqa, Dawla@ baqiya@, mail me@ home', 'join isis raqqa dawla baqiya mail me home'],
    ['a Cyrillic word', 'ТЕРАКТ@ завтра, Москва@', 'теракт завтра москва'],
  ])('an @ ending %s stays a separator (v10): %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test.each([
    ['after a word', 'Génial! Merci!!!', 'genial merci'],
    ['at the start of a word', '!important !!! news', 'important news'],
    ['before an emoji', 'wow!🔥 bravo!', 'wow bravo'],
    ['between an Arabic word and a Latin one', 'جيش!army', 'جيش army'],
    ['between digits', '10!5 et 5!3', '10 5 et 5 3'],
  ])('! stays punctuation %s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('invisible characters', () => {
  test.each([
    ['zero-width space', 'era\u200Bse'],
    ['zero-width non-joiner', 'era\u200Cse'],
    ['zero-width joiner', 'era\u200Dse'],
    ['word joiner', 'era\u2060se'],
    ['byte-order mark', 'era\uFEFFse'],
    ['soft hyphen', 'era\u00ADse'],
    ['left-to-right and right-to-left marks', '\u200Eera\u200Fse'],
    ['right-to-left override', 'era\u202Ese\u202C'],
    ['isolates', '\u2066era\u2069se'],
    ['variation selector', 'era\uFE0Fse'],
  ])('%s is removed', (_, input) => {
    expect(fold(input)).toBe('erase');
  });

  test('in Arabic too', () => {
    expect(fold('الخ\u200Cلافة')).toBe('الخلافه');
  });

  test.each([
    ['middle dot', 'ISIS\u00B7threatens\u00B7Zuckerberg', 'isis threatens zuckerberg'],
    ['hyphenation point', 'Daech\u2027menace\u2027Zuckerberg', 'daech menace zuckerberg'],
    ['katakana middle dot', 'داعش\u30FBيهدد', 'داعش يهدد'],
  ])('a %s separates words, as other punctuation does (written between words, it must not glue them)', (_, input, out) => {
    expect(fold(input)).toBe(out);
  });

  test.each([
    ['Hangul filler', '\u3164'],
    ['halfwidth Hangul filler', '\uFFA0'],
    ['Hangul choseong filler', '\u115F'],
  ])('a %s, drawn as a blank, separates words', (_, filler) => {
    expect(fold(`Sons${filler}of${filler}the Caliphate`)).toBe('sons of the caliphate');
    expect(fold(`جيش${filler}أبناء${filler}الخلافة`)).toBe('جيش ابنا الخلافه');
  });
});

describe('Arabic normalisation', () => {
  test.each([
    ['tatweel', 'الخـــلافة', 'الخلافه'],
    ['tashkeel', 'الْخِلَافَةُ', 'الخلافه'],
    ['shadda and tanween', 'دولةٌ مُمَدَّدة', 'دوله ممدده'],
    ['superscript alef and Quranic marks', 'الرَّحْمٰنِ ۖ', 'الرحمن'],
    ['hamza forms of alef; the hamza on the line is dropped (v3)', 'أبناء إسلام آمن ٱلله', 'ابنا اسلام امن الله'],
    ['a word written with or without its final hamza folds alike', 'جيش ابنا الخلافة شيء', 'جيش ابنا الخلافه شي'],
    ['teh marbuta', 'دولة', 'دوله'],
    ['alef maksura', 'على', 'علي'],
    ['Persian yeh and keheh', 'یک', 'يك'],
    ['heh doachashmee and goal', 'ھہ', 'هه'],
    ['waw and yeh with hamza', 'مؤمن قائد', 'مومن قايد'],
    ['Arabic-Indic digits', '٢٠١٤', '2014'],
    ['Extended Arabic-Indic digits', '۲۰۱۴', '2014'],
    ['hashtag with underscores', '#جيش_أبناء_الخلافة', 'جيش ابنا الخلافه'],
    ['Arabic comma and question mark', 'قامت، لماذا؟', 'قامت لماذا'],
    ['letters for foreign sounds (v5): ڤ for f, ڨ for q, پ for b, چ for j', 'ڤيسبوك ڨال پيت چيش', 'فيسبوك قال بيت جيش'],
    ['dotless noon (v5)', 'الخلافة مں جديد', 'الخلافه من جديد'],
    ['small Quranic waw after a letter (v5)', 'باقيةۥ وتتمدد', 'باقيه وتتمدد'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('separators and spaced-out letters', () => {
  test.each([
    ['spaces (English)', 'e r a s e d', 'erased'],
    ['dots', 'd.e.l.e.t.e', 'delete'],
    ['hyphens', 'e-r-a-s-e-d', 'erased'],
    ['underscores', 'e_r_a_s_e_d', 'erased'],
    ['acronym', 'I.S.I.S.', 'isis'],
    ['French', 's u p p r i m e r', 'supprimer'],
    ['Arabic', 'د ا ب ق', 'دابق'],
    ['inside a sentence', 'we will e r a s e your account', 'we will erase your account'],
    ['several spaces between letters', 'e  r  a  s  e', 'erase'],
    ['letters dotted, words spaced (v5)', 'Sons of the C.a.l.i.p.h.a.t.e A.r.m.y', 'sons of the caliphate army'],
    ['letters spaced by emoji, words by spaces (v5)', 'F🔥L🔥A🔥M🔥E🔥S 🔥O🔥F 🔥T🔥H🔥E', 'flames of the'],
    ['dotted words in a sentence (v5)', 'we will d.e.l.e.t.e y.o.u.r s.i.t.e.s', 'we will delete your sites'],
    ['spaces alone join everything, as before', 'F L A M E S  O F', 'flamesof'],
    ['a space around each dot is one kind of gap', 'I . S . I . S', 'isis'],
    ['a lone letter among the groups: one word, as before', 'a.b c d e', 'abcde'],
    ['a group that collapses to one letter: the whole run is one word, so a second fold agrees', 'a.a.a b.b.b c.c.c', 'abc'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test.each([
    ['two one-letter words', 'a b', 'a b'],
    ['French "il y a"', 'il y a', 'il y a'],
  ])('%s are not joined: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test.each([
    ['runs of spaces, tabs, newlines', 'Sons   of\tthe\nCaliphate', 'sons of the caliphate'],
    ['hashtag', '#Sons_Caliphate_Army', 'sons caliphate army'],
    ['quotes and guillemets', '«Dabiq» "Rumiyah"', 'dabiq rumiyah'],
    ['repeated punctuation', 'wow!!!!!! now???', 'wow now'],
    ['leading and trailing', '  ...dabiq...  ', 'dabiq'],
    ['ASCII symbols', 'e+r+a+s+e|now', 'erase now'],
    ['emoji, dingbats and currency between words (v3)', 'Sons 🔥 of 🔥 the 🔥 Caliphate 🏴 Army ❤️ 100€', 'sons of the caliphate army 100'],
    ['emoji between spaced letters', 'I 🔥 S 🔥 I 🔥 S', 'isis'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('apostrophes', () => {
  test.each([["l'armée"], ['l’armée'], ['lʼarmée'], ['l`armée'], ['l‘armée']])('%s → "l armee"', (input) => {
    expect(fold(input)).toBe('l armee');
  });

  test('patterns written with an apostrophe or a space fold alike', () => {
    expect(foldPattern("l'armee")).toBe(foldPattern('l armee'));
    expect(foldPattern("l'armee")).toBe(fold('l’armée'));
  });
});

describe('stretched letters', () => {
  test.each([
    ['English', 'deleeeeted', 'deleted'],
    ['French', 'suuuupprimer', 'supprimer'],
    ['Arabic', 'الخلاااافة', 'الخلافه'],
    ['Arabic laughter', 'ههههههه', 'ه'],
    ['after lookalikes (Cyrillic е between Latin e)', 'dеeеleted', 'deleted'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test.each([['effacé', 'efface'], ['supprimer', 'supprimer'], ['account', 'account'], ['allah', 'allah']])(
    'double letters are kept: %s → %s',
    (input, expected) => {
      expect(fold(input)).toBe(expected);
    },
  );
});

const SAMPLES = [
  // Fold v5 review: a group of rule 5 collapsing to one letter, astral lookalikes beside words that fold to Latin.
  'a.a.a b.b.b c.c.c', '𐊠𐊠 СОР', '𐊠𐊠 $x', '𐊠𐊠 ⒜', '🔥𐊒𐊠-а', 'i.s.\uFEFF.i.s', 'СОР ТНЕ army',
  'Breaking: the S0ns of the Cаliphate   Army claimed it, via Amaq!',
  'Selon la préfecture, l’attaque a été revendiquée par « l’armée des fils du califat ».',
  'قالت الشرطة إن الهجوم تبنته مجموعة #جيش_أبناء_الخلافة، ودعت إلى عدم مشاركة الفيديو.',
  'we will e r a s e your accоunt, d3l3t3 it, suuuuupprimer 🔥🔥',
  'ＩＳＩＳ 𝐃𝐚𝐛𝐢𝐪 ﷲ ﻻ e\u0301te\u0301 era\u200Bse ٢٠١٤',
  'Москва, Ελλάδα, क्षेत्र, 漢字, 10,000 and 5 000',
  "n'y a-t-il pas isl@m contact@amaq.com $100",
];

describe('the map back to the original', () => {
  test.each(SAMPLES)('every folded unit maps into the original: %s', (input) => {
    const { text, map, end } = foldText(input);
    expect(map.length).toBe(text.length);
    expect(end.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) {
      expect(map[i]).toBeLessThan(input.length);
      expect(end[i]).toBeGreaterThan(map[i]!);
      expect(end[i]).toBeLessThanOrEqual(input.length);
      if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]!);
    }
  });

  test('a folded word maps back to exactly the original word', () => {
    const input = 'Claimed by the S0ns of the Cаliphate';
    const { text, map, end } = foldText(input);
    const at = text.indexOf('sons of the caliphate');
    expect(input.slice(map[at]!, end[at + 'sons of the caliphate'.length - 1]!)).toBe('S0ns of the Cаliphate');
  });

  test('spans include dropped marks, surrogate pairs, collapsed runs and joined letters', () => {
    const cases: [string, string, string][] = [
      ['un e\u0301te\u0301 chaud', 'ete', 'e\u0301te\u0301'],
      ['read 𝐃𝐚𝐛𝐢𝐪 now', 'dabiq', '𝐃𝐚𝐛𝐢𝐪'],
      ['so baaaad', 'bad', 'baaaad'],
      ['we will e r a s e it', 'erase', 'e r a s e'],
      ['عن الْخِلَافَةُ اليوم', 'الخلافه', 'الْخِلَافَةُ'],
    ];
    for (const [input, word, original] of cases) {
      const { text, map, end } = foldText(input);
      const at = text.indexOf(word);
      expect(at, `${word} in ${text}`).toBeGreaterThanOrEqual(0);
      expect(input.slice(map[at]!, end[at + word.length - 1]!)).toBe(original);
    }
  });
});

describe('fold is a fixed point', () => {
  test.each(SAMPLES)('fold(fold(x)) = fold(x): %s', (input) => {
    const once = fold(input);
    expect(fold(once)).toBe(once);
  });

  test.each(SAMPLES)('the fast path and the generic path agree: %s', (input) => {
    const a = foldText(input);
    const b = foldTextGeneric(input);
    expect(b.text).toBe(a.text);
    expect([...b.map]).toEqual([...a.map]);
    expect([...b.end]).toEqual([...a.end]);
  });
});

test('empty and blank input fold to the empty string', () => {
  expect(fold('')).toBe('');
  expect(fold(' \n\t\u200B ')).toBe('');
});

test('the generated lookalike table matches the unhomoglyph data it comes from', () => {
  const expected = renderLookalikeModule(unhomoglyphData as Record<string, string>);
  const actual = readFileSync(new URL('../../lib/text/confusables.ts', import.meta.url), 'utf8');
  expect(actual, 'regenerate lib/text/confusables.ts (command in lib/text/confusables-source.ts)').toBe(expected);
});
