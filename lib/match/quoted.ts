// Whether a stretch of a post is quoted: inside quotation marks of one paragraph. News, fact-checks, research and
// solidarity posts report a threat in quotes ("les journalistes ont reçu « on connaît vos noms »"); the people who make
// it do not quote themselves. A pattern may name the term whose quoting excuses a post (`quotedTerm`, lib/pack).
//
// Marks read: « » (French, Arabic), “ ” and „ (English, German), straight double quotes, and single quotes ' ‘ ’ where
// they stand at a word's edge (not the apostrophes inside "you're", "l'État", "aujourd'hui").

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
    case "'":
    case '‘':
    case '’': {
      const before = isWordChar(text[i - 1]);
      const after = isWordChar(text[i + 1]);
      if (before === after) return 0; // inside a word (an apostrophe), or alone between spaces
      if (!before && c !== '’') return SINGLE + 1;
      return open[SINGLE] && before ? -(SINGLE + 1) : 0;
    }
    default:
      return 0;
  }
}

/** Is text[start, end) inside one pair of quotation marks of its paragraph (the quote opens before it, closes after)? */
export function insideQuotes(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
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
