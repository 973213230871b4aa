// Arabic clitics written onto a word: the conjunctions و and ف, the prepositions ب and ل (ل before the article
// makes لل), and و with ل ("ولجاك"). A one-word Arabic spelling of an `all` pattern's term ("زوكربيرغ", "الأنصار",
// the word lists of names and nouns) is also a keyword with them ("وزوكربيرغ", "لزوكربيرغ", "للأنصار"), as forms of
// its slot (lib/match/matcher.ts). Phrases get none: their keywords are most of a pack, and the forms would multiply
// them by six. A one-word Arabic exclusion of four letters or more, or with the article, gets them in every pattern
// ("بالواجب" for "الواجب"): it only excuses.

/** An Arabic letter (the alphabet's block, folded: no marks, no tatweel). */
const ARABIC_START = /^[\u0621-\u064a]/;
/** Fewest code units in a word that gets clitic forms ("جاك" has three). */
const MIN_WORD = 3;

/** The forms of a folded one-word Arabic spelling with a clitic written onto it; none for anything else. */
export function cliticForms(word: string): string[] {
  if (word.length < MIN_WORD || word.includes(' ') || !ARABIC_START.test(word)) return [];
  const out = [`و${word}`, `ف${word}`, `ب${word}`];
  if (word.startsWith('ال')) out.push(`لل${word.slice(2)}`, `ولل${word.slice(2)}`);
  else out.push(`ل${word}`, `ول${word}`);
  return out;
}
