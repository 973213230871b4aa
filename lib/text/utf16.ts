// Cutting text by UTF-16 length (what JavaScript strings, the pack schema and field limits count) without splitting
// a surrogate pair: a styled letter or an emoji is kept whole or left out whole, never half.

/** The end of a cut of `text` at most `max` code units long that leaves no surrogate pair in two. */
export function cutEnd(text: string, max: number): number {
  if (text.length <= max) return text.length;
  return max > 0 && (text.charCodeAt(max - 1) & 0xfc00) === 0xd800 ? max - 1 : max;
}
