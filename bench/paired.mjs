// What the paired comparisons (bench/firstRender.mjs, bench/latency.mjs) share: builds run in
// turn, run by run, so every build sees the same background load, and medians that skip
// missing figures.

/** Runs `once(dist)` `runs` times per build, alternating the builds; results[build][run]. */
export async function alternate(dists, runs, once) {
  const results = dists.map(() => []);
  for (let r = 0; r < runs; r++) for (let d = 0; d < dists.length; d++) results[d].push(await once(dists[d]));
  return results;
}

/** The median of the figures that exist (null without any). */
export function median(xs) {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  return s.length ? s[(s.length - 1) >> 1] : null;
}
