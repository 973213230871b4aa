// Arabizi words read a second time in the Latin transliteration (lib/match/arabizi.ts), and what the matcher makes of
// them (the prefilter's side: prefilter.property.test.ts).
import { describe, expect, test } from 'vitest';
import { holdsArabizi, isArabiziWord, spellArabizi, transliterate } from '../../lib/match/arabizi';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';

describe('isArabiziWord', () => {
  test('letters with the digits Arabizi writes sounds with: yes (a leet word of those digits too: the fold reads it as leet, this reading as Arabizi)', () => {
    for (const w of ['5ilafa', 'ba9iya', '2islamiya', 'sa7afi', 'a3ma9', 'Ba9iYa', 'b3d', 'd3l3t3'])
      expect(isArabiziWord(w), w).toBe(true);
  });
  test('numbers, measures (a short word after a number: "7sab" too), times, ordinals, names with a number after them (a final hamza too: "abna2"), leet digits 0 1 4, two digits in a row: no', () => {
    for (const w of ['10', '2026', '10k', '5g', '3d', '2nd', '7sab', '15h30', '9h30', '3eme', '2ieme', 'mp3', 'ps5', 'co2', 'g7', 'amaq2', 'ansar7', 'abna2', 'covid19', 'b52', 'a380', 'k1ll', 'cl053', '4x4', 'w9', 'abc'])
      expect(isArabiziWord(w), w).toBe(false);
  });
});

describe('transliterate', () => {
  test('each digit as the sound it stands for; a hamza left out, an ʿayn too beside a vowel', () => {
    expect(transliterate('5ilafa')).toBe('khilafa');
    expect(transliterate('ba9iya')).toBe('baqiya');
    expect(transliterate('2islamiya')).toBe('islamiya');
    expect(transliterate('sa7afi')).toBe('sahafi');
    expect(transliterate('a3ma9')).toBe('amaq');
    expect(transliterate('bay3a')).toBe('baya');
    expect(transliterate('b3d')).toBe('bad');
    expect(transliterate('abna2')).toBe('abna');
    expect(transliterate('6aghut')).toBe('taghut');
    expect(transliterate('8azwa')).toBe('ghazwa');
  });
});

describe('spellArabizi', () => {
  test('Arabizi words in the transliteration, the rest of the post as it is', () => {
    expect(spellArabizi('dawla 2islamiya ba9iya w tatamadad, ya kuffar 🏴')?.text).toBe('dawla islamiya baqiya w tatamadad, ya kuffar 🏴');
    expect(spellArabizi('el 5ilafa raj3a inshallah')?.text).toBe('el khilafa raja inshallah');
  });
  test('nothing to spell in ordinary posts with numbers, codes and links', () => {
    for (const t of ['Run 10k in 50 min at 7h05, then 100m sprints', 'Score 3-1, 2026 season', 'mp3, ps5 et covid19', 'https://t.co/a9b7c2d and x.com/i/status/5t1q70', '', 'le 3eme jour, 2nd place'])
      expect(spellArabizi(t), t).toBeNull();
  });
  test('a word touching an invisible character, a mark, a letter of another script or an address is left alone, on both sides of the test', () => {
    for (const t of ['ba\u200b9iya', 'ж5ilafa', 'é5ilafa', 'sa7afié', 'a3ma9.com', 'user@sa7afi', '/ba9iya']) {
      expect(spellArabizi(t), t).toBeNull();
      expect(holdsArabizi(t), t).toBe(false);
    }
  });
});

describe('the matcher', () => {
  const P = (id: string, terms: string[], kind: 'phrase' | 'all' = 'phrase', within?: number): MatcherPattern => ({
    id, packId: 't', name: id, kind, terms, within, category: 'slogan', severity: 'high', contextId: null,
  });
  const m = compileMatcher([P('slogan', ['dawla islamiya baqiya']), P('name', ['khilafa', 'rajaa'], 'all', 4)]);

  test('a slogan written in Arabizi is found through its transliteration, and highlighted as the post writes it', () => {
    const text = 'dawla 2islamiya ba9iya w tatamadad 🏴';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['slogan']);
    expect(text.slice(r.spans[0]!.start, r.spans[0]!.end)).toBe('dawla 2islamiya ba9iya');
  });
  test('a post whose only keywords are in Arabizi (which the prefilter reads as leet words) is read too', () => {
    expect(m.match('el 5ilafa raj3aa inshallah').patterns.map((p) => p.id)).toEqual(['name']);
  });
  test('ordinary Arabizi chat and posts with codes stay clear', () => {
    for (const t of ['ya 7abibi ma3lesh, el match kan 7elw bas el 7akam 5arab kol shi 😂', 'sa7a ftourkom, ramadan kareem', 'mp3 ps5 b52 10k 15h30'])
      expect(m.match(t).flagged, t).toBe(false);
  });
});
