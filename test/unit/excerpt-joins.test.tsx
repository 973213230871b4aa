// @vitest-environment happy-dom
// A matched word highlighted inside an Arabic word (a clitic read apart: the فـ of فسنحذف, the لـ of لمركز) keeps the
// word's joined letters: the excerpt says where a mark's edge cuts a join, and the panels put joiners on both sides.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ExcerptParts } from '../../components/ExcerptParts';
import { buildExcerpt, joinedAt, partText } from '../../lib/ui/highlight';
import type { MatchSpan } from '../../lib/types';

const span = (text: string, word: string): MatchSpan => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, patternId: 'p' };
};

describe('Arabic joins at a mark\'s edges', () => {
  it('tells a cut join from a word boundary and from letters that join only backwards', () => {
    const text = 'فسنحذف مواقعكم لمركز الدار';
    expect(joinedAt(text, 1)).toBe(true); // ف | سنحذف
    expect(joinedAt(text, 6)).toBe(false); // end of word, before a space
    expect(joinedAt(text, text.indexOf('مركز'))).toBe(true); // ل | مركز
    // د joins only to the letter before it: a cut after it breaks nothing.
    expect(joinedAt('الدار', 3)).toBe(false);
    // Harakat between the letters do not break the join.
    expect(joinedAt('فَسنحذف', 2)).toBe(true);
    expect(joinedAt('plain text', 3)).toBe(false);
    expect(joinedAt('ف', 0)).toBe(false);
    expect(joinedAt('ف', 1)).toBe(false);
  });

  it('marks a clitic-split word with joiners on both sides of the cut; whole words are left as they are', () => {
    const text = 'والله فسنحذف مواقعكم قريبا';
    const parts = buildExcerpt(text, [span(text, 'سنحذف'), span(text, 'مواقعكم')]);
    const marks = parts.filter((p) => p.kind === 'mark');
    expect(marks.map((m) => [m.text, m.joinStart ?? false, m.joinEnd ?? false])).toEqual([
      ['سنحذف', true, false],
      ['مواقعكم', false, false],
    ]);
    // The mark's own text stays the post's words; what is shown adds the joiners.
    const shown = parts.map((_, i) => partText(parts, i)).join('');
    expect(shown).toBe('والله ف\u200d\u200dسنحذف مواقعكم قريبا');
    expect(shown.replace(/\u200d/g, '')).toBe(text);
  });

  it('renders such a mark without isolation, with its joiners, and a whole word as before', () => {
    const text = 'والله فسنحذف مواقعكم';
    const root = document.createElement('p');
    render(<ExcerptParts parts={buildExcerpt(text, [span(text, 'سنحذف'), span(text, 'مواقعكم')])} lang="ar" />, root);
    const [inWord, whole] = Array.from(root.querySelectorAll('mark'));
    expect(inWord!.className).toBe('fb-mark fb-mark-join-start');
    expect(inWord!.hasAttribute('dir')).toBe(false);
    expect(inWord!.textContent).toBe('\u200dسنحذف');
    expect(inWord!.previousSibling?.textContent?.endsWith('ف\u200d')).toBe(true);
    expect(whole!.className).toBe('fb-mark');
    expect(whole!.getAttribute('dir')).toBe('auto');
  });
});
