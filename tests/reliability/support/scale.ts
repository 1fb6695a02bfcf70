/**
 * `npm test` runs the short version of every reliability test; `npm run soak` sets
 * TABLEHOP_SOAK=1 for the long one. TABLEHOP_FUZZ_RUNS overrides the fast-check runs, and
 * TABLEHOP_FUZZ_SEED replays a failing fuzz run.
 */
export const SOAK = process.env.TABLEHOP_SOAK === '1';

/** `short` in npm test, `long` in the soak. */
export const scaled = <T>(short: T, long: T): T => (SOAK ? long : short);

/** fast-check runs per property. */
export const fuzzRuns = (short: number, long = short * 25): number => {
  const env = Number(process.env.TABLEHOP_FUZZ_RUNS);
  return Number.isInteger(env) && env > 0 ? env : scaled(short, long);
};

/** fast-check parameters: runs, and a seed when one is given to replay. */
export const fcParams = (short: number, long?: number) => {
  const seed = Number(process.env.TABLEHOP_FUZZ_SEED);
  return { numRuns: fuzzRuns(short, long), ...(Number.isInteger(seed) ? { seed } : {}) };
};

/** A small seeded PRNG (mulberry32) so the fault tests print the seed that replays them. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of a fault test: TABLEHOP_FAULT_SEED, else random (printed by the test). */
export const faultSeed = (): number => {
  const env = Number(process.env.TABLEHOP_FAULT_SEED);
  return Number.isInteger(env) ? env : Math.floor(Math.random() * 2 ** 31);
};
