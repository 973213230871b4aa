// Property tests (fast-check) that can be replayed: each runs with a fixed seed, FC_SEED overrides it, and a failure
// names the seed first, so `FC_SEED=<seed> npx vitest run --project unit <file>` runs the same cases again.
import fc from 'fast-check';

/** The seed of a property test file: FC_SEED when set, else the file's own default. */
export function propertySeed(fallback: number): number {
  return Number(process.env.FC_SEED ?? fallback);
}

/** fc.assert with this seed and number of runs; a failure's message starts with the seed to replay it with. */
export function checkProperty<T>(prop: fc.IProperty<T>, seed: number, numRuns: number): void {
  try {
    fc.assert(prop, { seed, numRuns });
  } catch (err) {
    const msg = `fast-check failed with FC_SEED=${seed}\n${err instanceof Error ? err.message : String(err)}`;
    console.error(msg);
    throw new Error(msg, { cause: err });
  }
}
