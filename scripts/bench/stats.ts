// Small statistics and formatting helpers shared by every part of the benchmark (Node and the in-page bundle).
// No Node or DOM API here.

/** Value at quantile q (0..1) of an ascending-sorted array, nearest-rank; NaN when empty. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const i = Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
  return sorted[i]!;
}

export interface Summary {
  n: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  sum: number;
}

export function summarize(values: ArrayLike<number>): Summary {
  const a = Float64Array.from(values as ArrayLike<number>).sort();
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]!;
  return {
    n: a.length,
    mean: a.length ? sum / a.length : Number.NaN,
    p50: quantileSorted(a, 0.5),
    p90: quantileSorted(a, 0.9),
    p95: quantileSorted(a, 0.95),
    p99: quantileSorted(a, 0.99),
    max: a.length ? a[a.length - 1]! : Number.NaN,
    sum,
  };
}

export function median(values: readonly number[]): number {
  return quantileSorted([...values].sort((x, y) => x - y), 0.5);
}

/** Rounds to `digits` significant-looking decimals for JSON (keeps integers as they are). */
export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function mb(bytes: number): number {
  return round(bytes / (1024 * 1024), 2);
}
