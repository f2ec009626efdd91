/**
 * How many cases each property test runs: a seeded 1000 in CI, FUZZ_RUNS=100000
 * for `npm run fuzz`. FUZZ_SEED replays a reported failure.
 */
export const FUZZ = {
  runs: Number(process.env.FUZZ_RUNS ?? 1000),
  seed: Number(process.env.FUZZ_SEED ?? 20240127),
  /** Per-test timeout, ms, scaled with the runs (10^5 runs take minutes). */
  timeout: Math.max(120_000, Number(process.env.FUZZ_RUNS ?? 1000) * 60),
};
