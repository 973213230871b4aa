// Exclusions excuse a post only where it writes them plainly (lib/match/plain.ts): the words as news, research and
// everyday posts write them stay exclusions; the same words through the evasions the fold undoes do not.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { showsNoEvasion, writtenPlainly } from '../../lib/match/plain';
import { checkProperty, propertySeed } from './helpers/property';

describe('writtenPlainly', () => {
  it('takes words as anyone writes them, in the three languages, decorated Arabic and names with digits included', () => {
    for (const s of ['ISIS', 'Daech', 'selon', 'according to', "l'EI", 'so-called', 'fact-check', 'داعش', 'داعـــش', 'دَاعِش', 'بحسب', 'APT28', 'covid19', 'Civ 6', 'صحيفة النبأ', 'sa3a', 'lo3ba', '7sab', 'ISIS 🔥', 'selon 🇫🇷']) {
      expect(writtenPlainly(s), s).toBe(true);
    }
  });

  it('refuses leet, symbols and asterisks for letters, invisible characters, spelled-out letters, styled and mixed-script letters, regional indicators and emoji inside a word', () => {
    for (const s of ['1S1S', 'd4esh', 'D*esh', 'i|s|s', '$elon', 'I\u200bS\u200bI\u200bS', 'Da\u00adesh', 'i.s.i.s', 'd a e c h', 'ا ل إ س ل ا م', '𝐈𝐒𝐈𝐒', 'ＩＳＩＳ', 'ⓘⓢⓘⓢ', 'ɪsɪs'.replace('s', 'ꜱ'), 'Isіs', 'sеlon', '🇩 🇦 🇪 🇸 🇭', 'd🔥esh', 'terr💥orist', 'D❤️aech']) {
      expect(writtenPlainly(s), JSON.stringify(s)).toBe(false);
    }
  });

  it('answers as its regexes do on arbitrary words, its quick path for plain Latin and Arabic words included', () => {
    const word = fc.constantFrom('game', 'according', 'to', 'a', 'I', 'o', 'ISIS', 'EI', 'داعش', 'بحسب', 'ﻻﻻ', 'ال', 'ب', 'و', '1S1S', 'd4esh', 'Isіs', 'sеlon', 'داعـش', 'دَاعِش', '🔥', '🇩', 'ｓ', '𝐈', 'é', 'I\u200bS');
    const gap = fc.constantFrom(' ', ' ', ' ', '  ', '-', '.', '', "'");
    checkProperty(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 6 }), (parts) => {
        const s = parts.map(([w, g]) => w + g).join('').trimEnd();
        expect(writtenPlainly(s), JSON.stringify(s)).toBe(showsNoEvasion(s));
      }),
      propertySeed(0x91a1),
      3000,
    );
  });
});
