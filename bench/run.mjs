// The scale benchmark: `npm run bench [-- --sizes 1k,10k,100k,1m --reps 5 --seed N --build --dist DIR]`.
// Generates deterministic datasets, serves the built app, drives headless Chromium at
// 1280x800 through the same scripted session every run, and writes
// bench/results/latest.md and latest.json. Not part of `npm test`.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { DEFAULT_SEED, ensureDataset, parseSize } from './generate.mjs';
import { ARM_LATENCY, INSTRUMENT, STATUS_TEXT } from './measurePage.mjs';
import { formatReport, summarise } from './report.mjs';
import { interact } from './session.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const sizes = (args.sizes ?? '1k,10k,100k,1m').split(',').map((s) => ({ label: s.trim(), count: parseSize(s) }));
const reps = Number(args.reps ?? 5);
const seed = Number(args.seed ?? DEFAULT_SEED);
const dataDir = join(root, 'bench', 'data');
const resultsDir = join(root, 'bench', 'results');
// --dist serves another build (e.g. one made with a different config) instead of dist/.
const distDir = resolve(args.dist ?? join(root, 'dist'));

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

if (args.build === 'true' || (!args.dist && !existsSync(join(distDir, 'index.html')))) {
  log('building the app (npx vite build)...');
  execSync('npx vite build', { cwd: root, stdio: 'inherit' });
}

mkdirSync(dataDir, { recursive: true });
// A page on the same origin with no app, for the fetch + JSON.parse baseline.
writeFileSync(join(dataDir, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>baseline</title>');
const files = {};
for (const s of sizes) {
  log(`dataset ${s.label}: ensuring ${s.count.toLocaleString('en-US')} events (seed ${seed})...`);
  files[s.label] = await ensureDataset(dataDir, s.count, seed);
}

const server = await startStaticServer([distDir, dataDir]);
const VIEWPORT = { width: 1280, height: 800 };
const pct = (arr, p) => {
  if (arr.length === 0) return null;
  const s = [...arr].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** fetch + JSON.parse of the same file on a blank page of the same origin: the floor to compare with. */
async function baseline(browser, file) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${server.url}/blank.html`);
  const r = await page.evaluate(async (url) => {
    const t0 = performance.now();
    const text = await (await fetch(url)).text();
    const t1 = performance.now();
    const doc = JSON.parse(text);
    const t2 = performance.now();
    return { fetch: t1 - t0, parse: t2 - t1, total: t2 - t0, events: doc.events.length };
  }, `/${basename(file)}`);
  await page.close();
  return r;
}

/**
 * The parse worker's heap after a GC. Playwright has no CDP session for workers, so
 * this attaches to the worker target through the browser session (non-flat protocol).
 */
async function workerHeap(browser) {
  const b = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await b.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'worker' && t.title === 'dataset-parser');
    if (!target) return null;
    const { sessionId } = await b.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const replies = new Map();
    let nextId = 0;
    b.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message);
      replies.get(m.id)?.(m.result);
    });
    const call = (method, params = {}) =>
      new Promise((ok) => {
        const id = ++nextId;
        replies.set(id, ok);
        void b.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
    await call('HeapProfiler.collectGarbage');
    return await call('Runtime.getHeapUsage');
  } catch {
    return null;
  } finally {
    await b.detach().catch(() => {});
  }
}

/** Main-thread heap after a full GC, via the DevTools protocol (V8 heap and ArrayBuffer backing stores). */
async function heapAfterGc(browser, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const main = await cdp.send('Runtime.getHeapUsage');
  return { main, worker: await workerHeap(browser) };
}

async function timeInput(page, eventType, action) {
  await page.evaluate(ARM_LATENCY, [eventType, 5000]);
  await action();
  return page.evaluate(() => window.__bench.pending);
}

async function runOnce(label, file, events) {
  const browser = await launchChromium();
  try {
    const base = await baseline(browser, file);
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.url}/?data=${encodeURIComponent(`/${basename(file)}`)}`);
    await page.waitForFunction(
      () => performance.getEntriesByName('timeline-ready').length + performance.getEntriesByName('timeline-error').length > 0,
      null,
      { timeout: 180_000, polling: 100 },
    );
    if (await page.evaluate(() => performance.getEntriesByName('timeline-error').length > 0)) {
      throw new Error(`timeline-error at ${label}: ${errors.join(' | ')}`);
    }
    await page.waitForFunction(() => window.__bench.readyPaint > 0, null, { timeout: 30_000 });
    const load = await page.evaluate(() => {
      const b = window.__bench;
      const ready = performance.getEntriesByName('timeline-ready')[0].startTime;
      return {
        ready,
        readyPaint: b.readyPaint,
        longestTask: b.longtasks.filter((t) => t.start < b.readyPaint).reduce((m, t) => Math.max(m, t.duration), 0),
        longTasks: b.longtasks.filter((t) => t.start < b.readyPaint).length,
        // While the worker loads (until it hands the dataset over) vs the handoff render after it.
        longestTaskWhileLoading: (() => {
          const handoff = performance.getEntriesByName('dataset-worker:send')[0]?.startTime ?? Infinity;
          return b.longtasks.filter((t) => t.start < handoff).reduce((m, t) => Math.max(m, t.duration), 0);
        })(),
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
    const status = await page.evaluate(STATUS_TEXT);
    const frames = await interact(page);
    const domAfter = await page.evaluate(() => document.querySelectorAll('*').length);

    // Filter: toggle the first actor off and on again; each is one measurement.
    const actor = page.getByRole('checkbox', { name: /^United States/ }).first();
    const filter = [];
    for (let k = 0; k < 2; k++) filter.push(await timeInput(page, 'click', () => actor.click()));

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
      // Enter sends the query at once (no debounce): the search itself, keystroke to screen.
      await box.fill('');
      await page.waitForTimeout(500);
      await page.keyboard.type('mosul');
      searchEnter = await timeInput(page, 'keydown', () => page.keyboard.press('Enter'));
    }
    const searchWorkerMs = await page.evaluate(() => performance.getEntriesByName('dataset-search').map((m) => m.duration));
    // Last, so the debugger attach and forced GCs cannot disturb the timings above.
    const heap = await heapAfterGc(browser, cdp);
    await context.close();
    return {
      label,
      events,
      fileBytes: statSync(file).size,
      baseline: base,
      ...load,
      status,
      heapMain: heap.main,
      heapWorker: heap.worker,
      frameP50: pct(frames, 50),
      frameP95: pct(frames, 95),
      frameCount: frames.length,
      longFrames: frames.filter((f) => f > 50).length,
      domAfter,
      filterMs: filter.map((f) => f.ms),
      searchMs: search.map((s) => s.ms),
      searchWorkerMs,
      searchEnterMs: searchEnter?.ms ?? null,
      errors,
    };
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
  date: new Date().toISOString(),
  /** Other work on the machine skews timings: the 1-minute load average at start and end. */
  loadAverage: { start: loadavg()[0], end: null },
  seed,
  reps,
};

const runs = {};
try {
  for (const s of sizes) {
    runs[s.label] = [];
    for (let r = 0; r < reps; r++) {
      log(`${s.label}: run ${r + 1}/${reps}...`);
      const result = await runOnce(s.label, files[s.label], s.count);
      runs[s.label].push(result);
      log(
        `  ready ${result.ready.toFixed(0)} ms, paint +${(result.readyPaint - result.ready).toFixed(0)} ms, ` +
          `baseline ${result.baseline.total.toFixed(0)} ms, frames p95 ${result.frameP95?.toFixed(1)} ms, ` +
          `long task ${result.longestTask.toFixed(0)} ms, DOM ${result.domNodes}, filter ${result.filterMs.map((m) => m?.toFixed(0)).join('/')} ms, ` +
          `search ${result.searchMs.map((m) => m?.toFixed(0)).join('/')} ms`,
      );
    }
  }
  const browser = await launchChromium();
  machine.chromium = browser.version();
  await browser.close();
} finally {
  await server.close();
}

machine.loadAverage.end = loadavg()[0];
const summary = summarise(sizes, runs);
mkdirSync(resultsDir, { recursive: true });
const md = formatReport(machine, summary);
writeFileSync(join(resultsDir, 'latest.md'), md);
writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify({ machine, summary, runs }, null, 2));
console.log(md);
