// Filter and search latency only, for comparing builds on a busy machine: loads the page once per
// run per build, alternating the builds run by run (so both see the same background load), and
// times, as `npm run bench` does (bench/measurePage.mjs ARM_LATENCY): the "United States" actor
// checkbox off and on again (click to the first frame painted after "Showing X of Y" changed) and
// the search keystrokes "k" then "i" (keydown to that frame, any debounce of the search box included),
// with the worker's `dataset-search` round trips beside them. Prints every figure and the medians.
//
//   node bench/latency.mjs --dist dist,/tmp/other [--size 1m | 1m-csv] [--runs 3] [--toggles 4]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchPagePath } from './generateCsv.mjs';
import { ARM_LATENCY } from './measurePage.mjs';
import { alternate, median, withBenchPage } from './paired.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1] ?? 'true']] : [])),
);
const dists = (args.dist ?? join(root, 'dist')).split(',').map((d) => resolve(d));
const runs = Number(args.runs ?? 3);
const toggles = Number(args.toggles ?? 4);
const size = args.size ?? '1m';
const dataDir = join(root, 'bench', 'data');
const path = await benchPagePath(dataDir, size);

async function timeInput(page, eventType, action) {
  await page.evaluate(ARM_LATENCY, [eventType, 10_000]);
  await action();
  return (await page.evaluate(() => window.__bench.pending)).ms;
}

const once = (dist) =>
  withBenchPage(dist, dataDir, path, async (page) => {
    // The deferred panels, the chart and the worker's idle work land first.
    await page.waitForTimeout(3000);
    // Zoom in once, as a reader would before filtering (and as npm run bench's gestures do): a
    // settled span, so a filter change needs its result at any date and inside the span.
    await page.getByRole('button', { name: /^zoom in/i }).first().click();
    await page.waitForTimeout(1500);
    const actor = page.getByRole('checkbox', { name: /^United States/ }).first();
    const toggle = [];
    // The ACLED-shaped CSV has no "United States" actor (its lanes are ACLED's names): searches only.
    const toggleCount = (await actor.count()) > 0 ? toggles : 0;
    for (let k = 0; k < toggleCount; k++) {
      toggle.push(await timeInput(page, 'click', () => actor.click()));
      await page.waitForTimeout(300);
    }
    const box = page.getByRole('searchbox').first();
    await box.focus();
    const search = [];
    for (const key of ['k', 'i']) {
      search.push(await timeInput(page, 'keydown', () => page.keyboard.press(key)));
      await page.waitForTimeout(300);
    }
    const worker = await page.evaluate(() => performance.getEntriesByName('dataset-search').map((m) => m.duration));
    return { toggle, search, worker };
  });

const results = await alternate(dists, runs, once);
const fmt = (xs) => xs.map((x) => (x === null || x === undefined ? '-' : x.toFixed(0))).join('/');
console.log(`| build (${size}, ${runs} runs each; ms) | actor toggle: each / median | search keystroke k, i: each / median | worker search round trip: each / median |`);
console.log('| --- | --- | --- | --- |');
dists.forEach((d, i) => {
  const all = (k) => results[i].flatMap((x) => x[k]);
  console.log(`| ${d} | ${fmt(all('toggle'))} / ${median(all('toggle'))?.toFixed(0)} | ${fmt(all('search'))} / ${median(all('search'))?.toFixed(0)} | ${fmt(all('worker'))} / ${median(all('worker'))?.toFixed(0)} |`);
});
