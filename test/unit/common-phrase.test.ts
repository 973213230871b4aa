// My patterns' warning for a phrase made only of words ordinary posts are full of (lib/pack/common-phrase.ts).
import { describe, expect, it } from 'vitest';
import { isCommonPhrase } from '../../lib/pack/common-phrase';

describe('isCommonPhrase', () => {
  it('words every post holds, in each language and as the matcher reads them (case, accents, letter variants)', () => {
    for (const phrase of ['is', 'THE', 'de la', 'à la', 'Dieu', 'الله', 'إن شاء الله', 'ان شاء اللہ', 'In sha Allah', 'Allahu Akbar', 'السلام عليكم'])
      expect(isCommonPhrase(phrase), phrase).toBe(true);
  });

  it('a phrase with one word of its own is not: the campaign\'s words, slogans, outlets', () => {
    for (const phrase of ['nous en prendrons dix', 'flames of the supporters', 'باقية وتتمدد', 'la hijra', 'Daesh', 'Amaq', 'جيش أبناء الخلافة', 'is that all you can do'])
      expect(isCommonPhrase(phrase), phrase).toBe(false);
  });

  it('nothing to read is not common (the field\'s own checks refuse it)', () => {
    expect(isCommonPhrase('')).toBe(false);
    expect(isCommonPhrase('!!!')).toBe(false);
  });
});
