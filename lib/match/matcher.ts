// The matcher: compiles patterns (folded terms, one automaton, rule tables) into one binary buffer, matches a
// post in a single pass, and turns the buffer into a JSON-safe snapshot and back without rebuilding anything.
import { foldInto, foldedText, FOLD_VERSION } from '../text/fold';
import { WORD_CLASS } from '../text/fold-tables';
import {
  CATEGORIES,
  EMPTY_RESULT,
  SEVERITIES,
  SEVERITY_RANK,
  type Category,
  type MatchedPattern,
  type MatchResult,
  type MatchSpan,
  type Severity,
} from '../types';
import { bitOf, buildAutomaton, kwRanks, Scanner, type AutomatonArrays } from './automaton';
import { Prefilter } from './prefilter';
import { joinArabicPieces } from './arabic-pieces';
import { cutCamelHashtags } from './hashtags';
import { ArabicHashtags } from './arabic-hashtags';
import { ArabicLookalikes, holdsDotless } from './arabic-lookalikes';
import { chainRewrites, type Rewrite } from './rewrite';
import { MaskedWords } from './masked';
import { joinEmojiSplitWords, maskEmojiLetters } from './emoji-split';
import { spellHeavyLeet } from './leet';
import { spellArabizi } from './arabizi';
import { spellRegionalLetters } from './regional-letters';
import { drawnWordStandsAlone, spellEmojiWords } from './emoji-words';
import { spellBlackFlags } from './black-flag';
import { joinCutWords } from './cut-words';
import { spellOnesAsL } from './ones';
import { opensClause } from './clause';
import { forgetQuotes, insideQuotes } from './quoted';
import { cutEnd } from '../text/utf16';
import { joinSpelledWords, SPELLED_READINGS, spelledRuns, splitSpelledRuns } from './spaced';
import { shorthandForms } from './shorthand';
import { singledForms } from './stretched';
import { ArabicClitics, cliticForms } from './clitics';
import { decodeBase64, encodeBase64 } from '../base64';
import { KIND_ALL, KIND_PHRASE, RuleEvaluator, type RuleArrays } from './rules';
import { writtenPlainly } from './plain';
import { PatternTable } from './pattern-table';
import { checkMetaLists } from './meta-parts';

export interface MatcherPattern {
  id: string;
  packId: string;
  name: string;
  kind: 'phrase' | 'all';
  /** phrase: exactly one term; all: 2+ terms that must all occur in the post. */
  terms: string[];
  /**
   * Other spellings of each term, parallel to `terms` (alternates[i] for terms[i]; missing or empty: none): any
   * one found counts as that term ("لجيش أبناء الخلافة" for "جيش أبناء الخلافة", "الفيسبوك" for "فيسبوك").
   */
  alternates?: string[][];
  /** all: the starts of the first and last required hits are at most this many words apart (adjacent words: 1). */
  within?: number;
  /** Exclusion phrases: the pattern does not fire when any is present in the post. */
  unless?: string[];
  /**
   * One of `terms`: a post where it (or one of its alternates) stands inside quotation marks is excused, as by an
   * exclusion (lib/match/quoted.ts): news and solidarity posts quote a threat, its authors do not.
   */
  quotedTerm?: string;
  /**
   * Phrase patterns: the phrase counts only where it opens a clause, or right after one of these words (lib/match/
   * clause.ts): a slogan said of another subject is a joke on it.
   */
  onlyAfter?: string[];
  category: Category;
  severity: Severity;
  contextId: string | null;
  /** The pattern's language (`en`, `fr`, `ar`, `any`): English and French spellings also match in texting shorthand. */
  lang?: string;
}

export interface RejectedPattern {
  patternId: string;
  reason: string;
}

/** Pattern fields the results need, one array entry per compiled pattern (in compile order). */
export interface MatcherMeta {
  ids: string[];
  packIds: string[];
  names: string[];
  categories: Category[];
  severities: Severity[];
  contextIds: (string | null)[];
  /** Per pattern, the index of its term whose quoting excuses a post, or -1 (absent in snapshots without any). */
  quotedTerms?: number[];
  /** Per pattern, the folded words its phrase may stand after, or null (absent in snapshots without any). */
  onlyAfter?: (string[] | null)[];
}

/** JSON-safe compiled matcher: `data` is the base64 of the one buffer holding every typed array. */
export interface MatcherSnapshot {
  format: 7;
  foldVersion: number;
  patternCount: number;
  data: string;
  meta: MatcherMeta;
}

/** A snapshot's fields without its base64 buffer, and the buffer itself (for a transport that encodes it otherwise). */
export interface SnapshotParts {
  header: Omit<MatcherSnapshot, 'data'>;
  bytes: Uint8Array;
}

export interface Matcher {
  readonly patternCount: number;
  /** Size of the compiled buffer in bytes (the dense root table built on load is not included). */
  readonly byteLength: number;
  match(text: string): MatchResult;
  toSnapshot(): MatcherSnapshot;
}

export interface CompiledMatcher extends Matcher {
  /** Patterns left out, with the reason (a term that folds to nothing or one character, a bad shape...). */
  readonly rejected: readonly RejectedPattern[];
  /** The snapshot's fields and its buffer as they are, not base64-encoded. */
  snapshotParts(): SnapshotParts;
}

/**
 * 4: the split-word bit sets (automaton.ts); patterns also compile their texting shorthand (shorthand.ts). 5: the start
 * filter's token hashes leave out a code unit equal to the one before it (a letter doubled by mistake, automaton.ts). 6:
 * the anchor terms (anchorKeywords) and their start filter, computed once at compile (a tab takes them as they are). 7:
 * a bit set of the states where a keyword ends and the keywords in their order, in place of a keyword id per state
 * (automaton.ts: 1.0 MB less in a 10,321-pattern snapshot).
 */
export const SNAPSHOT_FORMAT = 7;
/** Fewest letters of an exclusion without the article that gets clitic forms (shorter ones make everyday words). */
const MIN_CLITIC_EXCLUSION = 4;
/** How many hits of a pattern's quoted term are looked at for quotation marks around them (lib/match/quoted.ts). */
const QUOTED_HITS_LOOKED_AT = 8;
/**
 * The part of a post the second readings read (code units): its start. The first reading reads it all; a post of
 * 100,000 characters that sets off every second reading cost 90 ms (a long task) read whole a dozen times, and with
 * 20,000 a slice holding a hostile page's 256 KB post still ran 56–60 ms of CPU on a slow hour (session 37). Evasions
 * that only a second reading undoes, 10,000 characters into one post, are left to the first reading.
 */
const MAX_SECOND_READING = 10_000;
/**
 * The letters of the Arabic clitics a word may start with, و ف ب ل (ArabicClitics), and the letters after which two
 * words may be written together, ة ى (ArabicHashtags.unglue): posts holding none skip both readings.
 */
const ARABIC_READING_LETTER = /[\u0628\u0641\u0644\u0648\u0629\u0649]/;

/** A long post's start for the second readings: cut at its last white space within the limit, never inside a word. */
function readingStart(text: string): string {
  for (let i = MAX_SECOND_READING; i > MAX_SECOND_READING - 2000; i--) if (/\s/.test(text[i]!)) return text.slice(0, i);
  return text.slice(0, cutEnd(text, MAX_SECOND_READING));
}
const MAGIC = 0x34524246; // "FBR4"
const HEADER_INTS = 8;

// ---- compile ----

interface Accepted {
  p: MatcherPattern;
  terms: string[];
  /** Folded other spellings of each term, parallel to `terms`, none equal to any term or to another's. */
  alts: string[][];
  exclusions: string[];
  /** The run-together forms among alts and exclusions: the walk never splits them (they stand for a hashtag). */
  joined: Set<string>;
  /** Folded words the phrase may stand after (MatcherPattern.onlyAfter), or null. */
  onlyAfter: string[] | null;
}

/** Folds a term; returns the folded text or the reason it cannot be used. */
function foldTerm(term: unknown, what: string): { text: string } | { reason: string } {
  if (typeof term !== 'string') return { reason: `${what} is not a string` };
  const text = foldedText(term);
  if (text.length === 0) return { reason: `${what} "${term}" folds to nothing` };
  // The scan finds keywords in folded posts, so a keyword must be folded text itself (the fold is idempotent; a
  // term that broke this would never match, so it is refused rather than kept silently).
  if (foldedText(text) !== text) return { reason: `${what} "${term}" does not fold to a stable form` };
  const first = text.codePointAt(0)!;
  if (text.length === (first > 0xffff ? 2 : 1))
    return { reason: `${what} "${term}" folds to one character ("${text}"), which would match far too much` };
  return { text };
}

/**
 * A value as text for a reason or the metadata, never throwing: String() throws on an object whose toString is not
 * a function (a damaged pattern's field can be any value).
 */
function printable(x: unknown): string {
  try {
    return String(x);
  } catch {
    try {
      return Object.prototype.toString.call(x);
    } catch {
      return '(a value that cannot be printed)';
    }
  }
}

/** Pattern ids are unique within a pack: two packs may use the same id for different patterns. */
function patternKey(p: MatcherPattern): string {
  return `${printable(p.packId)}\u0000${p.id}`;
}

/** Shortest run-together form kept: "dabiq pdf" → "dabiqpdf"; shorter joins are too likely to be a word. */
const MIN_RUN_TOGETHER = 8;
const LATIN_LETTER = /[a-z]/;

/**
 * The run-together form of a folded spelling of several words written in Latin letters, as hashtags write it and as
 * spaced letters fold ("#FlamesOfTheSupporters", "#AmaqAgency", "S o n s o f t h e C a l i p h a t e A r m y" all
 * fold to one word), or null. Capitals are what make a run-together hashtag readable, so spellings without a Latin
 * letter get none: Arabic hashtags join words with '_', a separator already (and the forms would cost a third more
 * snapshot for nothing). The form is folded again (joining words may make a run of three letters, or a leet word).
 */
function runTogether(spelling: string): string | null {
  if (!spelling.includes(' ') || !LATIN_LETTER.test(spelling)) return null;
  const joined = foldedText(spelling.replaceAll(' ', ''));
  return joined.length >= MIN_RUN_TOGETHER && foldedText(joined) === joined ? joined : null;
}

/** Adds to each slot the run-together forms of its spellings, except one another slot already spells. */
function addRunTogetherForms(terms: string[], alts: string[][], owner: Map<string, number>, added: Set<string>): void {
  for (let slot = 0; slot < terms.length; slot++) {
    const list = alts[slot]!;
    const n = list.length;
    for (let j = -1; j < n; j++) {
      const joined = runTogether(j < 0 ? terms[slot]! : list[j]!);
      if (joined !== null && claim(joined, slot, owner, list)) added.add(joined);
    }
  }
}

/** Gives a form to a slot (adds it to the slot's spellings) unless some slot spells it already; whether it did. */
function claim(form: string, slot: number, owner: Map<string, number>, list: string[]): boolean {
  if (owner.has(form)) return false;
  owner.set(form, slot);
  list.push(form);
  return true;
}

/**
 * Adds to each slot its spellings in texting shorthand (lib/match/shorthand.ts), except one another slot already
 * spells; run-together forms get none ("#IfUCloseOneAccount" is rare, and they would multiply).
 */
function addShorthandForms(terms: string[], alts: string[][], owner: Map<string, number>, joined: Set<string>, lang: string | undefined): void {
  for (let slot = 0; slot < terms.length; slot++) {
    const list = alts[slot]!;
    for (const spelling of [terms[slot]!, ...list.filter((a) => !joined.has(a))])
      for (const form of foldedShorthand(spelling, lang)) claim(form, slot, owner, list);
  }
}

/**
 * Adds to each slot the forms of its spellings as the pack gives them (term and variants) with a doubled letter
 * written once, which a stretched letter folds to (stretched.ts), except one another slot already spells.
 */
function addSingledForms(given: string[][], alts: string[][], owner: Map<string, number>): void {
  given.forEach((spellings, slot) => {
    for (const spelling of spellings) for (const form of singledForms(spelling)) claim(form, slot, owner, alts[slot]!);
  });
}

/**
 * Adds to each slot of an `all` pattern the forms of its one-word Arabic spellings with a clitic written onto them
 * (clitics.ts: "وزوكربيرغ", "للأنصار"), except one another slot already spells; each form folded as a keyword is.
 */
function addCliticForms(given: string[][], alts: string[][], owner: Map<string, number>): void {
  given.forEach((spellings, slot) => {
    for (const spelling of spellings)
      for (const form of cliticForms(spelling)) if (foldedText(form) === form) claim(form, slot, owner, alts[slot]!);
  });
}

/** A spelling's shorthand forms (shorthand.ts), folded; none that folds to one letter alone ("u"). */
function foldedShorthand(spelling: string, lang: string | undefined): string[] {
  const out: string[] = [];
  for (const form of shorthandForms(spelling, lang)) {
    const f = foldTerm(form, 'shorthand');
    if (!('reason' in f)) out.push(f.text);
  }
  return out;
}

function checkPattern(p: MatcherPattern, seen: Set<string>): Accepted | string {
  if (typeof p.id !== 'string' || p.id === '') return 'pattern id is empty';
  if (seen.has(patternKey(p))) return 'duplicate pattern id';
  if (p.kind !== 'phrase' && p.kind !== 'all') return `unknown kind "${printable(p.kind)}"`;
  if (!CATEGORIES.includes(p.category)) return `unknown category "${printable(p.category)}"`;
  if (!SEVERITIES.includes(p.severity)) return `unknown severity "${printable(p.severity)}"`;
  if (!Array.isArray(p.terms)) return 'terms is not a list';
  if (p.kind === 'phrase' && p.terms.length !== 1) return 'a phrase pattern has exactly one term';
  if (p.kind === 'all' && p.terms.length < 2) return "an 'all' pattern needs at least two terms";
  if (p.within !== undefined) {
    if (p.kind !== 'all') return "'within' applies to 'all' patterns only";
    if (!Number.isInteger(p.within) || p.within < 0 || p.within > 100_000)
      return `'within' must be a whole number of words, got ${printable(p.within)}`;
  }
  if (p.alternates !== undefined && (!Array.isArray(p.alternates) || p.alternates.length > p.terms.length))
    return 'alternates is not a list with at most one entry per term';
  const terms: string[] = [];
  const alts: string[][] = [];
  const owner = new Map<string, number>(); // folded spelling → its term's index in `terms`
  for (let i = 0; i < p.terms.length; i++) {
    const f = foldTerm(p.terms[i], 'term');
    if ('reason' in f) return f.reason;
    let slot = terms.indexOf(f.text);
    if (slot < 0) {
      if (owner.has(f.text)) return `term "${f.text}" is also given as another term's variant`;
      slot = terms.push(f.text) - 1;
      alts.push([]);
      owner.set(f.text, slot);
    }
    const list: unknown = p.alternates?.[i];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return 'a term\'s variants are not a list';
    for (const a of list as unknown[]) {
      const g = foldTerm(a, 'variant');
      if ('reason' in g) return g.reason;
      const o = owner.get(g.text);
      if (o === slot) continue; // folds like its term or an earlier variant: nothing to add
      if (o !== undefined) return `variant "${g.text}" folds like another term or its variant`;
      owner.set(g.text, slot);
      alts[slot]!.push(g.text);
    }
  }
  if (p.kind === 'all' && terms.length < 2) return `the terms fold to the same text ("${terms[0]}")`;
  const given = terms.map((t, slot) => [t, ...alts[slot]!]);
  const joined = new Set<string>();
  addRunTogetherForms(terms, alts, owner, joined);
  const lang = typeof p.lang === 'string' ? p.lang : undefined;
  addShorthandForms(terms, alts, owner, joined, lang);
  addSingledForms(given, alts, owner);
  if (p.kind === 'all') addCliticForms(given, alts, owner);
  const exclusions: string[] = [];
  if (p.unless !== undefined) {
    if (!Array.isArray(p.unless)) return 'unless is not a list';
    for (const t of p.unless) {
      const f = foldTerm(t, 'exclusion');
      if ('reason' in f) return f.reason;
      if (!exclusions.includes(f.text)) exclusions.push(f.text);
    }
    // An exclusion holds run together as a term does ("#SoCalled", "#AccordingTo"), in shorthand ("off ur next"), and
    // with a doubled letter stretched.
    for (let i = 0, n = exclusions.length; i < n; i++) {
      const form = runTogether(exclusions[i]!);
      if (form !== null && !exclusions.includes(form)) {
        exclusions.push(form);
        joined.add(form);
      }
    }
    // An Arabic one-word exclusion with a clitic written onto it ("بالواجب" for "الواجب"), in every pattern, `phrase`
    // or `all`: an exclusion only excuses. Not for a short word without the article: its forms are other everyday
    // words ("كرة" gives "بكره", tomorrow; "أحد" gives "وأحد", which folds to "واحد", one), which would excuse threats.
    for (const written of exclusions.filter((x) => !joined.has(x))) {
      const clitic = written.length >= MIN_CLITIC_EXCLUSION || written.startsWith('ال') ? cliticForms(written) : [];
      for (const form of [...foldedShorthand(written, lang), ...singledForms(written), ...clitic])
        if (!exclusions.includes(form) && foldedText(form) === form) exclusions.push(form);
    }
  }
  let onlyAfter: string[] | null = null;
  if (p.onlyAfter !== undefined) {
    if (p.kind !== 'phrase') return 'onlyAfter applies to phrase patterns only';
    onlyAfter = [];
    for (const w of p.onlyAfter) {
      if (typeof w !== 'string') return 'onlyAfter holds something other than words';
      const f = foldedText(w);
      if (f.length === 0 || /\s/.test(f)) return `onlyAfter word "${w}" is not one word once folded`;
      if (!onlyAfter.includes(f)) onlyAfter.push(f);
    }
  }
  return { p, terms, alts, exclusions, joined, onlyAfter };
}

/**
 * The pattern's fields read once into a plain object (lists copied), or the reason they cannot be, with the id when
 * it could be read: a damaged pattern may be null, or an object whose getters throw or answer differently each time.
 */
function readPattern(p: unknown): { pattern: MatcherPattern } | { reason: string; id: string } {
  if (p === null || typeof p !== 'object') return { reason: 'pattern is not an object', id: '' };
  let id: unknown;
  const refuse = (reason: string) => ({ reason, id: typeof id === 'string' ? id : '' });
  try {
    const o = p as Record<string, unknown>;
    id = o.id;
    const terms = o.terms;
    const unless = o.unless;
    const alternates = o.alternates;
    // A list longer than any pack allows (8 terms, 32 exclusions) is refused before it is walked (a sparse array can
    // claim millions of entries).
    if ((Array.isArray(terms) && terms.length > MAX_LIST) || (Array.isArray(unless) && unless.length > MAX_LIST))
      return refuse(`terms or exclusions hold more than ${MAX_LIST} entries`);
    let alts: unknown = alternates;
    if (Array.isArray(alternates)) {
      if (alternates.length > MAX_LIST) return refuse(`alternates hold more than ${MAX_LIST} entries`);
      const copy: unknown[] = [];
      for (const list of Array.from(alternates as unknown[])) {
        if (Array.isArray(list) && list.length > MAX_LIST) return refuse(`a term's variants hold more than ${MAX_LIST} entries`);
        copy.push(Array.isArray(list) ? Array.from(list as unknown[]) : list);
      }
      alts = copy;
    }
    const pattern = {
      id,
      packId: o.packId,
      name: o.name,
      kind: o.kind,
      terms: Array.isArray(terms) ? Array.from(terms as unknown[]) : terms,
      within: o.within,
      unless: Array.isArray(unless) ? Array.from(unless as unknown[]) : unless,
      ...(alts === undefined ? {} : { alternates: alts }),
      category: o.category,
      severity: o.severity,
      contextId: o.contextId,
      ...(typeof o.lang === 'string' ? { lang: o.lang } : {}),
      ...(typeof o.quotedTerm === 'string' ? { quotedTerm: o.quotedTerm } : {}),
      ...(Array.isArray(o.onlyAfter) && o.onlyAfter.length <= MAX_LIST ? { onlyAfter: Array.from(o.onlyAfter as unknown[]) } : {}),
    };
    if (o.onlyAfter !== undefined && !('onlyAfter' in pattern)) return refuse(`onlyAfter is not a list of at most ${MAX_LIST} words`);
    if (pattern.contextId !== undefined && pattern.contextId !== null && typeof pattern.contextId !== 'string')
      return refuse('contextId is not a string');
    return { pattern: pattern as MatcherPattern };
  } catch {
    return refuse('pattern could not be read');
  }
}

/** Longest terms or exclusions list read from a pattern (packs allow 8 and 32). */
const MAX_LIST = 1000;

/**
 * Bit k: keyword k is a form of some pattern's anchor term, the prefilter's "maybe" (Prefilter.mayMatch with termsOnly;
 * computed at compile and kept in the snapshot as AutomatonArrays.anchors).
 * A pattern fires only where all its terms are found in one reading of the post, so a text holding no anchor can fire
 * none, whichever term each pattern's anchor is. The anchor is the term least likely in an everyday post: the one
 * whose shortest form is longest (a phrase has one term). A pack's `all` patterns pair a rare word with common ones
 * ("video", "photo", "police", "partager"), which alone would make most ordinary posts "maybe".
 */
function anchorKeywords(r: RuleArrays, kwLen: Int32Array): Int32Array {
  const { kwRefStart, refs, patTermBase, patTermCount } = r;
  const K = kwRefStart.length - 1;
  // Each term slot's shortest form.
  const shortest = new Int32Array(r.slotPattern.length).fill(0x7fffffff);
  for (let k = 0; k < K; k++) {
    for (let i = kwRefStart[k]!; i < kwRefStart[k + 1]!; i++) {
      const slot = refs[i]!;
      if (slot >= 0 && kwLen[k]! < shortest[slot]!) shortest[slot] = kwLen[k]!;
    }
  }
  const anchor = new Uint8Array(r.slotPattern.length);
  for (let p = 0; p < patTermBase.length; p++) {
    let best = patTermBase[p]!;
    for (let slot = best + 1; slot < patTermBase[p]! + patTermCount[p]!; slot++) if (shortest[slot]! > shortest[best]!) best = slot;
    anchor[best] = 1;
  }
  const bits = new Int32Array((K + 31) >>> 5);
  for (let k = 0; k < K; k++) {
    for (let i = kwRefStart[k]!; i < kwRefStart[k + 1]!; i++) {
      const slot = refs[i]!;
      if (slot >= 0 && anchor[slot] === 1) {
        bits[k >>> 5]! |= 1 << (k & 31);
        break;
      }
    }
  }
  return bits;
}

/** Compiles patterns; patterns that cannot be used are listed in `rejected` (never thrown). */
export function compileMatcher(patterns: readonly MatcherPattern[]): CompiledMatcher {
  const rejected: RejectedPattern[] = [];
  const accepted: Accepted[] = [];
  const seen = new Set<string>();
  for (const raw of patterns) {
    const read = readPattern(raw);
    if ('reason' in read) {
      rejected.push({ patternId: read.id, reason: read.reason });
      continue;
    }
    const p = read.pattern;
    const r = checkPattern(p, seen);
    if (typeof r === 'string') rejected.push({ patternId: typeof p.id === 'string' ? p.id : '', reason: r });
    else {
      seen.add(patternKey(p));
      accepted.push(r);
    }
  }

  const keySet = new Set<string>();
  for (const a of accepted) {
    for (const t of a.terms) keySet.add(t);
    for (const list of a.alts) for (const t of list) keySet.add(t);
    for (const t of a.exclusions) keySet.add(t);
  }
  const keys = [...keySet].sort(); // UTF-16 code unit order (the default order of strings), without a JS comparator
  const keyId = new Map<string, number>();
  keys.forEach((k, i) => keyId.set(k, i));

  const P = accepted.length;
  const refLists: number[][] = keys.map(() => []);
  const slotPattern: number[] = [];
  const patKind = new Int32Array(P);
  const patTermBase = new Int32Array(P);
  const patTermCount = new Int32Array(P);
  const patWithin = new Int32Array(P);
  accepted.forEach((a, p) => {
    patKind[p] = a.p.kind === 'all' ? KIND_ALL : KIND_PHRASE;
    patTermBase[p] = slotPattern.length;
    patTermCount[p] = a.terms.length;
    patWithin[p] = a.p.within ?? -1;
    a.terms.forEach((t, i) => {
      // A term and each of its variants are keywords of one slot: any of them found fills it.
      for (const k of [t, ...a.alts[i]!]) refLists[keyId.get(k)!]!.push(slotPattern.length);
      slotPattern.push(p);
    });
    for (const t of a.exclusions) refLists[keyId.get(t)!]!.push(-(p + 1));
  });
  const kwRefStart = new Int32Array(keys.length + 1);
  const refs: number[] = [];
  refLists.forEach((list, k) => {
    kwRefStart[k] = refs.length;
    refs.push(...list);
  });
  kwRefStart[keys.length] = refs.length;

  // A keyword spelled by some pattern (not only a run-together form) may be found with a space inside a word.
  const spelled = new Set<string>();
  for (const a of accepted) {
    for (const t of a.terms) spelled.add(t);
    for (const list of a.alts) for (const t of list) if (!a.joined.has(t)) spelled.add(t);
    for (const t of a.exclusions) if (!a.joined.has(t)) spelled.add(t);
  }
  const rules: RuleArrays = {
    kwRefStart,
    refs: Int32Array.from(refs),
    slotPattern: Int32Array.from(slotPattern),
    patKind,
    patTermBase,
    patTermCount,
    patWithin,
  };
  const automaton = buildAutomaton(
    keys,
    keys.map((k) => spelled.has(k)),
    anchorKeywords(rules, Int32Array.from(keys, (k) => k.length)),
  );
  const meta: MatcherMeta = {
    ids: accepted.map((a) => a.p.id),
    packIds: accepted.map((a) => printable(a.p.packId)),
    names: accepted.map((a) => printable(a.p.name)),
    categories: accepted.map((a) => a.p.category),
    severities: accepted.map((a) => a.p.severity),
    contextIds: accepted.map((a) => a.p.contextId ?? null),
  };
  // The quoted term's slot: terms that fold alike share one ("Police", "police"), so it is found by its folded text.
  const quotedTerms = accepted.map((a) => {
    if (a.p.quotedTerm === undefined) return -1;
    const f = foldTerm(a.p.quotedTerm, 'term');
    return 'reason' in f ? -1 : a.terms.indexOf(f.text);
  });
  if (quotedTerms.some((q) => q >= 0)) meta.quotedTerms = quotedTerms;
  const onlyAfter = accepted.map((a) => a.onlyAfter);
  if (onlyAfter.some((w) => w !== null)) meta.onlyAfter = onlyAfter;
  return new MatcherImpl(pack(automaton, rules), PatternTable.from(meta), rejected, meta);
}

// ---- the one buffer ----
//
//   Int32 header[8]: MAGIC, S (states), K (keywords), P (patterns), T (term slots), R (refs), F (filter slots),
//                    A (anchor filter slots; 0: the anchor filter is the filter)
//   Int32 firstChild[S+1], kwEnd[⌈S/32⌉], kwAt[K], kwLen[K], filter[F], anchorFilter[A], splitAt[⌈S/32⌉],
//         kwSplit[⌈K/32⌉], anchors[⌈K/32⌉], kwRefStart[K+1], refs[R], slotPattern[T], patKind[P], patTermBase[P],
//         patTermCount[P], patWithin[P]
//   Uint16 label[S]
//
// Typed arrays use the platform's byte order (little-endian everywhere an extension runs); the snapshot is made
// and read on the same machine.

function pack(a: AutomatonArrays, r: RuleArrays): Uint8Array {
  const ints: Int32Array[] = [
    a.firstChild,
    a.kwEnd,
    a.kwAt,
    a.kwLen,
    a.filter,
    a.anchorFilter === a.filter ? new Int32Array(0) : a.anchorFilter,
    a.splitAt,
    a.kwSplit,
    a.anchors,
    r.kwRefStart,
    r.refs,
    r.slotPattern,
    r.patKind,
    r.patTermBase,
    r.patTermCount,
    r.patWithin,
  ];
  let words = HEADER_INTS;
  for (const x of ints) words += x.length;
  const bytes = words * 4 + a.label.length * 2;
  const buffer = new ArrayBuffer(bytes);
  const i32 = new Int32Array(buffer, 0, words);
  i32.set([MAGIC, a.label.length, a.kwLen.length, r.patKind.length, r.slotPattern.length, r.refs.length, a.filter.length, a.anchorFilter === a.filter ? 0 : a.anchorFilter.length]);
  let o = HEADER_INTS;
  for (const x of ints) {
    i32.set(x, o);
    o += x.length;
  }
  new Uint16Array(buffer, words * 4, a.label.length).set(a.label);
  return new Uint8Array(buffer);
}

function unpack(bytes: Uint8Array): { automaton: AutomatonArrays; rules: RuleArrays } {
  const fail = (why: string): never => {
    throw new Error(`Matcher snapshot is damaged: ${why}`);
  };
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  if (bytes.byteLength < HEADER_INTS * 4) fail('too short');
  const header = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER_INTS);
  const [magic, S, K, P, T, R, F, A] = header as unknown as number[];
  if (magic !== MAGIC) fail('bad magic number');
  const filterSize = (n: number): boolean => n >= 32 && (n & (n - 1)) === 0;
  if (S! < 1 || K! < 0 || P! < 0 || T! < 0 || R! < 0 || !filterSize(F!) || (A !== 0 && !filterSize(A!))) fail('bad counts');
  const words = HEADER_INTS + (S! + 1) + 2 * ((S! + 31) >>> 5) + 2 * K! + F! + A! + 2 * ((K! + 31) >>> 5) + (K! + 1) + R! + T! + 4 * P!;
  if (bytes.byteLength !== words * 4 + S! * 2) fail('size does not match its counts');
  let o = bytes.byteOffset + HEADER_INTS * 4;
  const take = (n: number): Int32Array => {
    const v = new Int32Array(bytes.buffer, o, n);
    o += n * 4;
    return v;
  };
  const automaton: AutomatonArrays = {
    firstChild: take(S! + 1),
    kwEnd: take((S! + 31) >>> 5),
    kwAt: take(K!),
    kwRank: new Int32Array(0),
    kwLen: take(K!),
    filter: take(F!),
    anchorFilter: take(A!),
    splitAt: take((S! + 31) >>> 5),
    kwSplit: take((K! + 31) >>> 5),
    anchors: take((K! + 31) >>> 5),
    label: new Uint16Array(0),
  };
  const rules: RuleArrays = {
    kwRefStart: take(K! + 1),
    refs: take(R!),
    slotPattern: take(T!),
    patKind: take(P!),
    patTermBase: take(P!),
    patTermCount: take(P!),
    patWithin: take(P!),
  };
  automaton.label = new Uint16Array(bytes.buffer, o, S!);
  if (A === 0) automaton.anchorFilter = automaton.filter;
  // Each keyword ends at one state: K bits set among the states, and kwAt names each keyword (keywordAt reads them).
  automaton.kwRank = kwRanks(automaton.kwEnd);
  const spare = (S! & 31) === 0 ? 0 : automaton.kwEnd[automaton.kwEnd.length - 1]! >>> (S! & 31); // bits past the last state
  if (automaton.kwRank[automaton.kwRank.length - 1] !== K || spare !== 0 || bitOf(automaton.kwEnd, 0))
    fail('its keyword ends do not match its keyword count');
  for (let i = 0; i < K!; i++) if (automaton.kwAt[i]! >>> 0 >= K!) fail('a keyword end names no keyword');
  return { automaton, rules };
}

// ---- matching ----

class MatcherImpl implements CompiledMatcher {
  readonly patternCount: number;
  readonly byteLength: number;
  private readonly scanner: Scanner;
  private readonly prefilter: Prefilter;
  private readonly masked: MaskedWords;
  private readonly arabicHashtags: ArabicHashtags;
  private readonly lookalikes: ArabicLookalikes;
  private readonly clitics: ArabicClitics;
  private readonly found = new Map<number, MatchSpan[]>();
  private readonly excluded = new Set<number>();
  // read(): whether texts holding no anchor term are left unread, and whether one holding a keyword was (may).
  private termsOnly = true;
  private excused = false;
  private readonly rules: RuleEvaluator;
  private readonly ruleArrays: RuleArrays;
  private readonly severityRank: Uint8Array;
  private snapshot: MatcherSnapshot | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly table: PatternTable,
    readonly rejected: readonly RejectedPattern[],
    /** The lists the table was built from, kept by a compiled matcher for its snapshot (a loaded one rebuilds them). */
    private readonly meta: MatcherMeta | null,
  ) {
    const { automaton, rules } = unpack(bytes);
    this.patternCount = rules.patKind.length;
    this.byteLength = bytes.byteLength;
    this.scanner = new Scanner(automaton, WORD_CLASS);
    this.prefilter = new Prefilter(automaton, this.scanner.root);
    this.masked = new MaskedWords(automaton);
    this.arabicHashtags = new ArabicHashtags(automaton);
    this.lookalikes = new ArabicLookalikes(automaton);
    this.clitics = new ArabicClitics(automaton, this.scanner.root);
    this.rules = new RuleEvaluator(rules);
    this.ruleArrays = rules;
    this.severityRank = Uint8Array.from({ length: table.count }, (_, p) => SEVERITY_RANK[table.severity(p)]);
  }

  match(text: string): MatchResult {
    // The second readings read the post's start only (MAX_SECOND_READING), cut between words.
    const head = text.length > MAX_SECOND_READING ? readingStart(text) : text;
    const result = this.read(text, head, true);
    // Flagged where a text holding no anchor term was left unread: read again with every text holding a keyword read,
    // so that the exclusions such a text shows excuse the post as they always did.
    return result === EMPTY_RESULT || !this.excused ? result : this.read(text, head, false);
  }

  /**
   * The prefilter's answer for the post or a reading of it. Asked for terms only, a text holding no anchor term
   * (anchorKeywords) is not read, since no pattern can fire in it: a pack's exclusions are everyday words ("game",
   * "study", "km"), and so are some terms of its `all` patterns. `excused` notes that such a text held a keyword.
   */
  private may(text: string): boolean {
    if (this.prefilter.mayMatch(text, this.termsOnly)) return true;
    if (this.termsOnly && this.prefilter.sawExcuse) this.excused = true;
    return false;
  }

  /**
   * Reads the post (`head`: its start, for the second readings) with the fold and the scanner where the prefilter
   * says it may match, and in the second readings its pass asks for; with `termsOnly`, texts holding no anchor term
   * are left unread (may).
   */
  private read(text: string, head: string, termsOnly: boolean): MatchResult {
    this.termsOnly = termsOnly;
    this.excused = false;
    const maybe = this.may(text);
    // Reused from post to post: most posts are ruled out by the prefilter and should allocate nothing.
    const found = this.found;
    const excluded = this.excluded;
    found.clear();
    excluded.clear();
    // Read before the readings' passes overwrite them.
    const arabizi = maybe || this.prefilter.sawArabizi;
    const regional = maybe || this.prefilter.sawRegional;
    const emojiWords = maybe || this.prefilter.sawEmojiWord;
    const blackFlags = maybe || this.prefilter.sawBlackFlag;
    const arabicJoin = maybe || this.prefilter.sawArabicJoin;
    const cutWords = maybe || this.prefilter.sawCutWord;
    const mixedArabic = maybe || this.prefilter.sawMixedArabic;
    const nonLatin = maybe || this.prefilter.sawNonLatin;
    if (maybe) {
      // Leet ones the fold reads as 'i' are read a second time as 'l' ("Daw1a", "ca1ifat"): the reading is taken from
      // the scan's own fold, before the next reading's fold overwrites it. Only here: the prefilter says "maybe" where
      // a word so read may start or carry on a keyword.
      let ells = this.scan(text, found, excluded, null, text, head === text);
      // Words spelled out letter by letter, two spaces apart, are read a second time as those words ("i f  y o u
      // c l o s e"). Only here: a spelled-out word is a run of one-letter words, which the prefilter never rules out.
      const spelled = joinSpelledWords(head);
      if (spelled !== null && this.may(spelled.text)) this.scan(spelled.text, found, excluded, spelled, text);
      // Runs of one-letter words that show their words apart otherwise than by whitespace ("h o n e s t l y, j a y s h",
      // "L'a-r-m-é-e d-e-s f-i-l-s"), which the fold joins whole; then read again with a one-letter word at the edge of
      // a word spelled with single spaces read apart, at its start, its end or both ("A s o l d i e r", "c a l i f a t
      // a frappé"). Only here, for the same reason.
      this.readSpelledRuns(head, null, found, excluded, text);
      // Arabic words spelled letter by letter with single spaces or marks ("م ر ك ز ا ل ح ي ا ة"), which the fold joins
      // into one word, are read again cut into the pack's words, as a run-together hashtag is ("مركز الحياة").
      const arabicSpelled = this.arabicHashtags.joinSpelled(head);
      if (arabicSpelled !== null && this.may(arabicSpelled.text)) this.scan(arabicSpelled.text, found, excluded, arabicSpelled, text);
      // Words split by an emoji are read a second time whole ("Zucker💥berg"). Only here: the prefilter says "maybe"
      // for a letter, an emoji and a letter in a row.
      const joined = joinEmojiSplitWords(head);
      if (joined !== null && this.may(joined.text)) this.scan(joined.text, found, excluded, joined, text);
      // And with each such emoji read as a letter masked out ("kh🖤lafa" → "kh*lafa"), filled in as masked words are.
      const starred = joined === null ? null : maskEmojiLetters(head);
      if (starred !== null) this.readMasked(starred.text, starred, found, excluded, text);
      // Words written mostly in leet digits are read a second time in letters ("cl053" → "close"). Only here: the
      // prefilter says "maybe" for a post holding one.
      const spelt = spellHeavyLeet(head);
      if (spelt !== null && this.may(spelt.text)) this.scan(spelt.text, found, excluded, spelt, text);
      // The ones read as 'l', taken from the first scan's fold above (from the start's own fold in a long post).
      if (head !== text) ells = spellOnesAsL(head, foldInto(head));
      if (ells !== null && this.may(ells.text)) this.scan(ells.text, found, excluded, ells, text);
    }
    // Words written in Arabizi are read a second time in the Latin transliteration ("el 5ilafa" → "el khilafa"). Not
    // only in "maybe" posts: the prefilter reads "5ilafa" as the leet word "silafa" and rules it out; it notes a post
    // holding such a word instead (sawArabizi).
    if (arabizi) {
      const latin = spellArabizi(head);
      if (latin !== null && this.may(latin.text)) this.scan(latin.text, found, excluded, latin, text);
    }
    // Regional indicators standing alone (not a flag's half) are read a second time as the letters they show ("🇮 🇸"
    // → "i s", which the fold joins). Not only in "maybe" posts: the prefilter reads them as symbols, and notes them
    // (sawRegional).
    if (regional) {
      const letters = spellRegionalLetters(head);
      if (letters !== null) {
        if (this.may(letters.text)) this.scan(letters.text, found, excluded, letters, text);
        // A word so spelled beside a one-letter word ("la dawla 🇧 🇦 🇶 🇮 🇾 🇦 w tatamadad"), which the fold joins to
        // it: read again as spelled words are, with that one-letter word apart (spaced.ts).
        this.readSpelledRuns(letters.text, letters, found, excluded, text);
      }
    }
    // Emoji standing for words are read a second time as those words ("🔥 of the Supporters" → "flames of the
    // Supporters"). Not only in "maybe" posts: the prefilter reads an emoji as a space, and notes these (sawEmojiWord).
    if (emojiWords) {
      const spelled = spellEmojiWords(head);
      if (spelled !== null && this.may(spelled.text)) this.scan(spelled.text, found, excluded, spelled, text, false, true);
    }
    // A lone black flag among Latin-script words is read a second time as the words "black flag", which a pack lists
    // where the flag may stand for a word ("Baqiya 🏴"). Not only in "maybe" posts: the prefilter reads an emoji as a
    // space, and notes the flag (sawBlackFlag).
    if (blackFlags) {
      const named = spellBlackFlags(head);
      if (named !== null && this.may(named.text)) this.scan(named.text, found, excluded, named, text);
    }
    // Words cut in pieces by marks with no space are read a second time whole ("Ca-li-phate", "Ru.mi.yah", "Sta.te").
    // Not only in "maybe" posts: the prefilter reads the marks as spaces, and notes such words (sawCutWord).
    if (cutWords) {
      const whole = joinCutWords(head);
      if (whole !== null && this.may(whole.text)) this.scan(whole.text, found, excluded, whole, text);
    }
    // A camel-case sentence hashtag is read a second time as the sentence it spells ("#IfYouCloseOneAccount…").
    const cut = cutCamelHashtags(head);
    if (cut !== null && this.may(cut.text)) this.scan(cut.text, found, excluded, cut, text);
    // An Arabic hashtag running the pack's words together is read a second time with them joined by '_'
    // ("#الخلافةباقيةوتتمدد" → "#الخلافة_باقية_وتتمدد"), its clause read in that reading (clauseInReading).
    const arabicTag = this.arabicHashtags.cut(head);
    if (arabicTag !== null && this.may(arabicTag.text)) this.scan(arabicTag.text, found, excluded, arabicTag, text, false, false, true);
    // An Arabic word cut into pieces by marks and tatweel, or by marks alone ("أبـ.ـنـ.ـاء", "الخ.لا.فة"), is read a
    // second time whole. Not only in "maybe" posts: the pieces are words of two or three letters, which the prefilter
    // may rule out; it notes marks alone between Arabic words (sawArabicJoin). Its clause is read in the reading: a
    // slogan's subject cut the same way ("ا.ل.د.و.ل.ة ب.ا.ق.ي.ة") is a whole word there, a lone letter in the post.
    const pieces = joinArabicPieces(head, arabicJoin);
    if (pieces !== null && this.may(pieces.text)) this.scan(pieces.text, found, excluded, pieces, text, false, false, true);
    // Arabic words written with a Latin letter or a digit in a letter's place ("ب1قية", "ال7ياة"), or with dotless
    // letters ("جٮود الحلاڡة", "ٮاٯىه وٮٮمدد"), filled in where a keyword word fits. Not only in "maybe" posts: the
    // prefilter reads such a word as it is and notes it (sawMixedArabic; a dotless letter carries the word flag of a
    // leet digit in an Arabic word, lib/text/fold-tables.ts), so a post written dotless throughout is read too. An '@'
    // between two Arabic letters ("ب@قية") makes the prefilter answer "maybe", as an '@' inside any word does.
    if (mixedArabic) {
      for (const filled of this.lookalikes.read(head, holdsDotless(head)))
        if (this.may(filled.text)) this.scan(filled.text, found, excluded, filled, text);
    }
    // Arabic words written together after ة or ى, which join no next letter ("مؤسسةالفرقان", "ووكالةأعماق"), read a
    // second time apart where every piece is a word of the pack, the clause read in that reading (as a hashtag's).
    // Arabic phrases whose first word carries a clitic ("وسنحذف مواقعكم", "لمركز الحياة للإعلام"): phrases get no
    // clitic forms (clitics.ts), so readings of their own start at such a word without its clitics, one word each.
    // Only posts holding one of those letters are looked at (a plain class, which the regex engine scans fast), and
    // only where the prefilter met a letter of another script than Latin (sawNonLatin): in a Latin post that class
    // read every code unit.
    if (nonLatin && ARABIC_READING_LETTER.test(head)) {
      const apart = this.arabicHashtags.unglue(head);
      if (apart !== null && this.may(apart.text)) this.scan(apart.text, found, excluded, apart, text, false, false, true);
      for (const split of this.clitics.split(head)) if (this.may(split.text)) this.scan(split.text, found, excluded, split, text);
    }
    // Words masked with asterisks, filled in where a keyword word fits ("Z*ckerb*rg", "D*wla").
    this.readMasked(head, null, found, excluded, text);
    forgetQuotes();
    // An exclusion found in any reading holds for the post: the words that excuse it are there, written plainly.
    for (const p of excluded) found.delete(p);
    if (found.size === 0) return EMPTY_RESULT;
    const result = this.result(found);
    found.clear();
    return result;
  }

  /**
   * Reads `source` again with its runs of one-letter words apart as spelled words are (spaced.ts): `source` is the
   * post's start, or a reading of it that `back` maps to the post.
   */
  private readSpelledRuns(source: string, back: Rewrite | null, found: Map<number, MatchSpan[]>, excluded: Set<number>, post: string): void {
    const runs = spelledRuns(source);
    for (const edges of runs.length > 0 ? SPELLED_READINGS : []) {
      const split = splitSpelledRuns(source, edges, runs);
      if (split !== null && this.may(split.text))
        this.scan(split.text, found, excluded, back === null ? split : chainRewrites(back, split), post);
    }
  }

  /** Reads `source` again with its masked words filled in (masked.ts); `source` and `back` as in readSpelledRuns. */
  private readMasked(source: string, back: Rewrite | null, found: Map<number, MatchSpan[]>, excluded: Set<number>, post: string): void {
    for (const unmasked of this.masked.unmask(source))
      if (this.may(unmasked.text))
        this.scan(unmasked.text, found, excluded, back === null ? unmasked : chainRewrites(back, unmasked), post);
  }

  /**
   * Folds and scans `text` (the prefilter said it may match), adding the spans of each pattern that fires to `found`
   * (pattern index → spans), mapped back to the post by `cut` when `text` is a second reading, and the patterns an
   * exclusion was found for to `excluded`, where `post` (the post's own text) writes it plainly. Returns the fold it
   * scanned (the shared buffer: valid until the next fold). With `clauseInReading`, whether a phrase opens its clause
   * is read in `text`, not in the post: a reading that joins a hashtag's words with '_' where the post runs them
   * together (arabic-hashtags.ts), or joins the pieces of Arabic words cut by marks (arabic-pieces.ts).
   */
  private scan(text: string, found: Map<number, MatchSpan[]>, excluded: Set<number>, cut: Rewrite | null, post: string, ones = false, drawn = false, clauseInReading = false): Rewrite | null {
    const folded = foldInto(text);
    // Read from the fold now: opensClause (clause.ts) folds words, which overwrites the shared fold buffer.
    const ells = ones ? spellOnesAsL(text, folded) : null;
    let count = this.scanner.scan(folded.atoms, folded.length);
    if (count === 0) return ells;
    const H = this.scanner.hitBuffer;
    // A hit's words in the post itself: a second reading's offsets are mapped back through `cut`.
    const inPost = (i: number): number => (cut === null ? i : cut.source(i));
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const readingStarts = clauseInReading ? new Int32Array(count) : null;
    let kept = 0;
    for (let h = 0; h < count; h++) {
      if (readingStarts !== null) readingStarts[kept] = folded.start[H[h * 3 + 1]!]!;
      const s = inPost(folded.start[H[h * 3 + 1]!]!);
      const e = inPost(folded.end[H[h * 3 + 2]! - 1]!);
      // In the reading of emoji as words (`drawn`), a hit that rests on a drawn word alone does not count.
      if (drawn && drawnWordStandsAlone(post, s, e)) continue;
      if (kept !== h) H.copyWithin(kept * 3, h * 3, h * 3 + 3);
      starts[kept] = s;
      ends[kept] = e;
      kept++;
    }
    count = kept;
    if (count === 0) return ells;
    const startOf = (h: number): number => starts[h]!;
    const endOf = (h: number): number => ends[h]!;
    const plain = (h: number): boolean => writtenPlainly(post.slice(startOf(h), endOf(h)));
    const fired = this.rules.evaluate(H, count, folded.atoms, folded.length, plain);
    for (const p of this.rules.excluded) excluded.add(p);
    const table = this.table;
    for (const { pattern: p, hits: all } of fired) {
      // A phrase that must open its clause (onlyAfter): its hits said of another subject do not count.
      const after = table.onlyAfter(p);
      const hits = after === null ? all : all.filter((h) => (readingStarts === null ? opensClause(post, startOf(h), after) : opensClause(text, readingStarts[h]!, after)));
      if (hits.length === 0) continue;
      const spans = found.get(p) ?? [];
      const id = table.id(p);
      for (const h of hits) spans.push({ start: startOf(h), end: endOf(h), patternId: id });
      found.set(p, spans);
      // Its quoted term inside quotation marks in the post: reported speech, excused as by an exclusion. The first
      // few of its hits only (each look reads the hit's paragraph): a report quotes the threat early.
      const q = table.quotedTerm(p);
      if (q >= 0 && hits.filter((h) => this.termOf(p, H[h * 3]!) === q).slice(0, QUOTED_HITS_LOOKED_AT).some((h) => insideQuotes(post, startOf(h), endOf(h))))
        excluded.add(p);
    }
    return ells;
  }

  /** Each pattern's quoted term, if any, is one of its terms (-1: none). */
  quotedTermsFit(): boolean {
    const count = this.ruleArrays.patTermCount;
    for (const [p, t] of this.table.quotedTerms()) if (!Number.isInteger(t) || t < 0 || t >= count[p]!) return false;
    return true;
  }

  /** Which of pattern p's terms keyword k spells (-1: none; a spelling stands for one term of a pattern). */
  private termOf(p: number, k: number): number {
    const { kwRefStart, refs, slotPattern, patTermBase } = this.ruleArrays;
    for (let i = kwRefStart[k]!; i < kwRefStart[k + 1]!; i++) {
      const r = refs[i]!;
      if (r >= 0 && slotPattern[r] === p) return r - patTermBase[p]!;
    }
    return -1;
  }

  private result(found: Map<number, MatchSpan[]>): MatchResult {
    const table = this.table;
    const patterns: MatchedPattern[] = [];
    const allSpans: { span: MatchSpan; order: number }[] = [];
    const cats: Category[] = [];
    const contexts: string[] = [];
    let best = 0;
    for (const p of [...found.keys()].sort((a, b) => a - b)) {
      const sorted = found.get(p)!.sort((a, b) => a.start - b.start || a.end - b.end);
      // One span per stretch of text: a spelling and its run-together form both find "Abu Bakr" (the walk skips the
      // space inside "abubakr"), and a hashtag read as a sentence may be found both ways. One pass: a long post that
      // repeats a keyword holds thousands of them.
      const spans = sorted.filter((x, i) => i === 0 || x.start !== sorted[i - 1]!.start || x.end !== sorted[i - 1]!.end);
      for (const span of spans) allSpans.push({ span, order: p });
      const category = table.category(p);
      const ctx = table.contextId(p);
      patterns.push({
        id: table.id(p),
        packId: table.packId(p),
        name: table.name(p),
        category,
        severity: table.severity(p),
        contextId: ctx,
        spans,
      });
      if (!cats.includes(category)) cats.push(category);
      if (ctx !== null && !contexts.includes(ctx)) contexts.push(ctx);
      if (this.severityRank[p]! > best) best = this.severityRank[p]!;
    }
    allSpans.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.order - b.order);
    return {
      flagged: true,
      severity: SEVERITIES.find((s) => SEVERITY_RANK[s] === best) ?? null,
      patterns,
      categories: cats,
      contextIds: contexts,
      spans: allSpans.map((s) => s.span),
    };
  }

  snapshotParts(): SnapshotParts {
    return { header: { format: SNAPSHOT_FORMAT, foldVersion: FOLD_VERSION, patternCount: this.patternCount, meta: this.meta ?? this.table.toMeta() }, bytes: this.bytes };
  }

  toSnapshot(): MatcherSnapshot {
    this.snapshot ??= {
      format: SNAPSHOT_FORMAT,
      foldVersion: FOLD_VERSION,
      patternCount: this.patternCount,
      data: encodeBase64(this.bytes),
      meta: this.meta ?? this.table.toMeta(),
    };
    return this.snapshot;
  }
}

/** Rebuilds a matcher from a snapshot: base64 → views over one buffer, no recompiling. */
export function loadMatcher(snapshot: MatcherSnapshot): Matcher {
  checkSnapshot(snapshot);
  if (typeof snapshot.data !== 'string') throw new Error('Matcher snapshot is damaged: its buffer is missing');
  return build(snapshot, decodeBase64(snapshot.data));
}

/**
 * A matcher from a snapshot whose buffer was decoded already (`bytes`; the snapshot's own `data` is not read): a tab
 * takes a large snapshot's buffer in parts, one message and one decode per task (lib/content/snapshot-load.ts).
 */
export function loadMatcherBytes(snapshot: MatcherSnapshot, bytes: Uint8Array, table?: PatternTable): Matcher {
  checkSnapshot(snapshot, table);
  return build(snapshot, bytes, table);
}

/**
 * Throws with a message when a snapshot's format, fold version or pattern metadata cannot be loaded. With `table`
 * (built from its metadata's parts, each checked as it came: meta-parts.ts), the table's count stands for the lists.
 * A tab checks a snapshot with it before building the table from the metadata a step at a time (snapshot-load.ts).
 */
export function checkSnapshot(snapshot: MatcherSnapshot, table?: PatternTable): void {
  if (snapshot === null || typeof snapshot !== 'object') throw new Error('Matcher snapshot is missing');
  if (snapshot.format !== SNAPSHOT_FORMAT)
    throw new Error(`Matcher snapshot format ${printable(snapshot.format)} is not supported (expected ${SNAPSHOT_FORMAT})`);
  if (snapshot.foldVersion !== FOLD_VERSION)
    throw new Error(
      `Matcher snapshot was built with text folding v${printable(snapshot.foldVersion)}, this version folds with ` +
        `v${FOLD_VERSION}: compile the patterns again`,
    );
  const P = snapshot.patternCount;
  if (table !== undefined) {
    if (table.count !== P) throw new Error('Matcher snapshot is damaged: pattern metadata does not match its pattern count');
    return;
  }
  const meta = snapshot.meta;
  const why = 'pattern metadata does not match its pattern count';
  checkMetaLists(meta, meta ?? {}, why);
  if (meta.ids.length !== P) throw new Error(`Matcher snapshot is damaged: ${why}`);
}

function build(snapshot: MatcherSnapshot, bytes: Uint8Array, table?: PatternTable): Matcher {
  const P = snapshot.patternCount;
  const m = new MatcherImpl(bytes, table ?? PatternTable.from(snapshot.meta), [], null);
  if (m.patternCount !== P) throw new Error('Matcher snapshot is damaged: pattern count differs from its data');
  if (!m.quotedTermsFit()) throw new Error("Matcher snapshot is damaged: a pattern's quoted term is not one of its terms");
  return m;
}

/** Compiled size in bytes of a snapshot's buffer (what loadMatcher decodes), without decoding it. */
export function snapshotByteLength(snapshot: MatcherSnapshot): number {
  const len = snapshot.data.length;
  const pad = snapshot.data.endsWith('==') ? 2 : snapshot.data.endsWith('=') ? 1 : 0;
  return (len / 4) * 3 - pad;
}
