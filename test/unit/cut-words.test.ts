// Words cut into syllables or pieces by marks with no space ("Ca-li-phate", "Ru.mi.yah", "Sta.te"), read a second
// time whole (lib/match/cut-words.ts), and what the matcher and the prefilter make of them. The property that the
// prefilter notes every post this reading rewrites is in prefilter.property.test.ts.
import { describe, expect, test } from 'vitest';
import { joinCutWords } from '../../lib/match/cut-words';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';
import { Prefilter } from '../../lib/match/prefilter';
import { buildAutomaton, Scanner } from '../../lib/match/automaton';
import { WORD_CLASS } from '../../lib/text/fold-tables';
import { foldedText } from '../../lib/text/fold';
import { RewriteBuilder } from '../../lib/match/rewrite';
import fc from 'fast-check';
import { checkProperty, propertySeed } from './helpers/property';

/** The reading as one regex over the whole text: what joinCutWords, which tries runs only at marks, must equal. */
function reference(text: string): string | null {
  const MARK = '[-._/\\u00b7\\u2022\\u2024\\u2027\\u2010-\\u2015\\u2212\\u06d4\\uff0e\\uff0d\\uff0f]';
  const LETTER = '(?:(?!\\p{Lm})\\p{L})';
  const PIECE = `[\\p{M}\\p{Cf}]*${LETTER}(?:${LETTER}|[\\p{M}\\p{Cf}])*`;
  const RUN = new RegExp(`(?<=^|[\\s\\p{P}])(?<!@|${MARK})${PIECE}(?:${MARK}${PIECE})+(?=$|[\\s\\p{P}])`, 'gu');
  let out: RewriteBuilder | null = null;
  for (const m of text.matchAll(RUN)) {
    const pieces = m[0].split(new RegExp(MARK, 'u'));
    if (!(pieces.length >= 3 || pieces.some((p) => p.length <= 2))) continue;
    if (!pieces.every((p) => foldedText(p) !== '' && !foldedText(p).includes(' '))) continue;
    out ??= new RewriteBuilder(text);
    for (const x of m[0].matchAll(new RegExp(MARK, 'gu'))) out.removeRange(m.index + x.index, m.index + x.index + 1);
  }
  return out?.finish()?.text ?? null;
}

describe('joinCutWords', () => {
  test.each([
    ["C'est tout ce que vous pou-vez faire ? l'ar-mée des fils du ca-li-fat", "C'est tout ce que vous pou-vez faire ? l'armée des fils du califat"],
    ['Le nouveau numéro de Ru-mi-yah est sorti', 'Le nouveau numéro de Rumiyah est sorti'],
    ['the Isla.mic Sta.te is here to stay', 'the Isla.mic State is here to stay'],
    ['#Is.la.mic.State', '#IslamicState'],
    ['al-Ha-yat Me-di-a Cen-ter presents', 'alHayat Media Cen-ter presents'],
    ['D/a/b/i/q et Dar', 'Dabiq et Dar'],
    ['Al-Na.ba', 'AlNaba'],
    ['الخ.لا.فة باقية', 'الخلافة باقية'],
  ])('%s', (text, want) => {
    expect(joinCutWords(text)?.text).toBe(want);
  });

  test('a word cut once with three letters or more on each side is the trie walk\'s; handles and plain words are left alone', () => {
    for (const t of ['pou-vez', 'Cen-ter', 'Jean-Pierre', 'ping @nour_dz and @y_amrani', 'fin.Début', 'plain words', '', '1.2.3', 'v2.0-beta'])
      expect(joinCutWords(t), t).toBeNull();
  });

  test('a piece the fold reads as several words ("ﷺ") or an emoji beside the run leaves it alone', () => {
    expect(joinCutWords('Ca-liﷺ-phate')).toBeNull();
    expect(joinCutWords('🔥Ca-li-phate')).toBeNull();
  });

  test('hostile sizes: a chain of a hundred thousand pieces is read in one pass', () => {
    expect(joinCutWords('@' + 'a-'.repeat(100_000) + 'a')).toBeNull();
    expect(joinCutWords('a-'.repeat(100_000) + 'a')?.text).toBe('a'.repeat(100_001));
    expect(joinCutWords('x-'.repeat(50_000) + '5')?.text).toBe('x'.repeat(50_000) + '-5');
    // Astral letters and tag characters in the pieces, after a mark that no run may follow (found in review: the
    // skip past a chain stopped at each surrogate pair, and each next mark walked back over the whole chain).
    expect(joinCutWords('.a' + '-𝐚'.repeat(20_000))).toBeNull();
    expect(joinCutWords('.a' + '-a\u{E0061}'.repeat(20_000))).toBeNull();
  });

  test('equals one regex over the whole text, on arbitrary text', () => {
    const piece = fc.constantFrom('Ca', 'li', 'x', 'phate', '-', '.', '/', '_', '·', ' ', '@', '#', '5', 'ʼ', 'é', 'e\u0301', '\u200b', 'ﷺ', '🔥', ',', '(', 'الخ', '－');
    checkProperty(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(joinCutWords(text)?.text ?? null, JSON.stringify(text)).toBe(reference(text));
      }),
      propertySeed(0xc07),
      3000,
    );
  });

  test('a span of the joined word maps back over the marks', () => {
    const text = 'vive le Ca-li-phate !';
    const r = joinCutWords(text)!;
    const at = r.text.indexOf('Caliphate');
    expect(text.slice(r.source(at), r.source(at + 'Caliphate'.length))).toBe('Ca-li-phate');
  });
});

describe('the matcher and the prefilter', () => {
  const P = (id: string, terms: string[]): MatcherPattern => ({
    id, packId: 't', name: id, kind: 'phrase', terms, category: 'slogan', severity: 'medium', contextId: null,
  });
  const m = compileMatcher([P('state', ['islamic state remains']), P('rumiyah', ['rumiyah issue'])]);

  test('a slogan with its words cut in syllables is found, and highlighted over the cut words', () => {
    const text = 'the Is-la-mic Sta.te re-mains, brothers';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['state']);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Is-la-mic Sta.te re-mains']);
    expect(m.match('Ru.mi.yah issue 13 is out').patterns.map((p) => p.id)).toEqual(['rumiyah']);
    expect(m.match('the Is-la-mic Sta.te of the art').flagged).toBe(false);
  });

  test('the prefilter rules the post out but notes it, so the reading is asked; plain hyphens and links are not noted', () => {
    const a = buildAutomaton(['caliphate']);
    const pre = new Prefilter(a, new Scanner(a, WORD_CLASS).root);
    for (const t of ['Ca-li-phate', 'Sta.te', 'Na.ba', 'gov-ern-ment']) {
      expect(pre.mayMatch(t), t).toBe(false);
      expect(pre.sawCutWord, t).toBe(true);
    }
    for (const t of ['Jean-Pierre est parti', 'the end. Next', 'pou-vez', 'plain text']) {
      pre.mayMatch(t);
      expect(pre.sawCutWord, t).toBe(false);
    }
  });
});
