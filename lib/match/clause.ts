// Where a phrase stands in its post: whether it opens a clause. A pattern's `onlyAfter` (lib/pack) lists the words a
// phrase may also stand right after. A slogan said of another subject is a joke on it: "البطالة باقية وتتمدد"
// (unemployment is remaining and expanding) says the slogan of unemployment, "باقية وتتمدد" alone, after a full stop,
// an emoji or a hashtag sign, or after "الدولة", says it of the group.
import { foldedText } from '../text/fold';

/** A letter: what makes a word a subject (digits alone, a keycap "1️⃣" or a list number, are none). */
const WORD_CORE = /\p{L}/u;
/** A letter, a mark or a digit: part of a word. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Part of a word once inside it: also the invisible characters written into words to break filters ("ا\u200bلدولة"). */
const IN_WORD = /[\p{L}\p{M}\p{N}\p{Cf}]/u;
/**
 * What keeps two words in one clause (not a line break): blanks, no-break and zero-width spaces, direction marks and
 * other invisible format characters, and the underscore that joins a hashtag's words ("#القطة_باقية_وتتمدد").
 */
const BLANK = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000_\p{Cf}]/u;
/** Longest word looked at before a phrase (a longer run of letters is no subject the list could name). */
const MAX_WORD = 64;

/**
 * Whether the phrase starting at `start` in `text` opens a clause: nothing but blanks between it and the start of the
 * text or of a line, a punctuation mark, a symbol, an emoji (with its variation selector or keycap mark), a hashtag
 * sign, a mention, a hashtag or a capital letter alone; or right before it (blanks between) a word that folds to one of
 * `after` (folded words); or the phrase's own first word is one of them (a spelling that names its subject: "الدولة
 * باقية ورح تتمدد").
 */
export function opensClause(text: string, start: number, after: readonly string[]): boolean {
  if (after.length > 0 && after.includes(foldedText(wordFrom(text, start)))) return true;
  let i = start - 1;
  let joined = false;
  while (i >= 0 && BLANK.test(text[i]!)) {
    if (text[i] === '_') joined = true;
    i--;
  }
  if (i < 0) return true;
  const last = lastCodePoint(text, i);
  if (!WORD_CHAR.test(last)) return true;
  // The word before: its letters, marks, digits and invisible characters back to the previous non-word character.
  let from = i + 1 - last.length;
  while (from > 0 && i + 1 - from < MAX_WORD) {
    const c = lastCodePoint(text, from - 1);
    if (!IN_WORD.test(c)) break;
    from -= c.length;
  }
  while (from <= i && /\p{Cf}/u.test(text[from]!)) from++;
  const word = text.slice(from, i + 1);
  // Marks and digits alone (an emoji's variation selector, a keycap, a stray combining mark, a number) make no word;
  // a mention or a hashtag ("@jack", "#Dawla") is no subject either.
  if (!WORD_CORE.test(word)) return true;
  // (Not the first word of the phrase's own hashtag: "#القطة_باقية_وتتمدد" says it of the cat.)
  if (!joined && from > 0 && (text[from - 1] === '@' || text[from - 1] === '#')) return true;
  // A capital letter alone is no subject either: an initial ("E-I b-a-q-i-y-a", "É.I."). A lower-case one may be a
  // word ("w", and, in Arabizi: "el kersh ba9ya w tatamaddad").
  if (foldedText(word).length <= 1 && word !== word.toLowerCase()) return true;
  return after.includes(foldedText(word));
}

/** The word that starts at `start`: its letters, marks, digits and invisible characters (at most MAX_WORD code units). */
function wordFrom(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < MAX_WORD) {
    const c = text.codePointAt(end)!;
    const ch = String.fromCodePoint(c);
    if (!IN_WORD.test(ch)) break;
    end += ch.length;
  }
  return text.slice(start, end);
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
