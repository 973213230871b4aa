// Leet ones read as 'l' in a second reading (lib/match/ones.ts): "Daw1a", "ca1ifat", "khi1afa", "a1-Naba". The
// fold reads a leet '1' as 'i' ("k1ll"); the matcher reads such posts again with 'l', and the prefilter says "maybe"
// wherever that reading may start or carry on a keyword (prefilter.ts, onesMayMatch). The arbitrary-text property
// is in prefilter.property.test.ts; here, realistic posts and every place a keyword may take the word.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildAutomaton, Scanner } from '../../lib/match/automaton';
import { compileMatcher } from '../../lib/match/matcher';
import { testPattern } from './helpers/matcher-pattern';
import { spellOnesAsL } from '../../lib/match/ones';
import { Prefilter } from '../../lib/match/prefilter';
import { foldText } from '../../lib/text/fold';
import { WORD_CLASS } from '../../lib/text/fold-tables';
import { checkProperty, propertySeed } from './helpers/property';

const P = testPattern;

describe('spellOnesAsL', () => {
  test('the ones the fold reads as i are written l; the rest of the post as it is', () => {
    expect(spellOnesAsL('Daw1a baqiya, c4l1f4t, 1 compte = 10')?.text).toBe('Dawla baqiya, c4llf4t, 1 compte = 10');
    expect(spellOnesAsL('a1-Naba')?.text).toBe('al-Naba');
    expect(spellOnesAsL('ca111fat')?.text).toBe('calllfat'); // a run of ones, collapsed by the fold, is one 'i'
  });
  test('one long word of letters and ones is read in one pass (each word\'s start is found once, not per one)', () => {
    const word = 'a1'.repeat(500_000);
    expect(spellOnesAsL(word)?.text).toBe('al'.repeat(500_000));
  });
  test('nothing to read in posts whose ones are numbers, or that have none', () => {
    for (const t of ['I have 1 cat and 10 dogs', '2026-11-30 at 10:15', '10k run', 'h264', 'room 101', '', 'kill', '+1', 'https://t.co/x1ecsb'])
      expect(spellOnesAsL(t), t).toBeNull();
  });
});

describe('the matcher', () => {
  const m = compileMatcher([
    P('slogan', ['dawla baqiya']),
    P('group', ["l'armée des fils du califat"]),
    P('name', ['khilafah']),
    P('outlet', ['al naba', 'link'], 'all'),
    P('kill', ['kill the crusaders']),
  ]);
  const ids = (t: string) => m.match(t).patterns.map((p) => p.id);
  test('a one for an l, first, second or alone in a keyword, and in a word of the middle', () => {
    expect(ids('Daw1a baqiya inchallah')).toEqual(['slogan']);
    expect(ids('la dawla ba9iya? non: dawla baqiya')).toEqual(['slogan']);
    expect(ids('the state of khi1afah')).toEqual(['name']);
    expect(ids("l'armée des fils du ca1ifat")).toEqual(['group']);
    expect(ids('l’armée des fi1s du califat')).toEqual(['group']); // the one is an i here: the fold's own reading
    expect(ids('A1-Naba new issue, link in bio')).toEqual(['outlet']);
    expect(ids('k1ll the crusaders')).toEqual(['kill']);
  });
  test('highlighted as the post writes it', () => {
    const text = 'yes: Daw1a baqiya';
    const [span] = m.match(text).spans;
    expect(text.slice(span!.start, span!.end)).toBe('Daw1a baqiya');
  });
  test('numbers and ordinary words with ones stay clear', () => {
    for (const t of ['1 dawla, 10 baqiya', 'F1 race tonight', 'a1 sauce', 'win 1-0', 'daw 1a baqiya']) expect(ids(t), t).toEqual([]);
  });
});

describe('the prefilter', () => {
  const prefilterOf = (phrases: string[]) => {
    const keys = [...new Set(phrases.map((p) => foldText(p).text))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const a = buildAutomaton(keys);
    const scanner = new Scanner(a, WORD_CLASS);
    return new Prefilter(a, scanner.root);
  };
  test('"maybe" where the word read with l starts a keyword alone, with the next token or after the previous one', () => {
    expect(prefilterOf(['khilafah']).mayMatch('the khi1afah')).toBe(true);
    expect(prefilterOf(['dawla baqiya']).mayMatch('yes daw1a baqiya')).toBe(true);
    expect(prefilterOf(['dawla !']).mayMatch('daw1a!')).toBe(true);
    expect(prefilterOf(['la dawla']).mayMatch('oui la daw1a')).toBe(true);
    expect(prefilterOf(['al naba']).mayMatch('a1 naba')).toBe(true);
    expect(prefilterOf(['dawla baqiya']).mayMatch('daw1a! baqiya')).toBe(true);
    expect(prefilterOf(['dawla a']).mayMatch('daw1a a b c')).toBe(true); // "a b c" is one word to the fold: maybe
  });
  test('"no" where neither reading can', () => {
    expect(prefilterOf(['dawla baqiya']).mayMatch('daw1a is a word, baqiya another')).toBe(false);
    expect(prefilterOf(['khilafah']).mayMatch('F1 race and 10 laps')).toBe(false);
    expect(prefilterOf(['lecsb']).mayMatch('https://t.co/x1ecsb and t.co/1ecsb')).toBe(false); // a link's path
  });

  test('property: an l written 1 in any word of a keyword, the rest plain: never "no" where the reading finds it', () => {
    const WORDS = ['dawla', 'baqiya', 'califat', 'khilafa', 'al', 'naba', 'all', 'will', 'kill', 'the', 'sons', 'of', 'islamic', 'state', 'le', 'la', 'dix'];
    const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    let found = 0;
    checkProperty(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.boolean(), fc.constantFrom(' ', ', ', '! ', ' — ')), { minLength: 1, maxLength: 8 }), (phrases, parts) => {
        const post = parts.map(([w, one, sep]) => (one ? w.replace('l', '1') : w) + sep).join('');
        const keys = [...new Set(phrases.map((p) => foldText(p).text))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const reading = spellOnesAsL(post);
        if (reading === null) return;
        const a = buildAutomaton(keys);
        const scanner = new Scanner(a, WORD_CLASS);
        const hits = compileMatcher(phrases.map((p, i) => P(`p${i}`, [p]))).match(reading.text).flagged;
        if (!hits) return;
        found++;
        expect(new Prefilter(a, scanner.root).mayMatch(post), JSON.stringify({ post, phrases })).toBe(true);
      }),
      propertySeed(20260130),
      800,
    );
    expect(found).toBeGreaterThan(100);
  });
});
