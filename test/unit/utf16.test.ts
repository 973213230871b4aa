// Cutting by UTF-16 length without splitting a surrogate pair (lib/text/utf16.ts).
import { describe, expect, it } from 'vitest';
import { cutEnd } from '../../lib/text/utf16';

describe('cutEnd', () => {
  it('cuts at the limit, or one unit before when the limit would split a styled letter or an emoji', () => {
    expect(cutEnd('abcdef', 4)).toBe(4);
    expect(cutEnd('abc𝐀def', 4)).toBe(3); // 𝐀 is two units: [3, 5)
    expect(cutEnd('abc𝐀def', 5)).toBe(5);
    expect(cutEnd('ab🔥', 3)).toBe(2);
  });

  it('a text within the limit is kept whole; a limit of 0 keeps nothing', () => {
    expect(cutEnd('abc', 3)).toBe(3);
    expect(cutEnd('🔥', 5)).toBe(2);
    expect(cutEnd('🔥', 0)).toBe(0);
  });
});
