// Arabic words written with a Latin letter or a digit in a letter's place ("ب1قية", "ال7ياة") or with dotless letters
// ("جٮود الحلاڡة"), read with the keyword words they fit (lib/match/arabic-lookalikes.ts), and what the matcher makes
// of them. The property that the prefilter notes every post this reading rewrites is in prefilter.property.test.ts.
import { describe, expect, test } from 'vitest';
import { ArabicLookalikes } from '../../lib/match/arabic-lookalikes';
import { buildAutomaton } from '../../lib/match/automaton';
import { compileMatcher } from '../../lib/match/matcher';
import { foldedText } from '../../lib/text/fold';
import { testPattern } from './helpers/matcher-pattern';

const KEYWORDS = ['باقية وتتمدد', 'وكالة أعماق', 'جنود الخلافة', 'مركز الحياة', 'الفرقان', 'حسابا', 'حسابك', 'حسابه', 'حسابو', 'حسابي'];
const keys = [...new Set(KEYWORDS.map((k) => foldedText(k)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const reader = new ArabicLookalikes(buildAutomaton(keys));
const read = (text: string, dotless = false): string[] => reader.read(text, dotless).map((r) => r.text);

describe('ArabicLookalikes.read', () => {
  test.each([
    // A Latin letter or a digit drawn like an Arabic letter, or read as one in Arabizi.
    ['ب1قية وتتmدد، قولوها', 'باقيه وتتمدد، قولوها'],
    ['وكالة أ3ماق', 'وكالة اعماق'],
    ['جنود الخ1افة', 'جنود الخلافه'],
    ['مركز ال7ياة للإعلام', 'مركز الحياه للإعلام'],
    ['إصدارات الفر9ان', 'إصدارات الفرقان'],
    ['الخلlفة', 'الخلافه'],
    // An '@' for an alef, between two Arabic letters.
    ['ب@قية وتتمدد', 'باقيه وتتمدد'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  test('dotless letters are read only when asked (the prefilter could not rule the post out), and in a word holding one its skeleton letters stand for the others', () => {
    expect(read('جٮود الحلاڡة')).toEqual([]);
    expect(read('جٮود الحلاڡة', true)).toEqual(['جنود الخلافه']);
    // A word without a dotless letter keeps its letters, whatever the rest of the post holds (Urdu's ں included).
    expect(read('جٮود الحلافه', true)).toEqual(['جنود الحلافه']);
    expect(read('عشرة يعلقون ٮ على الخبر (اردو میں: شکریہ)', true)).toEqual([]);
    // Too few letters that stand for themselves alone: a word of skeleton letters would fit too many words.
    expect(read('حٮود', true)).toEqual([]);
  });

  test('a word several keyword words fit (at most three) gives a reading for each', () => {
    expect(read('حسابo مغلق').sort()).toEqual(['حسابه مغلق', 'حسابو مغلق']);
  });

  test.each([
    ['a number after an Arabic word', 'عام2016 كان صعبا'],
    ['a counter after a word', 'حساب2 وحساب1'],
    ['a bar is a separator to the fold, not a letter', 'مركز ا|حياة'],
    ['too few letters written plainly', 'ب1 ال7'],
    ['a Latin word', 'l0l 1337 m8'],
    ['an Arabic word beside a Latin one', 'الiPhone جديد'],
    ['a word that is a keyword word as written', 'باقية وتتمدد'],
    ['no keyword word fits', 'الس7ر جميل'],
    ['a mention\'s sign before an Arabic handle', '@لخلافة شكرا'],
    ['an \'@\' after an Arabic word, before a Latin handle or an address', 'حساب@user وراسلوني على باقي@gmail.com'],
  ])('left as it is: %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });

  test('a hostile post: a bounded number of words read', () => {
    const text = 'ب1قية '.repeat(20000);
    const t = reader.read(text);
    expect(t).toHaveLength(1);
    expect(t[0]!.text.startsWith('باقيه باقيه')).toBe(true);
    expect(t[0]!.text.endsWith('ب1قية ')).toBe(true);
    // Words read that fit nothing count too, and one very long word is not read.
    expect(reader.read(`${'اب1ت '.repeat(40)}ب1قية`)).toEqual([]);
    expect(reader.read('ببب1'.repeat(25000))).toEqual([]);
  });
});

describe('the matcher reads Arabic words written with lookalikes', () => {
  const m = compileMatcher([
    testPattern('slogan', ['باقية وتتمدد']),
    testPattern('outlet', ['وكالة أعماق']),
    testPattern('soldiers', ['جنود الخلافة']),
  ]);
  const ids = (text: string): string[] => m.match(text).patterns.map((p) => p.id);
  /** The words the first highlight covers, as the post writes them. */
  const highlighted = (text: string): string => {
    const span = m.match(text).spans[0]!;
    return text.slice(span.start, span.end);
  };

  test('finds the phrase and highlights the words as written', () => {
    const text = 'قولوها: ب1قية وتتmدد';
    expect(ids(text)).toEqual(['slogan']);
    expect(highlighted(text)).toBe('ب1قية وتتmدد');
    expect(ids('تابعوا وكالة أ3ماق')).toEqual(['outlet']);
  });

  test('dotless letters in a post the prefilter cannot rule out', () => {
    // "وكالة أعماق" written plainly: the prefilter cannot rule the post out, and the dotless words are read there,
    // every skeleton letter of a word holding a dotless letter standing for those it may be.
    expect(ids('جٮود الحلاڡة الأبطال، وكالة أعماق')).toEqual(['outlet', 'soldiers']);
  });

  test('a post written dotless throughout: the prefilter notes the dotless letters, and the words are read', () => {
    // Nothing here starts a keyword as written: the prefilter answers "no keyword" and notes the dotless words.
    expect(ids('جٮود الحلاڡة الأبطال')).toEqual(['soldiers']);
    expect(ids('ٮاٯىه وٮٮمدد ٮادں الله')).toEqual(['slogan']);
    const text = 'ٮاٯىه وٮٮمدد';
    expect(highlighted(text)).toBe('ٮاٯىه وٮٮمدد');
    // A word with too few letters written plainly fits too many words: read as nothing (ح may be ج or خ, ٮ five letters).
    expect(ids('حٮود الحلاڡة الأبطال')).toEqual([]);
    // Urdu's ں is an ordinary letter, not a dotless one.
    expect(ids('میں نے کتاب پڑھی، باقی کل')).toEqual([]);
  });

  test("an '@' for an alef between Arabic letters: the prefilter answers \"maybe\" for it, and the word is read", () => {
    const text = 'قولوها: ب@قية وتتمدد 🏴';
    expect(ids(text)).toEqual(['slogan']);
    expect(highlighted(text)).toBe('ب@قية وتتمدد');
    expect(ids('@لخلافة تابعوا وكالة اعماق')).toEqual(['outlet']);
    expect(ids('راسلوني على ahmed@gmail.com أو @جنود_الخير')).toEqual([]);
  });

  test('ordinary posts mixing digits and Arabic stay clear', () => {
    expect(ids('عام2016 كان صعب، والـ3 نقاط راحت')).toEqual([]);
    expect(ids('حسابي5 على إنستغرام')).toEqual([]);
  });
});
