// Words cut into syllables or pieces by a dot, a dash or a slash with no space ("Ca-li-phate", "Ru.mi.yah",
// "#Is.la.mic.State", "Sta.te", "Al-Na.ba", "D/a/b/i/q"): the fold reads each mark as a separator, and the trie walk
// joins a keyword word split once with three letters or more on each side ("Cali-phate"), not a word cut twice or
// with a shorter piece. This module gives the post's text with the marks inside such words left out ("Caliphate",
// "Rumiyah") and a map back to the post (lib/match/rewrite.ts), so the matcher can read it a second time. Words of
// one letter joined by marks ("c.a.l.i.f.a.t") are spaced.ts's too; this reading takes pieces of any length. A handle
// ("@nour_dz") is no cut word. The prefilter notes a post holding a word closed by such a mark with a short piece
// beside it or a chain of them (lib/match/prefilter.ts, sawCutWord).
import { foldedText } from '../text/fold';
import { RewriteBuilder, type Rewrite } from './rewrite';

/**
 * The marks that cut a word, one at a time between two letters: dot (also the middle dot, one-dot leader, Arabic and
 * fullwidth full stops), dashes of any length and the minus, underscore, slash, bullet. One list for this reading's
 * regexes and for the prefilter's test (isCutMark), which must note every post the reading rewrites.
 */
const CUT_MARKS = [0x2d, 0x2e, 0x5f, 0x2f, 0xb7, 0x2022, 0x2024, 0x2027, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x6d4, 0xff0e, 0xff0d, 0xff0f];
const MARK = `[${CUT_MARKS.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`;
const CUT_MARK_SET = new Set(CUT_MARKS);
/** Is the code unit a mark that may cut a word? (Arabic pieces' marks, arabic-pieces.ts, are among them.) */
export const isCutMark = (c: number): boolean => CUT_MARK_SET.has(c);
/** A piece: a letter at least, and letters, marks and invisible characters; no modifier letter ("ʼ" is an apostrophe to the fold). */
const LETTER = '(?:(?!\\p{Lm})\\p{L})';
const PIECE = `[\\p{M}\\p{Cf}]*${LETTER}(?:${LETTER}|[\\p{M}\\p{Cf}])*`;
/**
 * A run of pieces cut by single marks, the whole run, starting where it is tried (sticky), between spaces, punctuation
 * or the text's ends (a symbol or an emoji beside it may be a letter to the fold: ㉠, ⓐ); not after a mark or '@' (a
 * path's next piece, a handle).
 */
const RUN = new RegExp(`(?<=^|[\\s\\p{P}])(?<!@|${MARK})${PIECE}(?:${MARK}${PIECE})+(?=$|[\\s\\p{P}])`, 'uy');
/** A mark with no space after it: where a run may be (a plain class, which the regex engine scans fast). */
const CANDIDATE = new RegExp(`${MARK}(?=\\S)`, 'g');
/** A character of a piece, or a mark: what a run is made of, walking back to where it may start. */
const RUN_CHAR = new RegExp(`[\\p{L}\\p{M}\\p{Cf}]|${MARK}`, 'u');
/** The marks inside a run. */
const MARKS = new RegExp(MARK, 'gu');
/**
 * Does a run hold a cut word: three pieces or more, or a piece of two code units or fewer (the measure the prefilter
 * notes them by: one or two letters, or one written with a combining accent)?
 */
function isCut(pieces: readonly string[]): boolean {
  return pieces.length >= 3 || pieces.some((p) => p.length <= 2);
}

/** Is a piece one word to the fold (not "ﷺ", which it reads as four, nor a run of invisible characters)? */
function oneWord(piece: string): boolean {
  const f = foldedText(piece);
  return f !== '' && !f.includes(' ');
}

/** Where a run holding the character before `i` may start: back past piece characters and marks, not before `floor`. */
function runStartBefore(text: string, i: number, floor: number): number {
  let j = i;
  while (j > floor) {
    const c = text.charCodeAt(j - 1);
    const w = c >= 0xdc00 && c <= 0xdfff && j >= 2 ? 2 : 1;
    if (!RUN_CHAR.test(text.slice(j - w, j))) break;
    j -= w;
  }
  return j;
}

/**
 * The text with the marks inside its cut words left out, or null when it holds none. Runs are looked for only where a
 * mark has no space after it (a post's sentences end with a mark and a space), each tried once where it may start: a
 * run starts after a space, punctuation or the text's start, so none starts inside the piece characters before a mark.
 */
export function joinCutWords(text: string): Rewrite | null {
  let out: RewriteBuilder | null = null;
  let done = 0; // runs were tried up to here
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(text); c !== null; c = CANDIDATE.exec(text)) {
    if (c.index < done) continue;
    // (Not back into the run just read: a run ends where the next could not go on.)
    const from = runStartBefore(text, c.index, done);
    RUN.lastIndex = from;
    const m = RUN.exec(text);
    if (m === null) {
      // No run there: none for the other marks of this chain either (they start from the same place).
      done = c.index + 1;
      for (let cp = text.codePointAt(done); cp !== undefined && RUN_CHAR.test(String.fromCodePoint(cp)); cp = text.codePointAt(done)) done += cp > 0xffff ? 2 : 1;
      continue;
    }
    done = m.index + m[0].length;
    CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, done);
    const pieces = m[0].split(MARKS);
    if (!isCut(pieces) || !pieces.every(oneWord)) continue;
    out ??= new RewriteBuilder(text);
    for (const x of m[0].matchAll(MARKS)) out.removeRange(m.index + x.index, m.index + x.index + 1);
  }
  return out === null ? null : out.finish();
}
