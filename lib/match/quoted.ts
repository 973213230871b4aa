// Whether a stretch of a post is quoted: inside quotation marks of one paragraph. News, fact-checks, research and
// solidarity posts report a threat in quotes ("les journalistes ont reçu « on connaît vos noms »"); the people who make
// it do not quote themselves. A pattern may name the term whose quoting excuses a post (`quotedTerm`, lib/pack).
//
// Marks read: « » (French, Arabic), “ ” and „ (English, German), straight double quotes, and the typographic single
// quotes ‘ … ’ (a ’ closes one only where no letter follows: "don’t", "l’État" are apostrophes). The straight single
// quote is not read: it is the apostrophe of "'cause", "comin'", "cops'" as often as a quote. A paragraph ends at a
// line or paragraph separator.

/** Kinds of quotation, each with its own state. */
const GUILLEMET = 0;
const CURLY = 1;
const STRAIGHT = 2;
const SINGLE = 3;
const KINDS = 4;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);

/** What the character at i does: opens or closes a kind (+kind + 1 to open, -(kind + 1) to close), or nothing (0). */
function markAt(text: string, i: number, open: readonly boolean[]): number {
  const c = text[i];
  switch (c) {
    case '«':
      return GUILLEMET + 1;
    case '»':
      return -(GUILLEMET + 1);
    case '“':
    case '„':
      return open[CURLY] && c === '“' ? -(CURLY + 1) : CURLY + 1;
    case '”':
      return open[CURLY] ? -(CURLY + 1) : CURLY + 1;
    case '"':
      return open[STRAIGHT] ? -(STRAIGHT + 1) : STRAIGHT + 1;
    case '‘':
      return SINGLE + 1;
    case '’':
      // Closes an open ‘ where no letter follows (after a word or after punctuation: ‘…names.’); else an apostrophe.
      return open[SINGLE] && !isWordChar(text[i + 1]) ? -(SINGLE + 1) : 0;
    default:
      return 0;
  }
}

/**
 * The quotation state of one post, built in two passes and kept for the post's next questions: for each index, the
 * kinds open there (from its paragraph's start) and the guillemets' depth; for each kind, where the next mark that
 * closes it stands (when it is open); where the paragraph ends. A question is then answered without reading the
 * paragraph again: the matcher asks once per hit looked at, per pattern and per reading, and a paragraph read each time
 * made a post holding many quoted patterns' terms quadratic.
 */
interface QuoteIndex {
  text: string;
  /** Bit kind: CURLY, STRAIGHT, SINGLE open before index i (GUILLEMET: depth[i] > 0). */
  open: Uint8Array;
  depth: Int32Array;
  /** nextClose[kind][i]: the first j >= i where text[j] closes that kind while it is open (text.length: none). */
  nextClose: Int32Array[];
  /** The first paragraph break at or after i (text.length: none). */
  nextBreak: Int32Array;
}

let cached: QuoteIndex | null = null;
/** The last post found to hold no mark that opens a quotation: nothing in it is quoted, and it gets no index. */
let unquoted: string | null = null;
/** The marks that open a quotation (markAt); a ’ or a » only closes one. */
const OPENING_MARK = /[«“”„"‘]/;
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\u2029';

function indexOf(text: string): QuoteIndex | null {
  if (cached !== null && cached.text === text) return cached;
  if (unquoted === text) return null;
  if (!OPENING_MARK.test(text)) {
    unquoted = text;
    return null;
  }
  const n = text.length;
  const open = new Uint8Array(n + 1);
  const depth = new Int32Array(n + 1);
  const state = new Array<boolean>(KINDS).fill(false);
  let d = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0 && isBreak(text[i - 1])) {
      state.fill(false);
      d = 0;
    }
    open[i] = (state[CURLY] ? 1 << CURLY : 0) | (state[STRAIGHT] ? 1 << STRAIGHT : 0) | (state[SINGLE] ? 1 << SINGLE : 0);
    depth[i] = d;
    if (i === n) break;
    const m = markAt(text, i, state);
    if (m === GUILLEMET + 1) d++;
    else if (m === -(GUILLEMET + 1)) d = Math.max(0, d - 1);
    else if (m > 0) state[m - 1] = true;
    else if (m < 0) state[-m - 1] = false;
  }
  const all = new Array<boolean>(KINDS).fill(true); // every kind open: what closes each
  const nextClose = Array.from({ length: KINDS }, () => new Int32Array(n + 1).fill(n));
  const nextBreak = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    nextBreak[i] = isBreak(text[i]) ? i : nextBreak[i + 1]!;
    const m = markAt(text, i, all);
    for (let k = 0; k < KINDS; k++) nextClose[k]![i] = m === -(k + 1) ? i : nextClose[k]![i + 1]!;
  }
  cached = { text, open, depth, nextClose, nextBreak };
  return cached;
}

/** Lets go of the last post's index (about 25 bytes per code unit: a long post's would stay in every tab). */
export function forgetQuotes(): void {
  cached = null;
  unquoted = null;
}

/** Is text[start, end) inside one pair of quotation marks of its paragraph (the quote opens before it, closes after)? */
export function insideQuotes(text: string, start: number, end: number): boolean {
  const q = indexOf(text);
  if (q === null) return false;
  const to = q.nextBreak[end]!;
  for (let k = 0; k < KINDS; k++) {
    const isOpen = k === GUILLEMET ? q.depth[start]! > 0 : (q.open[start]! & (1 << k)) !== 0;
    // The quote must enclose the whole stretch: a kind open at its start, not closed inside it, closed after it.
    if (isOpen && q.nextClose[k]![start]! >= end && q.nextClose[k]![end]! < to) return true;
  }
  return false;
}
