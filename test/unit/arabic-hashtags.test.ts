// Arabic hashtags with their words run together ("#الخلافةباقيةوتتمدد"), cut where the pack's words start and end
// and read a second time (lib/match/arabic-hashtags.ts), and what the matcher makes of them.
import { describe, expect, test } from 'vitest';
import { ArabicHashtags } from '../../lib/match/arabic-hashtags';
import { buildAutomaton } from '../../lib/match/automaton';
import { compileMatcher } from '../../lib/match/matcher';
import { foldedText } from '../../lib/text/fold';
import { testPattern } from './helpers/matcher-pattern';

const KEYWORDS = ['باقية وتتمدد', 'الدولة الإسلامية باقية', 'جيش أبناء الخلافة', 'الخلافة', 'لهيب الأنصار', 'flames of the supporters'];
const keys = [...new Set(KEYWORDS.map((k) => foldedText(k)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const cutter = (): ArabicHashtags => new ArabicHashtags(buildAutomaton(keys));

describe('ArabicHashtags.cut', () => {
  test.each([
    ['#الخلافةباقيةوتتمدد', '#الخلافة باقية وتتمدد'],
    ['#الدولةالإسلاميةباقية 🏴', '#الدولة الإسلامية باقية 🏴'],
    // Runs apart by '_' are read apart; harakat and tatweel stay where they are.
    ['قالوا #الدولة_الإسلاميةباقية اليوم', 'قالوا #الدولة_الإسلامية باقية اليوم'],
    ['#لهيـــبالأنصار', '#لهيـــب الأنصار'],
    ['#جيشأبناءالخلافة', '#جيش أبناء الخلافة'],
    // A piece that is no word of the pack, three letters or more, is a piece of its own.
    ['#الخلافةقادمة', '#الخلافة قادمة'],
  ])('%s', (text, want) => {
    expect(cutter().cut(text)?.text ?? null).toBe(want);
  });

  test.each([
    ['a hashtag of one word of the pack', '#الخلافة'],
    ['no word of the pack in it', '#السعوديةالعظمى'],
    ['a word of the pack and two letters more: never a piece of two', '#الخلافةكم'],
    ['a Latin hashtag (camel case is hashtags.ts)', '#FlamesOfTheSupporters'],
    ['no hashtag', 'الخلافةباقيةوتتمدد'],
  ])('left as it is: %s', (_, text) => {
    expect(cutter().cut(text)).toBeNull();
  });

  test('maps the cut text back to the post: a piece found in it highlights the hashtag', () => {
    const text = 'يا إخوة #الخلافةباقيةوتتمدد';
    const r = cutter().cut(text)!;
    const i = r.text.indexOf('باقية');
    expect(text.slice(r.source(i), r.source(i + 'باقية وتتمدد'.length))).toBe('باقيةوتتمدد');
  });

  test('a hostile post (thousands of long hashtags) is read in bounded time and reads the first ones only', () => {
    const tag = `#${'الخلافة'.repeat(30)}باقيةوتتمدد `;
    const text = `#الدولةالإسلاميةباقية ${tag.repeat(2000)}`;
    const r = cutter().cut(text);
    expect(r?.text.startsWith('#الدولة الإسلامية باقية ')).toBe(true);
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
    const text = 'بيان #جيشأبناءالخلافة';
    const span = m.match(text).spans[0]!;
    expect(text.slice(span.start, span.end)).toBe('جيشأبناءالخلافة');
  });

  test('ordinary Arabic hashtags stay clear', () => {
    expect(ids('#السعوديةالعظمى #اليومالوطني')).toEqual([]);
    expect(ids('#الدولةالمدنية هي الحل')).toEqual([]);
  });
});
