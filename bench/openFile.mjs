// A file opened from the app's "Open data" dialog, as an analyst opens an export: the page is
// already showing the default dataset, the file is chosen in the dialog's file input, and the
// time runs from the input's `change` event to the first frame painted with the new dataset's
// "Showing N of N events". The longest main-thread task in that window is issue 8's "the main
// thread never blocked more than 50 ms while it loads" for this path (the load by link also
// pays the app's start-up, which run.mjs reports on its own line).
//
//   node bench/openFile.mjs --size 100k [--dist dist,/tmp/other] [--runs 3]
//
// `npm run bench` calls `openByFile` once per CSV run.
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureAcledCsv } from './generateCsv.mjs';
import { withBenchPage, alternate, median } from './paired.mjs';

/**
 * On a page that has drawn its dataset: opens `file` (a path) through the Open data dialog and
 * waits until `events` events are shown and painted. Returns { ms, longestTask, loaf, status },
 * or { error } with what the page said when it did not show them within `timeout` ms.
 */
export async function openByFile(page, file, events, timeout = 600_000) {
  // The staged rest of the default dataset's first render and the worker's idle work land first.
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Open data' }).first().click();
  const input = page.locator('input[type="file"]').first();
  await input.waitFor({ state: 'attached' });
  const shown = `Showing ${events.toLocaleString('en-US')} of ${events.toLocaleString('en-US')} events`;
  await page.evaluate((want) => {
    const b = window.__bench;
    const statusText = () =>
      [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').find((t) => /Showing/.test(t)) ?? '';
    b.opened = new Promise((done) => {
      let t0 = null;
      document.addEventListener('change', () => (t0 ??= performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (t0 === null || !statusText().includes(want)) return;
        observer.disconnect();
        b.afterPaint((t1) => done({ t0, t1, status: statusText() }));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, shown);
  await input.setInputFiles(file);
  const outcome = await Promise.race([
    page.evaluate(() => window.__bench.opened),
    page.waitForTimeout(timeout).then(() => null),
  ]);
  if (!outcome) {
    const said = await page.evaluate(() => document.querySelector('[role="alert"], .open-dialog, dialog')?.textContent ?? '');
    return { error: `not shown within ${timeout / 1000} s: ${said.replace(/\s+/g, ' ').trim().slice(0, 200)}` };
  }
  const { t0, t1, status } = outcome;
  return page.evaluate(
    ({ t0, t1, status }) => {
      const b = window.__bench;
      return {
        ms: t1 - t0,
        status,
        longestTask: b.longtasks.filter((x) => x.start >= t0 && x.start < t1).reduce((m, x) => Math.max(m, x.duration), 0),
        loaf: (b.allLoaf ?? []).filter((l) => l.start + l.duration > t0 && l.start < t1),
      };
    },
    { t0, t1, status },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const args = Object.fromEntries(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1] ?? 'true']] : [])));
  const dists = (args.dist ?? join(root, 'dist')).split(',').map((d) => resolve(d));
  const runs = Number(args.runs ?? 3);
  const size = args.size ?? '100k';
  const events = Number(size.replace(/k$/i, '000').replace(/m$/i, '000000'));
  const dataDir = join(root, 'bench', 'data');
  const file = await ensureAcledCsv(dataDir, events, Number(args.seed ?? 20140610));
  const results = await alternate(dists, runs, (dist) => withBenchPage(dist, dataDir, '/', (page) => openByFile(page, file, events)));
  console.log(`| build (${size} CSV opened from the dialog, ${runs} runs each) | change → painted (ms) | longest task (ms) | top LoAF scripts |`);
  console.log('| --- | ---: | ---: | --- |');
  dists.forEach((d, i) => {
    const rs = results[i];
    const failed = rs.find((r) => r.error);
    if (failed) return console.log(`| ${d} | ${failed.error} | | |`);
    const scripts = new Map();
    for (const r of rs) for (const l of r.loaf) for (const s of l.scripts ?? []) { const name = `${s.invoker} ${s.src}:${s.pos} ${s.fn}`; scripts.set(name, (scripts.get(name) ?? 0) + s.ms / rs.length); };
    const top = [...scripts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`).join('; ');
    console.log(`| ${d} | ${median(rs.map((r) => r.ms)).toFixed(0)} | ${median(rs.map((r) => r.longestTask)).toFixed(0)} (${rs.map((r) => r.longestTask.toFixed(0)).join('/')}) | ${top} |`);
  });
}
