// Arabic hashtags with their words run together ("#الخلافةباقيةوتتمدد", "#الدولةالإسلاميةباقية"): Arabic has no
// capitals to cut at (hashtags.ts cuts camel case), and the fold reads one word there, which no keyword spells
// (run-together forms are made for Latin spellings only: matcher.ts). This module cuts such a hashtag where the pack's
// own words in it start and end ("الخلافة باقية وتتمدد") and gives the post's text so cut, with a map back to the post
// (lib/match/rewrite.ts), so the matcher reads it a second time. A cut leaves no piece shorter than three letters, so
// an ordinary word is never read as a keyword word and a few letters. A post without a '#' before an Arabic letter
// costs one indexOf; the pack's Arabic words are gathered from the trie the first time a page shows such a hashtag.
import { foldedText } from '../text/fold';
import { KeywordWordIndex, type AutomatonArrays } from './automaton';
import { RewriteBuilder, type Rewrite } from './rewrite';

/** Fewest letters (folded code units) a piece of a cut hashtag may have. */
const MIN_PIECE = 3;
/** Longest run of letters read (folded code units): the cut looks at every way of reading it, quadratic in its length. */
const MAX_RUN = 120;
/** Hashtags read per post, at most (a hostile post could hold thousands). */
const MAX_HASHTAGS = 16;
/** The conjunction written onto the next word ("باقيةوتتمدد"): a keyword word after it is a piece too. */
const WAW = 0x648;

/** An Arabic letter: the Arabic block's letters, Persian and Urdu ones, and the presentation forms. */
function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x620 && c <= 0x63f) ||
    (c >= 0x641 && c <= 0x64a) ||
    c === 0x66e ||
    c === 0x66f ||
    (c >= 0x671 && c <= 0x6d3) ||
    c === 0x6d5 ||
    (c >= 0x6fa && c <= 0x6fc) ||
    c === 0x6ff ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe80 && c <= 0xfefc)
  );
}

/** What the fold drops inside a word: harakat, Quranic marks, tatweel, invisible characters, the soft hyphen. */
function isFill(c: number): boolean {
  return (
    (c >= 0x64b && c <= 0x65f) ||
    c === 0x640 ||
    c === 0x670 ||
    (c >= 0x6d6 && c <= 0x6ed) ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0xad
  );
}

export class ArabicHashtags {
  /** The pack's Arabic keyword words, folded (null until the first Arabic hashtag). */
  private words: Set<string> | null = null;
  private longest = 0;

  constructor(private readonly automaton: AutomatonArrays) {}

  /** The text with its run-together Arabic hashtags cut into the pack's words, or null when none is. */
  cut(text: string): Rewrite | null {
    let out: RewriteBuilder | null = null;
    let read = 0;
    for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
      if (i + 1 >= text.length || !isArabicLetter(text.charCodeAt(i + 1))) continue;
      if (++read > MAX_HASHTAGS) break;
      // The body: runs of letters and what the fold drops in words, '_' between them (each run read apart).
      let j = i + 1;
      for (;;) {
        const from = j;
        while (j < text.length && (isArabicLetter(text.charCodeAt(j)) || isFill(text.charCodeAt(j)))) j++;
        for (const at of this.cutsOf(text, from, j)) (out ??= new RewriteBuilder(text)).insertAt(at, ' ');
        if (j < text.length && text.charCodeAt(j) === 0x5f && j + 1 < text.length && isArabicLetter(text.charCodeAt(j + 1))) j++;
        else break;
      }
      i = j - 1;
    }
    return out === null ? null : out.finish();
  }

  /**
   * Where to cut the run text[from, to): before each piece but the first, when the run reads as pieces of three
   * letters or more of which some are the pack's words, with as many of its letters in those words as can be (then
   * as few pieces as can be), and not as one piece. Empty otherwise.
   */
  private cutsOf(text: string, from: number, to: number): number[] {
    // The run folded, and where each folded unit starts in the post (-1: inside a letter's fold). The fold reads Arabic
    // letter by letter, so the run is folded in one call and each letter mapped to its unit, unless some letter folds
    // to none or to several (the hamza on the line, a ligature): then letter by letter.
    let letters = 0;
    let oneToOne = true;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (isFill(c)) continue;
      letters++;
      if (c === 0x621 || c >= 0xfb50) oneToOne = false;
    }
    if (letters < 2 * MIN_PIECE || letters > MAX_RUN) return [];
    let folded = foldedText(text.slice(from, to));
    const at: number[] = [];
    if (oneToOne && folded.length === letters) {
      for (let k = from; k < to; k++) if (!isFill(text.charCodeAt(k))) at.push(k);
    } else {
      folded = '';
      for (let k = from; k < to; k++) {
        if (isFill(text.charCodeAt(k))) continue;
        const f = foldedText(text[k]!);
        for (let u = 0; u < f.length; u++) at.push(u === 0 ? k : -1);
        folded += f;
      }
    }
    const m = folded.length;
    if (m < 2 * MIN_PIECE || folded.includes(' ')) return [];
    const words = this.arabicWords();
    if (words.has(folded)) return []; // one word of the pack
    // best[k]: letters of the first k read in the pack's words, and pieces, for the best reading of them; back[k]:
    // where its last piece starts.
    const known = new Int32Array(m + 1).fill(-1);
    const pieces = new Int32Array(m + 1);
    const back = new Int32Array(m + 1);
    known[0] = 0;
    const offer = (k: number, end: number, letters: number): void => {
      const kn = known[k]! + letters;
      const pc = pieces[k]! + 1;
      if (kn > known[end]! || (kn === known[end] && pc < pieces[end]!)) {
        known[end] = kn;
        pieces[end] = pc;
        back[end] = k;
      }
    };
    for (let k = 0; k + MIN_PIECE <= m; k++) {
      if (known[k]! < 0 || at[k] === -1) continue;
      for (let end = k + MIN_PIECE; end <= m; end++) {
        if (end < m && at[end] === -1) continue;
        const n = end - k;
        const piece = n <= this.longest + 1 ? folded.slice(k, end) : '';
        const word = piece !== '' && (words.has(piece) || (piece.charCodeAt(0) === WAW && n > MIN_PIECE && words.has(piece.slice(1))));
        offer(k, end, word ? n : 0);
      }
    }
    if (known[m]! <= 0 || pieces[m]! < 2) return [];
    const cuts: number[] = [];
    for (let k = back[m]!; k > 0; k = back[k]!) cuts.push(at[k]!);
    return cuts.reverse();
  }

  /** The pack's keyword words holding an Arabic letter, gathered from the trie once. */
  private arabicWords(): Set<string> {
    if (this.words !== null) return this.words;
    const index = new KeywordWordIndex(this.automaton, MIN_PIECE);
    const words = new Set<string>();
    for (const n of index.lengths()) {
      for (const w of index.matching(new Array<number>(n).fill(-1))) {
        if (!isArabicLetter(w.charCodeAt(0))) continue;
        words.add(w);
        if (n > this.longest) this.longest = n;
      }
    }
    this.words = words;
    return words;
  }
}
