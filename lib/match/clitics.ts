// Arabic clitics written onto a word. Before it: the conjunctions و and ف, the prepositions ب and ل (ل before the
// article makes لل), and و with ل ("ولجاك"). After it: the attached pronouns (ه ها هم كم نا ك: "حسابنا", "تسكرها")
// and the plural endings of spoken verbs (وا و: "قفلتوا", "سكرو"), with a final ة written ت before them
// ("صفحتنا") and its plural ("صفحات"). A one-word Arabic spelling of an `all` pattern's term ("زوكربيرغ", "الأنصار",
// "حساب", the word lists of names and nouns) is also a keyword in these forms ("وزوكربيرغ", "للأنصار", "حسابنا"),
// as forms of its slot (lib/match/matcher.ts). Phrases get none: their keywords are most of a pack, and the forms
// would multiply them by fourteen.

/** An Arabic letter (the alphabet's block, folded: no marks, no tatweel). */
const ARABIC_START = /^[\u0621-\u064a]/;
/** Fewest code units in a word that gets clitic forms ("جاك" has three). */
const MIN_WORD = 3;
/** Fewest code units in a word that gets attached pronouns: "حساب" has four; three-letter words would meet others. */
const MIN_SUFFIXED = 4;
/** The attached pronouns and the plural endings of spoken verbs, as the fold writes them. */
const SUFFIXES = ['ه', 'ها', 'هم', 'كم', 'نا', 'ك', 'وا', 'و'];
/** The fold writes ة as ه: a final ه is taken for a ة, written ت before a suffix. */
const TA_MARBUTA_FOLDED = 'ه';

/** The forms of a folded one-word Arabic spelling with a clitic written onto it; none for anything else. */
export function cliticForms(word: string): string[] {
  if (word.length < MIN_WORD || word.includes(' ') || !ARABIC_START.test(word)) return [];
  const out = [`و${word}`, `ف${word}`, `ب${word}`];
  if (word.startsWith('ال')) out.push(`لل${word.slice(2)}`, `ولل${word.slice(2)}`);
  else out.push(`ل${word}`, `ول${word}`);
  out.push(...suffixedForms(word));
  return out;
}

/**
 * The word with an attached pronoun or a plural ending: none for a word with the article (no pronoun follows it), a
 * word of three letters or fewer, or one that ends in a long vowel (its forms change the vowel: "مستوى" → "مستوانا").
 */
function suffixedForms(word: string): string[] {
  if (word.length < MIN_SUFFIXED || word.startsWith('ال')) return [];
  const last = word[word.length - 1]!;
  if (last === 'ا' || last === 'ي' || last === 'و') return [];
  if (last === TA_MARBUTA_FOLDED) {
    const stem = `${word.slice(0, -1)}ت`;
    return [...SUFFIXES.map((s) => stem + s), `${word.slice(0, -1)}ات`];
  }
  return SUFFIXES.map((s) => word + s);
}
