// Pattern pack format, schema version 1: valibot schemas, the types inferred from them, and the cross-field rules.
// docs/pack.schema.json is generated from `PackObjectSchema` (scripts/gen-pack-schema.ts); the rules that JSON Schema
// cannot say (unique ids, references, kind-dependent fields, trimmed lengths) live in `crossCheckPack` and
// `checkPatternFields`, which the full `PackSchema` runs through valibot `rawCheck` actions.
//
// Error messages given to valibot here are fragments ("expected …"); lib/pack/validate.ts turns each issue into a
// full sentence naming the pattern or context entry. No browser-extension or Node API: this runs everywhere.
import * as v from 'valibot';
import { foldedText } from '../text/fold';
import { isBalancedSelector } from './selector-text';
import { CATEGORIES, LANGS, SEVERITIES, type Lang } from '../types';

// ---------------------------------------------------------------------------------------------------------------
// Limits

export const PACK_SCHEMA_VERSION = 1;
export const MAX_PATTERNS = 200_000;
export const MAX_CONTEXTS = 20_000;
export const MAX_TERMS = 8;
export const MIN_TERMS = 2;
/** Exclusions a pattern may list: an outlet's name needs the words of news, research and teaching in three languages. */
export const MAX_UNLESS = 64;
/** Most words a phrase pattern's `onlyAfter` lists. */
export const MAX_ONLY_AFTER = 32;
/**
 * Other spellings a pattern may list for its phrase or terms, in all: enough for an `all` pattern whose terms are
 * word lists (the forms of "close", of "ten" and of the campaign's targets in three languages, dialects included).
 */
export const MAX_VARIANTS = 128;
export const MIN_TERM_LENGTH = 2;
export const MAX_TERM_LENGTH = 200;
export const MAX_WITHIN = 200;
export const MAX_CLAIM_LENGTH = 140;
export const MAX_SELECTOR_LENGTH = 300;
export const MAX_SOURCES = 50;
export const MAX_KNOWN_BULLETS = 20;
/** Longest note on a pattern (why it is there, where it was seen: the author's, never shown beside a post). */
export const MAX_PATTERN_NOTE_LENGTH = 1000;

export const PATTERN_KINDS = ['phrase', 'all'] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];
export const PATTERN_LANGS = [...LANGS, 'any'] as const;
export type PatternLang = Lang | 'any';
export const SITE_PROFILE_SITES = ['x', 'facebook'] as const;

/** Keys refused anywhere in a pack file, whatever the object: they are prototype-pollution vectors. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

// ---------------------------------------------------------------------------------------------------------------
// Regular expressions (exported for the CLI and tests)

/* eslint-disable no-control-regex -- several of these exist to find control characters */

export const PACK_ID_RE = /^[a-z0-9][a-z0-9.-]{2,63}$/;
/** Ids of patterns and context entries. */
export const ENTRY_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** Ids of report destinations from the extension's reviewed list: never a URL. */
export const DESTINATION_ID_RE = /^[a-z][a-z0-9-]{1,63}$/;
/** Publisher key id: first 16 hex digits of the SHA-256 of the raw Ed25519 public key. */
export const KEY_ID_RE = /^[0-9a-f]{16}$/;
export const SEMVER_RE = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;
/** ISO 8601 calendar date, optionally with a time and a zone: 2016-02-24 or 2016-02-24T10:00:00Z. */
export const ISO_DATE_RE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;
/** https address with an ASCII host name (IDN in punycode), no credentials, no spaces. */
export const HTTPS_URL_RE = /^https:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::\d{1,5})?(?:[/?#][^\s\u0000-\u001F\u007F]*)?$/;
/** One-line text: no C0/C1 control characters, no bidi embeddings, overrides or isolates. */
export const LINE_TEXT_RE = /^[^\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/;
/** Text that may hold line breaks (\n only). */
export const MULTILINE_TEXT_RE = /^[^\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/;
/** A CSS selector as data: no blocks, no markup. Syntax is checked later, by the site adapter. */
export const SELECTOR_RE = /^[^{}<\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]+$/;
export const SELECTOR_KEY_RE = /^[a-z][A-Za-z0-9-]{0,39}$/;

const LONE_SURROGATE_RE = /[\uD800-\uDFFF]/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/gu;
const BAD_CHAR_RE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const BAD_CHAR_MULTILINE_RE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/* eslint-enable no-control-regex */

/** Length in code points of a term once folded the way the matcher folds it. */
function foldedLength(s: string): number {
  const folded = foldedText(s);
  let n = 0;
  for (let i = 0; i < folded.length && n < 2; i++, n++) {
    const c = folded.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return n;
}

function hex(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
}

function badCharMessage(multiline: boolean) {
  return (issue: v.BaseIssue<unknown>): string => {
    const s = typeof issue.input === 'string' ? issue.input : '';
    const m = (multiline ? BAD_CHAR_MULTILINE_RE : BAD_CHAR_RE).exec(s);
    if (!m) return 'expected no control characters';
    const code = m[0].charCodeAt(0);
    const what = code >= 0x202a ? 'bidirectional control character' : 'control character';
    return `expected no control characters, but found the ${what} ${hex(code)} at character ${m.index + 1}`;
  };
}

function isIsoDate(s: string): boolean {
  // The regex fixes the shape; this refuses impossible days such as 2016-02-30.
  const y = Number(s.slice(0, 4));
  const mo = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[mo - 1] ?? 0);
}

// Packs repeat the same few source addresses thousands of times: remember recent answers.
const urlVerdicts = new Map<string, boolean>();

/** Invisible and direction-changing characters: an address holding one can be made to read as another. */
const INVISIBLE_IN_URL_RE = /[\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;

function isHttpsUrl(s: string): boolean {
  const known = urlVerdicts.get(s);
  if (known !== undefined) return known;
  let ok: boolean;
  if (INVISIBLE_IN_URL_RE.test(s)) return false;
  try {
    const u = new URL(s);
    ok = u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
  } catch {
    ok = false;
  }
  if (urlVerdicts.size >= 1000) urlVerdicts.clear();
  urlVerdicts.set(s, ok);
  return ok;
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

const wellFormed = v.check<string, string>(
  (s) => !LONE_SURROGATE_RE.test(s),
  'expected well-formed Unicode text; found a lone surrogate (broken character)',
);

/** One-line text of 1..max characters. */
function lineText(max: number) {
  return v.pipe(
    v.string(),
    v.minLength(1, 'expected at least 1 character'),
    v.maxLength(max, `expected at most ${max} characters`),
    v.regex(LINE_TEXT_RE, badCharMessage(false)),
    wellFormed,
  );
}

/** Text that may hold line breaks, 1..max characters. */
function multilineText(max: number) {
  return v.pipe(
    v.string(),
    v.minLength(1, 'expected at least 1 character'),
    v.maxLength(max, `expected at most ${max} characters`),
    v.regex(MULTILINE_TEXT_RE, badCharMessage(true)),
    wellFormed,
  );
}

/** A phrase, a term of an `all` pattern, or an exclusion: 2..200 characters once trimmed. */
const TermSchema = v.pipe(
  v.string(),
  v.minLength(MIN_TERM_LENGTH, `expected ${MIN_TERM_LENGTH} to ${MAX_TERM_LENGTH} characters`),
  v.maxLength(MAX_TERM_LENGTH, `expected ${MIN_TERM_LENGTH} to ${MAX_TERM_LENGTH} characters`),
  v.regex(LINE_TEXT_RE, badCharMessage(false)),
  wellFormed,
  v.check(
    (s) => s.trim().length >= MIN_TERM_LENGTH,
    `expected ${MIN_TERM_LENGTH} to ${MAX_TERM_LENGTH} characters once leading and trailing spaces are removed`,
  ),
  v.check(
    (s) => (s.match(LETTER_OR_DIGIT_RE)?.length ?? 0) >= 2,
    'expected at least two letters or digits (punctuation and symbols are ignored when matching)',
  ),
  // The matcher folds terms (lib/text/fold.ts) and leaves out any that fold to fewer than two characters ("aaa",
  // "a a a" and "I.I.I" fold to one letter and would match far too much): refuse them here, with a reason,
  // instead of storing a pattern that silently never fires.
  v.check(
    (s) => foldedLength(s) >= 2,
    (issue) => {
      const input = typeof issue.input === 'string' ? issue.input : '';
      return `expected a phrase that keeps at least two characters once folded for matching (case, accents, repeated letters and spacing are ignored), but it folds to ${JSON.stringify(foldedText(input))}`;
    },
  ),
  v.description(`A phrase matched after folding (case, accents, lookalike letters, spacing). ${MIN_TERM_LENGTH}–${MAX_TERM_LENGTH} characters once trimmed.`),
);

const EntryIdSchema = v.pipe(
  v.string(),
  v.regex(ENTRY_ID_RE, 'expected 1 to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or a digit'),
);

export const HttpsUrlSchema = v.pipe(
  v.string(),
  v.maxLength(2048, 'expected an address of at most 2048 characters'),
  v.regex(HTTPS_URL_RE, 'expected an https:// address with a plain host name, without spaces or credentials'),
  v.check(isHttpsUrl, 'expected an https:// address'),
  v.metadata({ format: 'uri' }),
);

export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(ISO_DATE_RE, 'expected an ISO 8601 date such as 2016-02-24 (a time such as 2016-02-24T10:00:00Z is also accepted)'),
  v.check(isIsoDate, 'expected a date that exists in the calendar'),
);

function langMap<S extends v.GenericSchema>(value: S, what: string) {
  const entries = Object.fromEntries(LANGS.map((l) => [l, v.optional(value)])) as {
    [K in Lang]: v.OptionalSchema<S, undefined>;
  };
  return v.pipe(
    v.strictObject(entries),
    v.minEntries(1, `expected ${what} in at least one language (${LANGS.join(', ')})`),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Context entries (schema.org ClaimReview where it fits)

export const SourceSchema = v.strictObject({
  title: lineText(300),
  publisher: lineText(120),
  url: HttpsUrlSchema,
  datePublished: v.optional(IsoDateSchema),
});

export const ContextEntrySchema = v.pipe(
  v.strictObject({
    id: EntryIdSchema,
    '@type': v.optional(v.literal('ClaimReview', 'expected "ClaimReview"')),
    claimReviewed: lineText(MAX_CLAIM_LENGTH),
    /** The claim reviewed in each language of the pack (claimReviewed is the ClaimReview's own, in one language). */
    claim: v.optional(langMap(lineText(MAX_CLAIM_LENGTH), 'a claim')),
    reviewRating: v.strictObject({
      alternateName: lineText(120),
      ratingExplanation: v.optional(multilineText(1000)),
    }),
    verdictLabel: v.optional(langMap(lineText(120), 'a verdict label')),
    /** reviewRating.ratingExplanation in each language of the pack. */
    explanation: v.optional(langMap(multilineText(1000), 'an explanation')),
    author: v.strictObject({ name: lineText(120), url: v.optional(HttpsUrlSchema) }),
    datePublished: IsoDateSchema,
    url: HttpsUrlSchema,
    itemReviewed: v.optional(
      v.strictObject({
        author: v.optional(v.strictObject({ name: lineText(200) })),
        datePublished: v.optional(IsoDateSchema),
        appearance: v.optional(lineText(300)),
      }),
    ),
    summary: langMap(multilineText(4000), 'a summary'),
    known: v.optional(
      langMap(
        v.pipe(
          v.array(lineText(500)),
          v.minLength(1, 'expected at least one bullet'),
          v.maxLength(MAX_KNOWN_BULLETS, `expected at most ${MAX_KNOWN_BULLETS} bullets`),
        ),
        'a list of what is known',
      ),
    ),
    sources: v.pipe(
      v.array(SourceSchema),
      v.minLength(1, 'expected at least one source'),
      v.maxLength(MAX_SOURCES, `expected at most ${MAX_SOURCES} sources`),
    ),
    reportDestinations: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            v.string(),
            v.regex(
              DESTINATION_ID_RE,
              'expected the id of a report destination from the list shipped with Firebreak, such as "fr-pharos" (never an address)',
            ),
          ),
        ),
        v.maxLength(20, 'expected at most 20 destinations'),
      ),
    ),
  }),
  v.description('Context shown next to a matched post: a ClaimReview-like fact-check entry with localised summaries.'),
);

// ---------------------------------------------------------------------------------------------------------------
// Patterns

export const PatternSourceSchema = v.strictObject({
  publisher: lineText(120),
  url: HttpsUrlSchema,
  datePublished: v.optional(IsoDateSchema),
});

export const PackPatternObjectSchema = v.strictObject({
  id: EntryIdSchema,
  name: lineText(120),
  kind: v.picklist(PATTERN_KINDS, `expected one of ${PATTERN_KINDS.join(', ')}`),
  text: v.optional(TermSchema),
  terms: v.optional(
    v.pipe(
      v.array(TermSchema),
      v.minLength(MIN_TERMS, `expected ${MIN_TERMS} to ${MAX_TERMS} terms`),
      v.maxLength(MAX_TERMS, `expected ${MIN_TERMS} to ${MAX_TERMS} terms`),
    ),
  ),
  within: v.optional(
    v.pipe(
      v.number(),
      v.integer(`expected a whole number from 1 to ${MAX_WITHIN}`),
      v.minValue(1, `expected a whole number from 1 to ${MAX_WITHIN}`),
      v.maxValue(MAX_WITHIN, `expected a whole number from 1 to ${MAX_WITHIN}`),
      v.description('For kind "all": the starts of the first and last terms are at most this many words apart (adjacent words: 1).'),
    ),
  ),
  unless: v.optional(
    v.pipe(
      v.array(TermSchema),
      v.maxLength(MAX_UNLESS, `expected at most ${MAX_UNLESS} exclusion phrases`),
      v.description('The pattern does not fire on a post that contains any of these phrases.'),
    ),
  ),
  quotedTerm: v.optional(
    v.pipe(
      TermSchema,
      v.description(
        'The phrase, or one of the terms, whose words written inside quotation marks excuse the post: news, ' +
          'fact-checks and solidarity posts quote a threat (« on connaît vos noms »), those who make it do not.',
      ),
    ),
  ),
  onlyAfter: v.optional(
    v.pipe(
      v.array(v.pipe(TermSchema, v.description('One word (one once folded for matching: no space, hyphen or apostrophe).'))),
      v.maxLength(MAX_ONLY_AFTER, `expected at most ${MAX_ONLY_AFTER} words`),
      v.description(
        'For kind "phrase": the phrase counts only where it opens a clause (at the start of the post or of a line, ' +
          'after punctuation, an emoji, a hashtag sign, a mention, a hashtag or a capital initial) or right after one ' +
          'of these words, with spaces only between. ' +
          'A slogan said of another subject ("البطالة باقية وتتمدد", unemployment is remaining and expanding) is a ' +
          'joke on it; list the subjects its supporters give it ("الدولة").',
      ),
    ),
  ),
  variants: v.optional(
    v.pipe(
      v.record(v.string(), v.pipe(v.array(TermSchema), v.minLength(1, 'expected at least one other spelling'))),
      v.check(
        (r) => Object.values(r).reduce((n, list) => n + list.length, 0) <= MAX_VARIANTS,
        `expected at most ${MAX_VARIANTS} other spellings in all`,
      ),
      v.description(
        'Other spellings of the phrase or of a term, keyed by the phrase or term as written in "text" or "terms" ' +
          '(an Arabic word with a prefix such as لـ or الـ, a common misspelling): any one found counts as that term.',
      ),
    ),
  ),
  lang: v.picklist(PATTERN_LANGS, `expected one of ${PATTERN_LANGS.join(', ')}`),
  category: v.picklist(CATEGORIES, `expected one of ${CATEGORIES.join(', ')}`),
  severity: v.picklist(SEVERITIES, `expected one of ${SEVERITIES.join(', ')}`),
  context: v.optional(v.nullable(EntryIdSchema)),
  source: PatternSourceSchema,
  note: v.optional(
    v.pipe(
      multilineText(MAX_PATTERN_NOTE_LENGTH),
      v.description('The author’s note: why the pattern is there, where it was seen. Kept with the pattern, never shown beside a post.'),
    ),
  ),
});

type PatternIssueReport = (key: string, message: string) => void;

/** Rules between a pattern's fields; `p` may be partly invalid (it runs even when other fields failed). */
export function checkPatternFields(p: unknown, report: PatternIssueReport): void {
  if (!p || typeof p !== 'object' || Array.isArray(p)) return;
  const o = p as Record<string, unknown>;
  if (o.kind === 'phrase') {
    if (o.text === undefined) report('text', 'has kind "phrase" but no "text"; a phrase pattern needs the phrase to find');
    if (o.terms !== undefined) report('terms', 'has kind "phrase" and a "terms" list; use "text" for a phrase, or kind "all" for terms');
    if (o.within !== undefined) report('within', 'has "within", which only applies to kind "all"');
  } else if (o.kind === 'all') {
    if (o.terms === undefined) report('terms', `has kind "all" but no "terms"; list ${MIN_TERMS} to ${MAX_TERMS} terms that must all occur`);
    if (o.text !== undefined) report('text', 'has kind "all" and a "text"; put every term in "terms" instead');
    if (Array.isArray(o.terms) && o.terms.length >= MIN_TERMS && o.terms.every((t) => typeof t === 'string')) {
      // The matcher compares folded terms: "Amaq" and "AMAQ" are one term, and an "all" pattern needs two.
      const folded = new Set((o.terms as string[]).map((t) => foldedText(t)));
      if (folded.size < 2) {
        report('terms', `has terms that are all the same once folded for matching (${JSON.stringify([...folded][0] ?? '')}); an "all" pattern needs at least two different terms`);
      }
    }
  }
  checkVariants(o, report);
  if (o.onlyAfter !== undefined && o.kind !== 'phrase')
    report('onlyAfter', 'has "onlyAfter", which only applies to kind "phrase" (where its phrase may stand)');
  if (Array.isArray(o.onlyAfter)) {
    // One word as the matcher reads it: folded ("al-dawla" and "c'est" are two).
    const bad = o.onlyAfter.find((w) => typeof w === 'string' && /\s/.test(foldedText(w)));
    if (bad !== undefined) report('onlyAfter', `lists ${JSON.stringify(bad)}, which is more than one word; list the single words that may stand right before the phrase`);
  }
  if (typeof o.quotedTerm === 'string') {
    const own = o.kind === 'phrase' ? [o.text] : Array.isArray(o.terms) ? o.terms : [];
    if (!own.includes(o.quotedTerm))
      report('quotedTerm', `names ${JSON.stringify(o.quotedTerm)}, which is not this pattern's ${o.kind === 'phrase' ? '"text"' : 'terms'}; name the phrase or term whose quoting excuses a post, written exactly as there`);
  }
}

/** Each key of "variants" names the phrase or one of the terms, and no spelling stands for two terms. */
function checkVariants(o: Record<string, unknown>, report: PatternIssueReport): void {
  const variants = o.variants;
  if (!variants || typeof variants !== 'object') return;
  const own: string[] = o.kind === 'phrase' ? [o.text] : Array.isArray(o.terms) ? o.terms : [];
  const names = own.filter((t): t is string => typeof t === 'string');
  // A list where an object belongs reaches here as an object keyed "0", "1", … (the record schema reads it so).
  const keys = Object.keys(variants);
  if (Array.isArray(variants) || (keys.length > 0 && keys.every((k, i) => k === String(i) && !names.includes(k)))) {
    report('variants', 'is a list; expected an object that names the phrase or each term and lists its other spellings, such as {"the term": ["another spelling"]}');
    return;
  }
  const exclusions = Array.isArray(o.unless) ? o.unless.filter((u): u is string => typeof u === 'string').map((u) => foldedText(u)) : [];
  const owner = new Map<string, string>();
  for (const t of names) owner.set(foldedText(t), t);
  for (const [key, list] of Object.entries(variants as Record<string, unknown>)) {
    if (!names.includes(key)) {
      const sameNfc = names.some((n) => n.normalize('NFC') === key.normalize('NFC'));
      report(
        'variants',
        sameNfc
          ? `names ${JSON.stringify(key)}, which looks like one of this pattern's ${o.kind === 'phrase' ? 'phrase' : 'terms'} but is written with other Unicode code points (composed and decomposed accents); copy the key from "text" or "terms"`
          : `names ${JSON.stringify(key)}, which is not this pattern's ${o.kind === 'phrase' ? '"text"' : 'terms'}; key each list of other spellings by the phrase or term it stands for, written exactly as there`,
      );
      continue;
    }
    if (!Array.isArray(list)) continue;
    for (const alt of list) {
      if (typeof alt !== 'string') continue;
      const f = foldedText(alt);
      const excluded = exclusions.find((u) => u !== '' && ` ${f} `.includes(` ${u} `));
      if (excluded !== undefined) {
        report('variants', `gives ${JSON.stringify(alt)} as a spelling of ${JSON.stringify(key)}, but it holds the exclusion ${JSON.stringify(excluded)} of "unless": the pattern could never fire on it`);
        continue;
      }
      const was = owner.get(f);
      if (was !== undefined && foldedText(was) !== foldedText(key)) {
        report('variants', `gives ${JSON.stringify(alt)} as a spelling of ${JSON.stringify(key)}, but it reads like ${JSON.stringify(was)} once folded for matching; a spelling can stand for one term only`);
      } else owner.set(f, key);
    }
  }
}

export const PackPatternSchema = v.pipe(
  PackPatternObjectSchema,
  v.rawCheck(({ dataset, addIssue }) => {
    checkPatternFields(dataset.value, (key, message) =>
      addIssue({
        message,
        path: [{ type: 'object', origin: 'value', input: dataset.value as Record<string, unknown>, key, value: undefined }],
      }),
    );
  }),
  v.description('A pattern: a phrase, or terms that must all occur, with an optional window and exclusions.'),
);

// ---------------------------------------------------------------------------------------------------------------
// Site profiles: selector tables as data

export const SiteProfileSchema = v.strictObject({
  version: v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(1, 'expected a whole number of at least 1')),
  selectors: v.pipe(
    v.record(
      v.pipe(v.string(), v.regex(SELECTOR_KEY_RE, 'expected a selector name such as "post", "text" or "permalink"')),
      v.pipe(
        v.array(
          v.pipe(
            v.string(),
            v.minLength(1, 'expected a selector'),
            v.maxLength(MAX_SELECTOR_LENGTH, `expected a selector of at most ${MAX_SELECTOR_LENGTH} characters`),
            v.regex(SELECTOR_RE, 'expected a CSS selector without "{", "}", "<" or control characters'),
            v.check(isBalancedSelector, 'expected a CSS selector whose brackets and quotes close where they open'),
            wellFormed,
          ),
        ),
        v.minLength(1, 'expected at least one selector'),
        v.maxLength(32, 'expected at most 32 selectors'),
      ),
    ),
    v.maxEntries(64, 'expected at most 64 selector names'),
  ),
});

// ---------------------------------------------------------------------------------------------------------------
// The pack

const languagesSchema = v.pipe(
  v.array(v.picklist(LANGS, `expected one of ${LANGS.join(', ')}`)),
  v.minLength(1, 'expected at least one language'),
  v.check((a) => new Set(a).size === a.length, 'expected each language once'),
  v.metadata({ uniqueItems: true }),
);

const packEntries = {
  schemaVersion: v.literal(PACK_SCHEMA_VERSION, `expected ${PACK_SCHEMA_VERSION}, the only pack schema version this version of Firebreak reads`),
  id: v.pipe(
    v.string(),
    v.regex(PACK_ID_RE, 'expected 3 to 64 lower-case letters, digits, "." or "-", starting with a letter or a digit (such as "org.example.pack")'),
  ),
  name: lineText(120),
  version: v.pipe(v.string(), v.regex(SEMVER_RE, 'expected a version such as 1.2.0 (three numbers separated by dots)')),
  publisher: v.strictObject({
    name: lineText(120),
    url: v.optional(HttpsUrlSchema),
    keyId: v.optional(v.pipe(v.string(), v.regex(KEY_ID_RE, 'expected 16 lower-case hexadecimal digits'))),
  }),
  description: v.optional(multilineText(2000)),
  languages: languagesSchema,
  updated: IsoDateSchema,
  homepage: v.optional(HttpsUrlSchema),
  contexts: v.pipe(v.array(ContextEntrySchema), v.maxLength(MAX_CONTEXTS, `expected at most ${MAX_CONTEXTS} context entries`)),
  patterns: v.pipe(v.array(PackPatternSchema), v.maxLength(MAX_PATTERNS, `expected at most ${MAX_PATTERNS} patterns`)),
  siteProfiles: v.optional(
    v.strictObject({
      x: v.optional(SiteProfileSchema),
      facebook: v.optional(SiteProfileSchema),
    }),
  ),
};

/** The pack object without the cross-field rules: the source of docs/pack.schema.json. */
export const PackObjectSchema = v.pipe(
  v.strictObject(packEntries),
  v.title('Firebreak pattern pack'),
  v.description(
    'A Firebreak pattern pack (schema version 1). Rules not expressed here: pattern and context ids are unique; ' +
      'every pattern "context" names a context entry of the same pack; kind "phrase" needs "text", kind "all" needs ' +
      '"terms"; "within" only with kind "all"; texts and terms count 2 to 200 characters once trimmed; keys named ' +
      '__proto__, constructor or prototype are refused anywhere.',
  ),
);

/** The same pack with `patterns` unchecked: lib/pack/validate.ts checks patterns one by one to bound memory. */
export const PackEnvelopeSchema = v.strictObject({
  ...packEntries,
  patterns: v.pipe(v.array(v.unknown()), v.maxLength(MAX_PATTERNS, `expected at most ${MAX_PATTERNS} patterns`)),
});

export type PathKey = string | number;
/** A cross-field error: where, the English predicate about the entry, and the problem when it is a common one. */
export type CrossCheckReport = (path: PathKey[], message: string, problem?: { code: 'duplicate_id' | 'unknown_context'; id: string }) => void;

/**
 * Rules across the pack: unique pattern ids, unique context ids, every pattern's context defined.
 * `pack` may be partly invalid; anything not of the expected shape is skipped (its own error is reported elsewhere).
 */
export function crossCheckPack(pack: unknown, report: CrossCheckReport): void {
  if (!pack || typeof pack !== 'object' || Array.isArray(pack)) return;
  const o = pack as Record<string, unknown>;
  const contextIds = new Set<string>();
  // valibot's object schemas take a list for an object; where every field is optional, [] would pass as {}.
  if (Array.isArray(o.siteProfiles)) report(['siteProfiles'], 'has siteProfiles as a list; expected an object');
  else if (o.siteProfiles && typeof o.siteProfiles === 'object') {
    for (const [site, profile] of Object.entries(o.siteProfiles)) {
      if (profile && typeof profile === 'object' && Array.isArray((profile as Record<string, unknown>).selectors)) {
        report(['siteProfiles', site, 'selectors'], 'has selectors as a list; expected an object');
      }
    }
  }
  if (Array.isArray(o.contexts)) {
    const first = new Map<string, number>();
    o.contexts.forEach((c: unknown, i) => {
      if (c && typeof c === 'object' && Array.isArray((c as Record<string, unknown>).itemReviewed)) {
        report(['contexts', i, 'itemReviewed'], 'has itemReviewed as a list; expected an object');
      }
      const id = c && typeof c === 'object' ? (c as Record<string, unknown>).id : undefined;
      if (typeof id !== 'string') return;
      const prev = first.get(id);
      if (prev !== undefined) report(['contexts', i, 'id'], `has the id "${id}", already used by context entry ${prev + 1}; context ids must be unique`, { code: 'duplicate_id', id: id.slice(0, 60) });
      else first.set(id, i);
      contextIds.add(id);
    });
  }
  if (Array.isArray(o.patterns)) {
    const first = new Map<string, number>();
    o.patterns.forEach((p: unknown, i) => {
      if (!p || typeof p !== 'object') return;
      const po = p as Record<string, unknown>;
      if (typeof po.id === 'string') {
        const prev = first.get(po.id);
        if (prev !== undefined) {
          report(['patterns', i, 'id'], `has the id "${po.id}", already used by pattern ${prev + 1}; pattern ids must be unique`, { code: 'duplicate_id', id: po.id.slice(0, 60) });
        }
        else first.set(po.id, i);
      }
      if (typeof po.context === 'string' && ENTRY_ID_RE.test(po.context) && !contextIds.has(po.context)) {
        report(['patterns', i, 'context'], `refers to the context "${po.context}", which is not among this pack's context entries`, { code: 'unknown_context', id: po.context });
      }
    });
  }
}

function pathItems(input: unknown, path: PathKey[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let cur: unknown = input;
  const items = path.map((key) => {
    const parent = cur;
    const value = parent && typeof parent === 'object' ? (parent as Record<PathKey, unknown>)[key] : undefined;
    cur = value;
    return typeof key === 'number'
      ? ({ type: 'array', origin: 'value', input: parent as unknown[], key, value } as const)
      : ({ type: 'object', origin: 'value', input: parent as Record<string, unknown>, key, value } as const);
  });
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/** The pack with its cross-field rules. */
export const PackShapeSchema = v.pipe(
  PackObjectSchema,
  v.rawCheck(({ dataset, addIssue }) => {
    crossCheckPack(dataset.value, (path, message) => addIssue({ message, path: pathItems(dataset.value, path) }));
  }),
);

/** Finds own keys named __proto__, constructor or prototype anywhere in a parsed JSON value (iteratively). */
export function findForbiddenKeys(root: unknown, limit = 20): PathKey[][] {
  const found: PathKey[][] = [];
  // Frames link to their parent instead of copying paths: the walk visits every object of a large pack.
  type Frame = { value: object; parent: Frame | null; key: PathKey };
  const pathOf = (frame: Frame | null, last: PathKey): PathKey[] => {
    const path: PathKey[] = [last];
    for (let f = frame; f && f.parent !== null; f = f.parent) path.unshift(f.key);
    return path;
  };
  if (!root || typeof root !== 'object') return found;
  const stack: Frame[] = [{ value: root, parent: null, key: '' }];
  while (stack.length > 0 && found.length < limit) {
    const frame = stack.pop() as Frame;
    const value = frame.value;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (item && typeof item === 'object') stack.push({ value: item, parent: frame, key: i });
      }
      continue;
    }
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        found.push(pathOf(frame, key));
        if (found.length >= limit) break;
        continue;
      }
      const item = (value as Record<string, unknown>)[key];
      if (item && typeof item === 'object') stack.push({ value: item, parent: frame, key });
    }
  }
  return found;
}

/** The complete pack schema: forbidden keys first, then the shape, then the cross-field rules. */
export const PackSchema = v.pipe(
  v.unknown(),
  v.rawCheck(({ dataset, addIssue }) => {
    for (const path of findForbiddenKeys(dataset.value)) {
      addIssue({
        message: `has a key named "${String(path[path.length - 1])}"; keys named ${FORBIDDEN_KEYS.join(', ')} are refused`,
        path: pathItems(dataset.value, path),
      });
    }
  }),
  PackShapeSchema,
);

// ---------------------------------------------------------------------------------------------------------------
// Types

export type Pack = v.InferOutput<typeof PackObjectSchema>;
export type PackPattern = v.InferOutput<typeof PackPatternObjectSchema>;
export type ContextEntry = v.InferOutput<typeof ContextEntrySchema>;
export type PackSource = v.InferOutput<typeof SourceSchema>;
export type PatternSource = v.InferOutput<typeof PatternSourceSchema>;
export type SiteProfile = v.InferOutput<typeof SiteProfileSchema>;
export type LocalisedText = Partial<Record<Lang, string>>;
