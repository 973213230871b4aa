// The raw-text prefilter: decides, from a post as it is, without folding it into buffers, that no keyword can occur
// in it. About 99 % of the posts on a timeline match nothing; for them this one pass replaces the fold (three
// typed-array writes per code unit and the source map) and the scan of the folded atoms.
//
// It reads each code unit's fold-table entry (lib/text/fold-tables.ts), cuts and hashes tokens like Scanner.scan
// (lib/match/automaton.ts), checks the same start filter and walks the same trie, reading folded atoms on the fly.
// Where the fold rewrites a word (rules 3–4 of lib/text/fold.ts: lookalikes and leet digits in a Latin word, runs
// of three identical letters), the word's hash is computed again from its rewritten letters, so "d3l3t3" and
// "suuuupprimer" hash like "delete" and "supprimer". The answer is "maybe" (the caller folds and scans as before)
// where the fold does something this pass does not follow: three one-letter words in a row (rule 5; a lone leet
// digit counts too, for the matcher's reading of letters spelled with digits among them, spaced.ts), '@' or '$'
// after a letter (rule 2), a combining mark that may be kept, an astral letter, a rewritten word holding atoms of a
// character that folds to several, and a possible keyword start inside such an expansion (the second word of ﷺ).
// It also answers "maybe" where the matcher reads the post a second time: a word, an emoji and a letter in a row
// (emoji-split.ts), and a word mostly in leet digits (leet.ts); both ask the same test as the reading does. Where it
// rules a post out, it notes an Arabizi word (arabizi.ts), a regional indicator (regional-letters.ts) and an emoji
// that stands for a word (emoji-words.ts), which the matcher then reads a second time: their readings turn words it
// rules out into keywords.
// A walk through the trie answers "maybe" when it meets an atom a rewrite may change, or a separator or mark inside
// an expansion. A walk that reads ahead into text the pass would answer "maybe" for may answer anything: the pass
// reaches that text later and says "maybe" there. test/unit/prefilter.property.test.ts checks, on evasion-heavy and
// on arbitrary text, that "no keyword" is never said of a post where the fold and the scanner find one.
import * as tables from '../text/fold-tables';
import { isBlankUnit } from '../text/fold';
import * as automaton from './automaton';
import { emojiSplitsWord, isSplittingEmoji } from './emoji-split';
import { holdsHeavyLeet } from './leet';
import { holdsArabizi, mayBeArabizi } from './arabizi';
import { isRegionalIndicator } from './regional-letters';
import { isWordEmoji, wordAfterEmoji } from './emoji-words';
import { BLACK_FLAG } from './black-flag';
import { isCutMark } from './cut-words';
import { inLinkPath } from './ones';

// Module-local copies (destructured once): hot loops must not go through module-namespace getters (tsx, vitest and
// some bundlers compile imports to property reads).
const { H0, HM, finishHash, pairHash, filterHas, childOf, bitOf, keywordAt, SPLIT_MIN, DOUBLE_MIN, mayDouble } = automaton;
const { atomsOf, fillBmp, lowerLookOf: lowerLook, TABLE: TABLE_, MULTI: MULTI_, LEET_DIGIT: LEET_, F_ARABIC_MARK: K_ARABIC_MARK, F_DIGIT: K_DIGIT_BIT } = tables;
const { C_DROP: K_DROP, C_SEP: K_SEP, C_LATIN: K_LATIN, C_LETTER: K_LETTER, C_LETTER_KEEP: K_LETTER_KEEP } = tables;
const { C_DIGIT: K_DIGIT, C_MARK: K_MARK, C_NUM: K_NUM, C_SYMBOL: K_SYMBOL, C_LEETSYM: K_LEETSYM } = tables;
const { C_MULTI: K_MULTI, C_HIGH: K_HIGH, strictLeet } = tables;

// Word flags, as the fold collects them (fold-tables.ts).
const { W_LATIN, W_FOREIGN, W_MAPPABLE, W_LEET, W_NONLEET, W_RUN3, W_DIGIT, WORD_FLAG_SHIFT } = tables;

/** The atom a walk reads for a run of separators. */
const SPACE = tables.SPACE_ATOM;
/** nextAtom: the atom cannot be told without folding. */
const UNSURE = -1;
/** nextAtom: the text ends. */
const END = -2;
/** A token start the walk cannot reach from a source index (inside a character's expansion): "maybe" on a hit. */
const NO_WALK = -2;

/** Classes of word atoms, indexed by class (a kept mark also is one in the fold, but this pass gives up on it). */
const WORD_ = new Uint8Array(16);
for (const c of [K_LATIN, K_LETTER, K_LETTER_KEEP, K_DIGIT, K_NUM]) WORD_[c] = 1;
const isWordClass = (cls: number): boolean => WORD_[cls] !== 0;
/** The same classes as bits, for the word loop (a shift instead of a load: −4 % in Chromium). */
const WORD_MASK = WORD_.reduce((m, w, c) => (w !== 0 ? m | (1 << c) : m), 0);
/** Digits and numbers, whose runs the fold keeps as they are. */
const NUMERIC_MASK = (1 << K_DIGIT) | (1 << K_NUM);

export class Prefilter {
  private readonly allMask: number;
  private readonly allShift: number;
  private readonly anchorMask: number;
  // The start filter of the pass (the anchor terms' when asked for terms only), its mask and shift.
  private F: Int32Array = new Int32Array(0);
  private mask = 0;
  private shift = 0;
  /** The pass reads the anchors' own filter: a miss there is looked up in the whole one (has). */
  private probeWhole = false;
  // The walk's reading position: the next source index, and atoms left of a character that folds to several.
  private at = 0;
  private list: Int32Array | null = null;
  private li = 0;
  // The last word wordRewritten looked at: [rwFrom, rwTo) of rwInput, and its answer.
  private rwInput = '';
  private rwFrom = 0;
  private rwTo = 0;
  private rwValue = false;
  // rewriteWord's results.
  private wordHash = 0;
  private wordLen = 0;
  private wordLetter = false;
  /** rewriteWord read a leet '1' as 'i' (the matcher also reads it as 'l': lib/match/ones.ts). */
  private wordOnes = false;
  private arabizi = false;
  private regional = false;
  private emojiWord = false;
  private blackFlag = false;
  private arabicJoin = false;
  private cutWord = false;
  private mixedArabic = false;
  private nonLatin = false;

  // mayMatch(text, true): only the anchors count (termsOnly, AutomatonArrays.anchors), and whether the pass met another.
  private termsOnly = false;
  private excuse = false;

  constructor(
    private readonly a: automaton.AutomatonArrays,
    /** Dense root transitions (rootTable), shared with the Scanner. */
    private readonly root: Uint16Array,
  ) {
    this.allMask = a.filter.length * 32 - 1;
    this.allShift = Math.clz32(this.allMask);
    this.anchorMask = a.anchorFilter.length * 32 - 1;
  }

  /**
   * Does the pass's start filter hold `x`? Asked for terms only, a miss there that the whole filter holds notes a
   * keyword that may occur and does not count (sawExcuse): no walk tells, and a stray bit only costs a second reading
   * of a flagged post.
   */
  private has(x: number): boolean {
    if (filterHas(this.F, this.mask, this.shift, x)) return true;
    if (this.probeWhole && !this.excuse) this.excuse = this.inWhole(x);
    return false;
  }

  /** Does the start filter of every keyword hold `x`? */
  private inWhole(x: number): boolean {
    return filterHas(this.a.filter, this.allMask, this.allShift, x);
  }

  /**
   * The last pass that answered "no keyword" met a word written in Arabizi ("5ilafa", "ba9iya"): the matcher reads
   * the post again with it transliterated (lib/match/arabizi.ts). After a "maybe" it tells nothing.
   */
  get sawArabizi(): boolean {
    return this.arabizi;
  }

  /**
   * The last pass that answered "no keyword" met a regional indicator symbol (🇦–🇿, a flag's half): the matcher reads
   * the post again with the lone ones as letters (lib/match/regional-letters.ts). After a "maybe" it tells nothing.
   */
  get sawRegional(): boolean {
    return this.regional;
  }

  /**
   * The last pass that answered "no keyword" met an emoji that may stand for a word (🔥, 💣…): the matcher reads the
   * post again with it written as that word (lib/match/emoji-words.ts). After a "maybe" it tells nothing.
   */
  get sawEmojiWord(): boolean {
    return this.emojiWord;
  }

  /**
   * The last pass that answered "no keyword" met a black flag (🏴): the matcher reads the post again with a lone one
   * among Latin-script words written as the words "black flag" (lib/match/black-flag.ts). After a "maybe" it tells
   * nothing.
   */
  get sawBlackFlag(): boolean {
    return this.blackFlag;
  }

  /**
   * The last pass that answered "no keyword" met a word of another script than Latin closed by a mark, no space
   * ("الخ.لا.فة"): the matcher reads the post again with such gaps between Arabic letters left out
   * (lib/match/arabic-pieces.ts). After a "maybe" it tells nothing.
   */
  get sawArabicJoin(): boolean {
    return this.arabicJoin;
  }

  /**
   * The last pass that answered "no keyword" met a word cut by a mark with no space, with a piece of two code units or
   * fewer beside the mark or three pieces or more ("Ca-li-phate", "Sta.te"): the matcher reads the post again with
   * those marks left out (lib/match/cut-words.ts). After a "maybe" it tells nothing.
   */
  get sawCutWord(): boolean {
    return this.cutWord;
  }

  /**
   * The last pass that answered "no keyword" met a word of another script than Latin holding a Latin letter or a digit
   * ("ب1قية", "ال7ياة"), or a dotless letter ("ٮاٯىه"): the matcher reads the post again with such characters read as
   * the Arabic letters they stand for (lib/match/arabic-lookalikes.ts). After a "maybe" it tells nothing.
   */
  get sawMixedArabic(): boolean {
    return this.mixedArabic;
  }

  /**
   * The last pass that answered "no keyword" met a letter of another script than Latin (W_FOREIGN, W_MAPPABLE: Arabic
   * among them): the matcher's Arabic readings skip a post without one (a regex looking for their letters read every
   * code unit of a Latin post). After a "maybe" it tells nothing.
   */
  get sawNonLatin(): boolean {
    return this.nonLatin;
  }

  /**
   * The last pass, asked for terms only, met a keyword it did not count: an exclusion ("according to", "game", "km")
   * or a term other than its pattern's anchor. After a "maybe" it tells nothing.
   */
  get sawExcuse(): boolean {
    return this.excuse;
  }

  /**
   * False when no keyword occurs in `text`; true when one may (fold and scan to know). Where it answers false, it also
   * notes what the matcher's second readings outside its "maybe" posts need (sawArabizi, sawRegional).
   * With `termsOnly`, only the automaton's anchors count (the forms of its patterns' anchor terms: no exclusion, no
   * common word an `all` pattern pairs with a rare one; matcher.ts anchorKeywords), and sawExcuse tells whether another
   * keyword was met: a pack's exclusions are everyday words ("game", "study", "club"), and so are some terms of its
   * `all` patterns ("video"); without this most ordinary posts read "maybe". An automaton built without anchors counts
   * every keyword either way.
   */
  mayMatch(text: string, termsOnly = false): boolean {
    this.termsOnly = termsOnly;
    this.excuse = false;
    this.F = this.termsOnly ? this.a.anchorFilter : this.a.filter;
    this.mask = this.termsOnly ? this.anchorMask : this.allMask;
    this.shift = Math.clz32(this.mask);
    // With one filter for all, a walk from each hit tells the keywords that do not count (walkOn).
    this.probeWhole = this.F !== this.a.filter;
    const n = text.length;
    this.arabizi = false;
    this.regional = false;
    this.emojiWord = false;
    this.blackFlag = false;
    this.arabicJoin = false;
    this.cutWord = false;
    this.mixedArabic = false;
    this.nonLatin = false;
    // The pass reads a flat copy: Chromium hands page text (textContent, TextDecoder output) to scripts as external
    // strings, and text built from pieces is a cons string; V8's optimised charCodeAt reads neither as fast as a
    // sequential string. The copy (its extra space is never read) costs less than it saves: −7 % per pass in
    // Chromium on the bench's posts (scripts/bench/PROTOTYPES.md). Walks and rewrites, which are rare and look at
    // the text's length, read the text itself.
    const input = n > 12 ? [text, ' '].join('') : text;
    const T = TABLE_;
    const F = this.F;
    const mask = this.mask;
    const shift = this.shift;
    let list: Int32Array | null = null; // atoms of a character that folds to several, being fed one by one
    let li = 0;
    let src = 0; // source index of the atom being fed
    let i = 0;
    // The open word token: source start (-1: none), hash, flags, run state, length.
    let ws = -1;
    let h = H0;
    let wf = 0;
    let prevU = -1;
    let same = 0;
    let wlen = 0;
    let firstLetter = false; // the word starts with a letter or a leet digit (a one-character one counts in oneRun)
    let firstDigit = false; // ... with a digit: alone, it counts only where no space is on both sides (digitTouches)
    let oneRun = 0; // one-letter words in a row
    // The previous token, as in Scanner.scan: its source start when an occurrence may start there (NO_WALK when
    // that start is inside an expansion), else -1.
    let pStart = -1;
    let pHash = 0;
    let wsStart = -1; // the open word's start for a walk: ws, or NO_WALK
    let scripts = 0; // the word flags of every word settled, ORed (sawNonLatin)
    for (;;) {
      let e: number;
      // The atom being fed is the first of its character's atoms: a walk can start at its source index. A token
      // that starts further inside an expansion (the second word of ﷺ, the low half of an emoji) gets NO_WALK.
      let head = true;
      if (list !== null) {
        head = li === 0;
        e = list[li++]!;
        if (li === list.length) list = null;
        // Give up on an astral letter (one-letter words count code points) and on a mark inside an expansion that
        // may be kept (क़ is क + nukta): markMayBeKept reads the source, not the expansion.
        const u = e & 0xffff;
        const xc = (e >>> 16) & 15;
        if (WORD_[xc] !== 0 ? u >= 0xd800 && u <= 0xdfff : xc === K_MARK && (e & K_ARABIC_MARK) === 0 && ws >= 0)
          return true;
      } else if (i >= n) {
        if (ws < 0) break;
        e = SPACE; // the end closes the open word like a separator
        src = n;
      } else {
        const c = input.charCodeAt(i);
        e = T[c]!;
        if (e === 0) e = fillBmp(c);
        src = i++;
        const cls0 = (e >>> 16) & 15;
        if (cls0 >= K_MULTI) {
          // C_MULTI or C_HIGH (the two highest classes)
          let l: Int32Array;
          if (cls0 === K_MULTI) l = MULTI_[e & 0xffff]!;
          else {
            const d = i < n ? input.charCodeAt(i) : 0;
            if (d < 0xdc00 || d > 0xdfff) l = LONE_HIGH;
            else {
              const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
              l = atomsOf(cp);
              i++;
              if (isRegionalIndicator(cp)) this.regional = true;
              else if (!this.emojiWord && isWordEmoji(cp) && wordAfterEmoji(input, i)) this.emojiWord = true;
              else if (cp === BLACK_FLAG) this.blackFlag = true;
              // An emoji inside a word ("Zucker💥berg"): the matcher reads the post again without it. (A letter such
              // as 🅰 keeps the word open: only a separator is asked about, so a run of them is not read again each.)
              if (ws >= 0 && cp >= 0x1f000 && l.length === 1 && ((l[0]! >>> 16) & 15) === K_SEP && isSplittingEmoji(cp) && emojiSplitsWord(input, i))
                return true;
            }
          }
          if (l.length > 0) {
            list = l;
            li = 0;
          }
          continue;
        }
      }
      const cls = (e >>> 16) & 15;
      const u = e & 0xffff;
      if (WORD_[cls] !== 0) {
        if (ws < 0) {
          ws = src;
          wsStart = head ? src : NO_WALK;
          h = H0;
          wf = 0;
          prevU = -1;
          same = 0;
          wlen = 0;
          firstLetter = cls !== K_NUM && (cls !== K_DIGIT || LEET_[u] !== 0);
          firstDigit = cls === K_DIGIT;
        }
        // This atom and the plain word characters right after it, without going round the outer loop (most of a
        // post's code units); the character that ends the run is read again by the outer loop.
        let x = e;
        let entries = 0; // the entries' bits ORed: their word flags (bits 26-29) are taken out once, after the loop
        for (;;) {
          const xu = x & 0xffff;
          wlen++;
          entries |= x;
          // Three identical letters in a row collapse (rule 4); digits do not ("000" in a number stays on this path).
          // A unit equal to the one before it is left out of the hash, as automaton.ts hashOf does.
          if (xu === prevU) {
            if (++same >= 2 && ((NUMERIC_MASK >>> ((x >>> 16) & 15)) & 1) === 0) wf |= W_RUN3;
          } else {
            h = Math.imul(h ^ xu, HM);
            same = 0;
            prevU = xu;
          }
          if (list !== null || i >= n) break;
          const c = input.charCodeAt(i);
          x = T[c]!;
          if (x === 0) x = fillBmp(c);
          const xc = (x >>> 16) & 15;
          if (((WORD_MASK >>> xc) & 1) !== 0) {
            i++;
            continue;
          }
          if (xc !== K_SEP) break;
          // A dingbat inside a word ("Cali☠phate"), read as a separator: the matcher reads the post again without it.
          if (c >= 0xa9 && isSplittingEmoji(c) && emojiSplitsWord(input, i + 1)) return true;
          // A separator after a word the fold leaves as it is (most words): the token is settled here as the outer
          // loop settles it below (same one-letter run, hash, filter test and walk), and the next word, when one
          // follows the separators, is started here too. Going round the outer loop for each word cost about a
          // fifth of this pass (Chromium, the bench's posts, both versions in one page: 10.8–11.1 → 8.7–8.8 ns per
          // code unit). test/unit/prefilter.property.test.ts holds both paths to the fold and the scanner.
          const wf2 = wf | (entries >>> WORD_FLAG_SHIFT);
          scripts |= wf2;
          // Words the fold rewrites, and Latin words holding a digit (Arabizi's "ba9iya": noted below, where words settle).
          // And a word of another script holding a Latin letter or a digit ("ال7ياة": noted below too).
          if (
            (wf2 & W_RUN3) !== 0 ||
            ((wf2 & W_FOREIGN) === 0
              ? (wf2 & W_MAPPABLE) !== 0 || ((wf2 & W_LATIN) !== 0 && ((entries & K_DIGIT_BIT) !== 0 || (wf & W_DIGIT) !== 0))
              : (wf2 & (W_LATIN | W_LEET)) !== 0 || (entries & K_DIGIT_BIT) !== 0 || (wf & W_DIGIT) !== 0)
          )
            break;
          if (firstLetter && wlen === 1 && (!firstDigit || digitTouches(input, ws, i))) {
            if (++oneRun >= 3) return true;
          } else oneRun = 0;
          // finishHash, filterHas and pairHash of automaton.ts written out: this function is too large for V8 to
          // inline their calls here (7–12 % of the pass, both versions in one page). They must stay the same
          // functions; the property tests compare this path with the fold and the scanner.
          let t = h ^ (h >>> 16);
          t = Math.imul(t, 0x85ebca6b);
          t ^= t >>> 13;
          t = Math.imul(t, 0xc2b2ae35);
          t ^= t >>> 16;
          if (pStart !== -1) {
            let b = pHash & mask;
            let hit = false;
            if (((F[b >>> 5]! >>> (b & 31)) & 1) !== 0) {
              b = Math.imul(pHash, 0x9e3779b1) >>> shift;
              hit = ((F[b >>> 5]! >>> (b & 31)) & 1) !== 0;
            }
            if (!hit) {
              const q = Math.imul(pHash, 0x9e3779b1) ^ t;
              b = q & mask;
              if (((F[b >>> 5]! >>> (b & 31)) & 1) !== 0) {
                b = Math.imul(q, 0x9e3779b1) >>> shift;
                hit = ((F[b >>> 5]! >>> (b & 31)) & 1) !== 0;
              }
              // Asked for terms only: does a keyword that does not count start here (as has())?
              if (!hit && this.probeWhole && !this.excuse) this.excuse = this.inWhole(pHash) || this.inWhole(pairHash(pHash, t));
            }
            if (hit && (pStart === NO_WALK || this.walk(text, pStart))) return true;
          }
          pStart = wsStart;
          pHash = t;
          // The separator that closed the word is `c`: a mark there may cut a word ("الخ.لا.فة", "Ca-li-phate"). (A
          // space, the common case, is settled by the first test.)
          if (c !== 0x20 && isCutMark(c)) this.noteMark(input, ws, i, wf2);
          ws = -1;
          entries = 0;
          // Past the separators.
          let y = 0;
          let yc = K_SEP;
          for (i++; i < n; i++) {
            const d = input.charCodeAt(i);
            y = T[d]!;
            if (y === 0) y = fillBmp(d);
            yc = (y >>> 16) & 15;
            if (yc !== K_SEP) break;
          }
          if (i >= n || ((WORD_MASK >>> yc) & 1) === 0) break; // the outer loop reads it
          // The next word's state, as the outer loop starts a word (local variables: no helper can set them).
          ws = i;
          wsStart = i;
          h = H0;
          wf = 0;
          prevU = -1;
          same = 0;
          wlen = 0;
          firstLetter = yc !== K_NUM && (yc !== K_DIGIT || LEET_[y & 0xffff] !== 0);
          firstDigit = yc === K_DIGIT;
          x = y;
          i++;
        }
        // The atoms' word flags (fold-tables.ts): Latin, foreign, lookalike, leet digit; and any digit (F_DIGIT).
        if (ws >= 0) wf |= (entries >>> WORD_FLAG_SHIFT) | ((entries & K_DIGIT_BIT) !== 0 ? W_DIGIT : 0);
        continue;
      }
      if (cls !== K_SEP && cls !== K_SYMBOL) {
        if (cls === K_DROP) continue;
        if (cls === K_MARK) {
          // Kept after a C_LETTER_KEEP letter (Indic vowel signs): give up; else dropped, like the fold drops it.
          if ((e & K_ARABIC_MARK) === 0 && ws >= 0 && markMayBeKept(input, src)) return true;
          continue;
        }
        // '@'/'$' after a letter may be one ("isl@m"), or an e-mail; so may '!' unless the word ends with it ("wow!").
        if (cls !== K_LEETSYM || (ws >= 0 && (!strictLeet(u) || list !== null || !strictEndsWord(input, i)))) return true;
        // A '$' not after a letter starts a word before one ("$ons"): give up unless what follows cannot be a letter.
        if (u === 0x24 && (list !== null || (i < n && dollarMayStartWord(input.charCodeAt(i))))) return true;
      }
      // A dingbat right after a word, as in the word loop; a word of another script closed by a mark, as there too.
      if (ws >= 0 && cls === K_SEP && list === null) {
        const c = input.charCodeAt(src);
        if (c >= 0xa9 && isSplittingEmoji(c) && emojiSplitsWord(input, src + 1)) return true;
        if (c !== 0x20 && isCutMark(c)) this.noteMark(input, ws, src, wf);
      }
      // A separator (or '@'/'$' not after a letter, which folds to one) closes the open word; a symbol closes it and
      // is a token of its own. Each token settles the previous one against the start filter, as Scanner.scan does
      // (one site for the hash mixes and the filter test keeps this loop small enough to be compiled whole).
      let afterWord = false;
      let more = ws >= 0 || cls === K_SYMBOL;
      while (more) {
        let raw: number;
        let start: number;
        if (ws >= 0) {
          let one: boolean;
          scripts |= wf;
          // A Latin word holding a digit may be Arabizi ("5ilafa", "ba9iya"): noted for the matcher's second reading,
          // with the reading's own test on the word, the character before it and the one that closed it.
          if (!this.arabizi && (wf & (W_LATIN | W_FOREIGN | W_DIGIT)) === (W_LATIN | W_DIGIT) && mayBeArabizi(text, ws, src))
            this.arabizi = holdsArabizi(text.slice(ws > 0 ? ws - 1 : 0, i));
          // A word of another script holding a Latin letter or a digit may be an Arabic word written with them in
          // some letters' places ("ب1قية", "ال7ياة"): noted for the matcher's second reading (arabic-lookalikes.ts).
          if ((wf & W_FOREIGN) !== 0 && (wf & (W_LATIN | W_LEET | W_DIGIT)) !== 0) this.mixedArabic = true;
          if ((wf & W_RUN3) === 0 && ((wf & W_FOREIGN) !== 0 || ((wf & W_MAPPABLE) === 0 && (wf & (W_LATIN | W_LEET)) !== (W_LATIN | W_LEET)))) {
            raw = h; // the fold leaves the word as it is
            one = firstLetter && wlen === 1 && (!firstDigit || digitTouches(input, ws, i));
          } else {
            // [ws, i): the closing atom's character too, should the word end inside an expansion ("apo⒈" = apo1.).
            if (!this.rewriteWord(text, ws, i, wf, false)) return true;
            raw = this.wordHash;
            one = this.wordLetter && this.wordLen === 1;
            // A leet '1' is read as 'l' too ("Daw1a", "ca1ifat"): "maybe" where that reading may start or carry on a
            // keyword (rare: words with a leet '1' only).
            if (this.wordOnes && !inLinkPath(text, ws) && this.onesMayMatch(text, ws, i, wf, pStart !== -1, pHash, e, list !== null)) return true;
          }
          if (one) {
            if (++oneRun >= 3) return true; // rule 5 joins them
          } else oneRun = 0;
          start = wsStart;
          ws = -1;
          afterWord = true;
          more = cls === K_SYMBOL;
        } else {
          oneRun = 0;
          raw = Math.imul(H0 ^ u, HM);
          start = afterWord ? -1 : head ? src : NO_WALK; // no occurrence starts right after a word character
          more = false;
        }
        const t = finishHash(raw);
        // As Scanner.mayStart: a one-token keyword, or the first two tokens of a longer one.
        if (
          pStart !== -1 &&
          (this.has(pHash) || this.has(pairHash(pHash, t))) &&
          (pStart === NO_WALK || this.walk(text, pStart))
        )
          return true;
        pStart = start;
        pHash = t;
      }
    }
    if (pStart !== -1 && this.has(pHash) && (pStart === NO_WALK || this.walk(text, pStart))) return true;
    this.nonLatin = (scripts & (W_FOREIGN | W_MAPPABLE)) !== 0;
    return false;
  }

  /**
   * A word [ws, at) closed by a mark that may cut words, at `at`: notes a word of another script than Latin so cut
   * (arabic-pieces.ts reads the gaps between Arabic letters: sawArabicJoin), and a word cut in pieces with no space
   * whose run starts after no mark and no '@', with a piece of two code units or fewer beside this mark or a piece
   * before it (cut-words.ts: sawCutWord). Asked only where a mark closes a word: the rest of the pass never pays.
   */
  private noteMark(input: string, ws: number, at: number, wf: number): void {
    if (!this.arabicJoin && (wf & (W_FOREIGN | W_MAPPABLE)) !== 0 && joinGoesOn(input, at + 1)) this.arabicJoin = true;
    if (this.cutWord || at + 1 >= input.length || sepAt(input, at + 1)) return;
    if ((at - ws <= 2 || markedBefore(input, ws) || shortPieceAt(input, at + 1)) && runFree(input, ws)) this.cutWord = true;
  }

  /**
   * The word [ws, we) of the source as the fold leaves it (rules 3–4: lookalikes and leet digits rewritten, runs of
   * 3+ letters collapsed): its running hash, folded length and whether it starts with a letter, in wordHash,
   * wordLen and wordLetter. False when the word holds atoms of a multi-atom character (the pass gives up).
   */
  private rewriteWord(input: string, ws: number, we: number, wf: number, onesAsL: boolean): boolean {
    this.wordOnes = false;
    // A word of lookalikes only is Latin when every letter's lower case has a lookalike (fold.ts finishWord, v4),
    // and its letters then read as they are drawn, capitals as their own lookalikes (v9).
    const lookWord = (wf & (W_LATIN | W_FOREIGN)) === 0 && (wf & W_MAPPABLE) !== 0;
    let lookOnly = lookWord;
    for (let j = ws; lookOnly && j < we; j++) {
      const e = TABLE_[input.charCodeAt(j)]!;
      const cls = (e >>> 16) & 15;
      if (cls === K_LETTER || cls === K_LETTER_KEEP) lookOnly = lowerLook(e) !== 0;
    }
    // Capitals of lookalikes whose lower cases lack one ("ТНЕ") read as Latin beside a Latin word (fold.ts rule 3,
    // v5): the neighbours are not known here.
    if (lookWord && !lookOnly) return false;
    const latinOnly = (wf & W_FOREIGN) === 0 && ((wf & W_LATIN) !== 0 || lookOnly);
    let doLeet = latinOnly && (wf & W_LEET) !== 0;
    if (doLeet) {
      // Leet digits become letters when the word has no other digit and no fewer letters than digits.
      let letters = 0;
      let digits = 0;
      let os = 0;
      for (let j = ws; j < we; j++) {
        const u = input.charCodeAt(j);
        const e = TABLE_[u]!;
        const cls = (e >>> 16) & 15;
        if (cls === K_DIGIT || cls === K_NUM) {
          digits++;
          if (cls === K_NUM || LEET_[e & 0xffff] === 0) doLeet = false;
        } else if (isWordClass(cls)) {
          letters++;
          if (u === 0x4f || u === 0x6f) os++;
        }
      }
      // A number written with the letter O for zero ("1O", "15O"): the matcher reads it again in digits (leet.ts).
      if (os > 0 && os === letters && holdsHeavyLeet(input.slice(ws > 0 ? ws - 1 : 0, we))) return false;
      if (letters < digits) {
        // Mostly leet digits ("cl053", "74k3"): the matcher reads the word again spelled in letters (lib/match/leet.ts).
        if (doLeet && holdsHeavyLeet(input.slice(ws > 0 ? ws - 1 : 0, we))) return false;
        doLeet = false;
      }
    }
    const rewrite = latinOnly && ((wf & W_MAPPABLE) !== 0 || doLeet);
    // The word again, rewritten like fold.ts finishWord: lookalikes → Latin, leet digits → letters, then runs of 3+
    // identical letters → one.
    let hash = H0;
    let len = 0;
    let first = true;
    let letter = false;
    let prev = -1; // previous letter unit (-1 after a digit)
    let hashed = -1; // the unit hashed last (automaton.ts hashOf leaves out a unit equal to the one before it)
    let run = 0;
    for (let j = ws; j < we; j++) {
      let e = TABLE_[input.charCodeAt(j)]!;
      const cls = (e >>> 16) & 15;
      if (cls === K_MULTI || cls === K_HIGH) return false;
      if (!isWordClass(cls)) continue; // dropped characters and marks
      let isLetter = cls !== K_DIGIT && cls !== K_NUM;
      if (rewrite && (cls === K_LETTER || cls === K_LETTER_KEEP)) e = 96 + ((e >>> 20) & 31);
      else if (doLeet && cls === K_DIGIT && LEET_[e & 0xffff] !== 0) {
        if ((e & 0xffff) === 0x31) this.wordOnes = true;
        e = 96 + leetLetter(e & 0xffff, onesAsL);
        isLetter = true;
      }
      const u = e & 0xffff;
      if (isLetter && u === prev) {
        // A run of 3+ keeps its first letter only; a run of two is kept whole.
        if (++run >= 3 || this.runReachesThree(input, j + 1, we, u, rewrite, doLeet, onesAsL)) continue;
      } else {
        run = 1;
        prev = isLetter ? u : -1;
      }
      if (first) {
        letter = isLetter;
        first = false;
      }
      if (u !== hashed) hash = Math.imul(hash ^ u, HM);
      hashed = u;
      len++;
    }
    this.wordHash = hash;
    this.wordLen = len;
    this.wordLetter = letter;
    return true;
  }

  /**
   * The word [ws, we) holds a leet '1', read as 'i' so far: may it, read with 'l' (lib/match/ones.ts), be a one-token
   * keyword, the second token of a keyword after the previous token (`prevMay`: an occurrence may start there), or
   * the first with the next token (`closing`: the atom that closed the word)? A next token this pass cannot hash as
   * it stands, or a closing atom inside an expansion, is "maybe". No walk is taken on a hit: this path is rare.
   */
  private onesMayMatch(input: string, ws: number, we: number, wf: number, prevMay: boolean, prev: number, closing: number, inExpansion: boolean): boolean {
    if (!this.rewriteWord(input, ws, we, wf, true)) return true;
    if (this.wordLetter && this.wordLen === 1) return true; // one letter once read so ("i11"): rule 5 may join it
    const t = finishHash(this.wordHash);
    if (this.has(t)) return true;
    if (prevMay && this.has(pairHash(prev, t))) return true;
    if (inExpansion) return true;
    const next = nextTokenHash(input, we, closing);
    if (next === NEXT_UNSURE) return true;
    return next !== NEXT_NONE && this.has(pairHash(t, next));
  }

  /** Is the letter after source index `from` (before `we`), once rewritten, the letter `u` again? */
  private runReachesThree(
    input: string,
    from: number,
    we: number,
    u: number,
    rewrite: boolean,
    doLeet: boolean,
    onesAsL: boolean,
  ): boolean {
    for (let j = from; j < we; j++) {
      const e = TABLE_[input.charCodeAt(j)]!;
      const cls = (e >>> 16) & 15;
      if (!isWordClass(cls)) continue;
      let v = e & 0xffff;
      if (rewrite && (cls === K_LETTER || cls === K_LETTER_KEEP)) v = 96 + ((e >>> 20) & 31);
      else if (cls === K_DIGIT || cls === K_NUM) {
        if (!(doLeet && cls === K_DIGIT && LEET_[v] !== 0)) return false;
        v = 96 + leetLetter(v, onesAsL);
      }
      return v === u;
    }
    return false;
  }

  /**
   * The next folded atom from the walk's reading position (`inWord`: the atom before it is a word atom), or END,
   * or UNSURE where a rewrite of the fold may change it: a lookalike letter, a leet digit, '@'/'$' after a letter,
   * a kept mark, an astral letter. Exact on text the pass does not answer "maybe" for.
   */
  private nextAtom(input: string, inWord: boolean): number {
    if (this.list !== null) {
      const x = this.list[this.li++]!;
      if (this.li === this.list.length) this.list = null;
      return checkAtom(x);
    }
    const n = input.length;
    let sep = false;
    let i = this.at;
    for (; i < n; i++) {
      const c = input.charCodeAt(i);
      let e = TABLE_[c]!;
      if (e === 0) e = fillBmp(c);
      const cls = (e >>> 16) & 15;
      if (cls === K_DROP) continue;
      if (cls === K_MARK) {
        if ((e & K_ARABIC_MARK) === 0 && inWord && !sep) return UNSURE;
        continue;
      }
      if (cls === K_SEP || (cls === K_LEETSYM && (!inWord || sep))) {
        sep = true;
        continue;
      }
      if (cls === K_MULTI || cls === K_HIGH) {
        let l: Int32Array;
        let after = i + 1;
        if (cls === K_MULTI) l = MULTI_[e & 0xffff]!;
        else {
          const d = i + 1 < n ? input.charCodeAt(i + 1) : 0;
          if (d < 0xdc00 || d > 0xdfff) l = LONE_HIGH;
          else {
            l = atomsOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
            after = i + 2;
          }
        }
        if (l.length === 0) {
          i = after - 1; // folds to nothing (tag characters of flag emoji)
          continue;
        }
        if (l.length === 1 && ((l[0]! >>> 16) & 15) === K_SEP) {
          // A character that folds to a separator (an emoji, a symbol): part of this run of separators.
          sep = true;
          i = after - 1;
          continue;
        }
        if (sep) break;
        this.at = after;
        if (l.length > 1) {
          this.list = l;
          this.li = 1;
        }
        return checkAtom(l[0]!);
      }
      if (sep) break;
      if (cls === K_LEETSYM) {
        if (!strictLeet(e & 0xffff) || !strictEndsWord(input, i + 1)) return UNSURE;
        sep = true; // "wow!": the '!' run ends the word
        continue;
      }
      this.at = i + 1;
      const x = checkAtom(e);
      return x !== UNSURE || (e & 0xffff) >= 0xd800 || this.wordRewritten(input, i) ? x : e;
    }
    if (sep) {
      this.at = i;
      return SPACE;
    }
    return END;
  }

  /** Is there a keyword occurrence starting at source index `from` (as Scanner's walk), or can it not be told? */
  private walk(input: string, from: number): boolean {
    this.at = from;
    this.list = null;
    const x = this.nextAtom(input, false);
    if (x === UNSURE) return true;
    if (x === END) return false;
    return this.walkOn(input, this.root[x & 0xffff]!, x, -1, isWordClass((x >>> 16) & 15) ? 1 : 0);
  }

  /**
   * The walk from state `s`, which has just read atom `x`; `half` as in Scanner's walk (-1 while no space was
   * skipped, then the word atoms read since the skip until that word of the keyword ends, then -2: a later word may
   * be split again); `wd` too (the word atoms of the keyword's current word read so far: a letter written twice may be
   * skipped DOUBLE_MIN or more into the word).
   */
  private walkOn(input: string, s: number, x: number, half: number, wd: number): boolean {
    const a = this.a;
    const { firstChild, label, splitAt, kwSplit } = a;
    while (s !== 0) {
      const k = keywordAt(a, s);
      const cls = (x >>> 16) & 15;
      const prev = isWordClass(cls) && cls !== K_DIGIT && cls !== K_NUM ? x & 0xffff : -1; // the atom read last, when a letter
      x = this.nextAtom(input, isWordClass(cls));
      if (x === UNSURE) return true;
      const word = x !== END && isWordClass((x >>> 16) & 15);
      if (k >= 0 && !word && (half === -1 || ((half === -2 || half >= SPLIT_MIN) && bitOf(kwSplit, k)))) {
        if (!this.termsOnly || bitOf(this.a.anchors, k)) return true;
        this.excuse = true; // a keyword that does not count: walk on, a longer one may
      }
      if (x === END) return false;
      const c = x & 0xffff;
      if (c === prev && this.thirdOfRun(input, c)) return true; // "aaa" folds to "a": the walk cannot follow
      if (word) {
        // The letter again ("khilaffa"): walk on without it too, as Scanner's walk does.
        if (wd >= DOUBLE_MIN && c === prev && mayDouble(c) && this.walkPastDouble(input, s, x, half, wd)) return true;
        wd++;
        if (half >= 0) half++;
      } else {
        const ended = half >= 0; // a split word ends here (as in Scanner's walk)
        if (ended) {
          if (half < SPLIT_MIN) return false;
          half = -2;
        }
        // The space may be inside a word of the keyword ("Cali phate"): walk on past it too.
        if (!ended && x === SPACE && bitOf(splitAt, s) && this.walkPastSpace(input, s, wd)) return true;
        wd = 0;
      }
      s = childOf(firstChild, label, s, c);
    }
    return false;
  }

  /** Walks on from state `s` past the space just read, as if it were not there. Leaves the reading position. */
  private walkPastSpace(input: string, s: number, wd: number): boolean {
    const at = this.at;
    const list = this.list;
    const li = this.li;
    const y = this.nextAtom(input, false);
    let found = y === UNSURE;
    if (!found && y !== END && isWordClass((y >>> 16) & 15)) {
      const t = childOf(this.a.firstChild, this.a.label, s, y & 0xffff);
      if (t !== 0) found = this.walkOn(input, t, y, 1, wd + 1);
    }
    this.at = at;
    this.list = list;
    this.li = li;
    return found;
  }

  /**
   * Walks on from state `s` past the letter `x` just read a second time, as if it were not there, when a word atom
   * follows it (as Scanner's walk). Leaves the reading position.
   */
  private walkPastDouble(input: string, s: number, x: number, half: number, wd: number): boolean {
    const y = this.peekAtom(input);
    if (y === UNSURE) return true;
    if (y === END || !isWordClass((y >>> 16) & 15)) return false;
    const at = this.at;
    const list = this.list;
    const li = this.li;
    const found = this.walkOn(input, s, x, half, wd);
    this.at = at;
    this.list = list;
    this.li = li;
    return found;
  }

  /** After reading the letter `c` twice: is the next atom `c` again (or unknown)? Leaves the reading position. */
  private thirdOfRun(input: string, c: number): boolean {
    const y = this.peekAtom(input);
    return y === UNSURE || (y !== END && (y & 0xffff) === c);
  }

  /** The next atom (past marks), the reading position left where it was. */
  private peekAtom(input: string): number {
    const at = this.at;
    const list = this.list;
    const li = this.li;
    const y = this.nextAtom(input, true);
    this.at = at;
    this.list = list;
    this.li = li;
    return y;
  }

  /**
   * Does the fold rewrite the word around source index `i` (rule 3: a Latin word with lookalikes, or with leet
   * digits it turns into letters)? Also true when the word holds a character this pass does not follow, and for
   * every word of lookalikes only (the fold leaves those whose lower case lacks one: a safe "maybe"). The last
   * word's answer is kept, so a walk through a long word reads it once.
   */
  private wordRewritten(input: string, i: number): boolean {
    if (input === this.rwInput && i >= this.rwFrom && i < this.rwTo) return this.rwValue;
    let a = i;
    for (; a > 0; a--) {
      const e = entry(input, a - 1);
      if (inWordChar(e)) continue;
      const cls = (e >>> 16) & 15;
      if (cls === K_MULTI || cls === K_HIGH || cls === K_LEETSYM) return true;
      break;
    }
    let flags = 0;
    let letters = 0;
    let digits = 0;
    let j = a;
    for (; j < input.length; j++) {
      const e = entry(input, j);
      const cls = (e >>> 16) & 15;
      if (!inWordChar(e)) {
        if (cls === K_MULTI || cls === K_HIGH || cls === K_LEETSYM) return true;
        break;
      }
      if (cls === K_LATIN) {
        flags |= W_LATIN;
        letters++;
      } else if (cls === K_LETTER || cls === K_LETTER_KEEP) {
        flags |= ((e >>> 20) & 31) !== 0 ? W_MAPPABLE : W_FOREIGN;
        letters++;
      } else if (cls === K_DIGIT || cls === K_NUM) {
        flags |= cls === K_DIGIT && LEET_[e & 0xffff] !== 0 ? W_LEET : W_NONLEET;
        digits++;
      }
    }
    const value =
      (flags & W_FOREIGN) === 0 &&
      (flags & (W_LATIN | W_MAPPABLE)) !== 0 &&
      ((flags & W_MAPPABLE) !== 0 || ((flags & (W_LEET | W_NONLEET)) === W_LEET && letters >= digits));
    this.rwInput = input;
    this.rwFrom = a;
    this.rwTo = j;
    this.rwValue = value;
    return value;
  }
}

/** Can the code unit after a '$' that starts no word be (or become, or hide) a letter? Only separators, digits,
 * U+FFFD and another '$' or '@' say no (the fold reads a run of them as one). */
function dollarMayStartWord(c: number): boolean {
  let e = TABLE_[c]!;
  if (e === 0) e = fillBmp(c);
  const cls = (e >>> 16) & 15;
  return cls !== K_SEP && cls !== K_DIGIT && cls !== K_NUM && cls !== K_LEETSYM && cls !== K_SYMBOL;
}

const LONE_HIGH = Int32Array.of(0xfffd | (K_SYMBOL << 16));

/**
 * Does the run of '!' before source index `j` end a word, whatever came before it? It does when the run is followed
 * by the end of the text, a separator or a symbol (the fold reads '!' as a letter between two letters only); any
 * other character, including an invisible one or an '@', says no.
 */
function strictEndsWord(input: string, j: number): boolean {
  const n = input.length;
  for (; j < n; j++) {
    const e = entry(input, j);
    const cls = (e >>> 16) & 15;
    if (cls === K_LEETSYM && strictLeet(e & 0xffff)) continue;
    if (cls === K_SEP || cls === K_SYMBOL) return true;
    if (cls !== K_HIGH || j + 1 >= n) return false;
    // An emoji after it ("wow!🔥") folds to a separator.
    const c = input.charCodeAt(j);
    const d = input.charCodeAt(j + 1);
    if (d < 0xdc00 || d > 0xdfff) return false;
    const l = atomsOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    return l.length === 1 && ((l[0]! >>> 16) & 15) === K_SEP;
  }
  return true;
}

/**
 * Inside an open word, may the combining mark at source index `j` be kept by the fold (it follows a C_LETTER_KEEP
 * letter or a kept mark)? Looks at the one code unit before it only: a mark after another mark or an invisible
 * character is "maybe" (stacked marks are rare in real text, and this keeps the pass linear on "zalgo" text).
 */
function markMayBeKept(input: string, j: number): boolean {
  const cls = (entry(input, j - 1) >>> 16) & 15;
  return cls !== K_LATIN && cls !== K_LETTER && cls !== K_DIGIT && cls !== K_NUM;
}

/** The letter a leet digit stands for (a-z as 1-26): '1' is 'i' to the fold, and 'l' in the matcher's other reading. */
function leetLetter(digit: number, onesAsL: boolean): number {
  return onesAsL && digit === 0x31 ? 12 : LEET_[digit]!;
}

/** nextTokenHash: no token follows. */
const NEXT_NONE = -1;
/** nextTokenHash: the next token cannot be hashed without folding. */
const NEXT_UNSURE = -2;

/**
 * The finished hash of the token after the word that ends at source index `we` (the closing character included);
 * `closing` is the atom that closed it (a symbol is the next token itself). NEXT_NONE at the end, NEXT_UNSURE where
 * the fold may rewrite that token (a word with lookalikes, leet digits or a run of three letters, a one-letter word
 * that may join others, marks, expansions).
 */
function nextTokenHash(input: string, we: number, closing: number): number {
  const n = input.length;
  let j = we;
  const closingClass = (closing >>> 16) & 15;
  if (closingClass === K_SYMBOL) return finishHash(Math.imul(H0 ^ (closing & 0xffff), HM));
  // A '!' that ends the word ("daw1a!") separates, as in the pass.
  const bang = closingClass === K_LEETSYM && strictLeet(closing & 0xffff) && strictEndsWord(input, we);
  if (closingClass !== K_SEP && !bang) return NEXT_UNSURE;
  for (; j < n; j++) {
    const e = entry(input, j);
    const cls = (e >>> 16) & 15;
    if (cls === K_SEP || cls === K_DROP) continue;
    if (cls === K_LEETSYM && strictLeet(e & 0xffff)) {
      // The whole run of '!'/'€' at once: strictEndsWord gives the same answer from anywhere inside it.
      let k = j + 1;
      while (k < n && ((entry(input, k) >>> 16) & 15) === K_LEETSYM && strictLeet(entry(input, k) & 0xffff)) k++;
      if (strictEndsWord(input, k)) {
        j = k - 1;
        continue;
      }
    }
    break;
  }
  if (j >= n) return NEXT_NONE;
  const e = entry(input, j);
  const cls = (e >>> 16) & 15;
  if (cls === K_SYMBOL) return finishHash(Math.imul(H0 ^ (e & 0xffff), HM));
  if (!isWordClass(cls)) return NEXT_UNSURE;
  let h = H0;
  let entries = 0;
  let len = 0;
  let prevU = -1;
  let same = 0;
  for (; j < n; j++) {
    const x = entry(input, j);
    const xc = (x >>> 16) & 15;
    if (!isWordClass(xc)) {
      if (xc !== K_SEP && xc !== K_SYMBOL) return NEXT_UNSURE;
      break;
    }
    const u = x & 0xffff;
    if (u === prevU) {
      if (++same >= 2) return NEXT_UNSURE;
    } else {
      h = Math.imul(h ^ u, HM); // a repeated unit is left out, as automaton.ts hashOf does
      same = 0;
      prevU = u;
    }
    entries |= x;
    len++;
  }
  const wf = entries >>> tables.WORD_FLAG_SHIFT;
  if ((wf & W_FOREIGN) === 0 && ((wf & W_MAPPABLE) !== 0 || (wf & (W_LATIN | W_LEET)) === (W_LATIN | W_LEET))) return NEXT_UNSURE;
  // A one-letter word stays one unless the token after it is one too (rule 5 joins three in a row).
  // Unsure, too, when what follows is not a word of two plain atoms or more, a symbol or the end.
  if (len === 1) {
    while (j < n && ((entry(input, j) >>> 16) & 15) === K_SEP) j++;
    if (j < n) {
      const c = (entry(input, j) >>> 16) & 15;
      if (isWordClass(c) ? j + 1 >= n || !isWordClass((entry(input, j + 1) >>> 16) & 15) : c !== K_SYMBOL) return NEXT_UNSURE;
    }
  }
  return finishHash(h);
}

/** The fold-table class of the code unit at `i`. */
function classAt(input: string, i: number): number {
  return tables.classOf(tables.entryOf(input.charCodeAt(i)));
}

/** Is the code unit at `i` a separator? */
const sepAt = (input: string, i: number): boolean => classAt(input, i) === K_SEP;

/**
 * Does a mark that cuts a word come right before source index `i`, past what the fold drops (invisible characters),
 * with no separator before it (a piece: "li" in "Ca-li-phate", not "t" in "://t.co")?
 */
function markedBefore(input: string, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const c = input.charCodeAt(j);
    if (isCutMark(c)) return j > 0 && !sepAt(input, j - 1);
    if (classAt(input, j) !== K_DROP) return false;
  }
  return false;
}

/** After a mark at `i - 1`: does the word go on at `i`, with another mark or anything but a separator (not "end. ")? */
const joinGoesOn = (input: string, i: number): boolean => i < input.length && (isCutMark(input.charCodeAt(i)) || !sepAt(input, i));

/**
 * Does the run of pieces that the word at source index `i` belongs to start after no mark and no '@' (not "t.co" in
 * "//t.co", nor "a_b" in "@a_b")? Walks back over the run's pieces, 64 at most (then: yes, to note rather than miss).
 */
function runFree(input: string, i: number): boolean {
  let j = i;
  for (let pieces = 0; pieces < 64; pieces++) {
    let k = j - 1;
    while (k >= 0 && classAt(input, k) === K_DROP) k--;
    if (k < 0) return true;
    const c = input.charCodeAt(k);
    if (c === 0x40) return false;
    if (!isCutMark(c)) return true;
    // A mark before the piece: the run goes on past a piece before it, else it starts after the mark.
    if (k === 0 || sepAt(input, k - 1)) return false;
    j = k - 1;
    while (j > 0 && !sepAt(input, j - 1)) j--;
  }
  return true;
}

/**
 * Is the piece starting at `i` (after a cut mark) two code units long or shorter: does anything but a word character,
 * a mark or what the fold drops come within three code units, or the end?
 */
function shortPieceAt(input: string, i: number): boolean {
  for (let j = i; j < i + 3; j++) {
    if (j >= input.length) return true;
    const k = classAt(input, j);
    if (((WORD_MASK >>> k) & 1) === 0 && k !== K_MARK && k !== K_DROP) return true;
  }
  return false;
}

/**
 * Whether a lone digit [ws, we) touches something other than a space on either side: only such a digit may be a
 * letter of a word spelled with marks ("D_4_w_l_4", lib/match/spaced.ts); "il y a 5 ans", "de 3 à 5" stay plain.
 */
function digitTouches(input: string, ws: number, we: number): boolean {
  return (ws > 0 && !isBlankUnit(input.charCodeAt(ws - 1))) || (we < input.length && !isBlankUnit(input.charCodeAt(we)));
}

/** The fold-table entry of the code unit at `j`. */
function entry(input: string, j: number): number {
  const c = input.charCodeAt(j);
  const e = TABLE_[c]!;
  return e !== 0 ? e : fillBmp(c);
}

/** A character that continues a word: a word atom, or one the fold drops inside a word. */
function inWordChar(e: number): boolean {
  const cls = (e >>> 16) & 15;
  return isWordClass(cls) || cls === K_DROP || cls === K_MARK;
}

/** An atom as a walk may read it: UNSURE when a rewrite may change it, or a separator or mark in an expansion. */
function checkAtom(x: number): number {
  const cls = (x >>> 16) & 15;
  if (cls === K_SYMBOL) return x;
  if (!isWordClass(cls)) return UNSURE;
  const u = x & 0xffff;
  if (u >= 0xd800 && u <= 0xdfff) return UNSURE;
  if ((cls === K_LETTER || cls === K_LETTER_KEEP) && ((x >>> 20) & 31) !== 0) return UNSURE;
  if (cls === K_DIGIT && LEET_[u] !== 0) return UNSURE;
  return x;
}
