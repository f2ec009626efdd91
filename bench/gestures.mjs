// The open-loop gesture session only (bench/openLoop.mjs), for comparing builds on a busy machine:
// loads the page once per run per build, alternating the builds run by run (bench/paired.mjs), and
// reports what `npm run bench` reports for the gestures: frame intervals (p95, max, count > 50 ms)
// and the timeline's own work per frame (`timeline-frame` measures: p95, max), and the DOM nodes the
// page added during the session (re-renders and rebuilt marks; counted, so not inflated by load). With `--profile`,
// each run also replays the session once more under the V8 CPU profiler and prints where the
// main thread's time went, charged to the app's own functions (bench/attribution.mjs), and the
// Long Animation Frames of the timed session with their scripts named through the source maps.
//
//   node bench/gestures.mjs --dist dist,/tmp/other [--size 10k] [--runs 3] [--profile true]
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { attributeProfile, scriptNamer, sourceNamer } from './attribution.mjs';
import { DEFAULT_SEED, ensureDataset, parseSize } from './generate.mjs';
import { openLoopSession } from './openLoop.mjs';
import { alternate, median, withBenchPage } from './paired.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1] ?? 'true']] : [])),
);
const dists = (args.dist ?? join(root, 'dist')).split(',').map((d) => resolve(d));
const runs = Number(args.runs ?? 3);
const size = args.size ?? '10k';
const profiled = args.profile === 'true';
const dataDir = join(root, 'bench', 'data');
const file = size === 'default' ? null : await ensureDataset(dataDir, parseSize(size), DEFAULT_SEED);

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * q))] : null;
};

const path = file ? `/?data=${encodeURIComponent(`/${basename(file)}`)}` : '/';

// The page opened as the other paired scripts open it (withBenchPage), the session driven over its own CDP session.
const once = (dist) =>
  withBenchPage(dist, dataDir, path, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    // The deferred panels, the troop chart and the worker's idle work land first (as in bench/run.mjs).
    await page.waitForTimeout(3000);
    // Nodes added anywhere in the page during the session: React's re-renders and rebuilt marks show here.
    await page.evaluate(() => {
      window.__added = 0;
      new MutationObserver((records) => {
        for (const r of records) window.__added += r.addedNodes.length;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const s = await openLoopSession(page, cdp);
    const added = await page.evaluate(() => window.__added);
    const name = scriptNamer(dist);
    const out = {
      frameP95: quantile(s.frames, 0.95),
      frameMax: Math.max(...s.frames),
      long: s.frames.filter((f) => f > 50).length,
      added,
      workP95: quantile(s.work, 0.95),
      workMax: s.work.length ? Math.max(...s.work) : null,
      loaf: s.loaf.map((l) => ({
        ms: l.duration,
        render: l.render,
        scripts: l.scripts
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 3)
          .map((x) => `${name(x)} ${x.ms.toFixed(0)}`),
      })),
    };
    if (profiled) {
      await page.waitForTimeout(1000);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await openLoopSession(page, cdp);
      const { profile } = await cdp.send('Profiler.stop');
      out.profile = attributeProfile(profile, sourceNamer(dist), { n: 14 });
      if (args.save) writeFileSync(`${args.save}-${basename(dist)}.cpuprofile`, JSON.stringify(profile));
    }
    return out;
  });

const loadBefore = loadavg()[0];
const results = await alternate(dists, runs, once);
const f = (x) => (x === null || x === undefined ? '-' : x.toFixed(1));
console.log(`gestures at ${size}, ${runs} runs per build alternated; load average ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
console.log('| build | frame p95 | frame max | frames > 50 ms | work p95 | work max | DOM nodes added |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
dists.forEach((d, i) => {
  const r = results[i];
  const col = (k) => `${r.map((x) => f(x[k])).join('/')} (${f(median(r.map((x) => x[k])))})`;
  console.log(`| ${d} | ${col('frameP95')} | ${col('frameMax')} | ${col('long')} | ${col('workP95')} | ${col('workMax')} | ${col('added')} |`);
});
dists.forEach((d, i) =>
  results[i].forEach((r, k) => {
    for (const l of r.loaf) console.log(`  ${basename(d)} run ${k + 1}: long frame ${l.ms.toFixed(0)} ms (render ${l.render.toFixed(0)}): ${l.scripts.join('; ')}`);
    if (r.profile) {
      console.log(`  ${basename(d)} run ${k + 1}: profiled session ${r.profile.busyMs.toFixed(0)} ms busy:`);
      for (const t of r.profile.top) console.log(`    ${t.ms.toFixed(1)} ms ${t.where}`);
    }
  }),
);
