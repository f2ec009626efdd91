// First render only, for comparing builds on a busy machine: loads the page `--runs` times per
// build, alternating the builds run by run (so both see the same background load), and prints
// per build the medians of: when the parse worker started fetching, when it handed the data
// over, `timeline-ready`, the first frame painted after it, and the longest tasks before and
// after the handoff.
//
//   node bench/firstRender.mjs --dist dist,/tmp/other [--size default|10k|1m] [--runs 5]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchPagePath } from './generateCsv.mjs';
import { alternate, median, withBenchPage } from './paired.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1] ?? 'true']] : [])),
);
const dists = (args.dist ?? join(root, 'dist')).split(',').map((d) => resolve(d));
const runs = Number(args.runs ?? 5);
const size = args.size ?? 'default';
const dataDir = join(root, 'bench', 'data');
const path = await benchPagePath(dataDir, size);

const once = (dist) =>
  withBenchPage(dist, dataDir, path, async (page) => {
    await page.waitForTimeout(1000);
    return await page.evaluate(() => {
      const b = window.__bench;
      const m = (n) => performance.getEntriesByName(n)[0];
      const fetch = m('dataset-worker:fetch');
      const send = m('dataset-worker:send');
      // The worker's send, as run.mjs counts it: the task that takes the message in is the handoff's, not the start-up's.
      const handoff = send ? send.startTime : null;
      const longest = (from, to) => b.longtasks.filter((x) => x.start >= from && x.start < to).reduce((a, x) => Math.max(a, x.duration), 0);
      return {
        workerFetch: fetch?.startTime ?? null,
        handoff,
        ready: m('timeline-ready').startTime,
        paint: b.readyPaint,
        taskBefore: longest(0, handoff ?? Infinity),
        taskAfter: longest(handoff ?? Infinity, b.readyPaint),
        // Every long task up to a second after the first paint: the deferred panels count too.
        taskAfterPaint: longest(b.readyPaint, b.readyPaint + 1000),
      };
    });
  });

const results = await alternate(dists, runs, once);
const keys = Object.keys(results[0][0]);
console.log(`| build (${size}, ${runs} runs each, medians, ms) | ${keys.join(' | ')} |`);
console.log(`| --- | ${keys.map(() => '---:').join(' | ')} |`);
dists.forEach((d, i) => console.log(`| ${d} | ${keys.map((k) => median(results[i].map((x) => x[k]))?.toFixed(0)).join(' | ')} |`));
