// The three interface catalogues (public/_locales): the same keys and placeholders everywhere, and one name for the
// extension in each language, so that a user never sees it spelled two ways on one screen.
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ar from '../../public/_locales/ar/messages.json';
import { t, tp } from '../../lib/i18n';

type Catalog = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const CATALOGS: Record<'en' | 'fr' | 'ar', Catalog> = { en, fr, ar };

const placeholdersOf = (message: string) => [...new Set(message.match(/\$[A-Z_0-9]+\$/gi) ?? [])].map((p) => p.toLowerCase()).sort();

describe('interface catalogues', () => {
  it('French and Arabic have every English key, with the same placeholders', () => {
    for (const lang of ['fr', 'ar'] as const) {
      const cat = CATALOGS[lang];
      expect(Object.keys(cat).sort(), `${lang}: keys`).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en as Catalog)) {
        // A singular or dual form may say the number in its words (Arabic «وخطأ آخر», «ساعتين»): only the number
        // may be left out there.
        const numberInWords = /_(?:one|two)$/.test(key) ? (p: string) => p !== '$count$' && p !== '$hours$' : () => true;
        expect(placeholdersOf(cat[key]!.message), `${lang}: placeholders of ${key}`).toEqual(
          lang === 'ar' ? placeholdersOf(entry.message).filter((p) => placeholdersOf(cat[key]!.message).includes(p) || numberInWords(p)) : placeholdersOf(entry.message),
        );
      }
    }
  });

  it('the Arabic interface writes the extension’s name one way, as its Arabic name (extName)', () => {
    const name = (ar as Catalog).extName!.message;
    expect(name).toBe('فايربريك');
    const latin = Object.entries(ar as Catalog)
      .filter(([, e]) => /Firebreak/i.test(e.message))
      .map(([k]) => k);
    expect(latin, 'Arabic strings with the Latin name').toEqual([]);
    const used = Object.values(ar as Catalog).filter((e) => e.message.includes(name)).length;
    expect(used).toBeGreaterThan(30);
  });

  it('French typography: a no-break space before ":" and inside « », a narrow one before ";", "?" and "!", the curly apostrophe', () => {
    // An ordinary space there lets the line wrap before the sign (": …" at the start of a line).
    const faults: string[] = [];
    for (const [key, { message }] of Object.entries(fr as Catalog)) {
      if (/[ \u202f]:/.test(message)) faults.push(`${key}: a space that is not U+00A0 before ":"`);
      if (/[ \u00a0][;?!]/.test(message)) faults.push(`${key}: a space that is not U+202F before ";", "?" or "!"`);
      if (/«[ \u202f]|[ \u202f]»/.test(message)) faults.push(`${key}: a space that is not U+00A0 inside « »`);
      if (/\p{L}'\p{L}/u.test(message)) faults.push(`${key}: a straight apostrophe`);
    }
    expect(faults).toEqual([]);
    // Addresses, times and placeholders are left as they are.
    expect((fr as Catalog).sub_err_not_https!.message).toContain('https://');
    expect((fr as Catalog).opt_import_quoted!.message).toBe('«\u00a0$TEXT$\u00a0»');
  });
});

describe('messages about a number of things', () => {
  it("take the language's plural form where the catalogue has one, the message itself elsewhere", () => {
    expect(tp('ar', 'opt_set_sched_hours', 6, { hours: '6' })).toBe('كل 6 ساعات');
    expect(tp('ar', 'opt_set_sched_hours', 12, { hours: '12' })).toBe('كل 12 ساعة');
    expect(tp('en', 'opt_set_sched_hours', 6, { hours: '6' })).toBe('Every 6 hours');
    expect(tp('en', 'opt_import_more_errors', 1, { count: '1' })).toBe('…and 1 more problem.');
    expect(tp('en', 'opt_import_more_errors', 10, { count: '10' })).toBe('…and 10 more problems.');
    expect(tp('fr', 'opt_import_more_errors', 1, { count: '1' })).toBe('…et 1 autre problème.');
    expect(tp('fr', 'opt_import_names_more', 1, { count: '1' })).toBe('et 1 autre');
    expect(tp('fr', 'opt_import_names_more', 3, { count: '3' })).toBe('et 3 autres');
    expect(tp('ar', 'sub_err_invalid_more', 1, { detail: 'X', count: '1' })).toBe('الحزمة غير صالحة: X (وخطأ آخر)');
    expect(tp('ar', 'sub_err_invalid_more', 4, { detail: 'X', count: '4' })).toBe('الحزمة غير صالحة: X (و4 أخطاء أخرى)');
    expect(tp('en', 'import_custom_full', 1, { count: '1', max: '5000' })).toBe('1 of its phrases is left out: My patterns holds at most 5000.');
    expect(tp('en', 'import_custom_full', 4, { count: '4', max: '5000' })).toBe(t('en', 'import_custom_full', { count: '4', max: '5000' }));
  });
});
