// Where a phrase stands in its post: whether it opens a clause. A pattern's `onlyAfter` (lib/pack) lists the words a
// phrase may also stand right after. A slogan said of another subject is a joke on it: "البطالة باقية وتتمدد"
// (unemployment is remaining and expanding) says the slogan of unemployment, "باقية وتتمدد" alone, after a full stop,
// an emoji or a hashtag sign, or after "الدولة", says it of the group.
import { foldedText } from '../text/fold';

/** A letter, a mark or a digit: part of a word. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Spaces that keep two words in one clause (not a line break): blanks, no-break and zero-width spaces. */
const BLANK = /[\t \u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/;
/** Longest word looked at before a phrase (a longer run of letters is no subject the list could name). */
const MAX_WORD = 64;

/**
 * Whether the phrase starting at `start` in `text` opens a clause: nothing but blanks between it and the start of the
 * text or of a line, a punctuation mark, a symbol, an emoji or a hashtag sign; or right before it (blanks between) a
 * word that folds to one of `after` (folded words).
 */
export function opensClause(text: string, start: number, after: readonly string[]): boolean {
  let i = start - 1;
  while (i >= 0 && BLANK.test(text[i]!)) i--;
  if (i < 0) return true;
  const last = lastCodePoint(text, i);
  if (!WORD_CHAR.test(last)) return true;
  // The word before: its letters, marks and digits back to the previous non-word character.
  let from = i + 1 - last.length;
  while (from > 0 && i + 1 - from < MAX_WORD) {
    const c = lastCodePoint(text, from - 1);
    if (!WORD_CHAR.test(c)) break;
    from -= c.length;
  }
  return after.includes(foldedText(text.slice(from, i + 1)));
}

/** The code point that ends at index `i` (a surrogate pair read whole). */
function lastCodePoint(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const h = text.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 1, i + 1);
  }
  return text[i]!;
}
