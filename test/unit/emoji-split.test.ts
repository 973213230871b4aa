// Words split by an emoji, read a second time whole (lib/match/emoji-split.ts), and what the matcher makes of them.
import { describe, expect, test } from 'vitest';
import { emojiSplitsWord, joinEmojiSplitWords, maskEmojiLetters } from '../../lib/match/emoji-split';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';
import { testPattern } from './helpers/matcher-pattern';

const P = (id: string, terms: string[], kind: 'phrase' | 'all' = 'phrase', extra: Partial<MatcherPattern> = {}): MatcherPattern =>
  testPattern(id, terms, kind, { category: 'direct-threat', severity: 'high', ...extra });

describe('joinEmojiSplitWords', () => {
  test.each([
    ['Zucker💥berg, Dor💥sey', 'Zuckerberg, Dorsey'],
    ['Sons of the Cali☠️phate Army', 'Sons of the Caliphate Army'],
    ['Cali👍🏽phate', 'Caliphate'],
    ['pirate🏴‍☠️flag', 'pirateflag'],
    ['زوكر🔥بيرغ و دور🔥سي', 'زوكربيرغ و دورسي'],
    ['l\'armée du Cali🔥🔥🔥fat', 'l\'armée du Califat'],
    ['جَيْـش🔥الخِلافة', 'جَيْـشالخِلافة'],
  ])('%s', (text, want) => {
    expect(joinEmojiSplitWords(text)?.text).toBe(want);
  });

  test('© ® and flags split words as emoji do; ™, ℹ and 🅰 are letters to the fold, never left out', () => {
    expect(joinEmojiSplitWords('C©aliphate Caliphat®e Caliphat🇫🇷e')?.text).toBe('Caliphate Caliphate Caliphate');
    expect(joinEmojiSplitWords('Caliphat™e Caliph🅰te ℹnfo')).toBeNull();
    expect(joinEmojiSplitWords('Caliph🅰t💥e')?.text).toBe('Caliph🅰te');
  });

  test('an emoji with a space or a digit on one side, or a variation selector alone, is left where it is', () => {
    for (const text of ['Sons 🔥 of 🔥 the Caliphate', 'wow🔥 nice', 'nice 🔥wow', '10🔥20', 'a\ufe0fb', '🔥🔥🔥', 'Great game🔥!', ''])
      expect(joinEmojiSplitWords(text), text).toBeNull();
  });

  test('offsets in the joined text map back to the post, the emoji inside the highlighted word', () => {
    const text = 'Hey Mark Zucker💥berg!';
    const r = joinEmojiSplitWords(text)!;
    const at = r.text.indexOf('Zuckerberg');
    expect(text.slice(r.source(at), r.source(at + 'Zuckerberg'.length))).toBe('Zucker💥berg');
    expect(r.source(r.text.length)).toBe(text.length);
  });

  test('emojiSplitsWord: a letter after the emoji\'s cluster (skin tones, joiners, selectors, more emoji)', () => {
    const after = (s: string) => emojiSplitsWord(s, s.indexOf('|') + 1);
    expect(after('|b')).toBe(true);
    expect(after('|\ufe0f\u200d🔥🏽b')).toBe(true);
    expect(after('|☠️ب')).toBe(true);
    expect(after('|𝐂')).toBe(true);
    expect(after('| b')).toBe(false);
    expect(after('|1')).toBe(false);
    expect(after('|')).toBe(false);
  });
});

describe('the matcher reads a word split by an emoji whole', () => {
  const m = compileMatcher([
    P('group', ['sons of the caliphate army']),
    P('founders', ['zuckerberg', 'dorsey'], 'all', { within: 10 }),
    P('ar', ['جيش أبناء الخلافة']),
    P('phate', ['phate']),
    P('news', ['caliphate', 'army'], 'all', { within: 5, unless: ['history'] }),
  ]);
  const ids = (t: string) => m.match(t).patterns.map((p) => p.id);

  test('English, French and Arabic posts with emoji inside their words', () => {
    expect(ids('Sons of the Cali💣phate Army strikes again')).toContain('group');
    expect(ids('Zucker💥berg, Dor💥sey: your war is virtual, ours is real')).toEqual(['founders']);
    expect(ids('جيش أبناء الخلا🔥فة')).toEqual(['ar']);
    // The prefilter and the reading agree on what an emoji is.
    for (const t of ['Sons of the C©aliphate Army', 'Sons of the Caliphat®e Army', 'Sons of the Caliphate Ar🇫🇷my', 'Sons of the Cali☠️phate Army'])
      expect(ids(t), t).toContain('group');
  });

  test('the highlight covers the word with its emoji', () => {
    const text = 'Mark Zucker💥berg and Jack Dorsey';
    const spans = m.match(text).spans.map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Zucker💥berg', 'Dorsey']);
  });

  test('the first reading stands: words an emoji separates with spaces still match, and the halves do too', () => {
    expect(ids('Cali🔥phate')).toContain('phate'); // "cali phate" is read as it is as well
    expect(ids('Sons 🔥 of 🔥 the 🔥 Caliphate 🔥 Army')).toContain('group');
  });

  test('an exclusion found in either reading holds, where the post writes it plainly', () => {
    expect(ids('Caliphate army')).toEqual(['news']);
    expect(ids('Cali💥phate army, a history lesson')).toEqual(['phate']);
    // Written with an emoji inside it, the exclusion is no exclusion: not how the news writes it.
    expect(ids('Cali💥phate army, a his💥tory lesson')).toEqual(['phate', 'news']);
  });

  test('everyday posts with emoji between words stay clear', () => {
    for (const t of ['Great game🔥tonight', 'Love you❤️mom', 'Paris🇫🇷Lyon', 'Bravo👏👏👏les gars']) expect(m.match(t).flagged, t).toBe(false);
  });
});

describe('an emoji that stands for a letter', () => {
  test('maskEmojiLetters: each emoji inside a word becomes an asterisk, mapped back to the emoji', () => {
    const r = maskEmojiLetters('the kh🖤lafa, Zuck❤️rberg 🔥 ok')!;
    expect(r.text).toBe('the kh*lafa, Zuck*rberg 🔥 ok');
    const at = r.text.indexOf('*');
    expect([r.source(at), r.source(at + 1)]).toEqual([6, 8]);
    expect(maskEmojiLetters('no emoji inside words 🔥 here')).toBeNull();
  });

  const m = compileMatcher([P('slogan', ['khilafa', 'remains'], 'all', { within: 3 }), P('founder', ['zuckerberg'])]);
  test('the word is read with the letter filled in from the keywords, and highlighted with its emoji', () => {
    const text = 'the kh🖤lafa remains';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['slogan']);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toContain('kh🖤lafa');
    expect(m.match('Zuck❤️rberg again').patterns.map((p) => p.id)).toEqual(['founder']);
  });
  test('an exclusion written with an emoji inside it is no exclusion ("d🔥esh" is not the news writing Daesh)', () => {
    const x = compileMatcher([P('k', ['khilafa'], 'phrase', { unless: ['daesh'] })]);
    expect(x.match('long live the khilafa d🔥esh').flagged).toBe(true);
    expect(x.match('long live the khilafa, a daesh slogan').flagged).toBe(false);
  });
  test('words people write with a heart or a pile in them stay clear, and so do words no keyword fits', () => {
    for (const t of ['I l❤️ve you mom, the party remains the best', 'sh💩t happens', 'kh🖤lafi remains', 'the kh🖤lafa cafe']) expect(m.match(t).flagged, t).toBe(false);
  });
});
