// "My patterns": the user's own phrases, kept in the local custom pack ('local.my-patterns'). Each one is
// checked with the pack format's own pattern schema (and against the phrases already there) before it is stored, and
// a refusal is worded in the interface language, as the options page words it; every change bumps the pack's
// version, so the matcher snapshot is rebuilt and the tabs told.
import * as v from 'valibot';
import { translator, type MessageKey } from '../i18n';
import type { CustomPatternInput } from '../messages';
import { phraseError, phraseErrorText } from '../pack/phrase-check';
import { ENTRY_ID_RE, PackPatternSchema, type PackPattern } from '../pack/schema';
import { deleteCustomPattern, listCustomPatternRecords, putCustomPattern } from '../store/custom-pack';
import type { Lang } from '../types';
import { cutEnd } from '../text/utf16';
import type { BackgroundEnv } from './env';
import { readUiLang } from './ui-lang';
import { newId } from './util';

/** The pack format wants a source for every pattern; a custom pattern's source is the user. */
export const CUSTOM_SOURCE = { publisher: 'You (this browser)', url: 'https://firebreak.invalid/my-patterns' } as const;
export const MAX_CUSTOM_PATTERNS = 5000;
export const MAX_NOTE_LENGTH = 1000;

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
  if (note && note.length > MAX_NOTE_LENGTH) throw new Error(tr('opt_pat_note_too_long', { max: fmtNum(MAX_NOTE_LENGTH) }));
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
  const res = v.safeParse(PackPatternSchema, candidate);
  if (!res.success) {
    const key = res.issues[0]?.path?.[0]?.key;
    const label = typeof key === 'string' ? FIELD_LABELS[key] : undefined;
    throw new Error(tr('opt_pat_field_invalid', { field: label ? tr(label) : typeof key === 'string' ? key : 'pattern' }));
  }
  return res.output;
}

export class CustomPatternsService {
  constructor(
    private readonly env: BackgroundEnv,
    /** Called after every change (rebuilds the snapshot and tells the tabs). */
    private readonly onChange: () => Promise<void>,
  ) {}

  async list(): Promise<CustomPattern[]> {
    const recs = await listCustomPatternRecords(await this.env.db());
    return recs.map((r) => {
      const out: CustomPattern = {
        id: r.id,
        text: r.pattern.text ?? (r.pattern.terms ?? []).join(' '),
        lang: r.pattern.lang,
        category: r.pattern.category,
        severity: r.pattern.severity,
      };
      if (r.note !== undefined) out.note = r.note;
      return out;
    });
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
    const others = existing.filter((r) => r.id !== id).map((r) => r.pattern.text ?? (r.pattern.terms ?? []).join(' '));
    const pattern = customToPackPattern(input, id, lang, others);
    const note = typeof input.note === 'string' && input.note.trim() !== '' ? input.note.trim() : undefined;
    await putCustomPattern(db, pattern, note, this.env.now());
    await this.onChange();
    const out: CustomPattern = { id, text: pattern.text ?? '', lang: pattern.lang, category: pattern.category, severity: pattern.severity };
    if (note !== undefined) out.note = note;
    return out;
  }

  async remove(id: string): Promise<void> {
    if (await deleteCustomPattern(await this.env.db(), id, this.env.now())) await this.onChange();
  }
}
