// What Arabic text is made of, for the readings that walk Arabic words by hand (lib/match/arabic-hashtags.ts,
// lib/match/arabic-lookalikes.ts): its letters, and what the fold drops inside a word.

/**
 * An Arabic letter: the Arabic block's letters, Persian and Urdu ones, and the presentation forms' letters and
 * ligatures (not the ornate parentheses, the rial sign or the basmala).
 */
export function isArabicLetter(c: number): boolean {
  if (c < 0x620) return false; // most of a Latin post, settled in one test
  return (
    c <= 0x63f ||
    (c >= 0x641 && c <= 0x64a) ||
    c === 0x66e ||
    c === 0x66f ||
    (c >= 0x671 && c <= 0x6d3) ||
    c === 0x6d5 ||
    (c >= 0x6fa && c <= 0x6fc) ||
    c === 0x6ff ||
    (c >= 0xfb50 && c <= 0xfbb1) ||
    (c >= 0xfbd3 && c <= 0xfd3d) ||
    (c >= 0xfd50 && c <= 0xfdc7) ||
    (c >= 0xfdf0 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc && c !== 0xfe75)
  );
}

/**
 * What the fold drops inside a word: harakat and Quranic marks, tatweel, the Arabic letter mark, invisible characters
 * (zero-width, joiners, direction marks, embeddings and isolates, word joiner, byte-order mark, combining grapheme
 * joiner, variation selectors), the soft hyphen.
 */
export function isArabicFill(c: number): boolean {
  return (
    (c >= 0x610 && c <= 0x61a) ||
    c === 0x61c ||
    (c >= 0x64b && c <= 0x65f) ||
    c === 0x640 ||
    c === 0x670 ||
    (c >= 0x6d6 && c <= 0x6ed) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0x34f ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff ||
    c === 0xad
  );
}
