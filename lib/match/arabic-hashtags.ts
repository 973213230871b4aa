// Arabic words run together: hashtags ("#جيشأبناءالخلافة", "#الدولةالإسلاميةباقية"), where Arabic has no capitals to
// cut at (hashtags.ts cuts camel case), words written together after a letter that does not join the next
// ("مؤسسةالفرقان"), and words spelled letter by letter ("م ر ك ز ا ل ح ي ا ة"), which the fold joins into one word.
// The fold reads one word there, which no keyword spells (run-together forms are made for Latin spellings only:
// matcher.ts). This module cuts such a run into the pack's own Arabic words, when every piece is one (a و written onto
// a word allowed), and gives the post's text so cut, with a map back to the post (lib/match/rewrite.ts), so the
// matcher reads it a second time. A hashtag is cut with '_', as people join a hashtag's words, so it reads as such a
// hashtag does (a hashtag names no subject that opens a clause: clause.ts); glued and spelled words with a space. A
// post without a '#' before an Arabic letter costs one indexOf; the pack's Arabic words are gathered from the trie's
// word index (shared with masked words) the first time a page shows such a run.
import { foldedText } from '../text/fold';
import { keywordWordIndex, type AutomatonArrays } from './automaton';
import { RewriteBuilder, type Rewrite } from './rewrite';
import { isArabicFill as isFill, isArabicLetter } from '../text/arabic-chars';

/** Fewest letters (folded code units) a piece may have, but for a و written onto the next one. */
const MIN_PIECE = 3;
/** Longest run of letters read (folded code units): the cut looks at every way of reading it. */
const MAX_RUN = 120;
/** Runs read per post, at most, hashtags' and spelled words' (a hostile post could hold thousands). */
const MAX_RUNS = 16;
/** The conjunction written onto the next word ("باقيةوتتمدد", "#ولهيبالأنصار"). */
const WAW = 0x648;
/**
 * ة or ى, with what the fold drops in words after it, then an Arabic letter: two words written together (unglue). The
 * letters' range is the Arabic block's (a presentation form is rare in such a slip).
 */
const GLUED = /[\u0629\u0649][\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u0640]*[\u0620-\u063f\u0641-\u064a]/g;

/** A letter, digit or mark of any script: what a one-letter word may not touch. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return isArabicLetter(c) || WORD_CHAR.test(String.fromCharCode(c));
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** What may stand between two letters spelled apart: spaces and the marks that spell a word out. */
function isGap(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0xb7 || c === 0x2022 || c === 0x6d4;
}

export class ArabicHashtags {
  /** The pack's Arabic keyword words, folded (null until the first run is read). */
  private words: Set<string> | null = null;
  private longest = 0;

  constructor(private readonly automaton: AutomatonArrays) {}

  /** The text with its run-together Arabic hashtags cut into the pack's words with '_', or null when none is. */
  cut(text: string): Rewrite | null {
    let out: RewriteBuilder | null = null;
    let read = 0;
    const n = text.length;
    for (let i = text.indexOf('#'); i >= 0 && read < MAX_RUNS; i = text.indexOf('#', i + 1)) {
      // The body: runs of letters and what the fold drops in words (also before the first letter), '_' between them.
      let j = i + 1;
      while (j < n && isFill(text.charCodeAt(j))) j++;
      if (j >= n || !isArabicLetter(text.charCodeAt(j))) continue;
      for (;;) {
        const from = j;
        while (j < n && inRun(text.charCodeAt(j))) j++;
        if (++read > MAX_RUNS) break;
        for (const at of this.cutsOf(text, from, j)) (out ??= new RewriteBuilder(text)).insertAt(at, '_');
        let u = j;
        while (u < n && u - j < 3 && text.charCodeAt(u) === 0x5f) u++;
        if (u === j || u >= n || !isArabicLetter(text.charCodeAt(u))) break;
        j = u;
      }
      i = j - 1;
    }
    return out === null ? null : out.finish();
  }

  /**
   * The text with its Arabic words spelled letter by letter ("م ر ك ز ا ل ح ي ا ة", "ج.ي.ش"), which the fold joins
   * into one word, joined and cut into the pack's words ("مركز الحياة"), or null when none is. Runs of three
   * one-letter words or more, apart by spaces or marks.
   */
  joinSpelled(text: string): Rewrite | null {
    let out: RewriteBuilder | null = null;
    let read = 0;
    const n = text.length;
    for (let i = 0; i < n && read < MAX_RUNS; i++) {
      if (!isArabicLetter(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
      // A longer word (most): no run starts here, and nothing is allocated for it.
      if (gapAfterLetter(text, i) < 0) continue;
      // The run: letters, each a word of its own (what the fold drops may follow it), and where the gap after each
      // starts.
      const letters: number[] = [];
      const gapAt: number[] = [];
      let j = i;
      for (;;) {
        const e = gapAfterLetter(text, j);
        if (e < 0) break; // a longer word: the run ends before it
        letters.push(j);
        gapAt.push(e);
        let g = e;
        while (g < n && g - e < 4 && isGap(text.charCodeAt(g))) g++;
        if (g === e || g >= n || !isArabicLetter(text.charCodeAt(g)) || letters.length > MAX_RUN) break;
        j = g;
      }
      if (letters.length >= 3) {
        read++;
        const { folded, owner } = foldEach(text, letters);
        const starts = new Set(this.pieceStarts(folded, (u) => owner[u] !== -1).map((u) => owner[u]!));
        if (starts.size > 0) {
          out ??= new RewriteBuilder(text);
          // Each gap between two letters goes, or becomes one space where a piece starts.
          for (let x = 1; x < letters.length; x++) {
            if (starts.has(x)) out.replaceRange(gapAt[x - 1]!, letters[x]!, ' ');
            else out.removeRange(gapAt[x - 1]!, letters[x]!);
          }
        }
      }
      if (letters.length > 0) i = letters[letters.length - 1]!;
    }
    return out === null ? null : out.finish();
  }

  /**
   * The text with its Arabic words written together without a space after ة or ى ("مؤسسةالفرقان", "ووكالةأعماق") cut
   * into the pack's words with a space, or null when none is. Neither letter joins the next one, so a missing space
   * after it does not show (a common slip, and a way round filters), and neither is ever inside a word: a run of
   * letters holding one before another letter is two words or more. The run is cut as a hashtag is, where every piece
   * is a word of the pack (cutsOf).
   */
  unglue(text: string): Rewrite | null {
    let out: RewriteBuilder | null = null;
    let read = 0;
    const n = text.length;
    const glued = GLUED;
    glued.lastIndex = 0;
    for (let m = glued.exec(text); m !== null && read < MAX_RUNS; m = glued.exec(text)) {
      // The run of letters (and what the fold drops in words) around the ة or ى.
      let from = m.index;
      while (from > 0 && inRun(text.charCodeAt(from - 1))) from--;
      let to = m.index + 1;
      while (to < n && inRun(text.charCodeAt(to))) to++;
      glued.lastIndex = to;
      // A hashtag's runs are cut() with '_', which keeps them one hashtag: cut with spaces, its words would open
      // clauses of their own (clause.ts).
      if (inHashtag(text, from)) continue;
      read++;
      for (const at of this.cutsOf(text, from, to)) (out ??= new RewriteBuilder(text)).insertAt(at, ' ');
    }
    return out === null ? null : out.finish();
  }

  /** Where to cut the run text[from, to): before each of its pieces but the first (pieceStarts), in the post. */
  private cutsOf(text: string, from: number, to: number): number[] {
    // The run folded, and where each folded unit starts in the post (-1: not where a letter's fold starts). The fold
    // reads Arabic letter by letter, so the run is folded in one call and each letter mapped to its unit, unless some
    // letter folds to none or to several (the hamza on the line, a ligature) or a run of one letter is cut short
    // ("ةةة"): then letter by letter, a run of three or more read as one as the fold reads it.
    const letters: number[] = [];
    let oneToOne = true;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (isFill(c)) continue;
      letters.push(k);
      if (c === 0x621 || c >= 0xfb50) oneToOne = false;
    }
    if (letters.length < 2 * MIN_PIECE || letters.length > MAX_RUN) return [];
    let folded = foldedText(text.slice(from, to));
    let at: number[] = letters;
    if (!oneToOne || folded.length !== letters.length) {
      const each = foldEach(text, letters);
      at = each.owner.map((x) => (x < 0 ? -1 : letters[x]!));
      folded = collapseRuns(each.folded, at);
    }
    if (folded.includes(' ')) return [];
    return this.pieceStarts(folded, (k) => at[k] !== -1, true).map((k) => at[k]!);
  }

  /**
   * Where the pieces of `folded` (a run of letters, folded) start, but the first: when it reads as two pieces or more,
   * each a word of the pack (or one written after a و, which is a piece of its own then), with as few pieces as can
   * be, and a piece starts only where `cuttable`. A run that is one word of the pack written after a و is cut after
   * it. With `tail` (a hashtag), a run whose start reads so as two words of the pack or more, and whose rest as none,
   * is cut there too, its rest one piece ("#باقيةوتتمددرغمأنفكم": the slogan, then the writer's own words); one word
   * of the pack and letters more stays whole ("#الخلافةقادمة"). Empty otherwise.
   */
  private pieceStarts(folded: string, cuttable: (k: number) => boolean, tail = false): number[] {
    const m = folded.length;
    if (m < 2 * MIN_PIECE || m > MAX_RUN) return [];
    const words = this.arabicWords();
    if (words.has(folded)) return []; // one word of the pack
    if (folded.charCodeAt(0) === WAW && words.has(folded.slice(1))) return cuttable(1) ? [1] : []; // "#ولهيبالأنصار"
    // pieces[k]: the fewest pieces the first k letters read as, each a word of the pack (-1: they cannot);
    // back[k]: where the last of them starts; waw[k]: whether that one is a word of the pack after a و.
    const pieces = new Int32Array(m + 1).fill(-1);
    const back = new Int32Array(m + 1);
    const waw = new Uint8Array(m + 1);
    pieces[0] = 0;
    for (let k = 0; k + MIN_PIECE <= m; k++) {
      if (pieces[k]! < 0 || (k > 0 && !cuttable(k))) continue;
      for (let end = k + MIN_PIECE; end <= m && end - k <= this.longest + 1; end++) {
        if (end < m && !cuttable(end)) continue;
        const piece = folded.slice(k, end);
        const afterWaw = !words.has(piece) && piece.charCodeAt(0) === WAW && piece.length > MIN_PIECE && words.has(piece.slice(1)) && cuttable(k + 1);
        if (!afterWaw && !words.has(piece)) continue;
        if (pieces[end]! < 0 || pieces[k]! + 1 < pieces[end]!) {
          pieces[end] = pieces[k]! + 1;
          back[end] = k;
          waw[end] = afterWaw ? 1 : 0;
        }
      }
    }
    let last = m;
    if (pieces[m]! < 2) {
      last = -1;
      for (let k = m - MIN_PIECE; tail && k >= 2 * MIN_PIECE; k--) {
        if (pieces[k]! >= 2 && cuttable(k)) {
          last = k;
          break;
        }
      }
      if (last < 0) return [];
    }
    // A word after a و starts after it too ("و_لهيب"): the pack spells the word, not the و.
    const starts: number[] = last < m ? [last] : [];
    for (let end = last; end > 0; end = back[end]!) {
      if (waw[end]) starts.push(back[end]! + 1);
      if (back[end]! > 0) starts.push(back[end]!);
    }
    return starts.reverse();
  }

  /** The pack's keyword words that end with an Arabic letter, gathered from the trie's word index once. */
  private arabicWords(): Set<string> {
    if (this.words !== null) return this.words;
    const words = keywordWordIndex(this.automaton).wordsEndingWith(isArabicLetter);
    for (const w of words) if (w.length > this.longest) this.longest = w.length;
    this.words = words;
    return words;
  }
}

/** A character of a run: an Arabic letter, or what the fold drops inside a word. */
function inRun(c: number): boolean {
  return isArabicLetter(c) || isFill(c);
}

/** Whether the run of letters starting at `from` is part of a hashtag: '#' before it, runs joined by '_' between. */
function inHashtag(text: string, from: number): boolean {
  let k = from;
  while (k > 0) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x23) return true;
    if (c !== 0x5f && !inRun(c)) return false;
    k--;
  }
  return false;
}

/**
 * Where the gap after the letter at text[j] starts, past what the fold drops after it; -1 when a word character follows
 * instead (the letter is part of a longer word, not a word of its own).
 */
function gapAfterLetter(text: string, j: number): number {
  let e = j + 1;
  while (e < text.length && isFill(text.charCodeAt(e))) e++;
  return e < text.length && isWordChar(text.charCodeAt(e)) ? -1 : e;
}

/**
 * The characters at `at` each folded alone, run together, and for each folded unit the index in `at` of the character
 * whose fold it starts (-1: a later unit of a fold of several, as a ligature's; a hamza on the line folds to none).
 */
function foldEach(text: string, at: readonly number[]): { folded: string; owner: number[] } {
  let folded = '';
  const owner: number[] = [];
  at.forEach((k, x) => {
    const f = foldedText(text[k]!);
    for (let u = 0; u < f.length; u++) owner.push(u === 0 ? x : -1);
    folded += f;
  });
  return { folded, owner };
}

/** `folded` with each run of three or more of one unit read as one, as the fold reads it; `at` follows. */
function collapseRuns(folded: string, at: number[]): string {
  let out = '';
  const keep: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    let r = i;
    while (r + 1 < folded.length && folded.charCodeAt(r + 1) === c) r++;
    if (r - i >= 2) {
      // The run's first unit stands for it (a cut may fall before it, not inside it).
      out += folded[i];
      keep.push(at[i]!);
      i = r;
      continue;
    }
    out += folded[i];
    keep.push(at[i]!);
  }
  at.length = 0;
  at.push(...keep);
  return out;
}
