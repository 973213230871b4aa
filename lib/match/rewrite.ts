// A second reading of a post: its text rewritten (camel-case hashtags cut into words, spaced-out words joined, masked
// words filled in) with a map from every offset of the rewritten text back to the post, so a span found in it
// highlights the post.

/** The rewritten text and the way back to the post's offsets. */
export class Rewrite {
  constructor(
    readonly text: string,
    /** Segments, in order: where each starts in `text`, where it starts and ends in the post, and whether it is the
     *  post's own text (an offset inside an inserted or replacing piece maps to the end of what it stands for). */
    private readonly outAt: readonly number[],
    private readonly srcAt: readonly number[],
    private readonly srcEnd: readonly number[],
    private readonly kept: readonly boolean[],
  ) {}

  /** The post offset of an offset in the rewritten text (a span's start, or its exclusive end). */
  source(i: number): number {
    const out = this.outAt;
    let lo = 0;
    let hi = out.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (out[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    if (this.kept[lo]) return this.srcAt[lo]! + i - out[lo]!;
    return i === out[lo] ? this.srcAt[lo]! : this.srcEnd[lo]!;
  }
}

/** A rewrite of a rewrite's text (`inner`, over `outer.text`), mapped back through both to the post. */
class ChainedRewrite extends Rewrite {
  constructor(
    private readonly outer: Rewrite,
    private readonly inner: Rewrite,
  ) {
    super(inner.text, [0], [0], [0], [true]);
  }

  override source(i: number): number {
    return this.outer.source(this.inner.source(i));
  }
}

/** `inner`, a rewrite of `outer`'s text, as a rewrite of the post `outer` was made from. */
export function chainRewrites(outer: Rewrite, inner: Rewrite): Rewrite {
  return new ChainedRewrite(outer, inner);
}

/** Builds a Rewrite of `source` piece by piece, left to right. */
export class RewriteBuilder {
  private text = '';
  private readonly outAt: number[] = [];
  private readonly srcAt: number[] = [];
  private readonly srcEnd: number[] = [];
  private readonly kept: boolean[] = [];
  private at = 0; // next post offset to copy
  private edited = false;

  constructor(private readonly source: string) {}

  /** Copies the post up to `to`, then adds `insert` there. */
  insertAt(to: number, insert: string): void {
    this.copyTo(to);
    this.piece(insert, this.at, this.at, false);
    this.edited = true;
  }

  /** Copies the post up to `from`, then writes `by` for its code units up to `to` (a span inside maps to all of them). */
  replaceRange(from: number, to: number, by: string): void {
    this.copyTo(from);
    this.piece(by, from, to, false);
    this.at = to;
    this.edited = true;
  }

  /** Copies the post up to `from`, then leaves out its code units up to `to`. */
  removeRange(from: number, to: number): void {
    this.copyTo(from);
    this.at = to;
    this.edited = true;
  }

  /** The rewrite, or null when nothing was edited. */
  finish(): Rewrite | null {
    if (!this.edited) return null;
    this.copyTo(this.source.length);
    return new Rewrite(this.text, this.outAt, this.srcAt, this.srcEnd, this.kept);
  }

  private copyTo(to: number): void {
    if (to > this.at) this.piece(this.source.slice(this.at, to), this.at, to, true);
    this.at = Math.max(this.at, to);
  }

  private piece(s: string, src: number, end: number, kept: boolean): void {
    if (s === '') return;
    this.outAt.push(this.text.length);
    this.srcAt.push(src);
    this.srcEnd.push(end);
    this.kept.push(kept);
    this.text += s;
  }
}

/** A word of a post to write as one of `words` (lib/match/masked.ts, arabic-lookalikes.ts). */
export interface WordFill {
  at: number;
  end: number;
  words: readonly string[];
}

/**
 * The readings of a post with words filled in: the k-th reading takes the k-th word of every fill (the last one where
 * a fill has fewer), as many readings as the fill with most words has.
 */
export function fillReadings(text: string, fills: readonly WordFill[]): Rewrite[] {
  const readings: Rewrite[] = [];
  const n = Math.max(0, ...fills.map((x) => x.words.length));
  for (let k = 0; k < n; k++) {
    const out = new RewriteBuilder(text);
    for (const x of fills) out.replaceRange(x.at, x.end, x.words[Math.min(k, x.words.length - 1)]!);
    readings.push(out.finish()!);
  }
  return readings;
}
