// The forms of a folded term that the matcher finds, spelled out naively for the reference matchers of the property
// tests: the term run together ("#SonsOfTheCaliphate"), and the term with a space inside one or more of its words
// ("Cali phate", at most one per word), SPLIT_MIN word code units or more on each side, with the letters a slip may
// double written twice ("khilaffa"); and a post's readings with emoji read as masked letters.
import { DOUBLE_MIN, SPLIT_MIN } from '../../../lib/match/automaton';
import { foldText } from '../../../lib/text/fold';
import { cliticForms } from '../../../lib/match/clitics';
import { maskEmojiLetters } from '../../../lib/match/emoji-split';
import type { Matcher } from '../../../lib/match/matcher';
import type { MaskedWords } from '../../../lib/match/masked';
import type { ArabicHashtags } from '../../../lib/match/arabic-hashtags';
import type { ArabicLookalikes } from '../../../lib/match/arabic-lookalikes';
import { chainRewrites, type Rewrite } from '../../../lib/match/rewrite';
import { spellRegionalLetters } from '../../../lib/match/regional-letters';
import { SPELLED_READINGS, spelledRuns, splitSpelledRuns } from '../../../lib/match/spaced';

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

function isWordUnit(s: string, i: number): boolean {
  let cp = s.charCodeAt(i);
  if (cp >= 0xdc00 && cp <= 0xdfff && i > 0) cp = s.codePointAt(i - 1)!;
  else cp = s.codePointAt(i)!;
  return WORD_RE.test(String.fromCodePoint(cp));
}

/** Where a split form has a space inside one of the term's words (markedSplitForms). */
const SPLIT_MARK = '\u0000';

/**
 * The folded term, then every form of it with one space inside one or more of its words (at most one per word: the
 * walk skips a space once per word of a keyword), that space written SPLIT_MARK (read as a space, inside the word).
 */
function markedSplitForms(term: string): string[] {
  // The term as pieces: [text before the word, the word, ...]; each word spelled whole or cut once.
  let forms = [''];
  let i = 0;
  while (i < term.length) {
    if (!isWordUnit(term, i)) {
      const from = i;
      while (i < term.length && !isWordUnit(term, i)) i++;
      const gap = term.slice(from, i);
      forms = forms.map((f) => f + gap);
      continue;
    }
    const from = i;
    while (i < term.length && isWordUnit(term, i)) i++;
    const word = term.slice(from, i);
    const ways = [word];
    for (let p = SPLIT_MIN; p <= word.length - SPLIT_MIN; p++) ways.push(`${word.slice(0, p)}${SPLIT_MARK}${word.slice(p)}`);
    forms = forms.flatMap((f) => ways.map((w) => f + w));
  }
  return forms;
}

/**
 * A global RegExp (cached) for a (marked) form in which a letter the walk may read as a slip is written twice, from
 * the DOUBLE_MIN-th code unit of its word on and before another word character ("khilaffa" for "khilafa").
 */
function doubledFormRegExp(form: string): RegExp {
  let re = formRegExps.get(form);
  if (re === undefined) {
    if (formRegExps.size >= 4096) formRegExps.clear();
    re = new RegExp(doubledFormSource(form), 'gu');
    formRegExps.set(form, re);
  }
  return re;
}

/** The RegExps of the forms seen last (cleared when full: a property test sees many thousands). */
const formRegExps = new Map<string, RegExp>();

/** Letters a slip may write twice: Latin consonants; Arabic alif, waw and ya (as folded). */
const SLIP_LETTERS = new Set('bcdfghjklmnpqrstvwxzاوي');

function doubledFormSource(form: string): string {
  let src = '';
  let inWord = 0;
  for (const ch of form) {
    if (ch === SPLIT_MARK) {
      src += ' ';
      continue;
    }
    const esc = `\\u{${ch.codePointAt(0)!.toString(16)}}`;
    if (!WORD_RE.test(ch)) {
      inWord = 0;
      src += esc;
      continue;
    }
    inWord += ch.length;
    src += inWord >= DOUBLE_MIN && SLIP_LETTERS.has(ch) ? `(?:${esc}${esc}(?=[\\p{L}\\p{N}\\p{M}])|${esc})` : esc;
  }
  return src;
}

/**
 * Word-bounded occurrences of a folded term in folded text, naively (a RegExp tried from every position): the term,
 * each form with a space inside a word ("Cali phate") unless `split` is false, each with a slip's doubled letters
 * (doubledFormRegExp).
 */
export function termSpans(text: string, term: string, split = true): [number, number][] {
  const out: [number, number][] = [];
  if (term === '') return out;
  // A quick test first: written with doubled letters or not, an occurrence reads the same with every run squeezed.
  const squeezed = squeeze(text);
  for (const form of split ? markedSplitForms(term) : [term]) {
    if (!squeezed.includes(squeeze(form.replaceAll(SPLIT_MARK, ' ')))) continue;
    const re = doubledFormRegExp(form);
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1), m = re.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if ((at > 0 && isWordUnit(text, at - 1)) || (end < text.length && isWordUnit(text, end))) continue;
      out.push([at, end]);
    }
  }
  return out;
}

/** Every run of one code unit written once. */
function squeeze(s: string): string {
  return s.replace(/([\s\S])\1+/g, '$1');
}

/**
 * Does the folded `slice` read as the folded term, or as one of its forms with a space inside a word, with a slip's
 * doubled letters (doubledFormRegExp)?
 */
export function readsAsTerm(slice: string, term: string): boolean {
  return markedSplitForms(term).some((form) => {
    const re = doubledFormRegExp(form);
    re.lastIndex = 0;
    const m = re.exec(slice);
    return m !== null && m.index === 0 && m[0].length === slice.length;
  });
}

/** The run-together form of a folded spelling of several words with a Latin letter, or null (as the matcher). */
export function runTogether(term: string): string | null {
  const joined = foldText(term.replaceAll(' ', '')).text;
  return term.includes(' ') && /[a-z]/.test(term) && joined.length >= 8 && foldText(joined).text === joined ? joined : null;
}

/**
 * Occurrences of a pattern's term, then of its run-together form unless `spelled` (the pattern's spellings and the
 * forms already given to an earlier term) holds it; the form is split like a spelling only where some pattern spells
 * it (`spelledAny`). `find(text, form, split)` is the reference's own naive search.
 */
export function withRunTogether<T>(
  find: (form: string, split: boolean) => T[],
  term: string,
  spelled: Set<string>,
  spelledAny: ReadonlySet<string>,
): T[] {
  const found = find(term, true);
  const joined = runTogether(term);
  if (joined !== null && !spelled.has(joined)) {
    spelled.add(joined);
    found.push(...find(joined, spelledAny.has(joined)));
  }
  return found;
}

/**
 * The folded term with one of its doubled letters written once, which is how a stretched letter folds ("killlll" →
 * "kil"): words of four code units or more in a phrase, six or more alone; at most four forms.
 */
export function singledForms(term: string): string[] {
  const words = term.split(' ');
  const out = new Set<string>();
  words.forEach((word, k) => {
    if (word.length < (words.length > 1 ? 4 : 6)) return;
    for (const m of word.matchAll(/(\p{L})\1/gu)) {
      const one = word.slice(0, m.index) + word.slice(m.index + 1);
      out.add([...words.slice(0, k), one, ...words.slice(k + 1)].join(' '));
    }
  });
  return [...out].slice(0, 4);
}

/**
 * Each term's occurrences (`found`, parallel to `terms`) with those of its singled forms added, after every term's
 * run-together form (the matcher adds them in that order), a form skipped where `spelled` already holds it.
 */
export function withSingled<T>(find: (form: string) => T[], terms: readonly string[], found: T[][], spelled: Set<string>): T[][] {
  return terms.map((t, i) => {
    const all = [...found[i]!];
    for (const form of singledForms(t)) {
      if (spelled.has(form)) continue;
      spelled.add(form);
      all.push(...find(form));
    }
    return all;
  });
}

/**
 * Each term's hits with its one-word Arabic forms with a clitic written onto them (lib/match/clitics.ts), for `all`
 * patterns, unless another term (or an earlier form) is spelled so.
 */
export function withClitics<T>(find: (form: string) => T[], terms: readonly string[], found: T[][], spelled: Set<string>): T[][] {
  return terms.map((t, i) => {
    const all = [...found[i]!];
    for (const form of cliticForms(t)) {
      if (spelled.has(form) || foldText(form).text !== form) continue;
      spelled.add(form);
      all.push(...find(form));
    }
    return all;
  });
}

/**
 * The readings of a post with its emoji inside words read as masked letters ("kh🖤lafa" → "khilafa"), mapped back to
 * the post: the matcher's own masked-word filler (lib/match/masked.ts, unit-tested on its own) picks the words, since
 * which words fit depends on the compiled keywords; the references then match those texts themselves.
 */
export function emojiLetterReadings(m: Matcher, post: string): Rewrite[] {
  const starred = maskEmojiLetters(post);
  if (starred === null) return [];
  const masked = (m as unknown as { masked: MaskedWords }).masked;
  return masked.unmask(starred.text).map((r) => chainRewrites(starred, r));
}

/**
 * The readings of a post's run-together Arabic hashtags and Arabic words spelled letter by letter, cut into the
 * matcher's pack words (arabic-hashtags.ts).
 */
export function arabicHashtagReadings(m: Matcher, post: string): Rewrite[] {
  const cutter = (m as unknown as { arabicHashtags: ArabicHashtags }).arabicHashtags;
  return [cutter.cut(post), cutter.joinSpelled(post)].filter((r): r is Rewrite => r !== null);
}

/**
 * The readings of a post's Arabic words written with a Latin letter or a digit in a letter's place, filled in from the
 * matcher's keyword words (arabic-lookalikes.ts; dotless letters are read in "maybe" posts only: not here).
 */
export function arabicLookalikeReadings(m: Matcher, post: string): Rewrite[] {
  return (m as unknown as { lookalikes: ArabicLookalikes }).lookalikes.read(post, false);
}

/** The readings of a post's lone regional indicators as letters with a one-letter word beside them read apart. */
export function regionalSpelledReadings(post: string): Rewrite[] {
  const letters = spellRegionalLetters(post);
  if (letters === null) return [];
  const runs = spelledRuns(letters.text);
  return SPELLED_READINGS.flatMap((edges) => {
    const split = splitSpelledRuns(letters.text, edges, runs);
    return split === null ? [] : [chainRewrites(letters, split)];
  });
}
