// The interface language a user gets with the language setting on "auto" (the browser's locale: Canadian French,
// Moroccan Arabic, German…), and what a French or Arabic user sees when a string has no translation yet.
import { describe, expect, it } from 'vitest';
import fr from '../../public/_locales/fr/messages.json';
import { langFromLocale, t, type MessageKey } from '../../lib/i18n';

describe('langFromLocale: the browser locale picks one of the three interface languages', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['fr-BE', 'fr'],
    ['FR-fr', 'fr'],
    ['fr_CH', 'fr'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['ar_MA', 'ar'],
    ['ar-001', 'ar'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
  ])('%s → %s', (locale, want) => {
    expect(langFromLocale(locale)).toBe(want);
  });

  it.each([['de-DE'], ['es-419'], ['zh-Hant-TW'], ['frr'], [''], [null], [undefined]])(
    'a language Firebreak has no interface for (%s) falls back to English',
    (locale) => {
      expect(langFromLocale(locale)).toBe('en');
    },
  );
});

describe('t: what a French or Arabic user reads', () => {
  it('shows the English text, not the key, when the French catalogue lacks a string', () => {
    const catalog = fr as Record<string, unknown>;
    const saved = catalog.badge_high;
    expect(t('fr', 'badge_high')).toBe('Risque élevé');
    delete catalog.badge_high;
    try {
      expect(t('fr', 'badge_high')).toBe('High risk');
    } finally {
      catalog.badge_high = saved;
    }
    expect(t('fr', 'badge_high')).toBe('Risque élevé');
  });

  it('fills placeholders by name, whatever order the caller gives them in', () => {
    // "Version 1.6.0 is installed, newer than this file's 1.5.0": swapped, the user would be told the opposite of
    // what happened.
    expect(t('fr', 'import_err_older', { have: '1.6.0', got: '1.5.0' })).toBe(
      'La version 1.6.0 de ce pack est déjà installée, et elle est plus récente que celle de ce fichier (1.5.0). Une version plus ancienne ne peut pas remplacer une plus récente\u202f; rien n’a été modifié.',
    );
    expect(t('en', 'import_err_older', { got: '1.5.0', have: '1.6.0' })).toBe(
      'Version 1.6.0 of this pack is already installed, and it is newer than this file’s version (1.5.0). An older version cannot replace a newer one; nothing was changed.',
    );
  });

  it('gives the key itself for a key no catalogue has (never throws)', () => {
    expect(t('ar', 'no_such_message' as MessageKey)).toBe('no_such_message');
  });
});
