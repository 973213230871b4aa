// How the import page words a pack file's problems: the validator's errors about the file as a whole (they carry
// a code) in the interface language, its other sentences in English and marked so, the background's own sentences
// in the language the background wrote them in.
import type { ImportPreview } from '../../lib/messages';
import type { Lang } from '../../lib/types';
import type { Translate } from './context';

/**
 * A problem shown for a file. `lang` is the language of a sentence that is not the interface's own (the validator's
 * English, the background's language), so that screen readers read it as such; `detail` is the JSON parser's own
 * English words.
 */
export interface ImportError {
  path: string;
  message: string;
  line?: number;
  column?: number;
  lang?: Lang;
  detail?: string;
}

/**
 * The background's answer as shown: errors about the file as a whole (their code) in the interface language, the
 * validator's other sentences in English, the background's own in the language it wrote them in.
 */
export function shownErrors(errors: ImportPreview['errors'], tr: Translate, fmtNum: (n: number) => string): ImportError[] {
  const num = (x: string | number | undefined): string => (typeof x === 'number' ? fmtNum(x) : String(x ?? ''));
  return errors.map(({ path, message, line, column, code, params, lang }) => {
    const at = { path, line, column };
    switch (code) {
      case 'json_syntax':
        return { ...at, message: tr('opt_import_err_json'), detail: typeof params?.detail === 'string' ? params.detail : undefined };
      case 'too_many_patterns':
        return { ...at, message: tr('opt_import_err_too_many_patterns', { count: num(params?.count), max: num(params?.max) }) };
      case 'too_many_contexts':
        return { ...at, message: tr('opt_import_err_too_many_contexts', { count: num(params?.count), max: num(params?.max) }) };
      case 'more_errors':
        return { ...at, message: tr('opt_import_err_first_errors', { count: num(params?.count) }) };
      default:
        return { ...at, message, lang: lang ?? 'en' };
    }
  });
}
