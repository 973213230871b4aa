// Texting shorthand in English and French ("u" for you, "acct" for account, "vs" for vous): the spellings of a
// pattern in that language also match with its shorthand words, so "if u close one of our accts" finds "if you close
// one of our accounts" without every pack listing each form. Tables hold folded words (lib/text/fold.ts): a word of
// two, such as "tu es", folds to "tu es" and its shorthand "t'es" to "t es". Shorthand that the fold rewrites ("b4"
// folds to "ba": a leet digit in a Latin word) cannot be listed, and none of them is one letter alone but "u" and "r",
// which match only inside a pattern's phrase.

/** Folded word (or two words) → its shorthand spellings, folded. */
type Table = ReadonlyMap<string, readonly string[]>;

const EN: Table = new Map([
  ['you', ['u']],
  ['your', ['ur']],
  ['you re', ['ur', 'u r']],
  ['you are', ['u r', 'ur']],
  ['are', ['r']],
  ['account', ['acct', 'acc']],
  ['accounts', ['accts', 'accs']],
  ['government', ['govt', 'gov']],
  ['people', ['ppl']],
  ['because', ['bc', 'cuz']],
  ['please', ['pls', 'plz']],
]);

const FR: Table = new Map([
  ['vous', ['vs']],
  ['nous', ['ns']],
  ['tu es', ['t es']],
  ['pour', ['pr']],
  ['toujours', ['tjrs', 'tjr']],
  ['beaucoup', ['bcp']],
  ['quand', ['qd']],
]);

/** The tables for a pattern language: English, French, both for `any`, none for Arabic or an unknown language. */
function tablesFor(lang: string | undefined): Table[] {
  if (lang === 'en') return [EN];
  if (lang === 'fr') return [FR];
  if (lang === 'any') return [EN, FR];
  return [];
}

/** Forms kept per spelling, at most: a phrase with several shorthand words gets the likeliest mixes first. */
const MAX_FORMS = 8;

/**
 * The other spellings of a folded spelling with shorthand words, in order: each word shortened alone, then all of
 * them at once, then the other mixes, at most MAX_FORMS; none when the language has no table or nothing applies.
 */
export function shorthandForms(spelling: string, lang: string | undefined): string[] {
  const tables = tablesFor(lang);
  if (tables.length === 0) return [];
  const words = spelling.split(' ');
  // Places where shorthand applies: [first word, words covered, shorthand spellings].
  const places: [number, number, readonly string[]][] = [];
  for (let i = 0; i < words.length; ) {
    let hit: [number, number, readonly string[]] | null = null;
    for (const t of tables) {
      const two = i + 1 < words.length ? t.get(`${words[i]} ${words[i + 1]}`) : undefined;
      const one = t.get(words[i]!);
      if (two) hit = [i, 2, two];
      else if (one) hit = [i, 1, one];
      if (hit) break;
    }
    if (hit) places.push(hit);
    i += hit ? hit[1] : 1;
  }
  if (places.length === 0) return [];
  const out: string[] = [];
  const add = (choice: readonly number[]): void => {
    // choice[p]: -1 keeps place p as written, else the index of its shorthand.
    const parts: string[] = [];
    let at = 0;
    places.forEach(([first, n, forms], p) => {
      parts.push(...words.slice(at, first));
      parts.push(choice[p]! < 0 ? words.slice(first, first + n).join(' ') : forms[choice[p]!]!);
      at = first + n;
    });
    parts.push(...words.slice(at));
    const form = parts.join(' ');
    if (form !== spelling && !out.includes(form) && out.length < MAX_FORMS) out.push(form);
  };
  const none = places.map(() => -1);
  // Each place alone, each of its shorthands.
  places.forEach(([, , forms], p) => forms.forEach((_, k) => add(none.map((c, q) => (q === p ? k : c)))));
  // All places at once, first shorthands.
  add(places.map(() => 0));
  // Then every mix of first shorthands (places beyond the tenth stay as written: the forms are capped anyway).
  const n = Math.min(places.length, 10);
  for (let mask = 1; mask < 1 << n && out.length < MAX_FORMS; mask++) add(places.map((_, p) => (p < n && mask & (1 << p) ? 0 : -1)));
  return out;
}
