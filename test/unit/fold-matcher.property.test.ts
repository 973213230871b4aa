// Property tests (fast-check, seeded): fold never throws, its map stays inside the input and in order, it is a
// fixed point, its two code paths agree, and the matcher agrees with a naive reference matcher on random posts.
// Reproduce a failure with FC_SEED=<seed printed in the failure> npx vitest run --project unit <this file>.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';
import { foldedText, foldText, foldTextGeneric } from '../../lib/text/fold';
import { writtenPlainly } from '../../lib/match/plain';
import { checkProperty, propertySeed } from './helpers/property';
import { cutCamelHashtags } from '../../lib/match/hashtags';
import { joinSpelledWords, SPELLED_READINGS, splitSpelledRuns } from '../../lib/match/spaced';
import { spellHeavyLeet } from '../../lib/match/leet';
import { spellArabizi } from '../../lib/match/arabizi';
import { spellRegionalLetters } from '../../lib/match/regional-letters';
import { drawnWordStandsAlone, spellEmojiWords } from '../../lib/match/emoji-words';
import { joinCutWords } from '../../lib/match/cut-words';
import { spellOnesAsL } from '../../lib/match/ones';
import { joinArabicPieces } from '../../lib/match/arabic-pieces';
import { joinEmojiSplitWords } from '../../lib/match/emoji-split';
import { arabicHashtagReadings, arabicLookalikeReadings, emojiLetterReadings, readsAsTerm, regionalSpelledReadings, runTogether, singledForms, termSpans, withClitics, withRunTogether, withSingled } from './helpers/reference-forms';

const SEED = propertySeed(20161124);
const check = <T>(prop: fc.IProperty<T>, params: { numRuns?: number } = {}): void =>
  checkProperty(prop, SEED, params.numRuns ?? 1000);

/** Any UTF-16 string, lone surrogates included. */
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
/** Any code points, astral planes included. */
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 40 });
/** Text heavy in the characters the fold treats specially. */
const tricky = fc.string({
  unit: fc.constantFrom(
    ...'abcdeilmorstxyz ABCDE .-_\'’@$!#,0134579'.split(''),
    ...'аеорсхіѕοννΗМТжиёй'.split(''),
    ...'جيشابنءالخلفةأإآىیکھؤئـًٌٍَُِّْٰ٠١٢'.split(''),
    'e\u0301', '\u0301', '\u200B', '\u200D', '\u00AD', '\u202E', '\uFE0F', 'ß', 'œ', 'İ', 'ﬁ', 'ﷺ', 'ﻻ', 'Ｉ',
    '𝐒', '🔥', '🏴', 'क', 'ि', '्', '\uD800', '\uDC00', 'ς', 'Σ', 'ʼ', '`', '+', 'ͺ', '\n', '  ',
  ),
  maxLength: 30,
});

describe('fold', () => {
  test.each([
    ['any UTF-16', anyUnits],
    ['any code points', anyCodePoints],
    ['evasion-heavy text', tricky],
  ])('on %s: never throws, map in bounds and ordered, idempotent, both paths agree', (_, arb) => {
    check(
      fc.property(arb, (input) => {
        const f = foldText(input);
        expect(f.map.length).toBe(f.text.length);
        for (let i = 0; i < f.text.length; i++) {
          expect(f.map[i]).toBeLessThan(input.length);
          expect(f.end[i]).toBeGreaterThan(f.map[i]!);
          expect(f.end[i]).toBeLessThanOrEqual(input.length);
          if (i > 0) expect(f.map[i]).toBeGreaterThanOrEqual(f.map[i - 1]!);
        }
        expect(f.text).not.toMatch(/^ | $| {2}/);
        expect(foldText(f.text).text).toBe(f.text);
        // The text-only fold that patterns are compiled with gives the same text, short or long (two string paths).
        expect(foldedText(input)).toBe(f.text);
        expect(foldedText(input.repeat(200))).toBe(foldText(input.repeat(200)).text);
        const g = foldTextGeneric(input);
        expect(g.text).toBe(f.text);
        expect([...g.map]).toEqual([...f.map]);
        expect([...g.end]).toEqual([...f.end]);
      }),
    );
  });
});

describe('fold of composed and decomposed text', () => {
  const accented = fc.string({
    unit: fc.constantFrom(...'aeiouéèêëàâäçñõøåœßÉÈÊÀÇǅǄĳ ,.-йёЁЙїЇўάέήίόύώΐϊϋΆΈΉΊΌΎΏΫϓϔЌЍأإآؤئةىیکۀۓ٣ـَُِّAEIxyz@$013'),
    maxLength: 20,
  });
  test('NFC, NFD and NFKD input fold alike (Latin, Greek, Cyrillic, Arabic)', () => {
    check(
      fc.property(accented, (s) => {
        const nfc = foldText(s.normalize('NFC')).text;
        expect(foldText(s.normalize('NFD')).text).toBe(nfc);
        expect(foldText(s.normalize('NFKD')).text).toBe(nfc);
      }),
    );
  });
});

// ---- matcher against a reference ----

const WORDS = [
  'amaq', 'dabiq', 'rumiyah', 'erase', 'your', 'account', 'sons', 'of', 'the', 'caliphate', 'army', 'news',
  'agency', 'claims', 'attack', "l'armée", 'des', 'fils', 'du', 'califat', 'supprimer', 'compte', 'état',
  'islamique', 'kill', 'flammes', 'الصليبيين', 'جيش', 'أبناء', 'الخلافة', 'باقية', 'وتتمدد', 'دولة', 'الإسلام', 'قامت', 'فيديو', 'a', 'b', 'x',
  // Symbols are kept but are not part of a word: alone, glued to words, starting and ending terms.
  '🔥', '❤', '€', 'i❤isis', '🔥amaq', 'army🔥', '€100',
];

/** Random evasions applied to one word of a post. */
const evade = (w: string, r: number): string => {
  if (r % 13 === 12) return w.replace(/(\p{L})\1/u, '$1$1$1$1'); // a doubled letter stretched ("killll")
  if (r % 11 === 10) {
    // A letter written twice by mistake ("khilaffa"): the second, third or fourth of the word
    const at = Math.min(w.length - 1, 1 + (r % 3));
    return /\p{L}/u.test(w[at] ?? '') ? `${w.slice(0, at + 1)}${w[at]}${w.slice(at + 1)}` : w;
  }
  switch (r % 10) {
    case 0:
      return w.toUpperCase();
    case 1:
      return w.replace(/a/g, 'а').replace(/e/g, 'е').replace(/o/g, 'о'); // Cyrillic
    case 2:
      return w.length > 2 ? `${w.slice(0, 2)}\u200B${w.slice(2)}` : w;
    case 3:
      return w.split('').join(' ');
    case 4:
      // leet digits; an 'l' or an 'i' written '1' (the fold reads it 'i', the matcher 'l' too)
      return w.replace(/e/g, '3').replace(/a/g, '4').replace(r & 16 ? /l/ : /i/, '1');
    case 5:
      return w.length > 2 ? `${w.slice(0, 2)}ـ${w.slice(2)}` : w; // tatweel (harmless in Latin)
    case 6:
      return w.replace(/ا/g, 'أ').replace(/ة/g, 'ه');
    case 7:
      return `#${w}`;
    case 8:
    case 9: {
      // A separator inside the word ("Cali phate"), the halves two code units or more: shorter than SPLIT_MIN too.
      if (w.length < 4) return w;
      const at = 2 + (Math.floor(r / 10) % (w.length - 3));
      return `${w.slice(0, at)}${r % 10 === 8 ? ' ' : '-'}${w.slice(at)}`;
    }
    default:
      return w;
  }
};

const SEPS = [' ', ' ', ' ', ', ', '. ', '_', ' — ', '\n', '  ', '!', ''];

/** Latin words capitalised and run together after a '#' ("#SonsOfTheCaliphate"), then an ordinary post. */
const camelPostArb = fc
  .tuple(fc.array(fc.constantFrom(...WORDS.filter((w) => /^[a-z]+$/.test(w))), { minLength: 2, maxLength: 5 }), fc.constantFrom(' ', '', '!'))
  .map(([ws, sep]) => `#${ws.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}${sep}`);

const plainPostArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.nat(40), fc.constantFrom(...SEPS)), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([w, r, sep]) => evade(w, r) + sep).join(''));

/** Latin words spelled out letter by letter, two spaces between words ("i f  y o u  c l o s e"). */
const spelledPostArb = fc
  .array(fc.constantFrom(...WORDS.filter((w) => /^[a-z]+$/.test(w))), { minLength: 2, maxLength: 5 })
  .map((ws) => ws.map((w) => w.split('').join(' ')).join('  '));

const postArb = fc.oneof(
  plainPostArb,
  plainPostArb,
  fc.tuple(camelPostArb, plainPostArb).map(([a, b]) => a + b),
  fc.tuple(plainPostArb, spelledPostArb).map(([a, b]) => `${a} ${b}`),
);

const phraseArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.nat(40)), { minLength: 1, maxLength: 3 })
  .map((ws) => ws.map(([w, r]) => (r % 4 === 0 ? evade(w, r) : w)).join(' '));

const patternArb = fc.record({
  kind: fc.constantFrom('phrase', 'phrase', 'all') as fc.Arbitrary<'phrase' | 'all'>,
  terms: fc.array(phraseArb, { minLength: 2, maxLength: 3 }),
  within: fc.option(fc.nat(6), { nil: undefined }),
  unless: fc.option(fc.array(phraseArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  severity: fc.constantFrom('high', 'medium', 'low') as fc.Arbitrary<'high' | 'medium' | 'low'>,
});

/**
 * Word-bounded occurrences of `term`, naively (reference-forms.ts termSpans): with a space inside a word unless it is
 * a run-together form (`split` false), and with a letter written twice.
 */
function occurrences(text: string, term: string, split = true): [number, number][] {
  return termSpans(text, term, split);
}

/**
 * The reference: fold both sides, naive search, rules spelled out. Returns the ids that fire, and adds to `excluded`
 * the ids an exclusion of theirs was found for.
 */
function reference(
  patterns: MatcherPattern[],
  post: string,
  excluded: Set<string> = new Set(),
  original: (start: number, end: number) => string = (a, b) => post.slice(a, b),
  /** Which term hits count, by their source offsets (the emoji reading drops a drawn word alone). */
  keep: ((start: number, end: number) => boolean) | null = null,
): string[] {
  const folded = foldText(post);
  const text = folded.text;
  // An exclusion excuses the post where the post writes it plainly (lib/match/plain.ts): its occurrences, so written
  // in the post itself (`original` maps a second reading's offsets back to it).
  // (`keep` holds for exclusions too: a drawn word alone excuses nothing.)
  const plainly = (hits: [number, number][]): [number, number][] =>
    hits.filter(([a, b]) => writtenPlainly(original(folded.map[a]!, folded.end[b - 1]!)) && (keep === null || keep(folded.map[a]!, folded.end[b - 1]!)));
  const wordAt = (i: number) => text.slice(0, i).split(' ').length - 1;
  const fired: string[] = [];
  // A run-together form that some pattern spells is that pattern's keyword too: it may be found split.
  const spelledAny = new Set(patterns.flatMap((p) => [...p.terms, ...(p.unless ?? [])].map((t) => foldText(t).text)));
  for (const p of patterns) {
    const terms = [...new Set(p.terms.map((t) => foldText(t).text))];
    const joinedForm = runTogether;
    const unless = (p.unless ?? []).map((u) => foldText(u).text);
    if (
      unless.some((u) => plainly(occurrences(text, u)).length > 0) ||
      unless.map(joinedForm).some((u) => u !== null && !unless.includes(u) && plainly(occurrences(text, u, spelledAny.has(u))).length > 0) ||
      unless.flatMap(singledForms).some((u) => plainly(occurrences(text, u)).length > 0)
    ) {
      excluded.add(p.id);
      continue;
    }
    // Each term of several words with a Latin letter is also found run together ("#SonsOfTheCaliphate"), folded
    // again, 8 code units or more, unless another term (or an earlier term's run-together form) is spelled so.
    const spelled = new Set(terms);
    const joinedHits = terms.map((t) => withRunTogether((form, split) => occurrences(text, form, split), t, spelled, spelledAny));
    // Then each term's forms with a doubled letter written once ("kil the crusaders" for "killlll the crusaders").
    const singled = withSingled((form) => occurrences(text, form), terms, joinedHits, spelled);
    // And an 'all' pattern's one-word Arabic terms with a clitic written onto them ("وزوكربيرغ").
    const found = p.kind === 'all' ? withClitics((form) => occurrences(text, form), terms, singled, spelled) : singled;
    const hits = keep === null ? found : found.map((h) => h.filter(([a, b]) => keep(folded.map[a]!, folded.end[b - 1]!)));
    if (hits.some((h) => h.length === 0)) continue;
    if (p.within === undefined) {
      fired.push(p.id);
      continue;
    }
    // Some choice of one hit per term with max start word - min start word <= within (brute force).
    const starts = hits.map((h) => h.map(([s]) => wordAt(s)));
    let ok = false;
    const choose = (i: number, lo: number, hi: number): void => {
      if (ok) return;
      if (i === starts.length) {
        ok = hi - lo <= p.within!;
        return;
      }
      for (const w of starts[i]!) choose(i + 1, Math.min(lo, w), Math.max(hi, w));
    };
    choose(0, Infinity, -Infinity);
    if (ok) fired.push(p.id);
  }
  return fired;
}

describe('matcher', () => {
  test('agrees with the naive reference matcher on random posts with evasions', () => {
    check(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 12 }), fc.array(postArb, { minLength: 1, maxLength: 6 }), (defs, posts) => {
        const patterns: MatcherPattern[] = defs.map((d, i) => ({
          id: `p${i}`,
          packId: 'prop',
          name: `p${i}`,
          kind: d.kind,
          terms: d.kind === 'phrase' ? d.terms.slice(0, 1) : d.terms,
          within: d.kind === 'all' ? d.within : undefined,
          unless: d.unless,
          category: 'slogan',
          severity: d.severity,
          contextId: null,
        }));
        const m = compileMatcher(patterns);
        const rejected = new Set(m.rejected.map((r) => r.patternId));
        const usable = patterns.filter((p) => !rejected.has(p.id));
        for (const post of posts) {
          const r = m.match(post);
          // A camel-case sentence hashtag is read a second time as its words, and words spelled out letter by letter
          // two spaces apart, or apart by punctuation or marks, as those words (and again with a one-letter word at
          // their edge read apart), words split by an emoji whole, and
          // words mostly in leet digits in letters, Arabizi words transliterated, lone regional indicators as letters,
          // emoji standing for words as those words, words cut by marks whole, run-together Arabic hashtags cut into the
          // pack's words: the union of the readings, in pattern order, less the patterns an
          // exclusion was found for in any of them.
          const readings = [
            cutCamelHashtags(post),
            joinSpelledWords(post),
            ...SPELLED_READINGS.map((edges) => splitSpelledRuns(post, edges)),
            joinEmojiSplitWords(post),
            spellHeavyLeet(post),
            spellOnesAsL(post),
            spellArabizi(post),
            spellRegionalLetters(post),
            joinCutWords(post),
            joinArabicPieces(post, true),
            ...emojiLetterReadings(m, post),
            ...regionalSpelledReadings(post),
            ...arabicHashtagReadings(m, post),
            ...arabicLookalikeReadings(m, post),
          ];
          const excluded = new Set<string>();
          // The emoji reading's hits count where a phrase goes on after the drawn word (emoji-words.ts).
          const drawn = spellEmojiWords(post);
          const want = new Set([
            ...reference(usable, post, excluded),
            ...(drawn === null
              ? []
              : reference(usable, drawn.text, excluded, (a, b) => post.slice(drawn.source(a), drawn.source(b)), (a, b) => !drawnWordStandsAlone(post, drawn.source(a), drawn.source(b)))),
            ...readings.flatMap((r) => (r == null ? [] : reference(usable, r.text, excluded, (a, b) => post.slice(r.source(a), r.source(b))))),
          ]);
          for (const id of excluded) want.delete(id);
          expect(r.patterns.map((p) => p.id)).toEqual(usable.map((p) => p.id).filter((id) => want.has(id)));
          for (const s of r.spans) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(post.length);
          }
          // A phrase's highlights, folded, are the phrase, the phrase run together, or with a doubled letter stretched
          // (a hashtag's words are folded as they stand in the post: run together; an emoji inside a word: apart).
          for (const p of r.patterns) {
            const def = usable.find((u) => u.id === p.id)!;
            if (def.kind !== 'phrase') continue;
            const want = foldText(def.terms[0]!).text;
            const joined = foldText(want.replaceAll(' ', '')).text;
            const forms = [want, joined, ...singledForms(want)];
            const together = (x: string): string => foldText(x.replaceAll(' ', '')).text;
            for (const s of p.spans) {
              // A word mostly in leet digits ("3r4s3"), with a leet one read as 'l' ("a1"), or in Arabizi ("5ilafa"), is
              // highlighted as the post writes it.
              const slice = post.slice(s.start, s.end);
              // An emoji standing for a word is highlighted as the emoji ("🔥 des" for "flammes des").
              const asWords = ['flames', 'flammes', 'لهيب'].map((w) => slice.replace(/🔥[\ufe0f🔥]*/gu, ` ${w} `));
              const seen = [spellHeavyLeet(slice)?.text ?? slice, spellOnesAsL(slice)?.text ?? slice, spellArabizi(slice)?.text ?? slice, ...asWords].map((x) => foldText(x).text);
              const fits = seen.some((x) => forms.some((f) => readsAsTerm(x, f) || readsAsTerm(together(x), together(f))));
              expect(fits, JSON.stringify({ slice, seen, forms })).toBe(true);
            }
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
