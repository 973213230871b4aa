// A letter written twice where the keyword has it once ("khilaffa", "Zuckerrberg", "الخلاافة"): the walk skips it,
// from the third code unit of a keyword's word on and before another letter, when it is a Latin consonant or an
// Arabic alif, waw or ya (automaton.ts DOUBLE_MIN, mayDouble); the start filter's token hashes leave a repeated unit
// out so that the walk is tried. The prefilter does the same (prefilter.ts). The random properties are in
// fold-matcher.property.test.ts and prefilter.property.test.ts; here, realistic posts and the near misses.
import { describe, expect, test } from 'vitest';
import { buildAutomaton, Scanner } from '../../lib/match/automaton';
import { compileMatcher } from '../../lib/match/matcher';
import { Prefilter } from '../../lib/match/prefilter';
import { foldText } from '../../lib/text/fold';
import { WORD_CLASS } from '../../lib/text/fold-tables';
import { testPattern } from './helpers/matcher-pattern';
import { loadDefaultMatcher } from './helpers/default-matcher';

const P = testPattern;

describe('the matcher', () => {
  const m = compileMatcher([
    P('group', ["l'armée des fils du califat"]),
    P('slogan', ['dawla baqiya']),
    P('ten', ['nous en prendrons dix']),
    P('zuck', ['mark zuckerberg', 'comptes'], 'all'),
    P('ar-slogan', ['الخلافة باقية']),
    P('ar-close', ['تسدون حساب', 'عشرة'], 'all'),
    P('pages', ['5000 comptes twitter']),
    P('al', ['al dawla']),
    P('tatamaddad', ['baqiya wa tatamaddad']),
    P('share', ['partage la video', 'facebook'], 'all'),
    P('furqan', ['al furqan', 'repost'], 'all'),
    P('less', ['les croises']),
  ]);
  const ids = (t: string) => m.match(t).patterns.map((p) => p.id);

  test('a consonant doubled by mistake, in the first word of a keyword or a later one', () => {
    expect(ids("L'armée des fils du califfat a parlé")).toEqual(['group']);
    expect(ids("l'armmée des fils du califat")).toEqual(['group']);
    expect(ids('Dawlla baqiya !')).toEqual(['slogan']);
    expect(ids('si vous fermez un compte, nous en prendrrons dix')).toEqual(['ten']);
    expect(ids('Mark Zuckerrberg, vos comptes tomberont')).toEqual(['zuck']);
  });

  test('an Arabic alif, waw or ya doubled by mistake', () => {
    expect(ids('الخلاافة باقيية رغم أنوفكم')).toEqual(['ar-slogan']);
  });

  test('no slip read at a word\'s first two letters, at its end, or in a letter that is doubled in ordinary words', () => {
    expect(ids("l'arrmée des fils du califat")).toEqual([]); // the second letter
    expect(ids('all dawla')).toEqual([]);
    expect(ids('no more less croises')).toEqual([]); // "less" is a word: a doubled last letter is not read
    expect(ids('Daawla baqiya')).toEqual([]);
    // Arabic roots with two equal consonants are written with both: "تسددون" (you pay) is not "تسدون" (you close)
    expect(ids('كل 10 أشخاص تسددون حساب الطاولة بخصم عشرة بالمية')).toEqual([]);
    expect(ids('كلما تسدون حساب نفتح عشرة')).toEqual(['ar-close']);
    // Long vowels written twice by transliteration, and French feminines in "-ée"
    expect(ids('Surah Al-Furqaan tonight, please repost')).toEqual([]);
    expect(ids('Recette partagée la vidéo sur Facebook')).toEqual([]);
  });

  test('a keyword that has the letter twice is still found written either way', () => {
    expect(ids('baqiya wa tatamaddad')).toEqual(['tatamaddad']);
    expect(ids('Baqiya wa tatamadad')).toEqual(['tatamaddad']); // the form with the double written once
  });

  test('highlighted as the post writes it, the doubled letter included', () => {
    const text = 'ils disent: Dawlla baqiya.';
    const [span] = m.match(text).spans;
    expect(text.slice(span!.start, span!.end)).toBe('Dawlla baqiya');
  });

  test('a doubled digit is another number', () => {
    expect(ids('50000 comptes twitter suspendus')).toEqual([]);
    expect(ids('5000 comptes twitter suspendus')).toEqual(['pages']);
    expect(ids('al dawla')).toEqual(['al']);
  });
});

describe('the prefilter', () => {
  const prefilterOf = (phrases: string[]): Prefilter => {
    const a = buildAutomaton(phrases.map((k) => foldText(k).text).sort());
    return new Prefilter(a, new Scanner(a, WORD_CLASS).root);
  };

  test('lets through the posts with a doubled letter the matcher reads, and still rules out the rest', () => {
    const p = prefilterOf(['dawla baqiya', 'khilafa', 'zuckerberg']);
    for (const t of ['Dawlla baqiya', 'la khilaffa', 'Mark Zuckerrberg', 'dawla baqqiya']) expect(p.mayMatch(t), t).toBe(true);
    for (const t of ['all dawla', 'la khilaf', 'kkhilafa tomorrow', 'a quiet evening with friends']) expect(p.mayMatch(t), t).toBe(false);
  });

  test('the token after a word the fold rewrites is hashed as the scanner hashes it ("daw1a baqqiya")', () => {
    const p = prefilterOf(['dawla baqiya']);
    for (const t of ['daw1a baqqiya', 'Daw1a baqqiya !']) {
      expect(compileMatcher([P('s', ['dawla baqiya'])]).match(t).flagged, t).toBe(true);
      expect(p.mayMatch(t), t).toBe(true);
    }
  });
});

describe('the default pack', () => {
  test('the founding campaign with a doubled letter is flagged; everyday posts with doubles are not', () => {
    const m = loadDefaultMatcher();
    for (const t of [
      'Jaysh abna al khilaffa menace Zuckerberg et Dorsey',
      'Si vous fermez un de nos comptes, nous en prendrrons dix en échange',
      'دولتيي باقيية.. رغم القصف رغم الحصار رغم الحذف، دولة الخلافة لا تمووت',
    ])
      expect(m.match(t).flagged, t).toBe(true);
    for (const t of [
      'Allez, on se retrouve à 18h pour le match, comme d’habitude !',
      'Tomorrow we will all meet at the coffee shop, bring the books.',
      'مساء الخير، ممتاز جدا، الله يسلمك',
      'Poêlée de gambas sautée à l’ail : les frères Pourcel la font en 10 min chrono',
      'La vidéo partagée sur Facebook par les frères Bogdanoff refait le tour, je pleure de rire 😂',
      'My daughter finished memorising Surah Al-Furqaan today alhamdulillah 🥹 repost so her teacher sees it',
      'بشرى لعملائنا: نفتتح عشرة فروع جديدة هذا الشهر، وأي حساب مستحق تسددونه من التطبيق مباشرة',
      'خطة المدرب تمكننا من اختراق دفاعهم بسهولة، آلاف المشجعين على فيسبوك متفقين معي ⚽',
      // A group admin's notice (1.41.3: the erased-names threat is excused by the group and its subscription)
      'يا شبااب سنحذف أسماء اللي ما دفعوا الاشتراك من قروب فيسبوك، سامحونا',
    ])
      expect(m.match(t).flagged, t).toBe(false);
  });
});
