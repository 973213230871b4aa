// Stretched doubled letters: the fold turns a run of three or more identical letters into one (rule 4 of
// lib/text/fold.ts), so "killlll" folds to "kil" and "الصليبيييين" to "الصليبين", and a spelling that doubles that
// letter ("kill", "الصليبيين") would never match them. A spelling's forms with one of its doubled letters written
// once let those match. Words left too short to stand for the spelling get no form: "all" → "al" (the Arabic
// article), "kill" alone → "kil"; inside a phrase "kil the crusaders" still reads as the phrase.

/** A letter in any script, as the fold keeps letters (lower case, marks already dropped). */
const LETTER = /\p{L}/u;

/** Forms kept per spelling, at most: stretching two different doubled letters of one phrase is rare. */
const MAX_FORMS = 4;

/** Shortest word a form may leave (code units); a spelling of one word needs a longer one. */
const MIN_WORD_IN_PHRASE = 3;
const MIN_LONE_WORD = 5;

/**
 * The forms of a folded spelling with one run of exactly two identical letters written once, in order, at most
 * MAX_FORMS; none when no doubled letter can go.
 */
export function singledForms(spelling: string): string[] {
  const words = spelling.split(' ');
  const minWord = words.length > 1 ? MIN_WORD_IN_PHRASE : MIN_LONE_WORD;
  const out: string[] = [];
  for (let w = 0; w < words.length && out.length < MAX_FORMS; w++) {
    const word = words[w]!;
    if (word.length - 1 < minWord) continue;
    for (let i = 0; i + 1 < word.length && out.length < MAX_FORMS; i++) {
      const c = word[i]!;
      if (word[i + 1] !== c || !LETTER.test(c) || word[i + 2] === c || (i > 0 && word[i - 1] === c)) continue;
      const form = [...words.slice(0, w), word.slice(0, i) + word.slice(i + 1), ...words.slice(w + 1)].join(' ');
      if (!out.includes(form)) out.push(form);
    }
  }
  return out;
}
