// Words written mostly in leet digits, read a second time in letters, and numbers written with O for zero, read in
// digits (lib/match/leet.ts), and what the matcher makes of them (the prefilter's side: prefilter.property.test.ts).
import { describe, expect, test } from 'vitest';
import { holdsHeavyLeet, isHeavyLeetWord, isZeroLetterNumber, spellHeavyLeet } from '../../lib/match/leet';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';

describe('isHeavyLeetWord', () => {
  test('more leet digits than letters: yes', () => {
    for (const w of ['cl053', '0n3', '74k3', 'C4l1ph473', '50n5', '7h3', '3r4s3', '5h007']) expect(isHeavyLeetWord(w), w).toBe(true);
  });
  test('numbers, measures, times, words the fold spells already, digits that are no leet: no (digits then up to three letters read as a measure, "4774ck" too)', () => {
    for (const w of ['10', '2026', '10k', '100m', '5000km', '15h30', '7h05', 'd3l3t3', 'k1ll', 'b2b', 'h264', '1080p', 'abc', '9gag', 'é0n3', '4774ck'])
      expect(isHeavyLeetWord(w), w).toBe(false);
  });
});

describe('spellHeavyLeet', () => {
  test('heavy leet words spelled in letters, the rest of the post as it is', () => {
    expect(spellHeavyLeet('1f y0u cl053 0n3 4cc0un7 w3 w1ll 74k3 10 1n r37urn')?.text).toBe('1f y0u close one 4cc0un7 w3 w1ll take 10 1n r37urn');
    expect(spellHeavyLeet('#50n5_0f_7h3_C4l1ph473')?.text).toBe('#sons_0f_the_Caliphate');
  });
  test('nothing to spell in ordinary posts with numbers', () => {
    for (const t of ['Run 10k in 50 min at 7h05, then 100m sprints', 'Score 3-1, 2026 season', '', 'h264 1080p', 'https://t.co/53og17 and t.co/z3w143?', 'x.com/i/status/5t1q70', 'ref=a1b007&x', '0n3.html', '@b3r7'])
      expect(spellHeavyLeet(t), t).toBeNull();
  });
  test('a word touching an invisible character, a mark or a letter of another script is left alone, on both sides of the test', () => {
    for (const t of ['c\u200bl053', 'ж0n3', 'é0n3', '9ⓧcl053', 'cl053\u24e7']) {
      expect(spellHeavyLeet(t), t).toBeNull();
      expect(holdsHeavyLeet(t), t).toBe(false);
    }
  });
});

describe('the matcher', () => {
  const P = (id: string, terms: string[], kind: 'phrase' | 'all' = 'phrase', within?: number): MatcherPattern => ({
    id, packId: 't', name: id, kind, terms, within, category: 'direct-threat', severity: 'high', contextId: null,
  });
  test('a threat in heavy leet is found, and highlighted as the post writes it', () => {
    const m = compileMatcher([P('ten', ['if you close one account we will take 10 in return']), P('group', ['sons of the caliphate'])]);
    const text = '1f y0u cl053 0n3 4cc0un7 w3 w1ll 74k3 10 1n r37urn';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['ten']);
    expect(text.slice(r.spans[0]!.start, r.spans[0]!.end)).toBe(text);
    expect(m.match('#50n5_0f_7h3_C4l1ph473 released a video').patterns.map((p) => p.id)).toEqual(['group']);
    expect(m.match('Ran 10k, 100m sprints at 15h30').flagged).toBe(false);
  });
});

describe('numbers written with the letter O for zero', () => {
  const P = (id: string, terms: string[], kind: 'phrase' | 'all' = 'phrase', within?: number): MatcherPattern => ({
    id, packId: 't', name: id, kind, terms, within, category: 'direct-threat', severity: 'high', contextId: null,
  });
  test('digits and O, a leet digit among them: a number; words, O alone, other digits: no', () => {
    for (const w of ['1O', '15O', '5OOO', '1OO', '3o', '0O0']) expect(isZeroLetterNumber(w), w).toBe(true);
    for (const w of ['OOO', 'Go', '10', '2O', '1Ok', 'O', '']) expect(isZeroLetterNumber(w), w).toBe(false);
  });
  test('read in digits, with the groups written with O after any number of the post', () => {
    expect(spellHeavyLeet('on en prend 1O en retour')?.text).toBe('on en prend 10 en retour');
    expect(spellHeavyLeet('1O OOO pages, 15O groupes, 5 OOO comptes')?.text).toBe('10 000 pages, 150 groupes, 5 000 comptes');
    expect(spellHeavyLeet('1O,OOO accounts, 5,OOO profiles')?.text).toBe('10,000 accounts, 5,000 profiles');
    // Nothing to read without such a number; "ooo" after a number is a word where no number is written with O.
    expect(spellHeavyLeet('Score 5 ooo what a game, 10,000 fans')).toBeNull();
    expect(holdsHeavyLeet('1O')).toBe(true);
    expect(holdsHeavyLeet('OOO')).toBe(false);
  });
  test('the matcher finds the threat and the claim, highlighted as written', () => {
    const m = compileMatcher([P('ten', ['on en prend 10']), P('claim', ['10 000', 'facebook', '5 000', 'twitter'], 'all', 20)]);
    const text = 'Tu fermes un compte, on en prend 1O en retour.';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['ten']);
    expect(text.slice(r.spans[0]!.start, r.spans[0]!.end)).toBe('on en prend 1O');
    expect(m.match('1O OOO pages F4ceb00k, 15O groupes, 5 OOO comptes Tw1tt3r').patterns.map((p) => p.id)).toEqual(['claim']);
    expect(m.match('Go go go, 1O minutes left').flagged).toBe(false);
  });
});
