// Reads a pack file (text, bytes or an already-parsed value) and validates it whole: any error refuses the pack.
// Every error names where it is (a JSON pointer, and a line and column when the source text is known) and says in a
// full sentence what is wrong and what was expected. Runs in the browser and in Node (no node: imports).
import * as v from 'valibot';
import {
  FORBIDDEN_KEYS,
  MAX_CONTEXTS,
  MAX_PATTERNS,
  PackEnvelopeSchema,
  PackPatternSchema,
  crossCheckPack,
  findForbiddenKeys,
  type Pack,
  type PackPattern,
  type PathKey,
} from './schema';
import { findJsonSyntaxError, lineColumnAt, locatePointers, toPointer } from './json-locate';
import { MAX_PACK_BYTES } from './limits';

export interface PackError {
  /** JSON pointer of the faulty value, e.g. "/patterns/12/severity"; "" for the whole file. */
  path: string;
  /**
   * A full sentence, e.g. 'Pattern 13 ("sca-threat-fr") has severity "urgent"; expected one of high, medium, low.'
   * Patterns and context entries are numbered from 1 in sentences, as lines are (the path stays 0-based).
   */
  message: string;
  /** 1-based line in the source text, when the input was text or bytes. */
  line?: number;
  /** 1-based column (UTF-16 code units). */
  column?: number;
  /**
   * For the errors about the file as a whole, what the message says, so that an interface can say it in its own
   * language (`message` stays the English sentence): see PackErrorCode.
   */
  code?: PackErrorCode;
  /** The figures and the parser's own (English) detail that go with `code`. */
  params?: Record<string, string | number>;
  /** Where the error is, so that an interface can name the place in its own language. */
  place?: PackErrorPlace;
  /** What is wrong there, for the common mistakes (absent: only `message` says it, in English). */
  problem?: PackProblem;
}

/** The entry an error is in (`index` and `id` for a pattern or a context entry) and the field inside it. */
export interface PackErrorPlace {
  kind: 'pattern' | 'context' | 'siteProfile' | 'pack';
  /** 0-based, as in the path (an interface numbers entries from 1). */
  index?: number;
  id?: string;
  site?: string;
  /** "severity", "source.url", "terms[2]"; "" for the entry itself. */
  field: string;
}

/** The common mistakes, with what an interface needs to word them (`message` says the same in English). */
export type PackProblem =
  | { code: 'missing_field' }
  | { code: 'unknown_field' }
  | { code: 'wrong_type'; expected: 'text' | 'number' | 'boolean' | 'list' | 'object' }
  | { code: 'not_one_of'; value: string; options: string[] }
  | { code: 'too_long' | 'too_short'; limit: number; unit: 'characters' | 'items' }
  | { code: 'duplicate_id'; id: string }
  | { code: 'unknown_context'; id: string }
  /** A key named __proto__, constructor or prototype (FORBIDDEN_KEYS), refused anywhere in a pack. */
  | { code: 'forbidden_key'; key: string };

/**
 * json_syntax: the file is not JSON (params.detail: where the parser stopped, in English; params.reason: its kind
 * when it is a common one, a JsonSyntaxReason; line and column are set when known); too_many_patterns /
 * too_many_contexts: params.count and params.max; more_errors: only the first params.count errors are listed;
 * older_version (set by the background, not the validator): the file holds version params.got of a pack whose
 * newer version params.have is installed; staged_missing (set by the background): the file the page staged for it
 * (lib/store/staging.ts) is gone, and the page should send its text.
 */
export type PackErrorCode = 'json_syntax' | 'too_many_patterns' | 'too_many_contexts' | 'more_errors' | 'older_version' | 'staged_missing';

export type ParsePackResult = { ok: true; pack: Pack; warnings: string[] } | { ok: false; errors: PackError[] };

export interface ParsePackOptions {
  /** Inputs larger than this many bytes (UTF-8) are refused before parsing. Default MAX_PACK_BYTES. */
  maxBytes?: number;
  /** At most this many errors are listed (then one line saying more were left out). Default 100. */
  maxErrors?: number;
  /** Report destination ids this build knows; others give a warning (they are ignored when reporting). */
  knownDestinations?: readonly string[];
}

export const DEFAULT_MAX_BYTES = MAX_PACK_BYTES;
export const DEFAULT_MAX_ERRORS = 100;
/** The destination ids of the reviewed list shipped with the extension (lib/report owns the list itself). */
export const DEFAULT_DESTINATION_IDS: readonly string[] = [
  'platform',
  'fr-pharos',
  'uk-report-terrorism',
  'us-fbi-tips',
  'au-esafety',
  'de-respect',
  'es-stop-radicalismos',
  'ca-rcmp-nsin',
  'be-police',
];

// ---------------------------------------------------------------------------------------------------------------
// Describing values and places

function plural(n: number, one: string, many = one + 's'): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} kB`;
  return plural(n, 'byte');
}

function quote(s: string, max = 60): string {
  const cut = s.length > max ? s.slice(0, max) + '…' : s;
  return JSON.stringify(cut);
}

function show(value: unknown, withLength = false): string {
  if (typeof value === 'string') return withLength ? `${quote(value)} (${plural(value.length, 'character')})` : quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${plural(value.length, 'item')}`;
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 'an empty object' : 'an object';
  return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text (a JSON string)',
  number: 'a number',
  boolean: 'true or false',
  Object: 'an object',
  Array: 'a list',
  unknown: 'a value',
};

/** Issue types that mean "wrong JSON type" (as opposed to a wrong value of the right type). */
const TYPE_ISSUES = new Set(['string', 'number', 'boolean', 'array', 'object', 'strict_object', 'record']);

function get(root: unknown, path: readonly PathKey[]): unknown {
  let cur = root;
  for (const key of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<PathKey, unknown>)[key];
  }
  return cur;
}

interface Place {
  subject: string;
  /** Path relative to the subject ("source.url", "terms[2]"); "" for the subject itself. */
  field: string;
  at: PackErrorPlace;
}

function fieldPath(rest: readonly PathKey[]): string {
  return rest.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function entryId(entry: unknown): string | undefined {
  const id = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id.slice(0, 41) : undefined;
}

function idSuffix(entry: unknown): string {
  const id = entryId(entry);
  return id !== undefined ? ` (${quote(id, 40)})` : '';
}

function placeOf(path: readonly PathKey[], root: unknown): Place {
  const [k0, k1] = path;
  if ((k0 === 'patterns' || k0 === 'contexts') && typeof k1 === 'number') {
    const list = get(root, [k0]);
    const entry = Array.isArray(list) ? list[k1] : undefined;
    const noun = k0 === 'patterns' ? 'Pattern' : 'Context entry';
    const field = fieldPath(path.slice(2));
    const id = entryId(entry);
    return {
      subject: `${noun} ${k1 + 1}${idSuffix(entry)}`,
      field,
      at: { kind: k0 === 'patterns' ? 'pattern' : 'context', index: k1, ...(id !== undefined ? { id } : {}), field },
    };
  }
  if (k0 === 'siteProfiles' && typeof k1 === 'string' && path.length > 2) {
    const field = fieldPath(path.slice(2));
    return { subject: `The site profile for ${quote(k1, 20)}`, field, at: { kind: 'siteProfile', site: k1.slice(0, 20), field } };
  }
  const field = fieldPath(path);
  return { subject: 'The pack', field, at: { kind: 'pack', field } };
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : t + '.';
}

// ---------------------------------------------------------------------------------------------------------------
// Turning valibot issues into errors

interface RawError {
  path: PathKey[];
  message: string;
  code?: PackErrorCode;
  params?: Record<string, string | number>;
  place?: PackErrorPlace;
  problem?: PackProblem;
}

const EXPECTED_TYPE: Record<string, Extract<PackProblem, { code: 'wrong_type' }>['expected']> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  array: 'list',
  object: 'object',
  strict_object: 'object',
  record: 'object',
};

/** The options of a picklist issue ('("high" | "medium" | "low")'), or null when they cannot be read. */
function picklistOptions(expected: string | null | undefined): string[] | null {
  if (!expected) return null;
  const list = expected.startsWith('(') && expected.endsWith(')') ? expected.slice(1, -1) : expected;
  const parts = list.split(' | ').map((x) => x.trim());
  if (!parts.every((x) => /^"[^"]*"$/.test(x))) return null;
  return parts.map((x) => x.slice(1, -1));
}

/** The problem a valibot issue describes, when it is one of the common ones (see PackProblem). */
function problemOf(issue: v.BaseIssue<unknown>, value: unknown): PackProblem | undefined {
  if (TYPE_ISSUES.has(issue.type) && EXPECTED_TYPE[issue.type]) return { code: 'wrong_type', expected: EXPECTED_TYPE[issue.type]! };
  if (issue.type === 'picklist') {
    const options = picklistOptions(issue.expected);
    if (options) return { code: 'not_one_of', value: typeof value === 'string' ? value.slice(0, 60) : show(value), options };
  }
  const req = (issue as { requirement?: unknown }).requirement;
  if ((issue.type === 'max_length' || issue.type === 'min_length') && typeof req === 'number') {
    const unit = Array.isArray(value) ? 'items' : 'characters';
    return { code: issue.type === 'max_length' ? 'too_long' : 'too_short', limit: req, unit };
  }
  return undefined;
}

function issuePath(issue: v.BaseIssue<unknown>, prefix: readonly PathKey[]): PathKey[] {
  const keys = (issue.path ?? []).map((p) => p.key as PathKey);
  return [...prefix, ...keys];
}

/** Turns one valibot issue into a sentence. Returns null for an issue that repeats one already described. */
function describeIssue(issue: v.BaseIssue<unknown>, path: PathKey[], root: unknown, seen: Set<string>): RawError | null {
  const last = issue.path?.[issue.path.length - 1];
  const isKeyIssue = (issue.type === 'strict_object' || issue.type === 'object') && last?.origin === 'key';

  if (isKeyIssue) {
    // Objects given as lists: valibot sees missing fields (and indexes as unknown keys); say it once, plainly.
    const parentPath = path.slice(0, -1);
    const parent = get(root, parentPath);
    if (Array.isArray(parent)) {
      const ptr = toPointer(parentPath);
      if (seen.has(ptr)) return null;
      seen.add(ptr);
      const { subject, field, at } = placeOf(parentPath, root);
      const where = field ? `has ${field} as ${show(parent)}` : `is ${show(parent)}`;
      return { path: parentPath, message: sentence(`${subject} ${where}; expected an object`), place: at, problem: { code: 'wrong_type', expected: 'object' } };
    }
  }

  if (isKeyIssue && issue.expected === 'never') {
    const { subject, field, at } = placeOf(path, root);
    const key = String(path[path.length - 1]);
    if (FORBIDDEN_KEYS.includes(key)) {
      return {
        path,
        message: sentence(`${subject} has a key named "${key}" (at ${field}); keys named ${FORBIDDEN_KEYS.join(', ')} are refused`),
        place: at,
        problem: { code: 'forbidden_key', key },
      };
    }
    return { path, message: sentence(`${subject} has an unknown field "${field}"; remove it or check its spelling`), place: at, problem: { code: 'unknown_field' } };
  }

  if (isKeyIssue) {
    const { subject, field, at } = placeOf(path, root);
    return { path, message: sentence(`${subject} is missing the field "${field}"`), place: at, problem: { code: 'missing_field' } };
  }

  if (last?.origin === 'key') {
    // A key of a record (a selector table) that does not fit: name the key, not its value.
    const { subject, field, at } = placeOf(path.slice(0, -1), root);
    const key = String(path[path.length - 1]);
    const where = field ? ` in ${field}` : '';
    return { path, message: sentence(`${subject} has the key ${quote(key)}${where}; ${issue.message.startsWith('expected') ? issue.message : 'expected another key'}`), place: at };
  }

  const { subject, field, at } = placeOf(path, root);
  const value = get(root, path);
  const lengthy = issue.type === 'min_length' || issue.type === 'max_length' || issue.type === 'length';

  if (issue.type === 'raw_check') {
    // Cross-field rules and forbidden keys: the message is a predicate about the subject.
    return { path, message: sentence(`${subject} ${issue.message}`), place: at };
  }

  let expected: string;
  if (issue.message.startsWith('expected')) expected = issue.message;
  else if (issue.kind === 'schema') expected = `expected ${TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'another value'}`;
  else expected = `expected ${issue.expected ?? 'another value'}`;

  let shown = show(value, lengthy);
  if (TYPE_ISSUES.has(issue.type) && value !== null && value !== undefined && typeof value !== 'object') {
    shown += ` (${typeof value === 'string' ? 'text' : `a ${typeof value}`})`;
  }
  const isContainer = value !== null && typeof value === 'object';
  const what = field ? `has ${field}${isContainer ? ' as' : ''} ${shown}` : `is ${shown}`;
  const problem = problemOf(issue, value);
  return { path, message: sentence(`${subject} ${what}; ${expected}`), place: at, ...(problem ? { problem } : {}) };
}

function collectIssues(
  issues: readonly v.BaseIssue<unknown>[] | undefined,
  prefix: readonly PathKey[],
  root: unknown,
  out: RawError[],
  seen: Set<string>,
): void {
  for (const issue of issues ?? []) {
    const path = issuePath(issue, prefix);
    const ptr = toPointer(path);
    // One error per place: the first failed rule says enough (an address failing three checks is one mistake).
    if (seen.has(ptr)) continue;
    const e = describeIssue(issue, path, root, seen);
    if (e) {
      seen.add(toPointer(e.path));
      out.push(e);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Input handling

function isArrayBuffer(x: unknown): x is ArrayBuffer {
  return Object.prototype.toString.call(x) === '[object ArrayBuffer]';
}

type Decoded = { ok: true; text: string } | { ok: false; error: PackError };

function decodeBytes(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    let offset = 0;
    // Find the first invalid byte for the message (TextDecoder does not say).
    for (let lo = 0, hi = bytes.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
        lo = mid + 1;
        offset = lo;
      } catch {
        hi = mid;
      }
    }
    return {
      ok: false,
      error: { path: '', message: `The file is not valid UTF-8 text: byte ${offset} starts an invalid sequence. Save the pack as UTF-8.` },
    };
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function tooLarge(size: number, max: number): PackError {
  return {
    path: '',
    message: `The file is ${formatBytes(size)}, larger than the ${formatBytes(max)} a pack may be; it was not read.`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Warnings (the pack is accepted, but something is probably not what the author meant)

function collectWarnings(pack: Pack, known: readonly string[], limit: number): string[] {
  const out: string[] = [];
  const push = (s: string): void => {
    if (out.length < limit) out.push(s);
  };
  const used = new Set<string>();
  pack.patterns.forEach((p, i) => {
    if (p.context) used.add(p.context);
    else push(`Pattern ${i + 1} ("${p.id}") has no context entry; the panel will show only its name.`);
    if (p.lang !== 'any' && !pack.languages.includes(p.lang)) {
      push(`Pattern ${i + 1} ("${p.id}") is in ${p.lang}, which is not among the pack's languages (${pack.languages.join(', ')}).`);
    }
  });
  const knownSet = new Set(known);
  pack.contexts.forEach((c, i) => {
    if (!used.has(c.id)) push(`Context entry ${i + 1} ("${c.id}") is not used by any pattern.`);
    for (const lang of pack.languages) {
      if (c.summary[lang] === undefined) {
        push(`Context entry ${i + 1} ("${c.id}") has no summary in ${lang}, one of the pack's languages; another language will be shown.`);
      }
    }
    for (const d of c.reportDestinations ?? []) {
      if (!knownSet.has(d)) push(`Context entry ${i + 1} ("${c.id}") names the report destination "${d}", which this version of Firebreak does not know; it will be ignored.`);
    }
  });
  if (out.length >= limit) out.push('Further warnings were left out.');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// parsePack

/**
 * Parses and validates a pack. `input` is the file's text, its bytes (ArrayBuffer or a typed array), or an
 * already-parsed JSON value (for example a pack read back from storage). Any error refuses the whole pack.
 */
export function parsePack(input: string | ArrayBuffer | ArrayBufferView | unknown, opts: ParsePackOptions = {}): ParsePackResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxErrors = Math.max(1, opts.maxErrors ?? DEFAULT_MAX_ERRORS);

  // 1. Text, size, JSON.
  let text: string | null = null;
  let root: unknown;
  if (typeof input === 'string' || isArrayBuffer(input) || ArrayBuffer.isView(input)) {
    if (typeof input === 'string') {
      // Cheap bounds first: a UTF-16 unit is 1 to 3 UTF-8 bytes.
      if (input.length > maxBytes) return { ok: false, errors: [tooLarge(input.length, maxBytes)] };
      if (input.length * 3 > maxBytes) {
        const size = utf8Length(input);
        if (size > maxBytes) return { ok: false, errors: [tooLarge(size, maxBytes)] };
      }
      text = input;
    } else {
      const bytes = isArrayBuffer(input)
        ? new Uint8Array(input)
        : new Uint8Array((input as ArrayBufferView).buffer, (input as ArrayBufferView).byteOffset, (input as ArrayBufferView).byteLength);
      if (bytes.byteLength > maxBytes) return { ok: false, errors: [tooLarge(bytes.byteLength, maxBytes)] };
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) return { ok: false, errors: [decoded.error] };
      text = decoded.text;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return { ok: false, errors: [{ path: '', message: 'The file is empty; a pack is a JSON object.' }] };
    try {
      root = JSON.parse(text);
    } catch (e) {
      const syntax = findJsonSyntaxError(text);
      if (syntax) {
        const { line, column } = lineColumnAt(text, syntax.offset);
        return {
          ok: false,
          errors: [
            {
              path: '',
              line,
              column,
              message: `The file is not valid JSON: at line ${line}, column ${column}, ${syntax.message}.`,
              code: 'json_syntax',
              params: { detail: syntax.message, ...(syntax.reason ? { reason: syntax.reason } : {}) },
            },
          ],
        };
      }
      const detail = String((e as Error).message);
      return { ok: false, errors: [{ path: '', message: sentence(`The file is not valid JSON: ${detail}`), code: 'json_syntax', params: { detail } }] };
    }
  } else {
    root = input;
  }

  const raw: RawError[] = [];
  const seen = new Set<string>();
  const finish = (truncated: boolean): ParsePackResult => {
    let errors: PackError[] = raw
      .slice(0, maxErrors)
      .map((e) => ({
        path: toPointer(e.path),
        message: e.message,
        ...(e.code ? { code: e.code, params: e.params } : {}),
        ...(e.place ? { place: e.place } : {}),
        ...(e.problem ? { problem: e.problem } : {}),
      }));
    if (text !== null) {
      // In file order, so that an author can work down the file.
      errors = withPositions(text, errors)
        .map((e, i) => ({ e, i }))
        .sort((a, b) => (a.e.line ?? 0) - (b.e.line ?? 0) || (a.e.column ?? 0) - (b.e.column ?? 0) || a.i - b.i)
        .map(({ e }) => e);
    }
    if (truncated || raw.length > maxErrors) {
      errors.push({
        path: '',
        message: `Only the first ${plural(maxErrors, 'error')} are listed; correct them and check the file again.`,
        code: 'more_errors',
        params: { count: maxErrors },
      });
    }
    return { ok: false, errors };
  };

  // 2. Sizes first, so that a huge list is refused before anything walks it (the key check below, the schema). Only
  // the two lists' own lengths are read: safe before the key check, whatever keys the value holds.
  if (root && typeof root === 'object' && !Array.isArray(root)) {
    const own = (k: string): unknown => (Object.prototype.hasOwnProperty.call(root, k) ? (root as Record<string, unknown>)[k] : undefined);
    const r = { patterns: own('patterns'), contexts: own('contexts') };
    if (Array.isArray(r.patterns) && r.patterns.length > MAX_PATTERNS) {
      raw.push({
        path: ['patterns'],
        message: `The pack has ${plural(r.patterns.length, 'pattern')}; a pack may have at most ${plural(MAX_PATTERNS, 'pattern')}.`,
        code: 'too_many_patterns',
        params: { count: r.patterns.length, max: MAX_PATTERNS },
      });
    }
    if (Array.isArray(r.contexts) && r.contexts.length > MAX_CONTEXTS) {
      raw.push({
        path: ['contexts'],
        message: `The pack has ${plural(r.contexts.length, 'context entry', 'context entries')}; a pack may have at most ${plural(MAX_CONTEXTS, 'context entry', 'context entries')}.`,
        code: 'too_many_contexts',
        params: { count: r.contexts.length, max: MAX_CONTEXTS },
      });
    }
    if (raw.length > 0) return finish(false);
  }

  // 3. Keys that could pollute prototypes: refused before anything else reads the value.
  const forbidden = findForbiddenKeys(root, maxErrors + 1);
  if (forbidden.length > 0) {
    for (const path of forbidden) {
      const { subject, field } = placeOf(path.slice(0, -1), root);
      const key = String(path[path.length - 1]);
      const where = field ? ` in ${field}` : '';
      // The place names the key itself (its entry, and its path in there), so that an interface can say where it is.
      const { at } = placeOf(path, root);
      raw.push({
        path,
        message: `${subject} has a key named "${key}"${where}; keys named ${FORBIDDEN_KEYS.join(', ')} are refused.`,
        place: at,
        problem: { code: 'forbidden_key', key },
      });
    }
    return finish(false);
  }

  // 4. The envelope (everything but the patterns), then each pattern, stopping once enough errors are listed.
  const envelope = v.safeParse(PackEnvelopeSchema, root);
  collectIssues(envelope.issues, [], root, raw, seen);
  let truncated = false;
  const patterns: PackPattern[] = [];
  const list = root && typeof root === 'object' ? (root as Record<string, unknown>).patterns : undefined;
  if (Array.isArray(list)) {
    for (let i = 0; i < list.length; i++) {
      if (raw.length > maxErrors) {
        truncated = true;
        break;
      }
      const r = v.safeParse(PackPatternSchema, list[i]);
      if (r.success) patterns.push(r.output);
      else collectIssues(r.issues, ['patterns', i], root, raw, seen);
    }
  }

  // 5. Rules across the pack (ids, references), on the raw value so that they run even when fields are wrong.
  if (!truncated) {
    crossCheckPack(root, (path, message, problem) => {
      const ptr = toPointer(path);
      if (seen.has(ptr)) return;
      seen.add(ptr);
      const { subject, at } = placeOf(path, root);
      raw.push({ path, message: sentence(`${subject} ${message}`), place: at, ...(problem ? { problem } : {}) });
    });
  }

  if (raw.length > 0 || !envelope.success) return finish(truncated);

  const pack = { ...envelope.output, patterns } as Pack;
  return { ok: true, pack, warnings: collectWarnings(pack, opts.knownDestinations ?? DEFAULT_DESTINATION_IDS, maxErrors) };
}

/** Adds line and column to errors whose pointer (or its nearest existing parent) is found in the text. */
function withPositions(text: string, errors: PackError[]): PackError[] {
  if (errors.every((e) => e.line !== undefined)) return errors;
  const candidates = new Set<string>();
  for (const e of errors) {
    for (let p = e.path; ; p = p.slice(0, p.lastIndexOf('/'))) {
      candidates.add(p);
      if (p === '') break;
    }
  }
  const found = locatePointers(text, candidates);
  return errors.map((e) => {
    if (e.line !== undefined) return e;
    for (let p = e.path; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const offset = found.get(p);
      if (offset !== undefined) return { ...e, ...lineColumnAt(text, offset) };
      if (p === '') return e;
    }
  });
}

/** One line per error, as the command line prints them: "file:line:column: message (path)". */
export function formatPackErrors(errors: readonly PackError[], fileName = 'pack'): string {
  return errors
    .map((e) => {
      const at = e.line !== undefined ? `${fileName}:${e.line}:${e.column ?? 1}` : fileName;
      return `${at}: ${e.message}${e.path ? ` [${e.path}]` : ''}`;
    })
    .join('\n');
}
