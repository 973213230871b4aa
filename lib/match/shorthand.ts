// Texting shorthand in English and French ("u" for you, "acct" for account, "vs" for vous): the spellings of a
// pattern in that language also match with its shorthand words, so "if u close one of our accts" finds "if you close
// one of our accounts" without every pack listing each form. Tables hold folded words (lib/text/fold.ts): a word of
// two, such as "tu es", folds to "tu es" and its shorthand "t'es" to "t es". Shorthand that the fold rewrites ("b4"
// folds to "ba": a leet digit in a Latin word) cannot be listed, and none of them is one letter alone but "u" and "r",
// which match only inside a pattern's phrase (and, like any one-letter word, join two others in a row: "find u & u r"
// folds to "find uur", rule 5 of the fold). "and" and "et" may be left out: "&" folds to a separator, so "Mark & Jack"
// reads "mark jack". Exclusions get the same forms as terms.

/** Folded word (or two words) → its shorthand spellings, folded ('': the word left out). */
type Table = ReadonlyMap<string, readonly string[]>;

const EN: Table = new Map([
  ['and', ['', 'n']],
  ['you', ['u']],
  ['your', ['ur']],
  ['are', ['r']],
  ['you re', ['ur']],
  ['you are', ['ur']],
  ['account', ['acct']],
  ['accounts', ['accts', 'accs']],
  ['government', ['govt', 'gov']],
  ['people', ['ppl']],
  ['because', ['bc', 'cuz']],
  ['please', ['pls', 'plz']],
  // "8" sounds "ate" ("gr8", "l8r"): the fold keeps a digit that ends a word, so "st8" stays as it is written.
  ['state', ['st8']],
  ['states', ['st8s']],
  // Contractions typed without their apostrophe ("we wont stop", "u cant"): the fold reads "won't" as two words.
  ['don t', ['dont']],
  ['can t', ['cant']],
  ['won t', ['wont']],
]);

const FR: Table = new Map([
  ['et', ['']],
  ['vous', ['vs']],
  ['nous', ['ns']],
  ['tu es', ['t es']],
  ['pour', ['pr']],
  ['compte', ['cpte']],
  ['comptes', ['cptes']],
  ['toujours', ['tjrs', 'tjr']],
  ['beaucoup', ['bcp']],
  ['quand', ['qd']],
  ['tout', ['tt']],
  ['que', ['ke']],
  ['dans', ['ds']],
  ['meme', ['mm']],
  ['c est', ['c', 'cest']],
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

/** A place where shorthand applies: its first word, the words it covers, its shorthand spellings. */
type Place = readonly [first: number, n: number, forms: readonly string[]];

/**
 * The places in `words` of one-word entries, and of two-word entries ("c est" → "c", "can t" → "cant"), which count
 * as one-word places where their first word has no entry of its own; else ("you are" → "ur", beside "u" and "r") they
 * are contractions tried one at a time.
 */
function placesIn(words: readonly string[], tables: readonly Table[]): { one: Place[]; two: Place[] } {
  const one: Place[] = [];
  const two: Place[] = [];
  for (let i = 0; i < words.length; i++) {
    let both = false;
    for (const t of tables) {
      // A word may be left out ('') only between two others: "and burn them" is not "burn them".
      const inside = i > 0 && i < words.length - 1;
      const single = t.get(words[i]!)?.filter((f) => f !== '' || inside);
      if (single?.length) one.push([i, 1, single]);
      const pair = i + 1 < words.length ? t.get(`${words[i]} ${words[i + 1]}`) : undefined;
      if (pair && single?.length) two.push([i, 2, pair]);
      else if (pair) {
        one.push([i, 2, pair]);
        both = true;
      }
      if (single || pair) break;
    }
    if (both) i++; // the pair's second word is covered
  }
  return { one, two };
}

/** `words` with each chosen place written in shorthand (choice[p]: -1 as written, else the shorthand's index). */
function written(words: readonly string[], places: readonly Place[], choice: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  places.forEach(([first, n, forms], p) => {
    parts.push(...words.slice(at, first));
    const w = choice[p]! < 0 ? words.slice(first, first + n).join(' ') : forms[choice[p]!]!;
    if (w !== '') parts.push(w); // '' leaves the word out
    at = first + n;
  });
  parts.push(...words.slice(at));
  return parts.join(' ');
}

/**
 * The other spellings of a folded spelling with shorthand words, in order: every word shortened at once, each word
 * shortened alone (each of its shorthands), each two-word contraction ("you are" → "ur"), then the other mixes, at
 * most MAX_FORMS; none when the language has no table or nothing applies.
 */
export function shorthandForms(spelling: string, lang: string | undefined): string[] {
  const tables = tablesFor(lang);
  if (tables.length === 0) return [];
  const words = spelling.split(' ');
  const { one, two } = placesIn(words, tables);
  const out: string[] = [];
  const add = (form: string): void => {
    if (form !== spelling && !out.includes(form) && out.length < MAX_FORMS) out.push(form);
  };
  const none = one.map(() => -1);
  add(written(words, one, one.map(() => 0)));
  one.forEach(([, , forms], p) => forms.forEach((_, k) => add(written(words, one, none.map((c, q) => (q === p ? k : c))))));
  for (const place of two) place[2].forEach((_, k) => add(written(words, [place], [k])));
  // Then every mix of first shorthands (places beyond the tenth stay as written: the forms are capped anyway).
  const n = Math.min(one.length, 10);
  for (let mask = 1; mask < 1 << n && out.length < MAX_FORMS; mask++) add(written(words, one, one.map((_, p) => (p < n && mask & (1 << p) ? 0 : -1))));
  return out;
}
