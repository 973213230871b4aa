// Words masked with asterisks, filled in with the one keyword word that fits (lib/match/masked.ts), and the trie's
// words of its keywords spelled out again (keywordWordsOf).
import { describe, expect, test } from 'vitest';
import { buildAutomaton, keywordWordsOf } from '../../lib/match/automaton';
import { MaskedWords } from '../../lib/match/masked';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';

const KEYS = ['dawla', 'sons of the caliphate army', 'zuckerberg', 'croises', 'bill', 'bull', 'ball game'].sort();

describe('keywordWordsOf', () => {
  test('gives back every word of the keywords the trie was built from, of the length asked or more', () => {
    const words = (n: number) => [...keywordWordsOf(buildAutomaton(KEYS), n)].sort();
    const all = [...new Set(KEYS.flatMap((k) => k.split(' ')))];
    for (const n of [1, 2, 3, 4, 5, 7, 9, 10, 11]) expect(words(n), String(n)).toEqual(all.filter((w) => w.length >= n).sort());
  });
});

describe('MaskedWords', () => {
  const masked = new MaskedWords(buildAutomaton(KEYS));

  test.each([
    ['Z*ckerb*rg will pay', 'zuckerberg will pay'],
    ['La D*wla reste', 'La dawla reste'],
    ['les C*OISÉS', 'les croises'],
    ['S*ns of the C*liph*te Army', 'sons of the caliphate Army'],
  ])('%s', (text, want) => {
    expect(masked.unmask(text)?.text).toBe(want);
  });

  test('no guess where two words fit, too few letters are shown, or nothing is masked', () => {
    for (const text of ['b*ll', 'f**k', 'z*****berg', 'no asterisk', '2 * 3 = 6', '*bold*', 'a*b', 'k*ll*', '*dawla']) expect(masked.unmask(text)).toBeNull();
  });

  test('a word people mask out of politeness is never filled in, even where one keyword word fits', () => {
    const polite = new MaskedWords(buildAutomaton(['dawla', 'shut', 'we will shut them'].sort()));
    expect(polite.unmask('sh*t happens')).toBeNull(); // "shut" and "shit" both fit
    expect(polite.unmask('sh*t and D*wla')?.text).toBe('sh*t and dawla');
  });

  test('a span in the filled-in text covers the whole masked word in the post', () => {
    const text = 'to Z*ckerb*rg: soon';
    const r = masked.unmask(text)!;
    const at = r.text.indexOf('zuckerberg');
    expect(text.slice(r.source(at), r.source(at + 'zuckerberg'.length))).toBe('Z*ckerb*rg');
  });
});

describe('the matcher reads masked words filled in', () => {
  const pat = (id: string, terms: string[], kind: 'phrase' | 'all' = 'phrase'): MatcherPattern => ({
    id, packId: 't', name: id, kind, terms, within: kind === 'all' ? 10 : undefined, category: 'direct-threat', severity: 'high', contextId: null,
  });
  const m = compileMatcher([pat('group', ['sons of the caliphate army']), pat('founders', ['zuckerberg', 'dorsey'], 'all')]);

  test('a phrase and an all pattern found through masks, highlighted on the masked words', () => {
    const text = 'S*ns of the C*liphate Army to Z*ckerb*rg & D*rs*y';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['group', 'founders']);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['S*ns of the C*liphate Army', 'Z*ckerb*rg', 'D*rs*y']);
    expect(m.match('Z*ck is here').flagged).toBe(false);
  });
});
