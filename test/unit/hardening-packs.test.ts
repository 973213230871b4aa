// Hardening: hostile pack files. Each is refused with a clear message (a full sentence, with the JSON path of the
// fault) or neutralised, parsePack never throws and never hangs, and a refused file leaves the database exactly as it
// was (dump before == dump after, no snapshot rebuild, no message to the tabs). Extends test/unit/pack-schema.test.ts
// (one case per kind of error) with the hostile inputs: huge files, a million patterns, forbidden keys at every
// level, wrong types at every field, addresses where none belong, terms that fold to one letter, XSS payloads.
// Replay a property failure with FC_SEED=<seed> (printed on failure). Full sizes: FIREBREAK_STRESS=1.
import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CUSTOM_PACK_ID } from '../../lib/store/packs';
import { compileMatcher } from '../../lib/match/matcher';
import { PackPatternSchema } from '../../lib/pack/schema';
import { packToMatcherPatterns } from '../../lib/pack/to-matcher';
import { parsePack, type PackError, type ParsePackResult } from '../../lib/pack/validate';
import { foldText } from '../../lib/text/fold';
import { openFirebreakDB } from '../../lib/store/db';
import { installPack, listPatternRecords } from '../../lib/store/packs';
import { EXT_PAGE, resetFakeBrowser, servedMatcher, startHarness, type HostileHarness } from '../fixtures/hostile/background';
import {
  bigPack,
  objectPaths,
  pointer,
  setAt,
  stringPaths,
  textWithKey,
  validPack,
  VALID_PACK_TEXT,
  XSS_PAYLOADS,
  xssPack,
  getAt,
  type PackJson,
} from '../fixtures/hostile/packs';
import { SIZES, UNIT_TIMEOUT_MS } from '../fixtures/hostile/sizes';
import { checkProperty, propertySeed } from './helpers/property';

vi.setConfig({ testTimeout: UNIT_TIMEOUT_MS });

const SEED = propertySeed(20260211);
const check = <T>(prop: fc.IProperty<T>, runs: number): void => checkProperty(prop, SEED, runs);

function errorsOf(r: ParsePackResult): PackError[] {
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.errors;
}

/** Every error is a full sentence with a JSON pointer, and line/column when given are inside the text. */
function expectClearErrors(errors: PackError[], text?: string): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e.message, e.message).toMatch(/^[A-Z"]/);
    expect(e.message, e.message).toMatch(/[.!?]$/);
    expect(e.message.length).toBeGreaterThan(15);
    expect(e.message.length, 'messages stay readable').toBeLessThan(600);
    expect(e.path === '' || /^(\/[^/]*)+$/.test(e.path), e.path).toBe(true);
    if (text !== undefined && e.line !== undefined) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.line).toBeLessThanOrEqual(text.split('\n').length);
      expect(e.column).toBeGreaterThanOrEqual(1);
    }
  }
}

const POLLUTION_CANARIES = ['polluted', 'isAdmin', 'pwned'];
function expectNoPollution(): void {
  for (const k of POLLUTION_CANARIES) {
    expect((({}) as Record<string, unknown>)[k], `Object.prototype.${k}`).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)[k], `Array.prototype.${k}`).toBeUndefined();
  }
}

// ---------------------------------------------------------------------------------------------------------------

describe('huge files are refused before parsing, quickly', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a 100 MB file as text, bytes and ArrayBuffer: refused without JSON.parse', () => {
    const size = SIZES.oversizedFile;
    const parse = vi.spyOn(JSON, 'parse');
    const text = '{"patterns": [' + ' '.repeat(size - 16) + ']}';
    const r = parsePack(text);
    const [e] = errorsOf(r);
    expect(e!.message).toMatch(/^The file is \d+(\.\d)? MB, larger than the 32 MB a pack may be; it was not read\.$/);
    const bytes = new Uint8Array(size);
    bytes.fill(0x20);
    expect(errorsOf(parsePack(bytes))[0]!.message).toMatch(/larger than the 32 MB/);
    expect(errorsOf(parsePack(bytes.buffer))[0]!.message).toMatch(/larger than the 32 MB/);
    expect(errorsOf(parsePack(new DataView(bytes.buffer)))[0]!.message).toMatch(/larger than the 32 MB/);
    expect(parse).not.toHaveBeenCalled();
  });

  it('counts bytes, not characters: 30 M two-byte characters are 60 MB and refused', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = 'é'.repeat(30 * 1024 * 1024);
    expect(errorsOf(parsePack(text))[0]!.message).toBe('The file is 60 MB, larger than the 32 MB a pack may be; it was not read.');
    expect(parse).not.toHaveBeenCalled();
  });

  it('through the background: refused, and nothing is stored', async () => {
    resetFakeBrowser();
    const hh = await startHarness();
    try {
      await hh.h.listPacks(undefined, EXT_PAGE);
      const before = await hh.dump();
      const res = await hh.h.importPack({ text: ' '.repeat(51 * 1024 * 1024) }, EXT_PAGE);
      expect(res.ok).toBe(false);
      expect(res.errors[0]?.message).toMatch(/larger than the 32 MB/);
      expect(await hh.dump()).toEqual(before);
    } finally {
      hh.close();
      vi.restoreAllMocks();
    }
  });
});

describe('a million patterns', () => {
  it('as a parsed value: refused by count without walking them', () => {
    const p = validPack();
    // Every item is one object that counts each read of it: refusing by count must read none.
    let reads = 0;
    const counted = new Proxy(p.patterns[0] as object, {
      get: (t, k, r) => (reads++, Reflect.get(t, k, r)),
      ownKeys: (t) => (reads++, Reflect.ownKeys(t)),
      getOwnPropertyDescriptor: (t, k) => (reads++, Reflect.getOwnPropertyDescriptor(t, k)),
    });
    const list = new Array(1_000_000).fill(counted);
    const [e] = errorsOf(parsePack({ ...p, patterns: list }));
    expect(reads, 'reads of the patterns').toBe(0);
    expect(e).toEqual({
      path: '/patterns',
      message: 'The pack has 1,000,000 patterns; a pack may have at most 200,000 patterns.',
      code: 'too_many_patterns',
      params: { count: 1_000_000, max: 200_000 },
    });
  });

  it('as a 3 MB file of empty objects: parsed, then refused by count with its line', () => {
    const text = '{\n"patterns": [' + new Array(1_000_000).fill('{}').join(',') + ']}';
    const errors = errorsOf(parsePack(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '/patterns', line: 2, message: 'The pack has 1,000,000 patterns; a pack may have at most 200,000 patterns.' });
  });

  it('100,000 patterns that are all wrong: stops after the first 100 errors', () => {
    const p = validPack();
    p.patterns = Array.from({ length: 100_000 }, (_, i) => ({ ...p.patterns[0], id: `p${i}`, severity: 'urgent' }));
    const text = JSON.stringify(p);
    const errors = errorsOf(parsePack(text));
    expect(errors).toHaveLength(101);
    expect(errors[100]!.message).toBe('Only the first 100 errors are listed; correct them and check the file again.');
    expectClearErrors(errors, text);
  });

  // How long these steps take is the bench's business (`npm run bench`: pack import), not a test's.
  it(`a pack at the size limit (${SIZES.bulkPatterns.toLocaleString('en-US')} patterns) is validated, stored and compiled`, async () => {
    const text = JSON.stringify(bigPack(SIZES.bulkPatterns));
    const r = parsePack(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.patterns).toHaveLength(SIZES.bulkPatterns);
    const m = compileMatcher(packToMatcherPatterns(r.pack));
    expect(m.rejected).toEqual([]);
    expect(m.match('they said bulk term ba again').patterns.map((x) => x.id)).toEqual(['b0']);
    const db = await openFirebreakDB({ name: `bulk-${Date.now()}` });
    await installPack(db, r.pack, text);
    expect(await listPatternRecords(db, r.pack.id)).toHaveLength(SIZES.bulkPatterns);
    db.close();
  }, 600_000);
});

describe('malformed JSON', () => {
  const CASES: [string, string, RegExp][] = [
    ['truncated', VALID_PACK_TEXT.slice(0, 400), /^The file is not valid JSON: at line \d+, column \d+, /],
    ['comment', '{ // a comment\n"id": 1 }', /not valid JSON: at line 1, column 3/],
    ['single quotes', "{'id': 'x'}", /not valid JSON: at line 1, column 2/],
    ['NaN', '{"a": NaN}', /not valid JSON/],
    ['trailing comma', '{"a": 1,}', /not valid JSON/],
    ['two values', '{} {}', /not valid JSON/],
    ['unescaped control character', '{"a": "x\u0001y"}', /control character U\+0001/],
    ['deep nesting, unclosed', '['.repeat(1_000_000), /not valid JSON/],
    ['deep nesting, closed', '['.repeat(200_000) + ']'.repeat(200_000), /^The pack is a list of 1 item; expected an object\.$/],
    ['NUL bytes', '\u0000\u0000\u0000', /not valid JSON/],
    ['only a BOM', '\ufeff', /^The file is empty/],
    ['JavaScript, not JSON', 'module.exports = {}', /not valid JSON/],
    ['HTML', '<!doctype html><script>alert(1)</script>', /not valid JSON: at line 1, column 1/],
  ];

  it.each(CASES)('%s: one clear error with line and column, no throw', (_, text, re) => {
    const errors = errorsOf(parsePack(text));
    expect(errors[0]!.message).toMatch(re);
    expectClearErrors(errors, text);
  });

  it('lone surrogates written as escapes are refused as broken characters', () => {
    const text = VALID_PACK_TEXT.replace('"An example phrase"', '"An example \\ud800 phrase"');
    expect(errorsOf(parsePack(text)).find((e) => e.path === '/patterns/0/name')?.message).toMatch(/lone surrogate/);
  });

  it('a UTF-16 file is refused as not UTF-8 (or not JSON), never misread', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(new TextEncoder().encode('{}')).flatMap((b) => [b, 0])]);
    const errors = errorsOf(parsePack(utf16));
    expect(errors[0]!.message).toMatch(/not valid UTF-8|not valid JSON/);
  });

  it('duplicate keys in one object: the last one counts, as in JSON.parse, and is validated', () => {
    // A reviewer reading the file may see the first value; the extension uses (and validates) the last one.
    const text = VALID_PACK_TEXT.replace('"severity": "high",', '"severity": "high", "severity": "urgent",');
    expect(errorsOf(parsePack(text)).map((e) => e.path)).toContain('/patterns/0/severity');
  });

  it('any prefix of a valid pack: never throws, one error with a position inside the text', () => {
    check(
      fc.property(fc.nat(VALID_PACK_TEXT.length - 1), (n) => {
        const text = VALID_PACK_TEXT.slice(0, n);
        if (text.trim() === VALID_PACK_TEXT.trim()) return; // only the final newline cut: still the whole pack
        const r = parsePack(text);
        expect(r.ok).toBe(false);
        expectClearErrors(errorsOf(r), text);
      }),
      SIZES.propertyRuns,
    );
  });

  it('any bytes: never throws, refused with a clear message', () => {
    check(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = parsePack(bytes);
        if (!r.ok) expectClearErrors(r.errors);
      }),
      SIZES.propertyRuns,
    );
  });

  it('a valid pack with one character changed: never throws; refused with clear messages or accepted and re-validates', () => {
    check(
      fc.property(fc.nat(VALID_PACK_TEXT.length - 1), fc.string({ minLength: 0, maxLength: 3, unit: 'binary' }), (at, insert) => {
        const text = VALID_PACK_TEXT.slice(0, at) + insert + VALID_PACK_TEXT.slice(at + 1);
        const r = parsePack(text);
        if (!r.ok) expectClearErrors(r.errors, text);
        else expect(parsePack(r.pack).ok).toBe(true);
      }),
      SIZES.propertyRuns,
    );
  });
});

describe('wrong types at every field', () => {
  const WRONG: unknown[] = [null, 0, -1, 1.5, 1e308, true, '', 'x', [], [1], {}, { a: 1 }];
  const base = validPack();
  const paths = objectPaths(base)
    .concat(stringPaths(base))
    .filter((p) => p.length > 0);
  const leafPaths = [...new Map(paths.map((p) => [pointer(p), p])).values()];

  it(`every one of ${leafPaths.length} places × ${WRONG.length} wrong values: refused at that place, never thrown`, () => {
    let refused = 0;
    for (const path of leafPaths) {
      for (const value of WRONG) {
        const original = getAt(base, path);
        if (JSON.stringify(original) === JSON.stringify(value)) continue;
        const p = structuredClone(base);
        setAt(p, path, value);
        const text = JSON.stringify(p, null, 2);
        const r = parsePack(text);
        // A value of the right JSON type may be valid ({} where every field is optional) or wrong elsewhere (a
        // renamed context id breaks the references to it); a value of the wrong type is refused at its place.
        const kind = (x: unknown) => (Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x);
        const nullable = value === null && path[path.length - 1] === 'context'; // "context": null is allowed
        const wrongType = kind(value) !== kind(original) && !nullable;
        if (r.ok) {
          if (wrongType) throw new Error(`${pointer(path)} = ${JSON.stringify(value)} was accepted`);
          continue;
        }
        refused++;
        expectClearErrors(r.errors, text);
        if (!wrongType) continue;
        const ptr = pointer(path);
        const parent = pointer(path.slice(0, -1));
        expect(
          r.errors.some((e) => e.path === ptr || e.path.startsWith(ptr + '/') || e.path === parent),
          `${ptr} = ${JSON.stringify(value)}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join(' | ')}`,
        ).toBe(true);
      }
    }
    expect(refused).toBeGreaterThan(leafPaths.length * 5);
  });

  it('a random JSON value anywhere: never throws; accepted only if it re-validates', () => {
    check(
      fc.property(fc.constantFrom(...leafPaths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const p = structuredClone(base);
        setAt(p, path, value);
        const r = parsePack(JSON.stringify(p));
        if (r.ok) expect(parsePack(JSON.stringify(r.pack)).ok).toBe(true);
        else expectClearErrors(r.errors);
        expectNoPollution();
      }),
      SIZES.propertyRuns,
    );
  });
});

describe('__proto__, constructor and prototype keys at every level', () => {
  const packs: [string, PackJson][] = [
    ['the minimal pack', validPack()],
    ['the XSS pack', xssPack(XSS_PAYLOADS.slice(0, 2))],
  ];
  const KEYS = ['__proto__', 'constructor', 'prototype'];
  const VALUES: unknown[] = [{ polluted: true, isAdmin: true }, 'polluted', null, [{ pwned: 1 }]];

  for (const [name, pack] of packs) {
    const places = objectPaths(pack);
    it(`${name}: each of ${places.length} objects × ${KEYS.length} keys × ${VALUES.length} values is refused at the key, as text and as a value`, () => {
      let n = 0;
      for (const path of places) {
        for (const key of KEYS) {
          for (const value of VALUES) {
            const text = textWithKey(pack, path, key, value);
            for (const input of [text, JSON.parse(text) as unknown]) {
              const r = parsePack(input);
              const errors = errorsOf(r);
              const e = errors.find((x) => x.path === pointer([...path, key]));
              expect(e, `${pointer([...path, key])}: ${errors.map((x) => x.path).join(', ')}`).toBeDefined();
              expect(e!.message).toContain(`a key named "${key}"`);
              expect(e!.message).toMatch(/keys named __proto__, constructor, prototype are refused\.$/);
              if (typeof input === 'string') expect(e!.line).toBeGreaterThan(0);
              n++;
            }
          }
        }
      }
      expectNoPollution();
      expect(n).toBe(places.length * KEYS.length * VALUES.length * 2);
    });
  }

  it('a forbidden key deep inside an unknown field, or repeated many times, is still found and the list is bounded', () => {
    const deep = textWithKey({ ...validPack(), extra: { a: { b: [{ c: {} }] } } }, ['extra', 'a', 'b', 0, 'c'], '__proto__', { polluted: 1 });
    expect(errorsOf(parsePack(deep)).map((e) => e.path)).toContain('/extra/a/b/0/c/__proto__');
    const many = '{' + Array.from({ length: 5000 }, (_, i) => `"k${i}": {"constructor": 1}`).join(',') + '}';
    const errors = errorsOf(parsePack(many));
    expect(errors.length).toBeLessThanOrEqual(102);
    expectNoPollution();
  });

  it('the words themselves are fine as values, ids and phrases: such a pack installs, matches and exports', async () => {
    resetFakeBrowser();
    const hh: HostileHarness = await startHarness();
    try {
      const p = validPack();
      p.id = 'constructor';
      p.name = '__proto__';
      p.contexts[0]!.id = 'toString';
      p.patterns[0]!.id = 'constructor';
      p.patterns[0]!.context = 'toString';
      p.patterns[0]!.text = 'constructor prototype __proto__';
      p.patterns[1]!.id = 'hasOwnProperty';
      p.patterns[1]!.context = 'toString';
      const text = JSON.stringify(p, null, 2);
      const res = await hh.h.importPack({ text }, EXT_PAGE);
      expect(res.errors).toEqual([]);
      expect(res.ok).toBe(true);
      const snap = await hh.h.getSnapshot(undefined, { tab: { id: 1, url: 'https://x.com/home' } });
      const m = await servedMatcher(hh.h, snap);
      expect(m.match('the CONSTRUCTOR prototype __proto__ here').patterns.map((x) => x.id)).toContain('constructor');
      const ids = ['toString', 'constructor', '__proto__', 'valueOf'];
      const ctx = await hh.h.getContexts(
        ids.map((id) => ({ packId: p.id as string, id })),
        { tab: { id: 1, url: 'https://x.com/home' } },
      );
      expect(ctx.map((c) => c?.id ?? null)).toEqual(['toString', null, null, null]);
      expect(await hh.h.exportPack('constructor', EXT_PAGE)).toBe(text);
      expectNoPollution();
    } finally {
      hh.close();
      vi.restoreAllMocks();
    }
  });

  it('installPack reads a note only from the notes object itself, never from Object.prototype', async () => {
    const db = await openFirebreakDB({ name: `notes-${Date.now()}` });
    const r = parsePack(VALID_PACK_TEXT);
    if (!r.ok) throw new Error('fixture');
    const pack = { ...r.pack, patterns: r.pack.patterns.map((p, i) => ({ ...p, id: ['constructor', 'toString'][i]! })) };
    await installPack(db, pack, null, { notes: {} });
    const recs = await listPatternRecords(db, pack.id);
    expect(recs.map((x) => [x.id, x.note])).toEqual([
      ['constructor', undefined],
      ['toString', undefined],
    ]);
    db.close();
  });
});

describe('addresses where none belong, and links that are not https', () => {
  const URL_PLACES: (string | number)[][] = [
    ['homepage'],
    ['publisher', 'url'],
    ['contexts', 0, 'url'],
    ['contexts', 0, 'author', 'url'],
    ['contexts', 0, 'sources', 0, 'url'],
    ['patterns', 0, 'source', 'url'],
    ['patterns', 1, 'source', 'url'],
  ];
  const BAD_URLS = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'http://example.org/',
    'HTTP://example.org/',
    'ftp://example.org/',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    'chrome-extension://abc/options.html',
    'moz-extension://abc/options.html',
    '//example.org/',
    '/relative/path',
    'https://user:pass@example.org/',
    'https://example.org@evil.example/',
    'https://exa mple.org/',
    'https://',
    'https:///x',
    'https://ex\u00e4mple.org/',
    'https://example.org/\u202Egnp.exe',
    'https://example.org/' + 'a'.repeat(2100),
  ];

  it(`every address field × ${BAD_URLS.length} bad addresses is refused at that field`, () => {
    for (const place of URL_PLACES) {
      for (const bad of BAD_URLS) {
        const p = validPack();
        setAt(p, place, bad);
        const errors = errorsOf(parsePack(JSON.stringify(p)));
        const e = errors.find((x) => x.path === pointer(place));
        expect(e, `${pointer(place)} = ${JSON.stringify(bad)}: ${errors.map((x) => x.path).join(', ')}`).toBeDefined();
        expect(e!.message).toMatch(/expected (an https:\/\/ address|an address of at most 2048 characters|no control characters)/);
      }
    }
  });

  it('ids, report destinations and the pack id never take an address', () => {
    const ID_PLACES: (string | number)[][] = [['id'], ['contexts', 0, 'id'], ['patterns', 0, 'id'], ['patterns', 0, 'context'], ['contexts', 0, 'reportDestinations', 0]];
    for (const place of ID_PLACES) {
      for (const bad of ['https://evil.example/report', 'javascript:alert(1)', 'data:,x', 'mailto:a@b.c']) {
        const p = validPack();
        setAt(p, place, bad);
        const errors = errorsOf(parsePack(JSON.stringify(p)));
        expect(errors.some((e) => e.path === pointer(place)), `${pointer(place)} = ${bad}`).toBe(true);
      }
    }
  });

  it('address-like text in a text field is only text: accepted, and never becomes a link (see hardening-ui)', () => {
    const p = validPack();
    p.contexts[0]!.claimReviewed = 'javascript:alert(1)';
    (p.contexts[0]!.summary as Record<string, string>).en = '<a href="javascript:alert(1)">x</a> data:text/html,<b>';
    expect(parsePack(JSON.stringify(p)).ok).toBe(true);
  });
});

describe('terms that fold to nothing or to one letter', () => {
  const ONE_OR_NONE = ['aaa', 'a a a', 'A.A.A', 'I.I.I', 'ßs', 'ааа', 'ــ', 'ـــ', 'a\u0301a\u0301a', '__a__a__a__'];

  it.each(ONE_OR_NONE)('%j is refused as a phrase, a term and an exclusion, with what it folds to', (term) => {
    const folded = foldText(term).text;
    expect([...folded].length).toBeLessThan(2);
    for (const place of [
      ['patterns', 0, 'text'],
      ['patterns', 1, 'terms', 0],
      ['patterns', 1, 'unless', 0],
    ] as (string | number)[][]) {
      const p = validPack();
      setAt(p, place, term);
      const errors = errorsOf(parsePack(JSON.stringify(p)));
      const e = errors.find((x) => x.path === pointer(place));
      expect(e, `${pointer(place)}: ${errors.map((x) => `${x.path} ${x.message}`).join(' | ')}`).toBeDefined();
      expect(e!.message).toMatch(/expected (a phrase that keeps at least two characters once folded|at least two letters or digits)/);
    }
  });

  it('"all" terms that are one term once folded are refused', () => {
    for (const terms of [
      ['Amaq', 'AMAQ'],
      ['amaq', 'ämaq', 'ÂMÂQ'],
      ['Amaq', '\u0430m\u0430q'],
      ['dabiq', 'd4biq'],
    ]) {
      const p = validPack();
      p.patterns[1]!.terms = terms;
      const e = errorsOf(parsePack(JSON.stringify(p))).find((x) => x.path === '/patterns/1/terms');
      expect(e?.message, terms.join(', ')).toMatch(/^Pattern 2 \("example-all"\) has terms that are all the same once folded for matching \(".+"\); an "all" pattern needs at least two different terms\.$/);
    }
  });

  it('a custom pattern that folds to one letter is refused with a sentence, and nothing is stored', async () => {
    resetFakeBrowser();
    const hh = await startHarness();
    try {
      await hh.h.listPacks(undefined, EXT_PAGE);
      const before = await hh.dump();
      await expect(hh.h.saveCustomPattern({ text: 'aaa', lang: 'en', category: 'custom', severity: 'low' }, EXT_PAGE)).rejects.toThrow(
        /^Once case, accents, repeated letters and spacing are ignored, this phrase keeps fewer than two characters/,
      );
      expect(await hh.dump()).toEqual(before);
      expect((await hh.h.listCustomPatterns(undefined, EXT_PAGE)).length).toBe(0);
      expect(CUSTOM_PACK_ID).toBe('local.my-patterns');
    } finally {
      hh.close();
      vi.restoreAllMocks();
    }
  });

  it('property: every term the validator accepts, the matcher accepts too (no pattern is stored that never fires)', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'aAbeiIsßoO01345 .-_@$\u200B\u0301ـаеоі'.split(''), 'ss', 'I.', 'a.'),
      fc.string({ unit: 'grapheme', maxLength: 2 }),
    );
    check(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 8 }).map((a) => a.join('')), (text) => {
        const candidate = {
          id: 'p',
          name: 'P',
          kind: 'phrase',
          text,
          lang: 'en',
          category: 'slogan',
          severity: 'low',
          source: { publisher: 'X', url: 'https://example.org/' },
        };
        if (!v.safeParse(PackPatternSchema, candidate).success) return;
        const m = compileMatcher([{ id: 'p', packId: 'x', name: 'P', kind: 'phrase', terms: [text], category: 'slogan', severity: 'low', contextId: null }]);
        expect(m.rejected, JSON.stringify(text)).toEqual([]);
      }),
      SIZES.propertyRuns * 5,
    );
  });
});

describe('duplicate ids', () => {
  it('far apart in a big pack: both places named', () => {
    const p = bigPack(5000);
    p.patterns[4999]!.id = 'b7';
    const e = errorsOf(parsePack(JSON.stringify(p))).find((x) => x.path === '/patterns/4999/id');
    expect(e?.message).toBe('Pattern 5000 ("b7") has the id "b7", already used by pattern 8; pattern ids must be unique.');
  });

  it('a pattern id repeated 10,000 times: one error per repeat, capped', () => {
    const p = bigPack(10_000);
    for (const pat of p.patterns) pat.id = 'same';
    const errors = errorsOf(parsePack(JSON.stringify(p)));
    expect(errors).toHaveLength(101);
  });

  it('ids equal except for case are different ids (stored apart)', () => {
    const p = validPack();
    p.patterns[1]!.id = 'Example-Phrase';
    expect(parsePack(JSON.stringify(p)).ok).toBe(true);
  });
});

describe('XSS payloads in every text field', () => {
  it(`the pack with ${XSS_PAYLOADS.length} payloads in every context, pattern-name and header field is valid (text is text)`, () => {
    const r = parsePack(JSON.stringify(xssPack()));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('payloads with control or bidi characters are refused at their field (so they never reach the page)', () => {
    const pack = xssPack(XSS_PAYLOADS.slice(0, 1));
    const fields = stringPaths(pack.contexts[0]).filter((p) => !/url|id|date|reportDestinations|@type/i.test(p.join('/')));
    expect(fields.length).toBeGreaterThan(15);
    for (const f of fields) {
      for (const bad of ['<img src=x onerror=alert(1)>\u202E', '<script>\u0000alert(1)</script>', '<b>\u2066x']) {
        const p = structuredClone(pack);
        setAt(p, ['contexts', 0, ...f], bad);
        const errors = errorsOf(parsePack(JSON.stringify(p)));
        expect(errors.some((e) => e.path === pointer(['contexts', 0, ...f])), `${f.join('.')}`).toBe(true);
      }
    }
  });

  it('importing it through the background stores the payloads verbatim (they are neutralised when shown, not mangled when stored)', async () => {
    resetFakeBrowser();
    const hh = await startHarness();
    try {
      const pack = xssPack();
      const res = await hh.h.importPack({ text: JSON.stringify(pack) }, EXT_PAGE);
      expect(res.ok).toBe(true);
      const ctx = await hh.h.getContexts(
        pack.contexts.map((c) => ({ packId: pack.id as string, id: c.id as string })),
        { tab: { id: 1, url: 'https://x.com/home' } },
      );
      expect(ctx.map((c) => c?.claimReviewed)).toEqual(XSS_PAYLOADS.map((p) => p.payload));
    } finally {
      hh.close();
      vi.restoreAllMocks();
    }
  });
});

describe('a refused file changes nothing', () => {
  let hh: HostileHarness;
  beforeEach(async () => {
    resetFakeBrowser();
    hh = await startHarness();
    // A user pack and a custom pattern, so there is something to lose.
    expect((await hh.h.importPack({ text: JSON.stringify({ ...validPack(), id: 'org.example.kept' }) }, EXT_PAGE)).ok).toBe(true);
    await hh.h.saveCustomPattern({ text: 'my own phrase', lang: 'en', category: 'custom', severity: 'low' }, EXT_PAGE);
  });
  afterEach(() => {
    hh.close();
    vi.restoreAllMocks();
  });

  const replaceKept = (mutate: (p: PackJson) => void): string => {
    const p = { ...validPack(), id: 'org.example.kept', version: '9.0.0' } as PackJson;
    mutate(p);
    return JSON.stringify(p, null, 2);
  };

  /** Files whose preview may succeed: only the import itself refuses them (signature check). */
  const IMPORT_ONLY = new Set(['default pack id without signature']);

  const HOSTILE: [string, () => string][] = [
    ['not JSON', () => '{"schemaVersion": 1, "id": "org.example.kept", '],
    ['wrong type', () => replaceKept((p) => (p.patterns[0]!.severity = 3))],
    ['__proto__', () => textWithKey({ ...validPack(), id: 'org.example.kept', version: '9.0.0' }, ['contexts', 0], '__proto__', { polluted: true })],
    ['javascript: address', () => replaceKept((p) => (p.contexts[0]!.url = 'javascript:alert(1)'))],
    ['duplicate ids', () => replaceKept((p) => (p.patterns[1]!.id = p.patterns[0]!.id))],
    ['one-letter term', () => replaceKept((p) => (p.patterns[0]!.text = 'a a a'))],
    ['too many patterns', () => replaceKept((p) => (p.patterns = new Array(200_001).fill(p.patterns[0])))],
    ['older version', () => JSON.stringify({ ...validPack(), id: 'org.example.kept', version: '0.0.1' })],
    ['default pack id without signature', () => JSON.stringify({ ...validPack(), id: 'org.firebreak.default', version: '99.0.0' })],
    ['bidi override in a summary', () => replaceKept((p) => ((p.contexts[0]!.summary as Record<string, string>).en = 'x\u202Ey'))],
    ['site profile with a style block', () => replaceKept((p) => ((p.siteProfiles as { x: { selectors: { post: string[] } } }).x.selectors.post = ['a{}']))],
  ];

  it.each(HOSTILE)('%s: previewImport and importPack refuse it; the database, snapshot and tabs are untouched', async (name, make) => {
    const text = make();
    const snapBefore = (await hh.h.getSnapshot(undefined, { tab: { id: 1, url: 'https://x.com/home' } })).version;
    const before = await hh.dump();
    hh.sent.length = 0;
    const preview = await hh.h.previewImport({ text }, EXT_PAGE);
    if (!IMPORT_ONLY.has(name)) expect(preview.ok).toBe(false);
    const res = await hh.h.importPack({ text }, EXT_PAGE);
    expect(res.ok).toBe(false);
    expectClearErrors(res.errors, text);
    expect(await hh.dump()).toEqual(before);
    expect(hh.sent).toEqual([]);
    expect((await hh.h.getSnapshot(undefined, { tab: { id: 1, url: 'https://x.com/home' } })).version).toBe(snapBefore);
    expectNoPollution();
  });

  it('inputs that are not even a message body are refused without throwing', async () => {
    const before = await hh.dump();
    for (const data of [undefined, null, 42, 'text', [], { text: 42 }, { text: null }, { text: { toString: () => '{}' } }]) {
      const res = await hh.h.importPack(data as never, EXT_PAGE);
      expect(res.ok).toBe(false);
      const pv = await hh.h.previewImport(data as never, EXT_PAGE);
      expect(pv.ok).toBe(false);
    }
    expect(await hh.dump()).toEqual(before);
  });
});

describe('pattern ids are per pack', () => {
  it('two packs that use the same pattern ids both match (a later pack is not dropped as "duplicate")', async () => {
    resetFakeBrowser();
    const hh = await startHarness();
    try {
      // Both packs have patterns b0..b9 (a fork of a pack, or two publishers numbering the same way).
      expect((await hh.h.importPack({ text: JSON.stringify(bigPack(10, 'org.example.first')) }, EXT_PAGE)).ok).toBe(true);
      const second = bigPack(10, 'org.example.second');
      second.patterns.forEach((p, i) => (p.text = `second term ${i} here`));
      expect((await hh.h.importPack({ text: JSON.stringify(second) }, EXT_PAGE)).ok).toBe(true);
      const snap = await hh.h.getSnapshot(undefined, { tab: { id: 1, url: 'https://x.com/home' } });
      const m = await servedMatcher(hh.h, snap);
      expect(hh.errors.filter((e) => e.context === 'snapshot: patterns refused by the matcher')).toEqual([]);
      expect(m.match('bulk term ba and second term 0 here').patterns.map((p) => `${p.packId}/${p.id}`).sort()).toEqual([
        'org.example.first/b0',
        'org.example.second/b0',
      ]);
    } finally {
      hh.close();
      vi.restoreAllMocks();
    }
  });
});
