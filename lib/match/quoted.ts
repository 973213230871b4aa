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

/** Is text[start, end) inside one pair of quotation marks of its paragraph (the quote opens before it, closes after)? */
export function insideQuotes(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\u2029', start - 1)) + 1;
  let to = end;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\u2029') to++;
  const open = new Array<boolean>(KINDS).fill(false);
  let depth = 0; // guillemets nest in French typesetting: « … “ … ” … »
  for (let i = from; i < start; i++) {
    const m = markAt(text, i, open);
    if (m === GUILLEMET + 1) depth++;
    else if (m === -(GUILLEMET + 1)) depth = Math.max(0, depth - 1);
    else if (m > 0) open[m - 1] = true;
    else if (m < 0) open[-m - 1] = false;
  }
  open[GUILLEMET] = depth > 0;
  if (!open.some(Boolean)) return false;
  // The quote must enclose the whole stretch: a kind open at its start, not closed inside it, closed after it.
  const closedInside = new Array<boolean>(KINDS).fill(false);
  for (let i = start; i < end; i++) {
    const m = markAt(text, i, open);
    if (m < 0) closedInside[-m - 1] = true;
  }
  for (let i = end; i < to; i++) {
    const m = markAt(text, i, open);
    if (m < 0 && open[-m - 1] && !closedInside[-m - 1]) return true;
  }
  return false;
}
