// What is wrong with a phrase for My patterns, found with the pack format's own rule for a pattern's phrase, and its
// wording in the interface language: the options page says it next to the field before anything is sent, and the
// background, which checks again before storing, refuses with the same words. Duplicates are found the way the
// matcher reads phrases: folded (case, accents, look-alike letters, spacing).
import * as v from 'valibot';
import { LINE_TEXT_RE, MAX_TERM_LENGTH, MIN_TERM_LENGTH, PackPatternObjectSchema } from './schema';
import type { MessageKey } from '../i18n';
import { foldPattern } from '../text/fold';

/** The schema of a pattern's "text" (lib/pack/schema.ts TermSchema). */
const PhraseSchema = PackPatternObjectSchema.entries.text.wrapped;

/** Longest phrase, in UTF-16 code units as the schema and the field's maxlength count them. */
export const MAX_PHRASE_LENGTH = MAX_TERM_LENGTH;
export const MIN_PHRASE_LENGTH = MIN_TERM_LENGTH;

export type PhraseProblem =
  | { code: 'too_short'; min: number }
  | { code: 'too_long'; max: number }
  /** A control (C0/C1) or bidirectional control character: its code point ("U+202E") and 1-based position. */
  | { code: 'control' | 'bidi'; char: string; position: number }
  | { code: 'few_letters' }
  | { code: 'folds_short' }
  | { code: 'broken' }
  /** A rule this page does not word: the schema's English sentence. */
  | { code: 'invalid'; detail: string };

/**
 * The first character a one-line text may not hold, counted in characters (code points) from 1. White space (a tab)
 * is not one: the page turns every run of it into one space before saving.
 */
function firstBadChar(s: string): { code: number; position: number } | null {
  let position = 0;
  for (const ch of s) {
    position++;
    if (!LINE_TEXT_RE.test(ch) && !/\s/.test(ch)) return { code: ch.codePointAt(0) ?? 0, position };
  }
  return null;
}

function hex(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * What keeps `text` (the phrase as it will be saved) from being a pattern, or null when the pack format accepts it.
 * `typed` is the field's value as typed, in which a bad character's position is counted (default: `text`).
 */
export function phraseProblem(text: string, typed: string = text): PhraseProblem | null {
  const res = v.safeParse(PhraseSchema, text);
  if (res.success) return null;
  const issue = res.issues[0];
  switch (issue.type) {
    case 'min_length':
      return { code: 'too_short', min: MIN_PHRASE_LENGTH };
    case 'max_length':
      return { code: 'too_long', max: MAX_PHRASE_LENGTH };
    case 'regex': {
      const bad = firstBadChar(typed) ?? firstBadChar(text);
      if (bad) return { code: bad.code >= 0x202a ? 'bidi' : 'control', char: hex(bad.code), position: bad.position };
      break;
    }
    case 'check': {
      // The schema's checks, told apart by the fragment each one says (test/unit/options-patterns-check.test.ts holds
      // one phrase for each, so that a reworded rule is noticed).
      const m = issue.message;
      if (m.includes('lone surrogate')) return { code: 'broken' };
      if (m.includes('leading and trailing spaces')) return { code: 'too_short', min: MIN_PHRASE_LENGTH };
      if (m.includes('two letters or digits')) return { code: 'few_letters' };
      if (m.includes('once folded')) return { code: 'folds_short' };
      break;
    }
  }
  return { code: 'invalid', detail: issue.message };
}

/** The form in which phrases are compared: the matcher's folded text ("Café" and "CAFE" are one phrase). */
export function phraseKey(text: string): string {
  return foldPattern(text);
}

/** What keeps a phrase out of My patterns: a rule of the pack format, or a phrase the user already has. */
export type PhraseError = PhraseProblem | { code: 'duplicate' };

/**
 * The first thing that keeps `text` (the phrase as it will be saved) out of My patterns beside the `others` it would
 * join, or null. `typed` is the field's value as typed (see phraseProblem).
 */
export function phraseError(text: string, others: Iterable<string>, typed: string = text): PhraseError | null {
  const problem = phraseProblem(text, typed);
  if (problem) return problem;
  const key = phraseKey(text);
  for (const other of others) if (phraseKey(other) === key) return { code: 'duplicate' };
  return null;
}

/** A phrase error in words; `detail` is the pack format's English sentence, for a rule that has no wording here. */
export function phraseErrorText(
  err: PhraseError,
  tr: (key: MessageKey, subs?: Record<string, string | number>) => string,
  fmtNum: (n: number) => string,
): { message: string; detail?: string } {
  switch (err.code) {
    case 'too_short':
      return { message: tr('opt_pat_text_too_short') };
    case 'too_long':
      return { message: tr('opt_pat_text_too_long', { max: fmtNum(err.max) }) };
    case 'control':
      return { message: tr('opt_pat_text_control', { code: err.char, position: fmtNum(err.position) }) };
    case 'bidi':
      return { message: tr('opt_pat_text_bidi', { code: err.char, position: fmtNum(err.position) }) };
    case 'few_letters':
      return { message: tr('opt_pat_text_few_letters') };
    case 'folds_short':
      return { message: tr('opt_pat_text_folds_short') };
    case 'broken':
      return { message: tr('opt_pat_text_broken') };
    case 'duplicate':
      return { message: tr('opt_pat_duplicate') };
    case 'invalid':
      return { message: tr('opt_pat_text_invalid'), detail: err.detail };
  }
}
