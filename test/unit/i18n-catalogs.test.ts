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
});
