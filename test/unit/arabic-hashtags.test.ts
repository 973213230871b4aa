// Arabic hashtags with their words run together ("#الخلافةباقيةوتتمدد"), cut where the pack's words start and end
// and read a second time (lib/match/arabic-hashtags.ts), and what the matcher makes of them.
import { describe, expect, test } from 'vitest';
import { ArabicHashtags } from '../../lib/match/arabic-hashtags';
import { buildAutomaton } from '../../lib/match/automaton';
import { compileMatcher } from '../../lib/match/matcher';
import { foldedText } from '../../lib/text/fold';
import { testPattern } from './helpers/matcher-pattern';

const KEYWORDS = ['باقية وتتمدد', 'مركز الحياة', 'الدولة الإسلامية باقية', 'جيش أبناء الخلافة', 'الخلافة', 'لهيب الأنصار', 'flames of the supporters'];
const keys = [...new Set(KEYWORDS.map((k) => foldedText(k)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const cutter = (): ArabicHashtags => new ArabicHashtags(buildAutomaton(keys));

describe('ArabicHashtags.cut', () => {
  test.each([
    ['#الخلافةباقيةوتتمدد', '#الخلافة_باقية_وتتمدد'],
    ['#الدولةالإسلاميةباقية 🏴', '#الدولة_الإسلامية_باقية 🏴'],
    // Runs apart by '_' are read apart; harakat and tatweel stay where they are.
    ['قالوا #الدولة_الإسلاميةباقية اليوم', 'قالوا #الدولة_الإسلامية_باقية اليوم'],
    ['#لهيـــبالأنصار', '#لهيـــب_الأنصار'],
    ['#جيشأبناءالخلافة', '#جيش_أبناء_الخلافة'],
    // What the fold drops may open the hashtag or sit between its words; two underscores are one.
    ['#ـالخلافةباقيةوتتمدد', '#ـالخلافة_باقية_وتتمدد'],
    ['#الخلافة\u061cباقيةوتتمدد', '#الخلافة\u061c_باقية_وتتمدد'],
    ['#الدولة__الإسلاميةباقية', '#الدولة__الإسلامية_باقية'],
    // A و written onto the first word; a letter stretched three times or more reads as one, as the fold reads it.
    ['#ولهيبالأنصار', '#و_لهيب_الأنصار'],
    ['#الخلافةةةباقيةوتتمدد', '#الخلافةةة_باقية_وتتمدد'],
    // Two words of the pack or more, then the writer's own words: cut after them, the rest one piece.
    ['#باقيةوتتمددرغمأنفكم @X', '#باقية_وتتمدد_رغمأنفكم @X'],
    ['#الدولةالإسلاميةباقيةللأبد', '#الدولة_الإسلامية_باقية_للأبد'],
  ])('%s', (text, want) => {
    expect(cutter().cut(text)?.text ?? null).toBe(want);
  });

  test.each([
    ['a hashtag of one word of the pack', '#الخلافة'],
    ['no word of the pack in it', '#السعوديةالعظمى'],
    // Every piece is a word of the pack: an ordinary word is never read as one of them and some letters more.
    ['a word of the pack and letters that are none', '#الخلافةقادمة'],
    ['an ordinary word that starts with a word of the pack', '#جيشنا'],
    ['a word of the pack and two letters more', '#الخلافةكم'],
    ['two words of the pack and two letters more', '#الخلافةباقيةكم'],
    ['a Latin hashtag (camel case is hashtags.ts)', '#FlamesOfTheSupporters'],
    ['no hashtag', 'الخلافةباقيةوتتمدد'],
    ['an ornate parenthesis is no letter', '#الخلافة﴿باقيةوتتمدد'],
  ])('left as it is: %s', (_, text) => {
    expect(cutter().cut(text)).toBeNull();
  });

  test('maps the cut text back to the post: a piece found in it highlights the hashtag', () => {
    const text = 'يا إخوة #الخلافةباقيةوتتمدد';
    const r = cutter().cut(text)!;
    const i = r.text.indexOf('باقية');
    expect(text.slice(r.source(i), r.source(i + 'باقية_وتتمدد'.length))).toBe('باقيةوتتمدد');
  });

  test('a hostile post reads a bounded number of runs: thousands of long hashtags, or one of runs joined by "_"', () => {
    const tag = `#${'الخلافة'.repeat(30)}باقيةوتتمدد `;
    const many = `#الدولةالإسلاميةباقية ${tag.repeat(2000)}`;
    expect(cutter().cut(many)?.text.startsWith('#الدولة_الإسلامية_باقية ')).toBe(true);
    const joined = `#الدولةالإسلاميةباقية_${Array.from({ length: 170 }, () => 'الخلافة'.repeat(17)).join('_')}باقيةوتتمدد`;
    const r = cutter().cut(joined);
    expect(r?.text.startsWith('#الدولة_الإسلامية_باقية_')).toBe(true);
    expect(r?.text.endsWith('باقيةوتتمدد')).toBe(true); // the 17th run and after are not read
  });
});

describe('ArabicHashtags.unglue', () => {
  test.each([
    ['الدولةالإسلامية باقية', 'الدولة الإسلامية باقية'],
    ['قالوا باقيةوتتمدد اليوم', 'قالوا باقية وتتمدد اليوم'],
    ['الخلافةباقيةوتتمدد', 'الخلافة باقية وتتمدد'],
    // Harakat and tatweel after the ة stay with it; each glued run of a post is read.
    ['الدولةُالإسلامية باقية، الخلافةـباقية', 'الدولةُ الإسلامية باقية، الخلافةـ باقية'],
    ['مركز الحياةالخلافة', 'مركز الحياة الخلافة'],
  ])('%s', (text, want) => {
    expect(cutter().unglue(text)?.text ?? null).toBe(want);
  });

  test.each([
    ['words apart', 'الدولة الإسلامية باقية'],
    ['glued words that are no words of the pack', 'مدرسةالنور ومستشفىالأمل'],
    ['a word of the pack glued to one that is none', 'الخلافةالعثمانية'],
    ['ة and ى at the end of words only', 'القهوة على الطاولة'],
    ['a hashtag (cut with "_" by cut())', 'قالوا #الدولةالإسلامية_باقيةوتتمدد'],
  ])('left as it is: %s', (_, text) => {
    expect(cutter().unglue(text)).toBeNull();
  });

  test('maps the reading back to the post, and reads a bounded number of runs', () => {
    const text = 'بيان الدولةالإسلامية باقية';
    const r = cutter().unglue(text)!;
    const i = r.text.indexOf('الإسلامية');
    expect(text.slice(r.source(i), r.source(i + 'الإسلامية'.length))).toBe('الإسلامية');
    const many = `${'الخلافةباقية '.repeat(3000)}الدولةالإسلامية`;
    const out = cutter().unglue(many)!.text;
    expect(out.startsWith('الخلافة باقية ')).toBe(true);
    expect(out.endsWith('الدولةالإسلامية')).toBe(true); // past the first runs, nothing is read
  });
});

describe('ArabicHashtags.joinSpelled', () => {
  test.each([
    ['ج ي ش أ ب ن ا ء ا ل خ ل ا ف ة يتوعد', 'جيش أبناء الخلافة يتوعد'],
    ['و ل ه ي ب ا ل أ ن ص ا ر', 'و لهيب الأنصار'],
    ['قال ب ا ق ي ة و ت ت م د د اليوم', 'قال باقية وتتمدد اليوم'],
    // Letters apart by marks, words by spaces: the run is read whole and cut where the pack's words are.
    ['ل.ه.ي.ب ا.ل.أ.ن.ص.ا.ر', 'لهيب الأنصار'],
    // Tatweel and harakat after a letter stay with it.
    ['مـ ر ك ز ا ل حَ ي ا ة', 'مـركز الحَياة'],
  ])('%s', (text, want) => {
    expect(cutter().joinSpelled(text)?.text ?? null).toBe(want);
  });

  test.each([
    ['one word of the pack spelled out (the fold joins it already)', 'ب ا ق ي ة'],
    ['letters that are no word of the pack', 'ا ب ت ث ج ح خ'],
    ['a word of the pack and letters that are none', 'م ر ك ز ا ل ع م ل'],
    ['fewer than three one-letter words', 'و ل الإسلام'],
    ['a two-letter word before the letters is not one of them', 'ود و ل ة الإسلام'],
  ])('left as it is: %s', (_, text) => {
    expect(cutter().joinSpelled(text)).toBeNull();
  });
});

describe('the matcher reads run-together Arabic hashtags', () => {
  const m = compileMatcher([
    testPattern('slogan', ['باقية وتتمدد']),
    testPattern('group', ['جيش أبناء الخلافة']),
    testPattern('state', ['الدولة الإسلامية', 'باقية'], 'all'),
  ]);
  const ids = (text: string): string[] => m.match(text).patterns.map((p) => p.id);

  test('finds the phrases a hashtag runs together, and highlights the hashtag', () => {
    expect(ids('#الخلافةباقيةوتتمدد رغم أنوفكم')).toEqual(['slogan']);
    expect(ids('#الدولةالإسلاميةباقية')).toEqual(['state']);
    expect(ids('بيان #جيشأبناءالخلافة')).toEqual(['group']);
    // The slogan run together with the writer's own words after it.
    expect(ids('#باقيةوتتمددرغمأنفكم @X')).toEqual(['slogan']);
    expect(ids('#الخلافةقادمة')).toEqual([]);
    const text = 'بيان #جيشأبناءالخلافة';
    const span = m.match(text).spans[0]!;
    expect(text.slice(span.start, span.end)).toBe('جيشأبناءالخلافة');
  });

  test('finds the phrases spelled letter by letter, and highlights the letters', () => {
    const text = 'بيان ج ي ش أ ب ن ا ء ا ل خ ل ا ف ة اليوم';
    expect(ids(text)).toEqual(['group']);
    const span = m.match(text).spans[0]!;
    expect(text.slice(span.start, span.end)).toBe('ج ي ش أ ب ن ا ء ا ل خ ل ا ف ة');
  });

  test('finds the phrases written together after ة, and highlights the glued words', () => {
    const text = 'تابعوا الخلافةباقيةوتتمدد، #الدولةالإسلاميةباقية';
    expect(ids('قالوا الدولةالإسلاميةباقية')).toEqual(['state']);
    expect(ids('الخلافةباقيةوتتمدد')).toEqual(['slogan']);
    expect(ids(text)).toEqual(['slogan', 'state']);
    const span = m.match(text).patterns.find((p) => p.id === 'slogan')!.spans[0]!;
    expect(text.slice(span.start, span.end)).toBe('باقيةوتتمدد');
    expect(ids('مدرسةالنور تفتح أبوابها')).toEqual([]);
  });

  test('ordinary Arabic hashtags stay clear', () => {
    expect(ids('#السعوديةالعظمى #اليومالوطني')).toEqual([]);
    expect(ids('#الدولةالمدنية هي الحل')).toEqual([]);
  });

  test('a cut hashtag reads as one joined by "_": it names no subject that opens the slogan\'s clause (found in review)', () => {
    // "القطة" is a word of the pack here (another pattern's), so "#القطةباقيةوتتمدد" is cut.
    const slogan = compileMatcher([
      testPattern('slogan', ['باقية وتتمدد'], 'phrase', { onlyAfter: ['الخلافة', 'الدولة'] }),
      testPattern('group', ['جيش أبناء الخلافة']),
      testPattern('cat', ['القطة السوداء']),
    ]);
    const flagged = (text: string): boolean => slogan.match(text).flagged;
    expect(flagged('#الخلافةباقيةوتتمدد')).toBe(true);
    expect(flagged('#القطةباقيةوتتمدد 😂')).toBe(false);
    expect(flagged('#القطة_باقية_وتتمدد 😂')).toBe(false);
  });
});
