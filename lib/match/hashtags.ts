// Sentence hashtags written in camel case ("#IfYouCloseOneAccountWeWillTakeTen", "#NousEnPrendronsDix"): the fold
// reads one word there, which only a keyword run together in full can match. This module gives the post's text
// with those hashtags cut into their words ("#If You Close One Account We Will Take Ten") and a map back to the post
// (lib/match/rewrite.ts), so the matcher can read it a second time as a sentence. A post without a '#' costs one
// indexOf; each hashtag, a look at its first character.
import { RewriteBuilder, type Rewrite } from './rewrite';

/** A hashtag's body: letters (any script), marks, digits, '_'. */
const BODY = /#([\p{L}\p{M}\p{N}_]+)/gu;
/** Longest body read as a sentence (code units): X allows 280 characters in a whole post. */
const MAX_BODY = 280;
/** Where a camel-case body is cut: a lower-case letter then a capital, a capital run then a capitalised word,
 *  a letter then a number that runs to a capital or the end ("Take10InReturn"), and a number then a capital. Marks
 *  after a letter are bounded (three): an unbounded run in a lookbehind is read again at every position, which a
 *  post of 25,000 combining marks turned into seconds. */
const CUT = /(?<=\p{Ll}\p{M}{0,3})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L}\p{M}{0,3})(?=\p{N}+(?:\p{Lu}|$))|(?<=\p{N})(?=\p{Lu})/gu;


const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const BODY_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const MARK = /\p{M}/u;

/**
 * Whether the hashtag body starting at `i` has two humps (a lower-case letter, marks after it allowed, then a
 * capital). A hand loop: it runs on every hashtag of every post (2.5 per post with one on the bench's corpus), and
 * most are one word or a name. ASCII, Latin-1 and Arabic are told without a regex.
 */
function twoHumpsAt(text: string, i: number): boolean {
  let humps = 0;
  let lower = false;
  for (let n = Math.min(text.length, i + MAX_BODY); i < n; i++) {
    const c = text.charCodeAt(i);
    let upper = false;
    if (c < 128) {
      if (c >= 97 && c <= 122) lower = true;
      else if (c >= 65 && c <= 90) upper = true;
      else if ((c >= 48 && c <= 57) || c === 95) lower = false;
      else return false;
    } else if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) {
      if (c >= 0xdf) lower = true;
      else upper = true;
    } else if (c >= 0x300 && c <= 0x36f) {
      // a combining diacritic: the letter before it stays what it was
    } else if (c >= 0x600 && c <= 0x6ff) {
      lower = false; // Arabic: no case (its marks and digits are body characters too)
    } else {
      const ch = text[i]!;
      if (LOWER.test(ch)) lower = true;
      else if (UPPER.test(ch)) upper = true;
      else if (!BODY_CHAR.test(ch)) return false;
      else if (!MARK.test(ch)) lower = false;
    }
    if (upper) {
      if (lower && ++humps === 2) return true;
      lower = false;
    }
  }
  return false;
}

/** Whether the character at `i` is a capital letter. */
function capitalAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (c <= 0xff) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  return UPPER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the character at `i` may start a sentence hashtag: a capital, or an ASCII digit ("#10ansFlammes…"). */
function sentenceStartAt(text: string, i: number): boolean {
  const c = i < text.length ? text.charCodeAt(i) : 0;
  return (c >= 48 && c <= 57) || capitalAt(text, i);
}

/**
 * Whether some hashtag of the text is a sentence: it starts with a capital or a number and has two humps (three words
 * or more). Sentence hashtags start with one ("#IfYouClose…", "#10ansFlammesDesPartisans"); most hashtags do not,
 * and are passed over after their first character.
 */
function hasCamelHashtag(text: string): boolean {
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) if (sentenceStartAt(text, i + 1) && twoHumpsAt(text, i + 1)) return true;
  return false;
}

/** The text with its camel-case sentence hashtags cut into words, or null when it has none. */
export function cutCamelHashtags(text: string): Rewrite | null {
  if (!hasCamelHashtag(text)) return null;
  const out = new RewriteBuilder(text);
  for (const m of text.matchAll(BODY)) {
    const at = m.index + 1;
    if (m[1]!.length > MAX_BODY || !sentenceStartAt(text, at) || !twoHumpsAt(text, at)) continue;
    for (const c of m[1]!.matchAll(CUT)) if (c.index > 0) out.insertAt(at + c.index, ' ');
  }
  return out.finish();
}
