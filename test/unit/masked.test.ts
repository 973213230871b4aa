// Words masked with asterisks, filled in with the one keyword word that fits (lib/match/masked.ts), and the words of
// the trie's keywords found by a mask (KeywordWordIndex).
import { describe, expect, test } from 'vitest';
import { buildAutomaton, KeywordWordIndex } from '../../lib/match/automaton';
import { MaskedWords } from '../../lib/match/masked';
import type { Rewrite } from '../../lib/match/rewrite';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';

const KEYS = ['dawla', 'sons of the caliphate army', 'zuckerberg', 'croises', 'bill', 'bull', 'ball game', 'bell', 'kuffar', 'koffar'].sort();

describe('KeywordWordIndex', () => {
  const all = [...new Set(KEYS.flatMap((k) => k.split(' ')))];
  const any = (n: number) => Array.from({ length: n }, () => -1);

  test('finds every word of the keywords, of the length asked or more, and no other', () => {
    for (const min of [1, 3, 5]) {
      const index = new KeywordWordIndex(buildAutomaton(KEYS), min);
      const words = index.lengths().flatMap((n) => index.matching(any(n)));
      expect(words.sort(), String(min)).toEqual(all.filter((w) => w.length >= min).sort());
    }
  });

  test('compares with a mask and stops once it found more than it was asked for', () => {
    const index = new KeywordWordIndex(buildAutomaton(KEYS), 1);
    const mask = (s: string) => [...s].map((c) => (c === '*' ? -1 : c.charCodeAt(0)));
    expect(index.matching(mask('b*ll')).sort()).toEqual(['ball', 'bell', 'bill', 'bull']);
    expect(index.matching(mask('b*ll'), 1)).toHaveLength(2);
    expect(index.matching(mask('z*ckerb*rg'))).toEqual(['zuckerberg']);
    expect(index.matching(mask('x*ckerb*rg'))).toEqual([]);
  });
});

describe('MaskedWords', () => {
  const masked = new MaskedWords(buildAutomaton(KEYS));

  test.each([
    ['Z*ckerb*rg will pay', 'zuckerberg will pay'],
    ['La D*wla reste', 'La dawla reste'],
    ['les C*OISÉS', 'les croises'],
    ['S*ns of the C*liph*te Army', 'sons of the caliphate Army'],
    // Asterisks that end a word mask its last letters.
    ['Sons of the Caliphate Arm*', 'Sons of the Caliphate army'],
    ['la Dawl* baqiya', 'la dawla baqiya'],
    ['Z*ckerb*r* et D*wl*', 'zuckerberg et dawla'],
  ])('%s', (text, want) => {
    expect(masked.unmask(text).map((r) => r.text)).toEqual([want]);
  });

  test('asterisks put in as decoration stand for no letter when the letters shown are a keyword word', () => {
    expect(masked.unmask('Zucker*berg and D*awla').map((r) => r.text)).toEqual(['zuckerberg and dawla']);
    const ar = new MaskedWords(buildAutomaton(['حسابا', 'عشره'].sort())); // folded: ة reads ه
    expect(ar.unmask('إذا أغلقتم حسـ*ـابا سنأخذ عشـ*ـرة').map((r) => r.text)).toEqual(['إذا أغلقتم حسابا سنأخذ عشره']);
    // What the fold drops stands for no letter: "أبن*ء" (a hamza on the line after the mask) is "ابن*", which "ابنا" fits.
    const group = new MaskedWords(buildAutomaton(['جيش ابنا الخلافه']));
    expect(group.unmask('جيش أبن*ء الخل*فة').map((r) => r.text)).toEqual(['جيش ابنا الخلافه']);
    // Not when the letters shown are no keyword word, nor a polite mask.
    expect(masked.unmask('Zuck*erbergs and da*wl')).toEqual([]);
  });

  test('a mask that fits a few keyword words (spelling variants) gives one reading each', () => {
    expect(masked.unmask('the k*ffar').map((r) => r.text).sort()).toEqual(['the koffar', 'the kuffar']);
    // Each reading takes the k-th word of every mask (the last one where a mask has fewer).
    expect(masked.unmask('k*ffar and D*wla').map((r) => r.text).sort()).toEqual(['koffar and dawla', 'kuffar and dawla']);
  });

  test('a word of three letters with one asterisk is filled in only where one keyword word fits it', () => {
    const short = new MaskedWords(buildAutomaton(['not in our league', 'zuckerberg', 'ten'].sort()));
    expect(short.unmask('Z*ckerberg, you are n*t in our league').map((r) => r.text)).toEqual(['zuckerberg, you are not in our league']);
    expect(short.unmask('t*n for one').map((r) => r.text)).toEqual(['ten for one']);
    // "n*t" fits "not" and "net": no guess; two asterisks in three letters show too little.
    const two = new MaskedWords(buildAutomaton(['not in our league', 'big net'].sort()));
    expect(two.unmask('you are n*t in our league')).toEqual([]);
    expect(short.unmask('you are n** in our league')).toEqual([]);
  });

  test('no guess where more than three words fit, too few letters are shown, or nothing is masked', () => {
    for (const text of ['b*ll', 'f**k', 'z*****berg', 'no asterisk', '2 * 3 = 6', '*bold*', 'a*b', 'k*ll*', '*dawla', 'the price* is right', 'Da*', '*dawla*', 'we reached 1000* accounts', '*stay safe little dawl*']) expect(masked.unmask(text)).toEqual([]);
  });

  test('a word people mask out of politeness is never filled in, even where one keyword word fits', () => {
    const polite = new MaskedWords(buildAutomaton(['dawla', 'shut', 'we will shut them'].sort()));
    expect(polite.unmask('sh*t happens')).toEqual([]); // "shut" and "shit" both fit
    expect(polite.unmask('sh*t and D*wla').map((r) => r.text)).toEqual(['sh*t and dawla']);
  });

  test('a span in the filled-in text covers the whole masked word in the post', () => {
    const text = 'to Z*ckerb*rg: soon';
    const [r] = masked.unmask(text) as [Rewrite];
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
