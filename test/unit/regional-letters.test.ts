// Regional indicator symbols written one at a time as letters, read a second time as those letters
// (lib/match/regional-letters.ts), and what the matcher makes of them.
import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';
import { Prefilter } from '../../lib/match/prefilter';
import { buildAutomaton, Scanner } from '../../lib/match/automaton';
import { spellRegionalLetters } from '../../lib/match/regional-letters';
import { WORD_CLASS } from '../../lib/text/fold-tables';

describe('spellRegionalLetters', () => {
  test('each regional indicator standing alone becomes its letter; the rest of the post is as it was', () => {
    expect(spellRegionalLetters('🇮 🇸 remains')?.text).toBe('i s remains');
    expect(spellRegionalLetters('🇧\u200b🇦\u200b🇶\u200b🇮\u200b🇾\u200b🇦 !')?.text).toBe('b\u200ba\u200bq\u200bi\u200by\u200ba !');
  });
  test('flags stay flags: a run pairs from its start, and only an odd one at its end stands alone', () => {
    expect(spellRegionalLetters('Allez les Bleus 🇫🇷🇫🇷 et 🇿')?.text).toBe('Allez les Bleus 🇫🇷🇫🇷 et z');
    expect(spellRegionalLetters('🇫🇷🇩🇿 fans')).toBeNull();
    expect(spellRegionalLetters('🇮🇸🇧 x')?.text).toBe('🇮🇸b x');
  });
  test('nothing to spell in posts without one', () => {
    for (const t of ['', 'plain text', '🔥🏴 emoji 😂', '\ud83c', 'x\ud83cy', '🅰 🅱']) expect(spellRegionalLetters(t), t).toBeNull();
  });
});

describe('the matcher and the prefilter', () => {
  const P = (id: string, terms: string[], kind: 'phrase' | 'all' = 'phrase', within?: number): MatcherPattern => ({
    id, packId: 't', name: id, kind, terms, within, category: 'slogan', severity: 'high', contextId: null,
  });
  test('a slogan spelled in regional indicators is found, and highlighted over those symbols', () => {
    const m = compileMatcher([P('baqiya', ['baqiya', 'dawla'], 'all', 5)]);
    const text = 'la dawla 🇧 🇦 🇶 🇮 🇾 🇦';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['baqiya']);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toContain('🇧 🇦 🇶 🇮 🇾 🇦');
    expect(m.match('🇧 🇦 🇶 🇮 🇾 🇦 only').flagged).toBe(false);
    expect(m.match('Dawla 🇫🇷🇩🇿 baqiya').flagged).toBe(true);
    expect(m.match('Dawla stadium 🇫🇷🇩🇿').flagged).toBe(false);
  });
  test('a word so spelled beside a one-letter word is read with that word apart, as spaced-out letters are', () => {
    const m = compileMatcher([P('baqiya', ['baqiya', 'dawla'], 'all', 5)]);
    expect(m.match('la dawla 🇧 🇦 🇶 🇮 🇾 🇦 w tatamadad').flagged).toBe(true);
    expect(m.match('la dawla b a q i y a w tatamadad').flagged).toBe(true);
  });
  test('an exclusion spelled in them is no exclusion: the news does not write so', () => {
    const m = compileMatcher([P('k', ['khilafa'], 'phrase', undefined), { ...P('k2', ['khilafa']), unless: ['daesh'] }]);
    expect(m.match('long live the khilafa 🇩 🇦 🇪 🇸 🇭').patterns.map((p) => p.id)).toEqual(['k', 'k2']);
    expect(m.match('long live the khilafa, the daesh slogan').patterns.map((p) => p.id)).toEqual(['k']);
  });
  test('the prefilter rules the post out but notes it, so the reading is asked', () => {
    const a = buildAutomaton(['baqiya']);
    const pre = new Prefilter(a, new Scanner(a, WORD_CLASS).root);
    expect(pre.mayMatch('🇧 🇦 🇶 🇮 🇾 🇦')).toBe(false);
    expect(pre.sawRegional).toBe(true);
    expect(pre.mayMatch('plain text 😂')).toBe(false);
    expect(pre.sawRegional).toBe(false);
  });
});
