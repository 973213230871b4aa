// The three interface catalogues (public/_locales): the same keys and placeholders everywhere, and one name for the
// extension in each language, so that a user never sees it spelled two ways on one screen.
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ar from '../../public/_locales/ar/messages.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const CATALOGS: Record<'en' | 'fr' | 'ar', Catalog> = { en, fr, ar };

const placeholdersOf = (message: string) => [...new Set(message.match(/\$[A-Z_0-9]+\$/gi) ?? [])].map((p) => p.toLowerCase()).sort();

describe('interface catalogues', () => {
  it('French and Arabic have every English key, with the same placeholders', () => {
    for (const lang of ['fr', 'ar'] as const) {
      const cat = CATALOGS[lang];
      expect(Object.keys(cat).sort(), `${lang}: keys`).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en as Catalog)) {
        expect(placeholdersOf(cat[key]!.message), `${lang}: placeholders of ${key}`).toEqual(placeholdersOf(entry.message));
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
