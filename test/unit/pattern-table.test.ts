// PatternTable: the matcher's per-pattern fields, held compactly, give back what the snapshot's lists held.
import { describe, expect, it } from 'vitest';
import { PatternTable, PatternTableBuilder } from '../../lib/match/pattern-table';
import { checkMetaLists, metaPart } from '../../lib/match/meta-parts';
import type { MatcherMeta } from '../../lib/match/matcher';

const META: MatcherMeta = {
  ids: ['sca-fr-dix-pour-un', 'sca-ar-ten-for-one', 'sca-en-flames', 'odd-\ud800-id'],
  packIds: ['firebreak.default', 'firebreak.default', 'org.example.moderators', 'firebreak.default'],
  names: [
    'Menace reformulée : « nous en prendrons dix »',
    'تهديد معاد صياغته: "تغلقون واحدا ونأخذ عشرة"',
    'Flames of the Supporters 🔥 video title',
    'a name with a lone surrogate \udc00 kept as it was',
  ],
  categories: ['campaign-quote', 'campaign-quote', 'campaign-title', 'direct-threat'],
  severities: ['high', 'high', 'medium', 'low'],
  contextIds: ['flames-2016', null, 'flames-2016', null],
  quotedTerms: [-1, 0, -1, -1],
  onlyAfter: [null, null, ['we', 'they'], null],
};

describe('PatternTable', () => {
  it('gives back every field of every pattern, in French, Arabic, emoji and with a lone surrogate', () => {
    const t = PatternTable.from(META);
    expect(t.count).toBe(4);
    for (let p = 0; p < 4; p++) {
      expect(t.id(p)).toBe(META.ids[p]);
      expect(t.name(p)).toBe(META.names[p]);
      expect(t.packId(p)).toBe(META.packIds[p]);
      expect(t.category(p)).toBe(META.categories[p]);
      expect(t.severity(p)).toBe(META.severities[p]);
      expect(t.contextId(p)).toBe(META.contextIds[p]);
      expect(t.quotedTerm(p)).toBe(META.quotedTerms![p]);
      expect(t.onlyAfter(p)).toEqual(META.onlyAfter![p]);
    }
    expect([...t.quotedTerms()]).toEqual([[1, 0]]);
    expect(t.toMeta()).toEqual(META);
  });

  it('gives back the right id and name however many patterns are read, in any order (decoded ones are kept)', () => {
    const n = 700;
    const ids = Array.from({ length: n }, (_, p) => `bench-${p}-${'é'.repeat(p % 3)}`);
    const names = Array.from({ length: n }, (_, p) => `Motif n° ${p} « صيغة ${p} »`);
    const t = PatternTable.from({
      ids,
      names,
      packIds: ids.map(() => 'org.example.bench'),
      categories: ids.map(() => 'direct-threat'),
      severities: ids.map(() => 'high'),
      contextIds: ids.map(() => null),
    });
    for (const order of [[...ids.keys()], [...ids.keys()].reverse(), [...ids.keys()].map((p) => (p * 37) % n)]) {
      for (const p of order) {
        expect(t.id(p)).toBe(ids[p]);
        expect(t.name(p)).toBe(names[p]);
      }
    }
  });

  it('leaves out the optional lists the snapshot did not have, and reads their patterns as having none', () => {
    const { quotedTerms: _q, onlyAfter: _o, ...plain } = META;
    const t = PatternTable.from(plain);
    expect(t.quotedTerm(1)).toBe(-1);
    expect(t.onlyAfter(2)).toBeNull();
    expect(t.toMeta()).toEqual(plain);
    expect('quotedTerms' in t.toMeta()).toBe(false);
  });

  it('keeps a damaged quoted term, for the matcher to refuse', () => {
    const t = PatternTable.from({ ...META, quotedTerms: [-7, 0, 1.5, -1] });
    expect([...t.quotedTerms()]).toEqual([
      [0, -7],
      [1, 0],
      [2, 1.5],
    ]);
  });

  it('holds more distinct values than 16 bits count (a context per pattern in a large pack)', () => {
    const P = 70_000;
    const meta: MatcherMeta = {
      ids: Array.from({ length: P }, (_, p) => `p${p}`),
      packIds: Array.from({ length: P }, () => 'big.pack'),
      names: Array.from({ length: P }, (_, p) => `Pattern ${p}`),
      categories: Array.from({ length: P }, () => 'direct-threat'),
      severities: Array.from({ length: P }, () => 'high'),
      contextIds: Array.from({ length: P }, (_, p) => (p % 7 === 0 ? null : `ctx-${p}`)),
    };
    const t = PatternTable.from(meta);
    for (const p of [0, 1, 65_535, 65_536, 69_999]) {
      expect(t.id(p)).toBe(`p${p}`);
      expect(t.name(p)).toBe(`Pattern ${p}`);
      expect(t.contextId(p)).toBe(p % 7 === 0 ? null : `ctx-${p}`);
      expect(t.packId(p)).toBe('big.pack');
    }
  });

  it('built from parts as a large snapshot sends them, gives the same fields as built whole', () => {
    const P = 12_345;
    const meta: MatcherMeta = {
      ids: Array.from({ length: P }, (_, p) => `sca-${p % 3 === 0 ? 'ar' : 'fr'}-${p}`),
      packIds: Array.from({ length: P }, (_, p) => (p < 6000 ? 'firebreak.default' : 'org.example.moderators')),
      names: Array.from({ length: P }, (_, p) => (p % 3 === 0 ? `تهديد رقم ${p}` : p % 1000 === 7 ? `odd \ud83d${p}` : `Menace n° ${p} « dix pour un » 🔟`)),
      categories: Array.from({ length: P }, (_, p) => (p % 2 ? 'campaign-quote' : 'slogan')),
      severities: Array.from({ length: P }, (_, p) => (p % 5 ? 'medium' : 'high')),
      contextIds: Array.from({ length: P }, (_, p) => (p % 4 ? null : `ctx-${p % 40}`)),
      onlyAfter: Array.from({ length: P }, (_, p) => (p === 9001 ? ['nous'] : null)),
    };
    const b = new PatternTableBuilder(meta);
    for (let i = 0; ; i++) {
      const part = metaPart(meta, i, 5000);
      if (part === null) break;
      b.add(checkMetaLists(part, meta, 'a part is not one'));
    }
    const parts = b.finish();
    expect(parts.count).toBe(P);
    expect(parts.toMeta()).toEqual(meta);
    expect(parts.toMeta()).toEqual(PatternTable.from(meta).toMeta());
    expect(parts.name(7)).toBe('odd \ud83d7');
    expect(parts.onlyAfter(9001)).toEqual(['nous']);
  });

  it('a part whose lists are damaged is refused with a clear message', () => {
    const like = { onlyAfter: [] as (string[] | null)[] };
    const part = { ids: ['a'], packIds: ['p'], names: ['n'], categories: ['slogan'], severities: ['high'], contextIds: [null], onlyAfter: [null] };
    expect(checkMetaLists(part, like, 'not one')).toBe(part);
    expect(() => checkMetaLists({ ...part, names: [] }, like, 'not one')).toThrow('Matcher snapshot is damaged: not one');
    expect(() => checkMetaLists({ ...part, ids: [7] }, like, 'not one')).toThrow("Matcher snapshot is damaged: its pattern metadata's ids hold an entry of the wrong type");
    expect(() => checkMetaLists({ ...part, onlyAfter: undefined }, like, 'not one')).toThrow(/not one/);
    expect(() => checkMetaLists({ ...part, onlyAfter: [[3]] }, like, 'not one')).toThrow(/onlyAfter words are not a list of words/);
    expect(() => checkMetaLists(null, like, 'not one')).toThrow(/not one/);
  });

  it('an empty table', () => {
    const empty = { ids: [], packIds: [], names: [], categories: [], severities: [], contextIds: [] };
    const t = PatternTable.from(empty);
    expect(t.count).toBe(0);
    expect(t.toMeta()).toEqual(empty);
  });
});
