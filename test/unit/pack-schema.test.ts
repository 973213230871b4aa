// Pack format: valid packs are accepted; each kind of invalid input is refused as a whole, with the JSON path of
// the fault and a sentence that names the pattern or context entry; docs/pack.schema.json matches the schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_UNLESS, MAX_VARIANTS, PackSchema } from '../../lib/pack/schema';
import { MAX_PACK_BYTES } from '../../lib/pack/limits';
import { parsePack, type PackError, type ParsePackResult } from '../../lib/pack/validate';
import { findJsonSyntaxError, lineColumnAt, locatePointers } from '../../lib/pack/json-locate';
import { packToMatcherPatterns } from '../../lib/pack/to-matcher';
import { PACK_SCHEMA_PATH, renderPackJsonSchema } from '../../scripts/gen-pack-schema';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/packs/${name}`, import.meta.url)), 'utf8');
const VALID_TEXT = fixture('valid-minimal.json');

type Json = Record<string, unknown> & { patterns: Record<string, unknown>[]; contexts: Record<string, unknown>[] };
const valid = (): Json => JSON.parse(VALID_TEXT) as Json;

function errorsOf(r: ParsePackResult): PackError[] {
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.errors;
}

/** The one error at `path`; fails when there is none. */
function errorAt(input: unknown, path: string): PackError {
  const errors = errorsOf(parsePack(typeof input === 'string' ? input : JSON.stringify(input, null, 2)));
  const e = errors.find((x) => x.path === path);
  if (!e) throw new Error(`no error at ${path}; got:\n${errors.map((x) => `${x.path}: ${x.message}`).join('\n')}`);
  return e;
}

/** Also check the plain valibot schema refuses the same input (the schema alone is complete). */
function schemaRefuses(input: unknown): void {
  expect(v.safeParse(PackSchema, input).success).toBe(false);
}

function expectSentence(message: string): void {
  expect(message).toMatch(/^[A-Z]/);
  expect(message).toMatch(/\.$/);
  expect(message.length).toBeGreaterThan(20);
}

describe('parsePack: valid input', () => {
  it('accepts the valid fixture from text, bytes, ArrayBuffer and a parsed value', () => {
    const bytes = new TextEncoder().encode(VALID_TEXT);
    for (const input of [VALID_TEXT, bytes, bytes.buffer.slice(0), JSON.parse(VALID_TEXT) as unknown]) {
      const r = parsePack(input);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.pack.id).toBe('org.example.test-pack');
        expect(r.pack.patterns).toHaveLength(2);
        expect(r.pack.contexts[0]?.summary.fr).toBe("De quoi il s'agit.");
        expect(r.warnings).toEqual([]);
      }
    }
    expect(v.safeParse(PackSchema, valid()).success).toBe(true);
  });

  it('accepts a UTF-8 byte order mark', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(VALID_TEXT)]);
    expect(parsePack(bom).ok).toBe(true);
  });

  it('keeps only known fields in the result (a new object, not the input)', () => {
    const input = valid();
    const r = parsePack(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack).not.toBe(input);
  });

  it('accepts a pattern without context (custom packs) and warns about it', () => {
    const p = valid();
    delete p.patterns[1]!.context;
    const r = parsePack(p);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.join(' ')).toMatch(/Pattern 2 \("example-all"\) has no context entry/);
  });

  it('warns about unknown report destinations, unused contexts and missing summaries', () => {
    const p = valid();
    p.languages = ['en', 'fr', 'ar'];
    (p.contexts[0] as { reportDestinations: string[] }).reportDestinations = ['platform', 'xx-nowhere'];
    p.contexts.push({ ...p.contexts[0], id: 'ctx-unused' });
    const r = parsePack(p);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = r.warnings.join('\n');
    expect(w).toMatch(/"xx-nowhere", which this version of Firebreak does not know/);
    expect(w).toMatch(/Context entry 2 \("ctx-unused"\) is not used by any pattern/);
    expect(w).toMatch(/has no summary in ar/);
  });

  it('converts patterns for the matcher', () => {
    const r = parsePack(VALID_TEXT);
    if (!r.ok) throw new Error('invalid fixture');
    expect(packToMatcherPatterns(r.pack)).toEqual([
      {
        id: 'example-phrase',
        packId: 'org.example.test-pack',
        name: 'An example phrase',
        kind: 'phrase',
        terms: ['we will take ten in return'],
        category: 'campaign-quote',
        severity: 'high',
        contextId: 'ctx-example',
        lang: 'en',
      },
      {
        id: 'example-all',
        packId: 'org.example.test-pack',
        name: 'Example terms',
        kind: 'all',
        terms: ['dabiq', 'magazine'],
        within: 4,
        unless: ['according to', 'battle of'],
        category: 'publication',
        severity: 'low',
        contextId: 'ctx-example',
        lang: 'fr',
      },
    ]);
  });
});

describe('parsePack: each kind of invalid input', () => {
  it('wrong value: names the pattern, the field, the value and what is expected', () => {
    const p = valid();
    p.patterns[0]!.severity = 'urgent';
    const e = errorAt(p, '/patterns/0/severity');
    expect(e.message).toBe('Pattern 1 ("example-phrase") has severity "urgent"; expected one of high, medium, low.');
    expect(e.line).toBeGreaterThan(1);
    expect(e.column).toBeGreaterThan(1);
    schemaRefuses(p);
  });

  it('wrong type', () => {
    const p = valid();
    p.patterns[1]!.within = '4';
    const e = errorAt(p, '/patterns/1/within');
    expect(e.message).toBe('Pattern 2 ("example-all") has within "4" (text); expected a number.');
    const q = valid();
    (q as Record<string, unknown>).languages = 'en';
    expect(errorAt(q, '/languages').message).toBe('The pack has languages "en" (text); expected a list.');
    schemaRefuses(p);
  });

  it('missing field', () => {
    const p = valid();
    delete p.patterns[0]!.source;
    expect(errorAt(p, '/patterns/0/source').message).toBe('Pattern 1 ("example-phrase") is missing the field "source".');
    const q = valid();
    delete (q.contexts[0] as Record<string, unknown>).sources;
    expect(errorAt(q, '/contexts/0/sources').message).toBe('Context entry 1 ("ctx-example") is missing the field "sources".');
    schemaRefuses(p);
  });

  it('variants: keyed by the phrase or a term, a spelling stands for one term only', () => {
    const ok = valid();
    ok.patterns[0]!.variants = { 'we will take ten in return': ["we'll take ten in return"] };
    ok.patterns[1]!.variants = { dabiq: ['دابق'], magazine: ['mag', 'magazin'] };
    const r = parsePack(JSON.stringify(ok));
    expect(r.ok).toBe(true);
    if (r.ok) {
      const [phrase, all] = packToMatcherPatterns(r.pack);
      expect(phrase!.alternates).toEqual([["we'll take ten in return"]]);
      expect(all!.alternates).toEqual([['دابق'], ['mag', 'magazin']]);
    }

    const stray = valid();
    stray.patterns[0]!.variants = { 'we will take 10 in return': ['we ll take 10 in return'] };
    const e = errorAt(stray, '/patterns/0/variants');
    expect(e.message).toContain('"we will take 10 in return", which is not this pattern\'s "text"');
    expectSentence(e.message);
    schemaRefuses(stray);

    // quotedTerm names the phrase or one of the terms, and reaches the matcher.
    const quoted = valid();
    quoted.patterns[1]!.quotedTerm = 'magazine';
    const q = parsePack(JSON.stringify(quoted));
    expect(q.ok).toBe(true);
    if (q.ok) expect(packToMatcherPatterns(q.pack)[1]!.quotedTerm).toBe('magazine');
    const strayQuote = valid();
    strayQuote.patterns[1]!.quotedTerm = 'the magazine';
    const eq = errorAt(strayQuote, '/patterns/1/quotedTerm');
    expect(eq.message).toContain('"the magazine", which is not this pattern\'s terms');
    expectSentence(eq.message);
    schemaRefuses(strayQuote);

    // onlyAfter: single words, for a phrase pattern, and reaches the matcher.
    const after = valid();
    after.patterns[0]!.onlyAfter = ['الدولة', 'dawla'];
    const a = parsePack(JSON.stringify(after));
    expect(a.ok).toBe(true);
    if (a.ok) expect(packToMatcherPatterns(a.pack)[0]!.onlyAfter).toEqual(['الدولة', 'dawla']);
    const afterAll = valid();
    afterAll.patterns[1]!.onlyAfter = ['dawla'];
    const ea = errorAt(afterAll, '/patterns/1/onlyAfter');
    expect(ea.message).toContain('only applies to kind "phrase"');
    expectSentence(ea.message);
    schemaRefuses(afterAll);
    const afterPhrase = valid();
    afterPhrase.patterns[0]!.onlyAfter = ['la dawla'];
    const ep = errorAt(afterPhrase, '/patterns/0/onlyAfter');
    expect(ep.message).toContain('"la dawla", which is more than one word');
    expectSentence(ep.message);
    // One word as the matcher reads it: a hyphen or an apostrophe folds to a space.
    const hyphen = valid();
    hyphen.patterns[0]!.onlyAfter = ['al-dawla'];
    expect(errorAt(hyphen, '/patterns/0/onlyAfter').message).toContain('"al-dawla", which is more than one word');

    const crossed = valid();
    crossed.patterns[1]!.variants = { dabiq: ['MAGAZINE'] };
    expect(errorAt(crossed, '/patterns/1/variants').message).toContain('a spelling can stand for one term only');

    const tooMany = valid();
    tooMany.patterns[1]!.variants = { dabiq: Array.from({ length: MAX_VARIANTS + 1 }, (_, i) => `dabiq${'x'.repeat(i + 1)}`) };
    expect(errorAt(tooMany, '/patterns/1/variants').message).toContain(`at most ${MAX_VARIANTS} other spellings`);

    const empty = valid();
    empty.patterns[1]!.variants = { dabiq: [] };
    errorAt(empty, '/patterns/1/variants/dabiq');

    const list = valid();
    list.patterns[0]!.variants = ["we'll take ten in return"];
    expect(errorAt(list, '/patterns/0/variants').message).toContain('is a list; expected an object that names the phrase or each term');

    const decomposed = valid();
    decomposed.patterns[1]!.terms = ['dabiq', 'magazine été'];
    decomposed.patterns[1]!.variants = { ['magazine été'.normalize('NFD')]: ['revue'] };
    expect(errorAt(decomposed, '/patterns/1/variants').message).toContain('written with other Unicode code points');

    const excluded = valid();
    excluded.patterns[0]!.unless = ['lol'];
    excluded.patterns[0]!.variants = { 'we will take ten in return': ['lol we ll take ten in return'] };
    expect(errorAt(excluded, '/patterns/0/variants').message).toContain('holds the exclusion "lol"');
  });

  it('unknown category', () => {
    const p = valid();
    p.patterns[1]!.category = 'terror';
    const e = errorAt(p, '/patterns/1/category');
    expect(e.message).toMatch(/^Pattern 2 \("example-all"\) has category "terror"; expected one of campaign-quote, group-name, .*custom\.$/);
    schemaRefuses(p);
  });

  it('unknown field (strict objects)', () => {
    const p = valid();
    p.patterns[0]!.colour = 'red';
    expect(errorAt(p, '/patterns/0/colour').message).toBe('Pattern 1 ("example-phrase") has an unknown field "colour"; remove it or check its spelling.');
    const q = valid();
    (q.contexts[0] as { sources: Record<string, unknown>[] }).sources[0]!.rating = 5;
    expect(errorAt(q, '/contexts/0/sources/0/rating').message).toMatch(/^Context entry 1 \("ctx-example"\) has an unknown field "sources\[0\]\.rating"/);
    schemaRefuses(p);
  });

  it('duplicate pattern ids and duplicate context ids', () => {
    const p = valid();
    p.patterns[1]!.id = 'example-phrase';
    expect(errorAt(p, '/patterns/1/id').message).toBe(
      'Pattern 2 ("example-phrase") has the id "example-phrase", already used by pattern 1; pattern ids must be unique.',
    );
    schemaRefuses(p);
    const q = valid();
    q.contexts.push({ ...q.contexts[0] });
    expect(errorAt(q, '/contexts/1/id').message).toMatch(/already used by context entry 1; context ids must be unique\.$/);
    schemaRefuses(q);
  });

  it('dangling context reference', () => {
    const p = valid();
    p.patterns[0]!.context = 'ctx-missing';
    expect(errorAt(p, '/patterns/0/context').message).toBe(
      `Pattern 1 ("example-phrase") refers to the context "ctx-missing", which is not among this pack's context entries.`,
    );
    schemaRefuses(p);
  });

  it('kind-dependent fields: phrase without text, all without terms, within on a phrase', () => {
    const p = valid();
    delete p.patterns[0]!.text;
    expect(errorAt(p, '/patterns/0/text').message).toMatch(/^Pattern 1 \("example-phrase"\) has kind "phrase" but no "text"/);
    schemaRefuses(p);
    const q = valid();
    delete q.patterns[1]!.terms;
    expect(errorAt(q, '/patterns/1/terms').message).toMatch(/has kind "all" but no "terms"/);
    const w = valid();
    w.patterns[0]!.within = 3;
    expect(errorAt(w, '/patterns/0/within').message).toMatch(/has "within", which only applies to kind "all"/);
    schemaRefuses(w);
  });

  it('limits on terms: count, trimmed length, window, exclusions', () => {
    const p = valid();
    p.patterns[1]!.terms = ['only one'];
    expect(errorAt(p, '/patterns/1/terms').message).toMatch(/expected 2 to 8 terms\.$/);
    const q = valid();
    p.patterns[1]!.terms = ['ok term', '  a  '];
    expect(errorAt(p, '/patterns/1/terms/1').message).toMatch(/once leading and trailing spaces are removed\.$/);
    q.patterns[1]!.within = 0;
    expect(errorAt(q, '/patterns/1/within').message).toMatch(/expected a whole number from 1 to 200\.$/);
    const l = valid();
    l.patterns[0]!.text = '!!';
    expect(errorAt(l, '/patterns/0/text').message).toMatch(/expected at least two letters or digits/);
    const u = valid();
    u.patterns[1]!.unless = Array.from({ length: MAX_UNLESS + 1 }, (_, i) => `phrase ${i}`);
    expect(errorAt(u, '/patterns/1/unless').message).toMatch(new RegExp(`expected at most ${MAX_UNLESS} exclusion phrases\\.$`));
  });

  it('refuses __proto__, constructor and prototype keys, and pollutes nothing', () => {
    const text = VALID_TEXT.replace('"kind": "phrase",', '"kind": "phrase", "__proto__": { "polluted": true },');
    const r = parsePack(text);
    const e = errorsOf(r).find((x) => x.path === '/patterns/0/__proto__');
    expect(e?.message).toBe('Pattern 1 ("example-phrase") has a key named "__proto__"; keys named __proto__, constructor, prototype are refused.');
    expect(e?.line).toBeGreaterThan(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    schemaRefuses(JSON.parse(text));
    // In a record (selector table), where valibot itself would skip the key silently.
    const sel = VALID_TEXT.replace('"selectors": { "post": [', '"selectors": { "constructor": ["a"], "post": [');
    expect(errorsOf(parsePack(sel)).map((x) => x.path)).toContain('/siteProfiles/x/selectors/constructor');
    schemaRefuses(JSON.parse(sel));
    const top = '{"__proto__": {"x": 1}}';
    expect(errorsOf(parsePack(top))[0]?.path).toBe('/__proto__');
  });

  it('refuses http:// and other non-https addresses', () => {
    const p = valid();
    (p.patterns[0]!.source as Record<string, unknown>).url = 'http://news.example.org/a';
    expect(errorAt(p, '/patterns/0/source/url').message).toBe(
      'Pattern 1 ("example-phrase") has source.url "http://news.example.org/a"; expected an https:// address with a plain host name, without spaces or credentials.',
    );
    schemaRefuses(p);
    for (const bad of ['javascript:alert(1)', 'https://user:pw@example.org/', 'https://exa mple.org/', 'https:///x', 'ftp://example.org/']) {
      const q = valid();
      q.contexts[0]!.url = bad;
      expect(errorAt(q, '/contexts/0/url').message).toMatch(/^Context entry 1 \("ctx-example"\) has url .*expected an https:\/\/ address/);
    }
  });

  it('refuses report destinations given as addresses', () => {
    const p = valid();
    (p.contexts[0] as Record<string, unknown>).reportDestinations = ['https://evil.example/report'];
    expect(errorAt(p, '/contexts/0/reportDestinations/0').message).toMatch(/expected the id of a report destination .* \(never an address\)\.$/);
  });

  it('refuses control characters, bidi overrides and broken characters in strings', () => {
    const p = valid();
    p.patterns[0]!.name = 'bell\u0007 name';
    expect(errorAt(p, '/patterns/0/name').message).toBe(
      'Pattern 1 ("example-phrase") has name "bell\\u0007 name"; expected no control characters, but found the control character U+0007 at character 5.',
    );
    schemaRefuses(p);
    const q = valid();
    q.patterns[0]!.text = 'we will \u202Etake ten';
    expect(errorAt(q, '/patterns/0/text').message).toMatch(/bidirectional control character U\+202E/);
    const n = valid();
    n.name = 'Line one\nline two';
    expect(errorAt(n, '/name').message).toMatch(/control character U\+000A/);
    const s = valid();
    s.patterns[0]!.name = 'broken \uD800 char';
    expect(errorAt(s, '/patterns/0/name').message).toMatch(/lone surrogate/);
    // Line breaks are allowed in summaries and descriptions.
    const ok = valid();
    (ok.contexts[0]!.summary as Record<string, string>).en = 'First paragraph.\nSecond paragraph.';
    expect(parsePack(ok).ok).toBe(true);
  });

  it('refuses a wrong schema version, pack id, version and date', () => {
    const p = valid();
    p.schemaVersion = 2;
    expect(errorAt(p, '/schemaVersion').message).toBe(
      'The pack has schemaVersion 2; expected 1, the only pack schema version this version of Firebreak reads.',
    );
    const q = valid();
    q.id = 'Bad Id';
    q.version = '1.2';
    q.updated = '2016-02-30';
    expect(errorAt(q, '/id').message).toMatch(/^The pack has id "Bad Id"; expected 3 to 64 lower-case letters/);
    expect(errorAt(q, '/version').message).toMatch(/expected a version such as 1\.2\.0/);
    expect(errorAt(q, '/updated').message).toMatch(/expected a date that exists in the calendar\.$/);
  });

  it('refuses selectors with blocks or markup', () => {
    const text = VALID_TEXT.replace('"[aria-posinset]"', '"div { color: red }"');
    expect(errorAt(text, '/siteProfiles/facebook/selectors/post/0').message).toMatch(
      /^The site profile for "facebook" has selectors\.post\[0\] "div \{ color: red \}"; expected a CSS selector without/,
    );
    const key = VALID_TEXT.replace('"selectors": { "post": [', '"selectors": { "Bad Key": ["a"], "post": [');
    expect(errorAt(key, '/siteProfiles/x/selectors/Bad Key').message).toBe(
      'The site profile for "x" has the key "Bad Key" in selectors; expected a selector name such as "post", "text" or "permalink".',
    );
    const long = VALID_TEXT.replace('"[aria-posinset]"', JSON.stringify('a'.repeat(301)));
    expect(errorAt(long, '/siteProfiles/facebook/selectors/post/0').message).toMatch(/at most 300 characters\.$/);
  });

  it("refuses a selector that closes a bracket it did not open (it would step out of Firebreak's :is(…) rule and blur the whole site)", () => {
    for (const bad of ['x), body:not(y', 'a[href="x"]]', 'div:not(p', 'a[title="open]', 'span\\']) {
      const text = VALID_TEXT.replace('"[aria-posinset]"', JSON.stringify(bad));
      expect(errorAt(text, '/siteProfiles/facebook/selectors/post/0').message, bad).toMatch(/expected a CSS selector whose brackets and quotes close where they open\.$/);
    }
    // Brackets inside quoted strings and escaped ones are the selector's own.
    for (const good of ['a[aria-label="Actions (post)"]', 'div:has(> a[href*="/posts/"])', 'span.\\(x\\)', "a[title='x]']"]) {
      expect(parsePack(VALID_TEXT.replace('"[aria-posinset]"', JSON.stringify(good))).ok, good).toBe(true);
    }
  });

  it('refuses an object given as a list, and a pack that is not an object', () => {
    const p = valid();
    (p.patterns as unknown[])[1] = ['not', 'an', 'object'];
    expect(errorAt(p, '/patterns/1').message).toBe('Pattern 2 is a list of 3 items; expected an object.');
    expect(errorsOf(parsePack('[1, 2]'))[0]?.message).toBe('The pack is a list of 2 items; expected an object.');
    expect(errorsOf(parsePack('"a string"'))[0]?.message).toBe('The pack is "a string" (text); expected an object.');
    expect(errorsOf(parsePack('   '))[0]?.message).toBe('The file is empty; a pack is a JSON object.');
  });

  it('malformed JSON: gives the line and column of the syntax error', () => {
    const broken = VALID_TEXT.replace('"severity": "high",', '"severity": "high"');
    const errors = errorsOf(parsePack(broken));
    expect(errors).toHaveLength(1);
    const e = errors[0]!;
    const lines = broken.split('\n');
    const lineIndex = lines.findIndex((l) => l.includes('"severity": "high"'));
    expect(e.line).toBe(lineIndex + 2); // the next property starts on the following line
    expect(e.column).toBe(7);
    expect(e.path).toBe('');
    expect(e.message).toBe(`The file is not valid JSON: at line ${e.line}, column 7, expected "," or "}" after a property value, found "\\"".`);
    const trailing = errorsOf(parsePack('{\n  "a": [1, 2,]\n}'))[0]!;
    expect([trailing.line, trailing.column]).toEqual([2, 14]);
    expect(trailing.message).toMatch(/JSON does not allow a trailing comma/);
    const unclosed = errorsOf(parsePack('{"a": "x'))[0]!;
    expect(unclosed.message).toMatch(/line 1, column 7, found a string that is never closed/);
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
    expect(errorsOf(parsePack(bytes))[0]?.message).toBe('The file is not valid UTF-8 text: byte 2 starts an invalid sequence. Save the pack as UTF-8.');
  });

  it('refuses oversized input before parsing it', () => {
    const big = ' '.repeat(2000) + VALID_TEXT;
    const e = errorsOf(parsePack(big, { maxBytes: 1000 }))[0]!;
    expect(e.message).toMatch(/^The file is .* larger than the 1,000 bytes a pack may be; it was not read\.$/);
    const bytes = new TextEncoder().encode(big);
    expect(errorsOf(parsePack(bytes, { maxBytes: 1000 }))[0]?.message).toMatch(/larger than the 1,000 bytes/);
    // Multi-byte characters count as bytes, not UTF-16 units.
    const arabic = JSON.stringify({ name: 'ب'.repeat(400) });
    expect(parsePack(arabic, { maxBytes: 805 }).ok).toBe(false);
    expect(errorsOf(parsePack(arabic, { maxBytes: 805 }))[0]?.message).toMatch(/larger than/);
    // The default limit is MAX_PACK_BYTES (32 MB), the same as the options page's and a subscription's.
    const huge = ' '.repeat(MAX_PACK_BYTES + 1);
    expect(MAX_PACK_BYTES).toBe(32 * 1024 * 1024);
    expect(errorsOf(parsePack(huge))[0]?.message).toMatch(/larger than the 32 MB/);
  });

  it('lists at most maxErrors errors, then says more were left out', () => {
    const p = valid();
    for (let i = 0; i < 30; i++) p.patterns.push({ ...p.patterns[0], id: `p${i}`, severity: 'urgent' });
    const errors = errorsOf(parsePack(p, { maxErrors: 10 }));
    expect(errors).toHaveLength(11);
    expect(errors[10]?.message).toBe('Only the first 10 errors are listed; correct them and check the file again.');
  });

  it('refuses more patterns than the limit without walking them', () => {
    const list = new Array(200_001).fill(0);
    const e = errorsOf(parsePack({ ...valid(), patterns: list }))[0]!;
    expect(e.path).toBe('/patterns');
    expect(e.message).toBe('The pack has 200,001 patterns; a pack may have at most 200,000 patterns.');
  });

  it('every message is a full sentence with a JSON path', () => {
    const p = valid();
    p.patterns[0]!.severity = 3;
    delete p.patterns[1]!.name;
    p.contexts[0]!.claimReviewed = 'x'.repeat(141);
    const errors = errorsOf(parsePack(p));
    expect(errors.length).toBeGreaterThanOrEqual(3);
    for (const e of errors) {
      expectSentence(e.message);
      expect(e.path).toMatch(/^(\/[^/]+)+$/);
    }
    expect(errors.find((e) => e.path === '/contexts/0/claimReviewed')?.message).toBe(
      `Context entry 1 ("ctx-example") has claimReviewed "${'x'.repeat(60)}…" (141 characters); expected at most 140 characters.`,
    );
  });
});

describe('json-locate', () => {
  it('finds the first syntax error as JSON.parse would', () => {
    for (const good of ['{}', '[]', '0', '-1.5e3', '"a\\u00e9"', '{"a":[true,false,null,{"b":"c"}]}', ' \n{ "x" : 1 }\n ']) {
      expect(findJsonSyntaxError(good)).toBeNull();
      expect(() => JSON.parse(good) as unknown).not.toThrow();
    }
    for (const bad of ['{', '{"a":}', '[1,]', '01', '{"a" 1}', 'tru', '"\\x"', '{"a":1}}', "{'a':1}", '[1 2]', '-', '"\t"']) {
      expect(findJsonSyntaxError(bad), bad).not.toBeNull();
      expect(() => JSON.parse(bad) as unknown).toThrow();
    }
  });

  it('locates pointers (keys for members, values for list items)', () => {
    const text = '{\n  "a": [10, {"b~/c": 2}],\n  "d": 1\n}';
    const found = locatePointers(text, ['', '/a', '/a/1', '/a/1/b~0~1c', '/d', '/missing']);
    expect(lineColumnAt(text, found.get('/a')!)).toEqual({ line: 2, column: 3 });
    expect(lineColumnAt(text, found.get('/a/1')!)).toEqual({ line: 2, column: 13 });
    expect(lineColumnAt(text, found.get('/a/1/b~0~1c')!)).toEqual({ line: 2, column: 14 });
    expect(lineColumnAt(text, found.get('/d')!)).toEqual({ line: 3, column: 3 });
    expect(found.get('')).toBe(0);
    expect(found.has('/missing')).toBe(false);
  });
});

describe('docs/pack.schema.json', () => {
  it('is up to date with lib/pack/schema.ts (regenerate: npx tsx scripts/gen-pack-schema.ts)', () => {
    expect(readFileSync(PACK_SCHEMA_PATH, 'utf8')).toBe(renderPackJsonSchema());
  });

  it('describes the pattern kinds and refuses extra keys', () => {
    const schema = JSON.parse(renderPackJsonSchema()) as {
      additionalProperties: boolean;
      $defs: { PackPattern: { allOf: unknown[]; additionalProperties: boolean; required: string[] } };
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$defs.PackPattern.additionalProperties).toBe(false);
    expect(schema.$defs.PackPattern.allOf).toHaveLength(2);
    expect(schema.$defs.PackPattern.required).toEqual(expect.arrayContaining(['id', 'kind', 'severity', 'source']));
  });
});
