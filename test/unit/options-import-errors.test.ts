// Import errors: a key named __proto__, constructor or prototype is refused with its place and its problem, so that
// the options page says where it is and what is wrong in French and Arabic, not only in English.
import { describe, expect, it } from 'vitest';
import { parsePack, type PackError } from '../../lib/pack/validate';
import { hasPlace, shownErrors } from '../../components/options/import-errors';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/types';

const PATTERN = {
  id: 'p1',
  name: 'n',
  kind: 'phrase',
  text: 'bonjour tout',
  lang: 'fr',
  category: 'slogan',
  severity: 'high',
  source: { publisher: 'P', url: 'https://example.org/' },
};

function errors(text: string): PackError[] {
  const r = parsePack(text);
  if (r.ok) throw new Error('the validator accepted a pack with a forbidden key');
  return r.errors;
}

const fmtNum = (lang: Lang) => (n: number) => new Intl.NumberFormat(lang).format(n);
const tr = (lang: Lang) => (key: Parameters<typeof t>[1], subs?: Record<string, string | number>) => t(lang, key, subs);

describe('a forbidden key', () => {
  it('at the top of the file: the pack, field __proto__', () => {
    const [e] = errors('{\n  "schemaVersion": 1,\n  "__proto__": { "polluted": true }\n}');
    expect(e).toMatchObject({
      path: '/__proto__',
      line: 3,
      place: { kind: 'pack', field: '__proto__' },
      problem: { code: 'forbidden_key', key: '__proto__' },
    });
    // The English sentence is unchanged.
    expect(e!.message).toBe('The pack has a key named "__proto__"; keys named __proto__, constructor, prototype are refused.');
  });

  it('inside a pattern and a context entry: the entry, its id and the path to the key', () => {
    const pack = `{"schemaVersion": 1, "contexts": [{"id": "ctx-a", "constructor": 1}], "patterns": [${JSON.stringify(PATTERN).replace(
      '"source":{',
      '"source":{"__proto__":{"x":1},',
    )}]}`;
    const list = errors(pack);
    expect(list.find((e) => e.path === '/patterns/0/source/__proto__')).toMatchObject({
      place: { kind: 'pattern', index: 0, id: 'p1', field: 'source.__proto__' },
      problem: { code: 'forbidden_key', key: '__proto__' },
    });
    expect(list.find((e) => e.path === '/contexts/0/constructor')).toMatchObject({
      place: { kind: 'context', index: 0, id: 'ctx-a', field: 'constructor' },
      problem: { code: 'forbidden_key', key: 'constructor' },
    });
  });

  for (const lang of ['fr', 'ar'] as const) {
    it(`${lang}: shown in the interface language with its place, not as an English sentence`, () => {
      const list = errors(`{"schemaVersion": 1, "patterns": [${JSON.stringify(PATTERN).replace('"name":', '"prototype": 2, "name":')}]}`);
      const [shown] = shownErrors(list, tr(lang), fmtNum(lang), lang);
      const where = t(lang, 'opt_import_where_field', {
        where: t(lang, 'opt_import_place_pattern_id', { index: fmtNum(lang)(1), id: t(lang, 'opt_import_quoted', { text: 'p1' }) }),
        field: 'prototype',
      });
      expect(shown).toEqual({ path: '/patterns/0/prototype', line: 1, column: expect.any(Number), message: t(lang, 'opt_import_p_forbidden_key', { where }) });
      expect(shown!.message).not.toMatch(/are refused|has a key/);
    });
  }

  it('en: the validator’s own sentence', () => {
    const list = errors('{"__proto__": {}}');
    expect(shownErrors(list, tr('en'), fmtNum('en'), 'en')[0]).toMatchObject({ message: list[0]!.message, lang: 'en' });
  });
});

describe('places and whole-file refusals', () => {
  it('patterns and context entries are numbered from 1 in every language, as lines are; the path stays the file\'s own', () => {
    const pack = {
      schemaVersion: 1,
      contexts: [{ id: 'ctx-a' }],
      patterns: [PATTERN, { ...PATTERN, id: 'p2', severity: 'urgent' }],
    };
    const list = errors(JSON.stringify(pack, null, 2));
    const sev = list.find((e) => e.path === '/patterns/1/severity')!;
    expect(sev.place).toMatchObject({ kind: 'pattern', index: 1, id: 'p2' });
    expect(sev.message).toMatch(/^Pattern 2 \("p2"\) has severity "urgent"/);
    for (const lang of ['fr', 'ar'] as const) {
      const shown = shownErrors(list, tr(lang), fmtNum(lang), lang);
      const s = shown.find((e) => e.path === '/patterns/1/severity')!;
      expect(s.message.startsWith(t(lang, 'opt_import_place_pattern_id', { index: fmtNum(lang)(2), id: t(lang, 'opt_import_quoted', { text: 'p2' }) }))).toBe(true);
      const c = shown.find((e) => e.path === '/contexts/0/sources')!;
      expect(c.message.startsWith(t(lang, 'opt_import_place_context_id', { index: fmtNum(lang)(1), id: t(lang, 'opt_import_quoted', { text: 'ctx-a' }) }))).toBe(true);
    }
  });

  it('a duplicate id names the earlier pattern by the same numbering', () => {
    const list = errors(JSON.stringify({ schemaVersion: 1, patterns: [PATTERN, PATTERN] }));
    expect(list.find((e) => e.path === '/patterns/1/id')!.message).toBe(
      'Pattern 2 ("p1") has the id "p1", already used by pattern 1; pattern ids must be unique.',
    );
  });

  const syntax = (text: string) => {
    const [e] = errors(text);
    return e!;
  };

  it('JSON syntax errors: the common kinds carry a reason the page words in its own language; the parser\'s words kept apart', () => {
    expect(syntax('{ "schemaVersion": 1, "id": "x", ').params).toMatchObject({ reason: 'end_of_file' });
    expect(syntax('{ "a": [1, 2,] }').params).toMatchObject({ reason: 'trailing_comma' });
    expect(syntax('{ "a": 1, }').params).toMatchObject({ reason: 'trailing_comma' });
    expect(syntax('{ "a": "open }').params).toMatchObject({ reason: 'unclosed_string' });
    expect(syntax('{ "a": 1 } x').params).toMatchObject({ reason: 'after_end' });
    expect(syntax('{ "a": oops }').params?.reason).toBeUndefined();

    const e = syntax('{ "schemaVersion": 1, "id": "x", ');
    for (const lang of ['fr', 'ar'] as const) {
      const [shown] = shownErrors([e], tr(lang), fmtNum(lang), lang);
      expect(shown).toEqual({
        path: '',
        line: 1,
        column: 34,
        message: `${t(lang, 'opt_import_err_json')} ${t(lang, 'opt_import_json_end_of_file')}`,
        detail: 'expected a property name in double quotes, found the end of the file',
        detailLabel: t(lang, 'opt_import_detail_technical'),
      });
    }
    // Another kind of mistake: the sentence alone, the parser's words still apart.
    const [other] = shownErrors([syntax('{ "a": oops }')], tr('fr'), fmtNum('fr'), 'fr');
    expect(other!.message).toBe(t('fr', 'opt_import_err_json'));
    expect(other!.detail).toMatch(/^expected a value/);
  });

  it('an older version: both versions named in the interface language, with no place', () => {
    const older = { path: '', message: 'whatever the background said', lang: 'en' as const, code: 'older_version' as const, params: { got: '1.2.3', have: '1.3.0' } };
    for (const lang of ['en', 'fr', 'ar'] as const) {
      const [shown] = shownErrors([older], tr(lang), fmtNum(lang), lang);
      expect(shown).toEqual({ path: '', message: t(lang, 'import_err_older', { got: '1.2.3', have: '1.3.0' }) });
      expect(shown!.message).toContain('1.2.3');
      expect(shown!.message).toContain('1.3.0');
      expect(hasPlace(shown!)).toBe(false);
    }
  });
});
