// What the paired comparisons (bench/firstRender.mjs, bench/latency.mjs) share: builds run in
// turn, run by run, so every build sees the same background load, one page per run opened as
// the bench opens it, and medians that skip missing figures.
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { INSTRUMENT } from './measurePage.mjs';

/**
 * Serves `dist` and `dataDir`, opens `path` in a fresh Chromium as `npm run bench` does
 * (1280x800, touch, the bench's instrumentation), waits for the first frame painted after
 * `timeline-ready`, and returns what `measure(page)` returns; the browser and server are
 * closed whatever happens.
 */
export async function withBenchPage(dist, dataDir, path, measure) {
  const server = await startStaticServer([dist, dataDir]);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => window.__bench.readyPaint > 0, null, { timeout: 300_000, polling: 50 });
    return await measure(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

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
