// Import errors: a key named __proto__, constructor or prototype is refused with its place and its problem, so that
// the options page says where it is and what is wrong in French and Arabic, not only in English.
import { describe, expect, it } from 'vitest';
import { parsePack, type PackError } from '../../lib/pack/validate';
import { shownErrors } from '../../components/options/import-errors';
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
        where: t(lang, 'opt_import_place_pattern_id', { index: fmtNum(lang)(0), id: t(lang, 'opt_import_quoted', { text: 'p1' }) }),
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
