// Emoji standing for words ("🔥 of the Supporters", "a 💣 for you"), read a second time as those words in the post's
// language (lib/match/emoji-words.ts), and what the matcher makes of them.
import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';
import { Prefilter } from '../../lib/match/prefilter';
import { buildAutomaton, Scanner } from '../../lib/match/automaton';
import { spellEmojiWords } from '../../lib/match/emoji-words';
import { WORD_CLASS } from '../../lib/text/fold-tables';

describe('spellEmojiWords', () => {
  test.each([
    ['Watch "🔥 of the Supporters" before they delete it', 'Watch "flames of the Supporters" before they delete it'],
    ['Regardez « 🔥🔥 des partisans » avant que Facebook ne la supprime', 'Regardez « flammes des partisans » avant que Facebook ne la supprime'],
    ['شاهدوا إصدار 🔥 الأنصار قبل أن يحذفوه', 'شاهدوا إصدار لهيب الأنصار قبل أن يحذفوه'],
    ['#🔥OfTheSupporters', '#flamesOfTheSupporters'],
    ['🔥️🔥️ of the supporters', 'flames of the supporters'],
    ['a 💣 for your offices', 'a bomb for your offices'],
    ['une 💣 pour vous', 'une bombe pour vous'],
    ['the 🔫💥🚀 are ready', 'the weapon explosion rocket are ready'],
  ])('%s', (text, want) => {
    expect(spellEmojiWords(text)?.text).toBe(want);
  });

  test('a letter touching the emoji gets a space; an emoji between two letters splits a word and is left alone', () => {
    expect(spellEmojiWords('supporters🔥 tonight')?.text).toBe('supporters flames tonight');
    expect(spellEmojiWords('🔥of the supporters')?.text).toBe('flames of the supporters');
    expect(spellEmojiWords('Cali🔥phate')).toBeNull();
  });

  test('nothing to spell in posts without one', () => {
    for (const t of ['', 'plain text', '😂🏴 emoji ❤️', '\ud83d', 'x\ud83dy', '🇫🇷']) expect(spellEmojiWords(t), t).toBeNull();
  });

  test('a span of the word maps back to the emoji it stands for', () => {
    const text = 'the army🔥 of the supporters';
    const r = spellEmojiWords(text)!;
    const at = r.text.indexOf('flames');
    expect(text.slice(r.source(at), r.source(at + 'flames'.length))).toBe('🔥');
  });
});

describe('the matcher and the prefilter', () => {
  const P = (id: string, terms: string[], lang: string): MatcherPattern => ({
    id, packId: 't', name: id, kind: 'phrase', terms, lang, category: 'campaign-title', severity: 'medium', contextId: null,
  });
  const m = compileMatcher([P('en', ['flames of the supporters'], 'en'), P('fr', ['flammes des partisans'], 'fr'), P('ar', ['لهيب الأنصار'], 'ar')]);

  test('the video title with its fire written as an emoji is found, in each language, and highlighted over the emoji', () => {
    const text = 'New release 🔥 of the Supporters, 25 minutes';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['en']);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['🔥 of the Supporters']);
    expect(m.match('Regardez « 🔥🔥 des partisans » avant la suppression').patterns.map((p) => p.id)).toEqual(['fr']);
    expect(m.match('#🔥OfTheSupporters').patterns.map((p) => p.id)).toEqual(['en']);
  });

  test('a drawn word counts only where a phrase goes on after it: never alone, nor at a phrase\'s end', () => {
    const n = compileMatcher([P('wait', ['wait for the flames'], 'en'), P('share', ['share the flames'], 'en'), P('word', ['flames'], 'en'), P('ar', ['لهيب الأنصار'], 'ar')]);
    for (const t of ['Zuckerberg teased it. Wait for the 🔥 drop tomorrow', 'Share the 🔥 playlist', 'this track is 🔥 honestly', 'يلا 🔥 الأنصار', 'شاهدوا إصدار 🔥 الأنصار'])
      expect(n.match(t).flagged, t).toBe(false);
    expect(n.match('wait for the flames, brothers').patterns.map((p) => p.id)).toEqual(['wait', 'word']);
    // Written in letters, the same words count as before.
    expect(n.match('يلا لهيب الأنصار').flagged).toBe(true);
  });

  test('other emoji, and the fire emoji elsewhere in a post, read nothing', () => {
    for (const t of ['😂 of the supporters', 'the supporters 🔥🔥', 'flames 🔥 supporters', 'Cali🔥phate of the supporters'])
      expect(m.match(t).flagged, t).toBe(false);
  });

  test('the prefilter rules the post out but notes it, so the reading is asked', () => {
    const a = buildAutomaton(['flames of the supporters']);
    const pre = new Prefilter(a, new Scanner(a, WORD_CLASS).root);
    expect(pre.mayMatch('🔥 of the supporters')).toBe(false);
    expect(pre.sawEmojiWord).toBe(true);
    expect(pre.mayMatch('plain text 😂')).toBe(false);
    expect(pre.sawEmojiWord).toBe(false);
  });
});
