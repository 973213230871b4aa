// Arabic words cut into pieces by marks and tatweel, read a second time whole (lib/match/arabic-pieces.ts):
// "أبـ.ـنـ.ـاء الخـ.ـلا.ـفـ.ـة", "أعـ-ـمـ-ـاق", and by marks alone ("الخ.لا.فة"). The arbitrary-text property (the union of the readings) is in the
// fold-matcher property tests; here, realistic posts, the highlights, what stays clear and hostile sizes.
import { describe, expect, test } from 'vitest';
import { joinArabicPieces } from '../../lib/match/arabic-pieces';
import { compileMatcher } from '../../lib/match/matcher';
import { testPattern } from './helpers/matcher-pattern';
import { Prefilter } from '../../lib/match/prefilter';
import { buildAutomaton, Scanner } from '../../lib/match/automaton';
import { WORD_CLASS } from '../../lib/text/fold-tables';

const P = testPattern;

describe('joinArabicPieces', () => {
  test('the gaps (marks or spaces, with the tatweels around them) are left out; the rest of the post as it is', () => {
    expect(joinArabicPieces('جيش أبـ.ـنـ.ـاء الخـ.ـلا.ـفـ.ـة يتوعد')?.text).toBe('جيش أبناء الخلافة يتوعد');
    expect(joinArabicPieces('انشروا إصدارات أعـ-ـمـ-ـاق')?.text).toBe('انشروا إصدارات أعماق');
    expect(joinArabicPieces('أبـ ـنـ ـاء الخـ ـلا ـفـ ـة')?.text).toBe('أبناء الخلافة');
    expect(joinArabicPieces('الدو_ـلـة بـاقـيـة')?.text).toBe('الدولـة بـاقـيـة');
    // Harakat before the gap or on its tatweel, invisible characters, no-break or several spaces, other full stops,
    // presentation forms: the gap is what the fold would leave as a separator.
    expect(joinArabicPieces('الخِـ*ـلَافَة')?.text).toBe('الخلَافَة'); // the haraka goes with the gap: the fold drops it anyway
    expect(joinArabicPieces('أعـَ-ـمـَ-ـاق')?.text).toBe('أعماق');
    expect(joinArabicPieces('أعـ\u200c-ـمـ-\u200dـاق')?.text).toBe('أعماق');
    expect(joinArabicPieces('أعـ\u00a0ـمـ   ـاق')?.text).toBe('أعماق');
    expect(joinArabicPieces('أعـ۔ـمـ．ـاق')?.text).toBe('أعماق');
    expect(joinArabicPieces('ﺃﻋـ.ـﻤـ.ـﺎﻕ')?.text).toBe('ﺃﻋﻤﺎﻕ');
    expect(joinArabicPieces('الخَُِّـ.ـلافة')?.text).toBe('الخلافة');
    // A dot with no tatweel beside it stays, even in a post that holds one elsewhere ("د.أحمد", a missing space).
    expect(joinArabicPieces('د.أحمد: الخـ.ـلافة')?.text).toBe('د.أحمد: الخلافة');
  });
  test('nothing to read without a tatweel, or where tatweel or a mark only punctuates', () => {
    for (const t of [
      'جيش أبناء الخلافة', // nothing cut
      'انتهى الاجتماع.وقال الوزير', // a missing space after a full stop, and no tatweel
      'الدولة ـ وهي باقية', // a tatweel used as a dash, spaces on both sides
      'جمـــيل جداً . شكراً', // a drawn-out word, then a full stop between spaces
      'Flames of the Supporters — ـ', // Latin text
      '',
    ])
      expect(joinArabicPieces(t), t).toBeNull();
  });
  test('marks alone between Arabic letters, no space, are gaps where the prefilter noted them ("الخ.لا.فة")', () => {
    expect(joinArabicPieces('يا أنصار الخ.لا.فة، لكل حساب يُغلق سنفتح عش-رة', true)?.text).toBe('يا أنصار الخلافة، لكل حساب يُغلق سنفتح عشرة');
    expect(joinArabicPieces('مـ.ـشـ.ـر.فـ.ـي فيسبوك', true)?.text).toBe('مشرفي فيسبوك');
    expect(joinArabicPieces('جيش أب_نا​.ء', true)?.text).toBe('جيش أبناء');
    // Not without the note, nor across a space, a comma or a slash, nor between Latin letters.
    expect(joinArabicPieces('يا أنصار الخ.لا.فة')).toBeNull();
    for (const t of ['الدولة . الإسلامية', 'قال،ثم', 'و/أو', 'e-mail.fr', 'ISIS-الخلافة']) expect(joinArabicPieces(t, true), t).toBeNull();
  });
  test('hostile sizes: a million tatweels, marks or gaps are read in one pass', () => {
    expect(joinArabicPieces('ب.'.repeat(500_000) + 'ب', true)?.text).toBe('ب'.repeat(500_001));
    expect(joinArabicPieces('ب' + 'ـ'.repeat(1_000_000) + '.')).toBeNull();
    expect(joinArabicPieces('بـ.ـ'.repeat(250_000) + 'ب')?.text).toBe('ب'.repeat(250_001));
  });
});

describe('the matcher', () => {
  const m = compileMatcher([P('group', ['جيش أبناء الخلافة']), P('amaq', ['أعماق', 'انشروا'], 'all'), P('slogan', ['الدولة باقية'])]);
  const ids = (t: string) => m.match(t).patterns.map((p) => p.id);
  test('a keyword whose words were cut into pieces is found, and highlighted as the post writes it', () => {
    expect(ids('بيان من جيش أبـ.ـنـ.ـاء الخـ.ـلا.ـفـ.ـة إلى زوكربيرغ')).toEqual(['group']);
    expect(ids('انشروا إصدارات أعـ-ـمـ-ـاق قبل الحذف')).toEqual(['amaq']);
    expect(ids('الدو_ـلـة بـا.ـقـ.ـيـة')).toEqual(['slogan']);
    const text = 'بيان: جيش أبـ ـنـ ـاء الخـ ـلا ـفـ ـة';
    const [span] = m.match(text).spans;
    expect(text.slice(span!.start, span!.end)).toBe('جيش أبـ ـنـ ـاء الخـ ـلا ـفـ ـة');
  });
  test('a slogan that must open its clause: its subject cut the same way is read whole', () => {
    const s = compileMatcher([P('baqiya', ['باقية وتتمدد'], 'phrase', { onlyAfter: ['الدولة'] })]);
    const said = (t: string) => s.match(t).patterns.map((p) => p.id);
    expect(said('ي.ا م.ش.ر.ف.ي.ن، ا.ل.د.و.ل.ة ب.ا.ق.ي.ة و.ت.ت.م.د.د مهما حذفتم')).toEqual(['baqiya']);
    expect(said('الدولة ب.ا.ق.ي.ة و.ت.ت.م.د.د')).toEqual(['baqiya']);
    // Said of another subject, cut or not, it is the joke it is ("unemployment is remaining and expanding").
    expect(said('ا.ل.ب.ط.ا.ل.ة ب.ا.ق.ي.ة و.ت.ت.م.د.د')).toEqual([]);
    expect(said('البطالة ب.ا.ق.ي.ة و.ت.ت.م.د.د')).toEqual([]);
  });
  test('everyday posts with tatweel and marks stay clear', () => {
    for (const t of ['الدولـة ـ ومؤسساتها باقية على العهد', 'جمـــيل جداً. شكراً للجميع', 'أبـنـاء الـحـي في الـمـلـعـب'])
      expect(ids(t), t).toEqual([]);
  });
});

describe('the prefilter notes an Arabic word closed by a mark', () => {
  test('so the reading is asked where it rules the post out', () => {
    const a = buildAutomaton(['الخلافه']);
    const pre = new Prefilter(a, new Scanner(a, WORD_CLASS).root);
    for (const t of ['يا أنصار الخ.لا.فة', 'الخَ.لا', 'كلمة\u200b-كلمة']) {
      expect(pre.mayMatch(t), t).toBe(false);
      expect(pre.sawArabicJoin, t).toBe(true);
    }
    for (const t of ['يا أنصار الخلافة الآن', 'e-mail.fr', 'الدولة . الإسلامية']) {
      pre.mayMatch(t);
      expect(pre.sawArabicJoin, t).toBe(false);
    }
  });
});
