// Words spelled out letter by letter, two spaces apart or otherwise, joined for a second reading (lib/match/spaced.ts), and the
// offsets of a rewrite back into the post (lib/match/rewrite.ts).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  astralKind,
  EDGE_FIRST,
  EDGE_LAST,
  joinSpelledWords,
  mayHoldSpelledRun,
  spelledRuns,
  spelledRunsByRegex,
  splitSpelledRuns,
  unitKind,
} from '../../lib/match/spaced';
import { RewriteBuilder } from '../../lib/match/rewrite';
import { checkProperty, propertySeed } from './helpers/property';

describe('joinSpelledWords', () => {
  test.each([
    ['i f  y o u  c l o s e  o n e  a c c o u n t', 'if  you  close  one  account'],
    ['lol  w e   w i l l   t a k e   t e n 🔥', 'lol  we   will   take   ten 🔥'],
    ['ج ي ش  أ ب ن ا ء  ا ل خ ل ا ف ة', 'جيش  أبناء  الخلافة'],
    ['n o u s  e n  p r e n d r o n s  d i x', 'nous  en  prendrons  dix'],
    ['c\u00a0o\u00a0m\u00a0p\u00a0t\u00a0e  f\u00a0e\u00a0r\u00a0m\u00a0\u00e9', 'compte  fermé'],
  ])('%s', (text, want) => {
    expect(joinSpelledWords(text)?.text).toBe(want);
  });

  test('nothing to join without two spelled-out words apart by two spaces, or with fewer than six letters', () => {
    for (const text of ['no double space here', 'S o n s of the Caliphate', 'a b  c', 'Hello.  How are you?', 'x  y  z', 'c l o s e', ''])
      expect(joinSpelledWords(text)).toBeNull();
  });

  test('offsets in the joined text map back to the same letters of the post', () => {
    const text = 'read: i f  y o u  c l o s e  now';
    const r = joinSpelledWords(text)!;
    const at = r.text.indexOf('you');
    expect(text.slice(r.source(at), r.source(at + 'you  close'.length))).toBe('y o u  c l o s e');
    expect(r.source(0)).toBe(0);
    expect(r.source(r.text.length)).toBe(text.length);
    expect(text.slice(r.source(r.text.indexOf('now')))).toBe('now');
  });
});

describe('splitSpelledRuns', () => {
  test.each([
    ["L'a-r-m-é-e d-e-s f-i-l-s d-u c-a-l-i-f-a-t a parlé", "L'armée des fils du califat a parlé"],
    ['ج-ي-ش أ-ب-ن-ا-ء ا-ل-خ-ل-ا-ف-ة', 'جيش أبناء الخلافة'],
    ['F·l·a·m·e·s o•f t‐h‐e', 'Flames of the'],
    ["L'a–r–m–é–e", "L'armée"],
    ['Ａ－ｍ－ａ－ｑ ａ ｃｏｎｆｉｒｍé', 'Ａｍａｑ ａ ｃｏｎｆｉｒｍé'],
    ['c-œ-u-r d-e l-i-o-n', 'cœur de lion'],
    ['best line h o n e s t l y, j a y s h abna al khilafa', 'best line honestly, jaysh abna al khilafa'],
    ["l'c a l i f a t", "l'califat"],
    // An emoji with its variation selector or joiners between the words (the fold drops those, and joins the run).
    ['s o l d i e r ⚔️ c a l i f a t', 'soldier ⚔️ califat'],
    ['r 👨‍👩‍👧 c a b', 'r 👨‍👩‍👧 cab'],
    // Circled letters are symbols to Unicode, letters to the fold.
    ['ⓢ ⓞ ⓛ ⓓ ⓘ ⓔ ⓡ, ⓒ ⓐ ⓛ ⓘ ⓕ ⓐ ⓣ', 'ⓢⓞⓛⓓⓘⓔⓡ, ⓒⓐⓛⓘⓕⓐⓣ'],
  ])('words apart otherwise than by whitespace: %s', (text, want) => {
    expect(splitSpelledRuns(text, 0)?.text).toBe(want);
  });

  test.each([
    ['A s o l d i e r of the Caliphate', EDGE_FIRST, 'A soldier of the Caliphate'],
    ['un soldat du c a l i f a t a frappé', EDGE_LAST, 'un soldat du califat a frappé'],
    ['y a l l a h', EDGE_FIRST, 'y allah'],
    ['Caliphate A r m y a parlé', EDGE_FIRST, 'Caliphate A rmya parlé'],
    ['Caliphate A r m y a parlé', EDGE_LAST, 'Caliphate Army a parlé'],
    ['Caliphate A r m y a parlé', EDGE_FIRST | EDGE_LAST, 'Caliphate A rmy a parlé'],
    // Each spelled word of a run, not only the run's first and last letters; a decomposed à too.
    ['x, a s o l d i e r', EDGE_FIRST, 'x, a soldier'],
    ['h o n e s t l y, a s o l d i e r, f r o m', EDGE_FIRST, 'honestly, a soldier, from'],
    ['a\u0300 s o l d i e r', EDGE_FIRST, 'a\u0300 soldier'],
    // The "n" of "n°" (numéro, number) right after a spelled word is no letter of it.
    ['D a b i q n°15 dispo', EDGE_LAST, 'Dabiq n°15 dispo'],
    ['R u m i y a h N° 3', EDGE_LAST, 'Rumiyah N° 3'],
  ])('a one-letter word at the edge of a word spelled with single spaces, read apart: %s (%i)', (text, edges, want) => {
    expect(splitSpelledRuns(text, edges)?.text).toBe(want);
    expect(splitSpelledRuns(text, edges, spelledRuns(text))?.text).toBe(want);
  });

  test.each([
    ['D_4_w_l_4 b_4_q_1_y_4 🏴', 'D4wl4 b4q1y4 🏴'],
    ['D-4-w-l-4 b-4-q-i-y-4', 'D4wl4 b4qiy4'],
    ["L'E_t_4_t I_s_l_4_m_1_q_u_e reste debout", "L'Et4t Isl4m1que reste debout"],
    ['1.S.1.S', '1S1S'],
    ['ｋ．４．ｍ', 'ｋ４ｍ'],
  ])('leet digits spelled among the letters are letters of the run: %s', (text, want) => {
    expect(splitSpelledRuns(text, 0)?.text).toBe(want);
  });

  test.each([
    ['Gloire à la kh.i.l.a.f.a, elle reviendra', 'Gloire à la khilafa, elle reviendra'],
    ['vive le c.a.l.i.ph.a.t.e', 'vive le caliphate'],
    ['x kh-i-l-a-f-a', 'x khilafa'],
    ['j_a_y_sh a_b_n_a', 'jaysh a_b_n_a'], // the second word is the fold's own run,
    ['sh-a-h-i-d', 'shahid'],
  ])('a digraph kept whole among letters joined by marks is a letter of the run: %s', (text, want) => {
    expect(splitSpelledRuns(text, 0)?.text).toBe(want);
  });

  test('a two-letter word joins a run only by a mark, beside three letters in a row', () => {
    // Apart by spaces: words of their own. Fewer than three one-letter words in a row: no run the prefilter sees.
    for (const text of ['to c.a.l.i.f.a.t', 'c a l i f a t de', 'd.aw.l.a', 'sh.a.m', 'e.g. this', 'kh.ll.a.f', 'the U.S.A. and UK'])
      expect(splitSpelledRuns(text, 0), text).toBeNull();
  });

  test('digits alone, more digits than letters, or digits apart by spaces are numbers: the letters alone between them are runs', () => {
    for (const text of ['1.2.3', 'v 1 0 5', '4 x 4', 'il y a 5 000 comptes', 'page 1 0 0 sur 3', 'a 1 3 5 7', 'a-1-3-5-7', 'd 4 w l 4']) {
      expect(splitSpelledRuns(text, 0), text).toBeNull();
    }
    expect(spelledRuns('1 0 0 0 a-b-c-d')).toEqual([{ starts: [8, 10, 12, 14], ends: [9, 11, 13, 15], digits: false }]);
    expect(splitSpelledRuns('1 0 0 0, h o n e s t l y, y e s', 0)?.text).toBe('1 0 0 0, honestly, yes');
  });

  test('a long run costs one pass: runs are read once and kept as offsets', () => {
    const text = 'a '.repeat(50_000);
    const runs = spelledRuns(text);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.starts).toHaveLength(50_000);
    expect(splitSpelledRuns(text, EDGE_FIRST | EDGE_LAST, runs)?.text).toBe('a ' + 'a'.repeat(49_998) + ' a ');
  });

  test('nothing to read where the fold reads the run as it is spelled: one word, or words apart by whitespace only', () => {
    for (const text of ['send an e-mail to Jean-Luc', 'the U.S economy', 'd-u pain', 'x-y', '', 'vive le c-a-l-i-f-a-t !', 'I.S.I.S', 'i f  y o u  c l o s e', 'F🔥L🔥A🔥M🔥E🔥S'])
      for (const edges of [0, EDGE_FIRST, EDGE_LAST, EDGE_FIRST | EDGE_LAST]) expect(splitSpelledRuns(text, edges), text).toBeNull();
    // An invisible character or tatweel against the word glues it to more letters for the fold, as here.
    for (const text of ['cl\u200bo-s-e one', 'cl\u00ado-s-e one', 'c-l-o\u200bse one', 'جـا-ي-ش']) expect(splitSpelledRuns(text, 0), text).toBeNull();
    // Three letters must stay once the edge is read apart.
    expect(splitSpelledRuns('a m a', EDGE_FIRST | EDGE_LAST)).toBeNull();
    // An "n" not followed by the numero sign stays a letter of the word ("D a b i q n" is no edge).
    expect(splitSpelledRuns('x D a b i q n 15', EDGE_LAST)).toBeNull();
  });

  test('offsets map back to the spelled word', () => {
    const text = 'vive le c-a-l-i-f-a-t, a-m-a-q !';
    const r = splitSpelledRuns(text, 0)!;
    const at = r.text.indexOf('califat');
    expect(text.slice(r.source(at), r.source(at + 'califat'.length))).toBe('c-a-l-i-f-a-t');
    const edge = splitSpelledRuns('A s o l d i e r', EDGE_FIRST)!;
    expect('A s o l d i e r'.slice(edge.source(2), edge.source(9))).toBe('s o l d i e r');
  });
});

describe('the quick look for runs of one-letter words (mayHoldSpelledRun)', () => {
  // The classes spelledRuns's regexes read words with (spaced.ts LETTER, GLUE, FOLD_WORD).
  const GLUE = '\\p{Default_Ignorable_Code_Point}\\u0640';
  const LETTER = new RegExp(`^(?![${GLUE}])[\\p{L}\\u24b6-\\u24e9\\u{1f130}-\\u{1f189}\\p{N}]$`, 'u');
  const IN_WORD = new RegExp(`^[\\p{M}${GLUE}]$`, 'u');
  const kindByRegex = (cp: number): number => {
    const s = String.fromCodePoint(cp);
    return LETTER.test(s) ? 1 : IN_WORD.test(s) ? 2 : 3;
  };

  test('every character it knows is the kind the regexes read it as', () => {
    const wrong: string[] = [];
    let known = 0;
    const check = (cp: number, kind: number): void => {
      if (kind === 0) return;
      known++;
      if (kind !== kindByRegex(cp)) wrong.push(`U+${cp.toString(16)}`);
    };
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) check(c, unitKind(c));
    for (let cp = 0x10000; cp < 0x110000; cp++) check(cp, astralKind(cp));
    expect(wrong).toEqual([]);
    expect(known).toBeGreaterThan(6000);
  });

  test('it passes the spelled posts and turns down plain ones, in the three languages and with emoji', () => {
    for (const text of [
      'i f  y o u  c l o s e',
      'h o n e s t l y, j a y s h',
      "L'a-r-m-é-e d-e-s f-i-l-s",
      'م ر ك ز ا ل ح ي ا ة',
      'ⓢ ⓞ ⓛ ⓓ ⓘ ⓔ ⓡ',
      '🅢 🅞 🅛 🅓',
      'D_4_w_l_4 b-4-q-1-y-4',
      'e\u0301 a\u0301 o\u0301',
    ])
      expect(mayHoldSpelledRun(text), text).toBe(true);
    for (const text of [
      'Si vous fermez un de nos comptes, nous en prendrons dix en échange… 🔥🔥🔥 « vraiment » ?',
      'If you close one of our accounts, we will take ten in exchange 🇫🇷 🇺🇸 ❤️ ☀️',
      'إذا أغلقتم حسابًا واحدًا من حساباتنا، سنأخذ عشرة مقابله؟ ❤️ 👍',
      'It is a good day to be in Paris: I am at the café.',
    ])
      expect(mayHoldSpelledRun(text), text).toBe(false);
  });

  test('it never turns down a text where the regexes find a run, on arbitrary text', () => {
    const piece = fc.constantFrom(
      'a', 'b', 'kh', 'I', 'é', 'e\u0301', '4', '1', '100', 'word', 'ب', 'لا', 'ـ', '\u064e', '\u200b', '\u200d', '\ufe0f', '\u00ad',
      ' ', '  ', '\u00a0', '-', '.', '_', '·', '•', ',', "'", '’', '«', '»', '🔥', '🇫', '🅰', '𝐚', 'ⓐ', '①', '❶', '\u2066', '٣',
      '،', 'ｘ', '\ud800', 'Ω', 'ж', '字',
    );
    checkProperty(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 24 }), (parts) => {
        const text = parts.join('');
        if (spelledRunsByRegex(text).length > 0) expect(mayHoldSpelledRun(text), JSON.stringify(text)).toBe(true);
        expect(spelledRuns(text)).toEqual(spelledRunsByRegex(text));
      }),
      propertySeed(0x5e11),
      4000,
    );
  });
});

describe('RewriteBuilder', () => {
  test('inserted text maps to the post offset after it, removed text is skipped, kept text maps one to one', () => {
    const b = new RewriteBuilder('abcdef');
    b.insertAt(2, '--');
    b.removeRange(3, 5);
    const r = b.finish()!;
    expect(r.text).toBe('ab--cf');
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => r.source(i))).toEqual([0, 1, 2, 2, 2, 5, 6]);
  });

  test('a replaced stretch maps its start and its end to the stretch it stands for, even at the end of the text', () => {
    const b = new RewriteBuilder('to Z*ck');
    b.replaceRange(3, 7, 'zuck');
    const r = b.finish()!;
    expect(r.text).toBe('to zuck');
    expect([3, 5, 7].map((i) => r.source(i))).toEqual([3, 7, 7]);
  });

  test('no edit, no rewrite', () => {
    expect(new RewriteBuilder('abc').finish()).toBeNull();
  });
});
