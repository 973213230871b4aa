// Waiting on conditions with a deadline (never a fixed sleep as the assertion): `until` polls a probe until a
// predicate holds and, on timeout, says what it waited for and what it last saw.

export interface UntilOptions {
  /** Deadline in ms (default 10 s). */
  timeout?: number;
  /** Pause between probes in ms (default 100). */
  interval?: number;
}

function show(v: unknown): string {
  try {
    const s = JSON.stringify(v, null, 1);
    if (s === undefined) return String(v);
    return s.length > 2500 ? `${s.slice(0, 2500)}…` : s;
  } catch {
    return String(v);
  }
}

/**
 * Polls `probe` until `ok(value)` is true and returns that value. A probe that throws counts as "not yet" (pages
 * navigate, contexts go away); on timeout the error names `what`, the last value and the last error.
 */
export async function until<T>(
  what: string,
  probe: () => Promise<T> | T,
  ok: (v: T) => boolean = (v) => !!v,
  opts: UntilOptions = {},
): Promise<T> {
  const timeout = opts.timeout ?? 10_000;
  const interval = opts.interval ?? 100;
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  let seen = false;
  for (;;) {
    try {
      last = await probe();
      seen = true;
      lastError = undefined;
      if (ok(last)) {
        if (process.env.E2E_DEBUG) console.log(`[e2e] ${timeout - (deadline - Date.now())} ms: ${what}`);
        return last;
      }
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const parts = [`Timed out after ${timeout} ms waiting for ${what}.`];
      if (seen) parts.push(`Last value: ${show(last)}`);
      if (lastError) parts.push(`Last error: ${(lastError as Error)?.message ?? String(lastError)}`);
      throw new Error(parts.join('\n'));
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** A short pause that lets in-flight work land, when a test asserts that something does NOT happen. */
export function settle(ms = 400): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
