// Where the main thread's time goes: CPU-profiles the page while it loads a synthetic
// dataset and while it replays the benchmark's scripted session, then prints the
// functions with the most self time in each phase, and the long animation frames.
//
//   node bench/profile.mjs [--size 100k] [--dist dist] [--top 25]
// An unminified build names the functions: npx vite build --minify false --outDir /tmp/dist-dev
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync, mkdirSync } from 'node:fs';
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { DEFAULT_SEED, ensureDataset, parseSize } from './generate.mjs';
import { ARM_LATENCY, INSTRUMENT } from './measurePage.mjs';
import { openLoopSession } from './openLoop.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1] ?? 'true']] : [])),
);
const size = parseSize(args.size ?? '100k');
const top = Number(args.top ?? 25);
const dataDir = join(root, 'bench', 'data');
const file = await ensureDataset(dataDir, size, DEFAULT_SEED);
const server = await startStaticServer([resolve(args.dist ?? join(root, 'dist')), dataDir]);

/** Self time per function (name + location) from a CDP CPU profile, biggest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total, rows: [...self.entries()].sort((a, b) => b[1] - a[1]) };
}

function print(title, profile) {
  const { total, rows } = selfTimes(profile);
  const busy = rows.filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k)).reduce((a, [, v]) => a + v, 0);
  console.log(`\n### ${title}: ${total.toFixed(0)} ms profiled, ${busy.toFixed(0)} ms in script (excl. idle/program/GC)\n`);
  console.log('| self ms | function |\n| ---: | --- |');
  for (const [k, v] of rows.slice(0, top)) console.log(`| ${v.toFixed(1)} | ${k.replace(/\|/g, '\\|')} |`);
}

const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  await context.addInitScript(INSTRUMENT);
  await context.addInitScript(() => {
    window.__loaf = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__loaf.push({
            start: e.startTime,
            duration: e.duration,
            blocking: e.blockingDuration,
            render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
            scripts: e.scripts.map((s) => ({ invoker: s.invoker, fn: s.sourceFunctionName, src: s.sourceURL.split('/').pop(), ms: s.duration })),
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      /* no LoAF */
    }
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/?data=${encodeURIComponent(`/${basename(file)}`)}`);
  await page.waitForFunction(() => window.__bench.readyPaint > 0, null, { timeout: 180_000, polling: 100 });
  const loadProfile = (await cdp.send('Profiler.stop')).profile;
  const loadLoaf = await page.evaluate(() => window.__loaf.splice(0));
  await cdp.send('Profiler.start');
  const { frames } = await openLoopSession(page, cdp);
  const interactProfile = (await cdp.send('Profiler.stop')).profile;
  const interactLoaf = await page.evaluate(() => window.__loaf.splice(0));
  await cdp.send('Profiler.start');
  // One actor toggle (off), timed to the painted frame after the status changed.
  await page.evaluate(ARM_LATENCY, ['click', 5000]);
  await page.getByRole('checkbox', { name: /^United States/ }).first().click();
  const toggled = await page.evaluate(() => window.__bench.pending);
  const filterProfile = (await cdp.send('Profiler.stop')).profile;
  const filterLoaf = await page.evaluate(() => window.__loaf.splice(0));
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', `profile-load-${args.size ?? '100k'}.cpuprofile.tmp`), JSON.stringify(loadProfile));
  writeFileSync(join(root, 'bench', 'results', `profile-interact-${args.size ?? '100k'}.cpuprofile.tmp`), JSON.stringify(interactProfile));

  console.log(`# Profile at ${size.toLocaleString('en-US')} events`);
  print('load (navigation to first paint after timeline-ready)', loadProfile);
  print('open-loop zoom/pan/drag/pinch (bench/openLoop.mjs)', interactProfile);
  print(`actor toggle (${toggled.ms?.toFixed(0)} ms to the painted frame)`, filterProfile);
  const long = frames.filter((f) => f > 50);
  console.log(`\nframes: ${frames.length}, long (>50 ms): ${long.length}: ${long.map((f) => f.toFixed(0)).join(', ')}`);
  for (const [title, loaf] of [
    ['load', loadLoaf],
    ['interaction', interactLoaf],
    ['actor toggle', filterLoaf],
  ]) {
    console.log(`\n### long animation frames during ${title}: ${loaf.length}`);
    for (const l of loaf.slice(0, 15)) {
      const scripts = l.scripts
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((s) => `${s.invoker} ${s.fn}@${s.src} ${s.ms.toFixed(0)}ms`)
        .join('; ');
      console.log(`- ${l.duration.toFixed(0)} ms (blocking ${l.blocking.toFixed(0)}, render ${l.render.toFixed(0)}): ${scripts}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
