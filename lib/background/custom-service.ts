// "My patterns": the user's own phrases, kept in the local custom pack ('local.my-patterns'). Each one is
// checked with the pack format's own pattern schema (and against the phrases already there) before it is stored, and
// a refusal is worded in the interface language, as the options page words it; every change bumps the pack's
// version, so the matcher snapshot is rebuilt and the tabs told.
import * as v from 'valibot';
import { translator, type MessageKey } from '../i18n';
import type { CustomPatternInput } from '../messages';
import { phraseError, phraseErrorText } from '../pack/phrase-check';
import { ENTRY_ID_RE, MAX_PATTERN_NOTE_LENGTH, PackPatternSchema, type PackPattern } from '../pack/schema';
import { deleteCustomPattern, listCustomPatternRecords, putCustomPattern } from '../store/custom-pack';
import type { Lang } from '../types';
import { cutEnd } from '../text/utf16';
import type { BackgroundEnv } from './env';
import { readUiLang } from './ui-lang';
import { newId } from './util';

/** The pack format wants a source for every pattern; a custom pattern's source is the user. */
export const CUSTOM_SOURCE = { publisher: 'You (this browser)', url: 'https://firebreak.invalid/my-patterns' } as const;
export const MAX_CUSTOM_PATTERNS = 5000;
export const MAX_NOTE_LENGTH = MAX_PATTERN_NOTE_LENGTH;

export type CustomPattern = CustomPatternInput & { id: string };

/** The form's label of each field a custom pattern's schema may refuse (the note is the pattern's name). */
const FIELD_LABELS: Record<string, MessageKey> = {
  text: 'opt_pat_text',
  name: 'opt_pat_note',
  lang: 'opt_pat_lang',
  category: 'opt_pat_category',
  severity: 'opt_pat_severity',
};

function isControl(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * A note as the pack format takes it: line breaks kept, other control and bidi characters made spaces, a broken
 * surrogate made U+FFFD, at most MAX_NOTE_LENGTH code units; undefined when nothing is left. An exported "My
 * patterns" file carries its notes, and one the format refused would make the whole file fail to import.
 */
export function cleanNote(note: unknown): string | undefined {
  if (typeof note !== 'string') return undefined;
  const clean = Array.from(note.replace(/\r\n?/g, '\n'), (ch) => (ch === '\n' ? ch : isControl(ch) ? ' ' : ch.length === 1 && ch >= '\ud800' && ch <= '\udfff' ? '\ufffd' : ch))
    .join('')
    .trim();
  if (!clean) return undefined;
  return clean.length <= MAX_NOTE_LENGTH ? clean : clean.slice(0, cutEnd(clean, MAX_NOTE_LENGTH)).trimEnd();
}

function nameFor(text: string, note: string | undefined): string {
  // The name is one line of text: control and bidi characters become spaces (the schema refuses them).
  const base = Array.from(note?.split('\n')[0]?.trim() || text.trim(), (ch) => (isControl(ch) ? ' ' : ch)).join('');
  // The schema counts UTF-16 code units: cut there, not inside a surrogate pair.
  if (base.length <= 120) return base || 'My pattern';
  return base.slice(0, cutEnd(base, 119)) + '…';
}

/**
 * The pack pattern for a custom pattern input beside the user's other phrases (`others`: their texts); throws an
 * Error whose message says in `lang` what is wrong.
 */
export function customToPackPattern(
  input: CustomPatternInput,
  id: string,
  lang: Lang = 'en',
  others: Iterable<string> = [],
): PackPattern {
  const tr = translator(lang);
  const fmtNum = (n: number) => new Intl.NumberFormat(lang).format(n);
  const text = input && typeof input === 'object' && typeof input.text === 'string' ? input.text.trim() : '';
  const problem = phraseError(text, others);
  if (problem) {
    const { message, detail } = phraseErrorText(problem, tr, fmtNum);
    // The format's English sentence, isolated: in an Arabic sentence its direction is its own.
    throw new Error(detail ? `${message} \u2068${detail}\u2069` : message);
  }
  const note = typeof input.note === 'string' ? input.note.trim() : undefined;
  refuseLongNote(input, lang);
  const candidate = {
    id,
    name: nameFor(text, note),
    kind: 'phrase' as const,
    text,
    lang: input.lang,
    category: input.category,
    severity: input.severity,
    source: { ...CUSTOM_SOURCE },
  };
  return checkedPattern(candidate, tr);
}

/** `candidate` as the schema takes it, or an Error naming the form's field it refused. */
function checkedPattern(candidate: unknown, tr: ReturnType<typeof translator>): PackPattern {
  const res = v.safeParse(PackPatternSchema, candidate);
  if (res.success) return res.output;
  const key = res.issues[0]?.path?.[0]?.key;
  const label = typeof key === 'string' ? FIELD_LABELS[key] : undefined;
  throw new Error(tr('opt_pat_field_invalid', { field: label ? tr(label) : typeof key === 'string' ? key : 'pattern' }));
}

/** The words a list shows for a pattern: a phrase's text, or an `all` pattern's terms in a row. */
function shownText(p: PackPattern): string {
  return p.text ?? (p.terms ?? []).join(' ');
}

/** A pattern the form can write whole: a phrase and nothing more (what the form itself saves). */
function isFormPhrase(p: PackPattern): boolean {
  return p.kind === 'phrase' && !p.variants && !p.unless && !p.onlyAfter && !p.quotedTerm && !p.context;
}

/**
 * `before` (a pattern a file brought, more than a phrase) with the form's language, category, severity and note,
 * its terms, spellings and exclusions kept; throws, worded in `lang`, when the schema refuses the result.
 */
function keepRule(before: PackPattern, input: CustomPatternInput, note: string | undefined, lang: Lang): PackPattern {
  refuseLongNote(input, lang);
  const candidate = { ...before, name: nameFor(shownText(before), note), lang: input.lang, category: input.category, severity: input.severity };
  return checkedPattern(candidate, translator(lang));
}

/** Throws, worded in `lang`, when the form's note is longer than a note may be. */
function refuseLongNote(input: CustomPatternInput, lang: Lang): void {
  if (typeof input.note === 'string' && input.note.trim().length > MAX_NOTE_LENGTH) {
    throw new Error(translator(lang)('opt_pat_note_too_long', { max: new Intl.NumberFormat(lang).format(MAX_NOTE_LENGTH) }));
  }
}

/** A stored pattern as the options page lists it. */
function listed(id: string, pattern: PackPattern, note: string | undefined): CustomPattern {
  const out: CustomPattern = { id, text: shownText(pattern), lang: pattern.lang, category: pattern.category, severity: pattern.severity };
  if (note !== undefined) out.note = note;
  if (!isFormPhrase(pattern)) Object.assign(out, { rule: true, pattern });
  return out;
}

export class CustomPatternsService {
  constructor(
    private readonly env: BackgroundEnv,
    /** Called after every change (rebuilds the snapshot and tells the tabs). */
    private readonly onChange: () => Promise<void>,
  ) {}

  async list(): Promise<CustomPattern[]> {
    const recs = await listCustomPatternRecords(await this.env.db());
    return recs.map((r) => listed(r.id, r.pattern, r.note));
  }

  async save(input: CustomPatternInput): Promise<CustomPattern> {
    const db = await this.env.db();
    const existing = await listCustomPatternRecords(db);
    const lang = await readUiLang(this.env);
    let id = input?.id;
    if (id !== undefined && (typeof id !== 'string' || !ENTRY_ID_RE.test(id)))
      throw new Error(translator(lang)('opt_pat_field_invalid', { field: 'id' }));
    // A new phrase, with or without an id of the caller's: the list holds no more than the limit.
    if ((id === undefined || !existing.some((r) => r.id === id)) && existing.length >= MAX_CUSTOM_PATTERNS)
      throw new Error(translator(lang)('opt_pat_limit', { max: new Intl.NumberFormat(lang).format(MAX_CUSTOM_PATTERNS) }));
    id ??= `my-${newId().replace(/-/g, '').slice(0, 12)}`;
    const others = existing.filter((r) => r.id !== id).map((r) => shownText(r.pattern));
    const note = cleanNote(input.note);
    // A pattern from a file that is more than a phrase, saved with its words as the list shows them, keeps its
    // terms, spellings and exclusions: only what the form shows changes.
    const before = existing.find((r) => r.id === id)?.pattern;
    const words = typeof input?.text === 'string' ? input.text.trim().replace(/\s+/g, ' ') : '';
    const pattern =
      before && !isFormPhrase(before) && words === shownText(before)
        ? keepRule(before, input, note, lang)
        : customToPackPattern(input, id, lang, others);
    await putCustomPattern(db, pattern, note, this.env.now());
    await this.onChange();
    return listed(id, pattern, note);
  }

  async remove(id: string): Promise<void> {
    if (await deleteCustomPattern(await this.env.db(), id, this.env.now())) await this.onChange();
  }
}
