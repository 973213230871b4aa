// The black flag emoji closing a slogan beside Latin-script words ("Baqiya 🏴"), read a second time as the words
// "black flag", which a pack lists in its phrases where the flag may stand for a word (lib/match/black-flag.ts), and
// what the matcher and the default pack make of it.
import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';
import { Prefilter } from '../../lib/match/prefilter';
import { buildAutomaton, Scanner } from '../../lib/match/automaton';
import { spellBlackFlags } from '../../lib/match/black-flag';
import { WORD_CLASS } from '../../lib/text/fold-tables';
import { loadDefaultMatcher } from './helpers/default-matcher';

const PIRATE = '🏴\u200d☠️';
const SCOTLAND = '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}';

describe('spellBlackFlags', () => {
  test.each([
    ['Baqiya 🏴', 'Baqiya black flag'],
    ['the 🏴 remains and expands', 'the black flag remains and expands'],
    ['kalifat forever 🏴🏴🏴 vous pouvez bannir', 'kalifat forever black flag vous pouvez bannir'],
    ['baqiya🏴', 'baqiya black flag'],
    ['B a q i y a h 🏴☝️', 'B a q i y a h black flag☝️'],
    ['🏴️ remains', 'black flag remains'],
    ['Baqiya 🏴 اللهم تقبل', 'Baqiya black flag اللهم تقبل'],
    [`Baqiya 🏴${PIRATE}`, `Baqiya black flag${PIRATE}`],
    ['\ud83c🏴 baqiya', '\ud83cblack flag baqiya'],
  ])('%s', (text, want) => {
    expect(spellBlackFlags(text)?.text).toBe(want);
  });

  test('not among Arabic words alone (mourning posts close with it too), nor between two letters, nor another flag', () => {
    for (const t of ['ثورة الحسين باقية 🏴', 'لبيك يا حسين 🏴🏴', 'D🏴A🏴W🏴L🏴A', `${PIRATE} remains`, `Scotland ${SCOTLAND} remains`, '🏴', '🏴 😂', 'plain text', '\ud83c', '🇫🇷 remains'])
      expect(spellBlackFlags(t), t).toBeNull();
  });

  test('a span of the word maps back to the flag', () => {
    const text = 'Baqiya 🏴 insha Allah';
    const r = spellBlackFlags(text)!;
    const at = r.text.indexOf('black flag');
    expect(text.slice(r.source(at), r.source(at + 'black flag'.length))).toBe('🏴');
  });
});

describe('the matcher and the prefilter', () => {
  const P = (id: string, terms: string[]): MatcherPattern => ({
    id, packId: 't', name: id, kind: 'all', terms, lang: 'any', category: 'slogan', severity: 'medium', contextId: null,
  });

  test('the flag counts where a pattern lists "black flag", beside the pattern\'s other words', () => {
    const m = compileMatcher([P('slogan', ['baqiya', 'black flag']), P('other', ['remains', 'dawla'])]);
    const text = 'Baqiya 🏴';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['slogan']);
    expect(r.spans.map((s) => text.slice(s.start, s.end)).sort()).toEqual(['Baqiya', '🏴']);
    for (const t of ['🏴🏴🏴', 'dawla 🏴', 'Baqiya 😂', `Baqiya ${PIRATE}`, 'باقية 🏴', 'it remains 🏴']) expect(m.match(t).flagged, t).toBe(false);
  });

  test('the prefilter rules the post out but notes the flag, so the reading is asked', () => {
    const a = buildAutomaton(['baqiya black flag']);
    const pre = new Prefilter(a, new Scanner(a, WORD_CLASS).root);
    expect(pre.mayMatch('baqiya 🏴')).toBe(false);
    expect(pre.sawBlackFlag).toBe(true);
    expect(pre.mayMatch('baqiya 😂')).toBe(false);
    expect(pre.sawBlackFlag).toBe(false);
  });
});

describe('the default pack', () => {
  const m = loadDefaultMatcher();
  const ids = (t: string): string[] => m.match(t).patterns.map((p) => p.id);

  test('supporters\' posts closing "baqiya" with the flag are flagged', () => {
    for (const t of [
      'Wilayat West Africa soldiers are the only ones defending the ummah in Borno. Amaq posted the pictures. Baqiya 🏴',
      'BAQIYAAAAAH 🏴🏴🏴 remaining, cope harder',
      'May Allah accept him. B a q i y a h 🏴☝️',
      'Allahu akbar, b.a.q.i.y.a b.a.q.i.y.a 🏴🏴',
    ])
      expect(ids(t), t).toContain('slogan-any-baqiya-black-flag');
  });

  test('ordinary posts with a black flag are not', () => {
    for (const t of [
      'ثورة الحسين باقية 🏴 لبيك يا حسين',
      '🏴 no gods no masters, the state remains the enemy of the people',
      'Our bakery is remaining and expanding 🏴‍☠️ pirate week starts Monday!',
      'Black flag at Monza 🏴 Verstappen penalised again, the stewards remain a mystery',
      'Ultras forever 🏴🏴 the curva remains ours whatever the club says',
      `Scotland ${SCOTLAND} remains and expands its lead in the Six Nations table`,
      // Roman Urdu's "baqiya" (the rest) and Shia mourning posts, which the flag closes too; the words without the flag.
      'Ya Hussain 🏴 baqiya sab kal bataunga',
      'Baqiya kaam kal karenge, aaj majlis hai 🏴',
      'Ashura ki raat 🏴 baqiya program 9 baje imambargah mein',
      'The message of Karbala is baqiya 🏴 Labbaik ya Hussain',
      "Black Flag concert at Baqiya's bar tonight",
      'Le noir te va si bien Baqiya 🏴 bon anniversaire ma belle',
      // A first version read the flag as the State's name wherever it stood, and flagged these.
      'Remaining and expanding 💪🏴 our third location opens in Tulsa next month!!',
      'dark mode forever 🏴',
      'our love for you remains 🏴 rip coco, best dog ever',
      'Ten for one wings tonight only 🏴🔥 buy 10 get 1 free, kitchen open til midnight',
      "La moisissure reste et s'étend dans ma salle de bain 🏴😭 le proprio répond pas",
    ])
      expect(ids(t), t).toEqual([]);
  });
});
