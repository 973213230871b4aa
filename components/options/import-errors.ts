// How the import page words a pack file's problems: the validator's errors about the file as a whole (they carry
// a code) and its common mistakes (a place and a problem) in the interface language, its other sentences in English
// and marked so, the background's own sentences in the language the background wrote them in.
import type { ImportPreview } from '../../lib/messages';
import type { PackErrorPlace, PackProblem } from '../../lib/pack/validate';
import type { Lang } from '../../lib/types';
import type { Translate } from './context';

/**
 * A problem shown for a file. `lang` is the language of a sentence that is not the interface's own (the validator's
 * English, the background's language), so that screen readers read it as such. `detail` is English words shown
 * apart, on a line of their own under `detailLabel` (the JSON parser's technical detail, or the validator's sentence
 * where the interface language has no wording of its own).
 */
export interface ImportError {
  path: string;
  message: string;
  line?: number;
  column?: number;
  lang?: Lang;
  detail?: string;
  detailLabel?: string;
}

/** Whether an error has a place in the file worth showing (a path below the root, or a line). */
export function hasPlace(err: Pick<ImportError, 'path' | 'line'>): boolean {
  return (err.path !== '' && err.path !== '/') || err.line !== undefined;
}

/**
 * Why a file was refused, kept as it came (not as text) so that the words follow a change of interface language:
 * the background's answer, one of the page's own checks, or a sentence from elsewhere in its language (the browser's
 * file reader, the messaging layer: `lang` when known).
 */
export type ImportFailure =
  | { kind: 'refused'; errors: ImportPreview['errors'] }
  | { kind: 'too_large'; maxBytes: number }
  | { kind: 'empty' }
  | { kind: 'not_text' }
  | { kind: 'message'; message: string; lang?: Lang };

/** The errors a refusal shows: at most `limit`, worded in the interface language now. */
export function failureErrors(
  failure: ImportFailure,
  limit: number,
  tr: Translate,
  fmtNum: (n: number) => string,
  uiLang: Lang,
): ImportError[] {
  switch (failure.kind) {
    case 'refused':
      return shownErrors(failure.errors.slice(0, limit), tr, fmtNum, uiLang);
    case 'too_large':
      return [{ path: '', message: tr('opt_import_too_large', { max: fmtNum(failure.maxBytes / 1024 / 1024) }) }];
    case 'empty':
      return [{ path: '', message: tr('opt_import_empty') }];
    case 'not_text':
      return [{ path: '', message: tr('opt_import_not_text') }];
    case 'message':
      return [{ path: '', message: failure.message, lang: failure.lang }];
  }
}

/** How many errors a refusal has in all. */
export function failureCount(failure: ImportFailure): number {
  return failure.kind === 'refused' ? failure.errors.length : 1;
}

/**
 * The entry and field an error is in, in the interface language (field names are the file format's own). Entries are
 * numbered from 1, as lines are: the first pattern is "Pattern 1" (its path, /patterns/0, stays the file's own).
 */
function placeText(place: PackErrorPlace, tr: Translate, fmtNum: (n: number) => string): string {
  const id = place.id !== undefined ? tr('opt_import_quoted', { text: place.id }) : null;
  const index = fmtNum((place.index ?? 0) + 1);
  const where =
    place.kind === 'pattern'
      ? id !== null ? tr('opt_import_place_pattern_id', { index, id }) : tr('opt_import_place_pattern', { index })
      : place.kind === 'context'
        ? id !== null ? tr('opt_import_place_context_id', { index, id }) : tr('opt_import_place_context', { index })
        : place.kind === 'siteProfile'
          ? tr('opt_import_place_profile', { site: tr('opt_import_quoted', { text: place.site ?? '' }) })
          : tr('opt_import_place_pack');
  return place.field ? tr('opt_import_where_field', { where, field: place.field }) : where;
}

const TYPE_KEY = {
  text: 'opt_import_type_text',
  number: 'opt_import_type_number',
  boolean: 'opt_import_type_boolean',
  list: 'opt_import_type_list',
  object: 'opt_import_type_object',
} as const;

/** A common mistake in the interface language. */
function problemText(where: string, problem: PackProblem, tr: Translate, fmtNum: (n: number) => string): string {
  switch (problem.code) {
    case 'missing_field':
      return tr('opt_import_p_missing', { where });
    case 'unknown_field':
      return tr('opt_import_p_unknown', { where });
    case 'wrong_type':
      return tr('opt_import_p_type', { where, type: tr(TYPE_KEY[problem.expected]) });
    case 'not_one_of':
      return tr('opt_import_p_one_of', { where, value: tr('opt_import_quoted', { text: problem.value }), options: problem.options.join(', ') });
    case 'too_long':
      return tr(problem.unit === 'items' ? 'opt_import_p_too_long_items' : 'opt_import_p_too_long_chars', { where, limit: fmtNum(problem.limit) });
    case 'too_short':
      return tr(problem.unit === 'items' ? 'opt_import_p_too_short_items' : 'opt_import_p_too_short_chars', { where, limit: fmtNum(problem.limit) });
    case 'duplicate_id':
      return tr('opt_import_p_duplicate', { where, id: tr('opt_import_quoted', { text: problem.id }) });
    case 'unknown_context':
      return tr('opt_import_p_unknown_context', { where, id: tr('opt_import_quoted', { text: problem.id }) });
    case 'forbidden_key':
      return tr('opt_import_p_forbidden_key', { where });
  }
}

const JSON_REASON_KEY = {
  end_of_file: 'opt_import_json_end_of_file',
  trailing_comma: 'opt_import_json_trailing_comma',
  unclosed_string: 'opt_import_json_unclosed_string',
  after_end: 'opt_import_json_after_end',
} as const;

/**
 * A file that is not JSON, in the interface language: that it is not JSON, and what is wrong for the common kinds of
 * mistake (params.reason); where is told by the line and column. The parser's own English words are kept apart, as a
 * technical detail.
 */
function jsonSyntax(params: Record<string, string | number> | undefined, tr: Translate): Pick<ImportError, 'message' | 'detail' | 'detailLabel'> {
  const reason = params?.reason;
  const hint = typeof reason === 'string' && Object.hasOwn(JSON_REASON_KEY, reason) ? tr(JSON_REASON_KEY[reason as keyof typeof JSON_REASON_KEY]) : null;
  const message = hint ? `${tr('opt_import_err_json')} ${hint}` : tr('opt_import_err_json');
  return typeof params?.detail === 'string' && params.detail !== ''
    ? { message, detail: params.detail, detailLabel: tr('opt_import_detail_technical') }
    : { message };
}

/**
 * The background's answer as shown: errors about the file as a whole (their code) and the common mistakes (place
 * and problem) in the interface language; in English, the validator's own sentence, which says the most. Another
 * mistake in French or Arabic: its place in the interface language, then the validator's sentence apart, marked
 * English. The background's own sentences stay in the language it wrote them in.
 */
export function shownErrors(errors: ImportPreview['errors'], tr: Translate, fmtNum: (n: number) => string, uiLang: Lang = 'en'): ImportError[] {
  const num = (x: string | number | undefined): string => (typeof x === 'number' ? fmtNum(x) : String(x ?? ''));
  return errors.map(({ path, message, line, column, code, params, lang, place, problem }) => {
    const at = { path, line, column };
    switch (code) {
      case 'json_syntax':
        return { ...at, ...jsonSyntax(params, tr) };
      case 'older_version':
        // Not a mistake in the file: no place to fix, both versions named.
        return { path: '', message: tr('import_err_older', { got: String(params?.got ?? ''), have: String(params?.have ?? '') }) };
      case 'too_many_patterns':
        return { ...at, message: tr('opt_import_err_too_many_patterns', { count: num(params?.count), max: num(params?.max) }) };
      case 'too_many_contexts':
        return { ...at, message: tr('opt_import_err_too_many_contexts', { count: num(params?.count), max: num(params?.max) }) };
      case 'more_errors':
        return { ...at, message: tr('opt_import_err_first_errors', { count: num(params?.count) }) };
      default:
        if (uiLang === 'en' || !place || (lang !== undefined && lang !== 'en')) return { ...at, message, lang: lang ?? 'en' };
        if (problem) return { ...at, message: problemText(placeText(place, tr, fmtNum), problem, tr, fmtNum) };
        return {
          ...at,
          message: tr('opt_import_p_invalid', { where: placeText(place, tr, fmtNum) }),
          detail: message,
          detailLabel: tr('opt_import_detail_english'),
        };
    }
  });
}
