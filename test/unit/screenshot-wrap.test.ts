// The evidence image's line wrapping (lib/content/screenshot.ts): the post's own line breaks kept, long words cut,
// and a huge post wrapped only as far as the lines the image draws.
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../lib/content/screenshot';

const measure = (s: string): number => s.length; // one unit per character

describe('wrapText', () => {
  it('keeps line breaks, wraps at spaces and cuts a word wider than the line', () => {
    expect(wrapText('Si vous fermez un de nos comptes\nnous en prendrons dix', 12, measure)).toEqual([
      'Si vous',
      'fermez un de',
      'nos comptes',
      'nous en',
      'prendrons',
      'dix',
    ]);
    expect(wrapText('aaaaaaaaaaaaaaaaaaaaaaaaa', 10, measure)).toEqual(['aaaaaaaaaa', 'aaaaaaaaaa', 'aaaaa']);
  });

  it('stops measuring once the lines drawn are full (a 1 MB post: one more line, not all of them)', () => {
    let calls = 0;
    const counted = (s: string): number => {
      calls++;
      return s.length;
    };
    const huge = 'mot '.repeat(250_000);
    const lines = wrapText(huge, 40, counted, 80);
    expect(lines.length).toBe(81);
    expect(calls).toBeLessThan(2_000);
    const oneWord = 'x'.repeat(1_000_000);
    expect(wrapText(oneWord, 40, measure, 80).length).toBe(81);
  });
});
