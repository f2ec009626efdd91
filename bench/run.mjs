// The scale benchmark: `npm run bench [-- --sizes default,10k,100k,1m --csv-sizes 100k,1m
// --memory-size 100k --runs 3 --seed N --reuse-build --dist DIR --closed-loop]`.
// Generates deterministic datasets, serves the built app, drives headless Chromium at
// 1280x800 with open-loop input (bench/openLoop.mjs) every run, and writes
// bench/results/latest.md and latest.json. Not part of `npm test`. See bench/README.md.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { attributeProfile, scriptNamer, sourceNamer } from './attribution.mjs';
import { DEFAULT_SEED, ensureDataset, parseSize } from './generate.mjs';
import { ensureAcledCsv } from './generateCsv.mjs';
import { openByFile } from './openFile.mjs';
import { heapAfterGc, liveObjects, workerTargets } from './heap.mjs';
import { ARM_LATENCY, INSTRUMENT, STATUS_TEXT } from './measurePage.mjs';
import { openLoopSession } from './openLoop.mjs';
import { formatReport, summarise } from './report.mjs';
import { interact as closedLoopSession } from './session.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const list = (text) => (text && text !== 'none' ? text.split(',').map((s) => s.trim()).filter(Boolean) : []);
const reps = Number(args.runs ?? args.reps ?? 3);
const seed = Number(args.seed ?? DEFAULT_SEED);
const dataDir = join(root, 'bench', 'data');
const resultsDir = join(root, 'bench', 'results');
// --dist serves another build (e.g. one made with a different config) instead of dist/.
const distDir = resolve(args.dist ?? join(root, 'dist'));
const papaDir = join(root, 'node_modules', 'papaparse');
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
})();

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    if (m[2] !== undefined) out[m[1]] = m[2];
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) out[m[1]] = argv[++i];
    else out[m[1]] = 'true';
  }
  return out;
}

const log = (...a) => console.error(...a);

// dist/ is rebuilt unless told otherwise: a dist/ left from an older commit was once measured
// as if it were HEAD, and reported the CSV import of HEAD as missing.
const reuse = args['reuse-build'] === 'true' && existsSync(join(distDir, 'index.html'));
if (!args.dist && !reuse) {
  log('building the app (npx vite build)...');
  execSync('npx vite build', { cwd: root, stdio: 'inherit' });
}

mkdirSync(dataDir, { recursive: true });
// Pages on the same origin with no app, for the baselines: fetch + JSON.parse, and papaparse alone.
writeFileSync(join(dataDir, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>baseline</title>');
writeFileSync(
  join(dataDir, 'blank-papaparse.html'),
  '<!doctype html><meta charset="utf-8"><title>papaparse baseline</title><script src="/papaparse.min.js"></script>',
);

/** One dataset to measure: JSON (generated or the app's default) or ACLED-shaped CSV. */
const specs = [];
for (const label of list(args.sizes ?? 'default,10k,100k,1m')) {
  if (label === 'default') {
    // The app's own dataset, loaded without ?data= (vite emits it as a hashed asset).
    const asset = readdirSync(join(distDir, 'assets')).find((f) => /^coalition-.*\.json$/.test(f));
    if (!asset) throw new Error(`no coalition-*.json in ${distDir}/assets`);
    specs.push({ label: 'default', kind: 'json', file: join(distDir, 'assets', asset), path: null, fetchPath: `/assets/${asset}` });
    continue;
  }
  const count = parseSize(label);
  log(`dataset ${label}: ensuring ${count.toLocaleString('en-US')} events (seed ${seed})...`);
  const file = await ensureDataset(dataDir, count, seed);
  specs.push({ label, kind: 'json', events: count, file, path: `/${basename(file)}` });
}
for (const label of list(args['csv-sizes'] ?? '100k,1m')) {
  const count = parseSize(label);
  log(`CSV ${label}: ensuring ${count.toLocaleString('en-US')} ACLED-shaped rows (seed ${seed})...`);
  const file = await ensureAcledCsv(dataDir, count, seed);
  specs.push({ label: `${label} CSV`, kind: 'csv', events: count, file, path: `/${basename(file)}` });
}
const memoryLabel = args['memory-size'] ?? '100k';
const memoryFile = memoryLabel === 'none' ? null : await ensureDataset(dataDir, parseSize(memoryLabel), seed);

const server = await startStaticServer([distDir, dataDir, ...(existsSync(papaDir) ? [papaDir] : [])]);
const VIEWPORT = { width: 1280, height: 800 };
const pct = (arr, p) => {
  if (arr.length === 0) return null;
  const s = [...arr].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/**
 * The floor a loader could reach, in the same run on a blank page of the same origin:
 * fetch + JSON.parse for JSON, fetch + papaparse (header row, all rows at once) for CSV.
 */
async function baseline(browser, spec) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    if (spec.kind === 'csv') {
      if (!existsSync(join(papaDir, 'papaparse.min.js'))) return { unavailable: 'papaparse is not installed' };
      await page.goto(`${server.url}/blank-papaparse.html`);
      return await page.evaluate(async (url) => {
        const t0 = performance.now();
        const text = await (await fetch(url)).text();
        const t1 = performance.now();
        const result = window.Papa.parse(text, { header: true, skipEmptyLines: true });
        const t2 = performance.now();
        return { fetch: t1 - t0, parse: t2 - t1, total: t2 - t0, events: result.data.length };
      }, spec.path);
    }
    await page.goto(`${server.url}/blank.html`);
    return await page.evaluate(async (url) => {
      const t0 = performance.now();
      const text = await (await fetch(url)).text();
      const t1 = performance.now();
      const doc = JSON.parse(text);
      const t2 = performance.now();
      return { fetch: t1 - t0, parse: t2 - t1, total: t2 - t0, events: doc.events.length };
    }, spec.fetchPath ?? spec.path);
  } finally {
    await page.close();
  }
}

async function timeInput(page, eventType, action) {
  await page.evaluate(ARM_LATENCY, [eventType, 5000]);
  await action();
  return page.evaluate(() => window.__bench.pending);
}

/** Waits for 'timeline-ready' or 'timeline-error'; returns the error text, or null when ready. */
async function waitForLoad(page, errors) {
  await page.waitForFunction(
    () => performance.getEntriesByName('timeline-ready').length + performance.getEntriesByName('timeline-error').length > 0,
    null,
    { timeout: 300_000, polling: 100 },
  );
  if (await page.evaluate(() => performance.getEntriesByName('timeline-error').length > 0)) {
    const shown = await page.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? '');
    return (shown || errors.join(' | ') || 'timeline-error').replace(/\s+/g, ' ').trim().slice(0, 200);
  }
  return null;
}

async function newBenchPage(browser) {
  // hasTouch: d3-zoom listens for touch events only where the page reports touch points.
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  return { context, page, errors, cdp };
}

async function runOnce(spec) {
  const browser = await launchChromium();
  try {
    const base = await baseline(browser, spec);
    const { context, page, errors, cdp } = await newBenchPage(browser);
    await page.goto(spec.path ? `${server.url}/?data=${encodeURIComponent(spec.path)}` : `${server.url}/`);
    const failed = await waitForLoad(page, errors);
    if (failed) {
      if (spec.kind === 'csv') {
        return { label: spec.label, unavailable: `not available: the app at ${commit} did not open the file (it said: ${failed})`, baseline: base };
      }
      throw new Error(`timeline-error at ${spec.label}: ${failed}`);
    }
    await page.waitForFunction(() => window.__bench.readyPaint > 0, null, { timeout: 60_000 });
    const load = await page.evaluate(() => {
      const b = window.__bench;
      const ready = performance.getEntriesByName('timeline-ready')[0].startTime;
      const handoff = performance.getEntriesByName('dataset-worker:send')[0]?.startTime ?? Infinity;
      const before = (t) => b.longtasks.filter((x) => x.start < t).reduce((m, x) => Math.max(m, x.duration), 0);
      const longest = (from, to) => b.longtasks.filter((x) => x.start >= from && x.start < to).reduce((m, x) => Math.max(m, x.duration), 0);
      return {
        ready,
        readyPaint: b.readyPaint,
        handoff: Number.isFinite(handoff) ? handoff : null,
        longestTask: before(b.readyPaint),
        // While the worker loads (until it hands the dataset over) vs the handoff render after it.
        longestTaskWhileLoading: before(handoff),
        longestTaskHandoff: Number.isFinite(handoff) ? longest(handoff, b.readyPaint) : null,
        // Long animation frames until the first paint, with their scripts: where a long task's time went.
        loadLoaf: (b.allLoaf ?? []).filter((l) => l.start < b.readyPaint),
        maxFrameGap: b.loadGaps.reduce((m, g) => Math.max(m, g), 0),
        domNodes: document.querySelectorAll('*').length,
        workerPhases: Object.fromEntries(
          performance
            .getEntriesByType('measure')
            .filter((m) => m.name.startsWith('dataset-worker:'))
            .map((m) => [m.name.slice('dataset-worker:'.length), m.duration]),
        ),
      };
    });
    // The deferred troop chart and list mount after the first frame: let them land first.
    await page.waitForTimeout(500);
    // The first render comes in stages after its first paint (the focusable marks, the overview, the
    // filters, the chart, the tree): the longest task from that paint until the gestures start.
    Object.assign(
      load,
      await page.evaluate(() => {
        const b = window.__bench;
        const now = performance.now();
        return {
          afterPaintMs: now - b.readyPaint,
          longestTaskAfterPaint: b.longtasks.filter((x) => x.start >= b.readyPaint && x.start < now).reduce((m, x) => Math.max(m, x.duration), 0),
          afterPaintLoaf: (b.allLoaf ?? []).filter((l) => l.start + l.duration > b.readyPaint && l.start < now),
        };
      }),
    );
    const status = await page.evaluate(STATUS_TEXT);
    load.troopChart = await page.evaluate(() => {
      const plot = document.querySelector('.troops-plot-area');
      if (!plot) return 'absent';
      return plot.getBoundingClientRect().top < innerHeight ? 'in view' : 'below the fold';
    });
    const session = await openLoopSession(page, cdp);
    const closed = args['closed-loop'] === 'true' ? await closedLoopSession(page) : null;
    const domAfter = await page.evaluate(() => document.querySelectorAll('*').length);

    // Filter: toggle the first actor off and on again; each is one measurement.
    const actor = page.getByRole('checkbox', { name: /^United States/ }).first();
    const filter = [];
    if ((await actor.count()) > 0) for (let k = 0; k < 2; k++) filter.push(await timeInput(page, 'click', () => actor.click()));

    // Search: two keystrokes, each narrowing the result, each timed to the painted count.
    const box = page.getByRole('searchbox').first();
    const search = [];
    let searchEnter = null;
    if ((await box.count()) > 0) {
      await box.focus();
      for (const key of ['k', 'i']) {
        search.push(await timeInput(page, 'keydown', () => page.keyboard.press(key)));
        await page.waitForTimeout(300);
      }
      // A word pasted at once ("mosul" in one input event): one search of a rarer word, input to screen.
      await box.fill('');
      await page.waitForTimeout(500);
      searchEnter = await timeInput(page, 'input', () => box.fill('mosul'));
    }
    const searchWorkerMs = await page.evaluate(() => performance.getEntriesByName('dataset-search').map((m) => m.duration));
    // The long animation frames inside each timed input (click or key to its painted frame), for where its time went.
    const allLoaf = await page.evaluate(() => window.__bench.allLoaf);
    const loafDuring = (timed) =>
      timed?.t0 === undefined ? [] : allLoaf.filter((l) => l.start + l.duration > timed.t0 && l.start < timed.t1);
    const inputLoaf = {
      filter: filter.flatMap(loafDuring),
      search: search.flatMap(loafDuring),
      searchEnter: loafDuring(searchEnter),
    };
    // After the timed inputs, the same inputs once more under the CPU profiler: where their time
    // went when no frame was long enough for a LoAF entry. Not timed (the profiler slows the page).
    const profiled = args.profile === 'none' ? null : await profiledInputs(page, cdp, actor, box);
    // Last, so the debugger attach and forced GCs cannot disturb the timings above.
    const heap = await heapAfterGc(browser, cdp);
    await context.close();
    // An analyst's way in: the same CSV chosen in the Open data dialog of a page already showing
    // the default dataset (bench/openFile.mjs), in a page of its own after this one is closed.
    const openedFromDialog = spec.kind === 'csv' ? await openFromDialog(browser, spec) : null;
    const { frames, work, loaf } = session;
    return {
      label: spec.label,
      kind: spec.kind,
      events: spec.events ?? base.events,
      fileBytes: statSync(spec.file).size,
      baseline: base,
      ...load,
      status,
      heapMain: heap.main,
      heapWorker: heap.worker,
      frameP50: pct(frames, 50),
      frameP95: pct(frames, 95),
      frameMax: frames.length ? Math.max(...frames) : null,
      frameCount: frames.length,
      longFrames: frames.filter((f) => f > 50).length,
      workP95: pct(work, 95),
      workMax: work.length ? Math.max(...work) : null,
      workCount: work.length,
      loaf: named(loaf),
      loadLoaf: named(load.loadLoaf),
      afterPaintLoaf: named(load.afterPaintLoaf),
      inputLoaf: Object.fromEntries(Object.entries(inputLoaf).map(([k, v]) => [k, named(v)])),
      inputs: session.inputs,
      inputFailures: session.failures,
      clockLatenessP95: session.clockLatenessP95,
      closedLoop: closed ? { frameP95: pct(closed, 95), longFrames: closed.filter((f) => f > 50).length } : null,
      domAfter,
      filterMs: filter.map((f) => f.ms),
      searchMs: search.map((s) => s.ms),
      searchWorkerMs,
      searchEnterMs: searchEnter?.ms ?? null,
      profiled,
      openedFromDialog,
      errors,
    };
  } finally {
    await browser.close();
  }
}

/** The CSV opened from the dialog: change → painted, its longest task and its long frames (named). */
async function openFromDialog(browser, spec) {
  const { context, page } = await newBenchPage(browser);
  try {
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => window.__bench.readyPaint > 0, null, { timeout: 120_000, polling: 50 });
    const opened = await openByFile(page, spec.file, spec.events);
    return opened.error ? opened : { ...opened, loaf: named(opened.loaf) };
  } finally {
    await context.close();
  }
}

const nameScript = scriptNamer(distDir);
const nameSource = sourceNamer(distDir);

/**
 * One actor toggle, one search keystroke and one open-loop session, each under the CPU
 * profiler (100 µs sampling), charged to the app's own functions (bench/attribution.mjs).
 */
async function profiledInputs(page, cdp, actor, box) {
  const out = {};
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profile = async (key, action) => {
    await cdp.send('Profiler.start');
    await action();
    const { profile: p } = await cdp.send('Profiler.stop');
    out[key] = attributeProfile(p, nameSource, { n: 6 });
  };
  const hasBox = (await box.count()) > 0;
  if (hasBox) {
    await box.fill('');
    await page.waitForTimeout(500);
  }
  if ((await actor.count()) > 0) {
    await profile('filter', () => timeInput(page, 'click', () => actor.click()));
    await actor.click();
    await page.waitForTimeout(300);
  }
  if (hasBox) {
    await box.focus();
    await profile('search', () => timeInput(page, 'keydown', () => page.keyboard.press('k')));
    await box.fill('');
    await page.waitForTimeout(500);
  }
  await profile('gestures', () => openLoopSession(page, cdp));
  await cdp.send('Profiler.disable');
  return out;
}
/** LoAF entries with each script named by its source (file:line function) through the source maps. */
const named = (loaf) => loaf.map((l) => ({ ...l, scripts: l.scripts.map((s) => ({ ...s, name: nameScript(s) })) }));

/**
 * Opens the same file ten times in one page, the way Back/Forward across a `data=` change
 * does (pushState + popstate: the app's own reload path), and reads the heap after the
 * 1st, 2nd and 10th load: main thread (V8 + ArrayBuffers), the live parse worker's, the
 * number of live worker targets, and Worker / canvas objects still alive on the main heap.
 */
async function memoryRun(file) {
  const browser = await launchChromium();
  try {
    const { context, page, errors, cdp } = await newBenchPage(browser);
    const path = `/${basename(file)}`;
    await page.goto(`${server.url}/?data=${encodeURIComponent(path)}`);
    const failed = await waitForLoad(page, errors);
    if (failed) throw new Error(`memory run: ${failed}`);
    const readings = [];
    const read = async (n) => {
      const heap = await heapAfterGc(browser, cdp);
      readings.push({
        load: n,
        mainMB: (heap.main.usedSize + (heap.main.backingStorageSize ?? 0)) / 2 ** 20,
        workerMB: heap.worker ? heap.worker.usedSize / 2 ** 20 : null,
        workers: (await workerTargets(browser)).length,
        workerObjects: await liveObjects(cdp, 'Worker'),
        canvasObjects: await liveObjects(cdp, 'HTMLCanvasElement'),
        canvasesInDom: await page.evaluate(() => document.querySelectorAll('canvas').length),
      });
    };
    const settled = async (n) => {
      // Each load puts its worker's phases on the timeline once: the n-th 'send' is the n-th load.
      await page.waitForFunction((k) => performance.getEntriesByName('dataset-worker:send').length >= k, n, { timeout: 120_000 });
      await page.waitForFunction(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(true)))));
      await page.waitForTimeout(600);
    };
    await settled(1);
    await read(1);
    for (let n = 2; n <= 10; n++) {
      // A distinct address each time (the static server ignores the query), as a new file would be.
      await page.evaluate((url) => {
        history.pushState(null, '', `?data=${encodeURIComponent(url)}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }, `${path}?copy=${n}`);
      await settled(n);
      if (n === 2 || n === 10) await read(n);
    }
    await context.close();
    return { fileBytes: statSync(file).size, readings, errors };
  } finally {
    await browser.close();
  }
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium: null,
  commit,
  /** What was measured: a build made from HEAD now, or a build made before (whose commit is not known). */
  build: args.dist
    ? `the build in ${args.dist}`
    : reuse
      ? `dist/ reused as it was (built ${statSync(join(distDir, 'index.html')).mtime.toISOString()})`
      : 'built from HEAD for this run',
  date: new Date().toISOString(),
  /** Other work on the machine skews timings: the 1-minute load average at start and end. */
  loadAverage: { start: loadavg()[0], end: null },
  seed,
  reps,
};

const runs = {};
const memory = [];
try {
  for (const spec of specs) {
    runs[spec.label] = [];
    for (let r = 0; r < reps; r++) {
      log(`${spec.label}: run ${r + 1}/${reps}...`);
      const result = await runOnce(spec);
      runs[spec.label].push(result);
      if (result.unavailable) {
        log(`  ${result.unavailable}`);
        break;
      }
      log(
        `  first render ${result.readyPaint.toFixed(0)} ms (baseline ${result.baseline.total?.toFixed(0)} ms), ` +
          `frames p95 ${result.frameP95?.toFixed(1)} ms, >50 ms: ${result.longFrames}, work p95/max ${result.workP95?.toFixed(1)}/${result.workMax?.toFixed(1)} ms, ` +
          `LoAF ${result.loaf.length}, long task ${result.longestTask.toFixed(0)} ms, filter ${result.filterMs.map((m) => m?.toFixed(0)).join('/')} ms, ` +
          `search ${result.searchMs.map((m) => m?.toFixed(0)).join('/')} ms`,
      );
    }
  }
  if (memoryFile) {
    for (let r = 0; r < reps; r++) {
      log(`memory (${memoryLabel}, ten loads): run ${r + 1}/${reps}...`);
      memory.push(await memoryRun(memoryFile));
      log(`  ${memory.at(-1).readings.map((x) => `load ${x.load}: ${x.mainMB.toFixed(0)} MB main, ${x.workers} worker(s)`).join('; ')}`);
    }
  }
  const browser = await launchChromium();
  machine.chromium = browser.version();
  await browser.close();
} finally {
  await server.close();
}

machine.loadAverage.end = loadavg()[0];
const summary = summarise(specs, runs, memory.length ? { label: memoryLabel, runs: memory } : null);
mkdirSync(resultsDir, { recursive: true });
const md = formatReport(machine, summary);
writeFileSync(join(resultsDir, 'latest.md'), md);
writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify({ machine, summary, runs, memory }, null, 2));
console.log(md);
