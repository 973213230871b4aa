// My patterns, checked on the page: each of the pack format's rules for a phrase is told apart (so that the page can
// say it in the interface language, next to the field), the page refuses exactly what the background would refuse,
// and duplicates are found the way the matcher reads phrases (folded).
import { describe, expect, it } from 'vitest';
import { MAX_PHRASE_LENGTH, phraseKey, phraseProblem } from '../../lib/pack/phrase-check';
import { customToPackPattern } from '../../lib/background/custom-service';
import { MAX_TERM_LENGTH } from '../../lib/pack/schema';

const CASES: [string, string, ReturnType<typeof phraseProblem>][] = [
  ['punctuation only', '!!', { code: 'few_letters' }],
  ['symbols only', '€$ %%', { code: 'few_letters' }],
  ['one character', 'a', { code: 'too_short', min: 2 }],
  ['over the limit', 'x'.repeat(250), { code: 'too_long', max: 200 }],
  ['a bidi override', 'abc\u202Edef', { code: 'bidi', char: 'U+202E', position: 4 }],
  ['a bidi isolate', '\u2067abc def', { code: 'bidi', char: 'U+2067', position: 1 }],
  ['a control character', 'ab\u0007cd', { code: 'control', char: 'U+0007', position: 3 }],
  ['a lone surrogate', 'ab\uD800cd', { code: 'broken' }],
  ['one letter once folded', 'aaa', { code: 'folds_short' }],
  ['one letter, spaced', 'a a a', { code: 'folds_short' }],
  ['a phrase', 'remaining and expanding', null],
  ['Arabic', 'باقية وتتمدد', null],
  ['the longest phrase', 'ab '.repeat(66) + 'ab', null],
];

describe('My patterns: the page checks a phrase with the pack format’s own rule', () => {
  for (const [what, text, expected] of CASES) {
    it(`${what}: ${expected ? expected.code : 'accepted'}`, () => {
      expect(phraseProblem(text)).toEqual(expected);
    });
  }

  it('refuses exactly what the background refuses (its check stays, as the backstop)', () => {
    for (const [what, text, expected] of CASES) {
      const background = () =>
        customToPackPattern({ text, lang: 'any', category: 'custom', severity: 'medium' }, 'my-test');
      if (expected) expect(background, what).toThrow();
      else expect(background, what).not.toThrow();
    }
  });

  it('the limit is the schema’s, and a bad character is counted in characters as typed', () => {
    expect(MAX_PHRASE_LENGTH).toBe(MAX_TERM_LENGTH);
    expect(phraseProblem('xy'.repeat(MAX_TERM_LENGTH / 2))).toBeNull();
    expect(phraseProblem('xy'.repeat(MAX_TERM_LENGTH / 2) + 'z')).toEqual({ code: 'too_long', max: MAX_TERM_LENGTH });
    // An emoji is one character (two UTF-16 units); the field's value may have spaces the saved phrase has not.
    expect(phraseProblem('😀 ab\u202Ecd')).toMatchObject({ code: 'bidi', position: 5 });
    expect(phraseProblem('ab \u202Ecd', '  ab   \u202Ecd ')).toMatchObject({ code: 'bidi', position: 8 });
    // A tab the page turns into a space is not the character at fault.
    expect(phraseProblem('ab cd \u0007', 'ab\tcd \u0007')).toEqual({ code: 'control', char: 'U+0007', position: 7 });
  });

  it('phrases that differ only by case, accents or look-alike letters are the same phrase', () => {
    expect(phraseKey('café en terrasse')).toBe(phraseKey('CAFE EN TERRASSE'));
    expect(phraseKey('Ça va')).toBe(phraseKey('ca va'));
    expect(phraseKey('café en terrasse')).not.toBe(phraseKey('café en ville'));
  });
});
