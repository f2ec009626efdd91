// Where each long main-thread task of a load goes: CPU-profiles the page (V8 sampler, 100 µs)
// from navigation to a second after the first frame painted after `timeline-ready`, cuts the
// samples into tasks (runs of busy samples; the sampler reports idle between tasks), and prints
// for every task over --min ms when it ran (before or after the worker's handoff), its sampled
// time and the app functions that took it: inclusive (the function and what it called, so a
// caller names its callees' time) and by self time's nearest app frame, through the source maps.
// The page's own Long Tasks (PerformanceObserver) are printed beside it: the sampler slows the
// page, so read the profile for shares and the Long Tasks for sizes.
//
//   node bench/loadTasks.mjs [--size 100k|1m|100k-csv|1m-csv|default] [--dist dist] [--min 30] [--top 8] [--profile none]
// (--profile none: only the page's Long Tasks and Long Animation Frames, without the sampler's slowdown)
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { profileLabeller, scriptNamer, sourceNamer } from './attribution.mjs';
import { benchPagePath } from './generateCsv.mjs';
import { INSTRUMENT } from './measurePage.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1] ?? 'true']] : [])),
);
const size = args.size ?? '100k';
const minMs = Number(args.min ?? 30);
const top = Number(args.top ?? 8);
const dist = resolve(args.dist ?? join(root, 'dist'));
const dataDir = join(root, 'bench', 'data');

const path = await benchPagePath(dataDir, size);

const server = await startStaticServer([dist, dataDir]);
const browser = await launchChromium();
let profile;
let timings;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const profiled = args.profile !== 'none';
  if (profiled) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  // The profile's clock is the page's monotonic clock in µs; performance.timeOrigin + now() is epoch ms.
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => window.__bench.readyPaint > 0, null, { timeout: 600_000, polling: 50 });
  await page.waitForTimeout(1000);
  profile = profiled ? (await cdp.send('Profiler.stop')).profile : { nodes: [], samples: [], timeDeltas: [], startTime: 0 };
  timings = await page.evaluate(() => {
    const send = performance.getEntriesByName('dataset-worker:send')[0];
    return {
      handoff: send ? send.startTime + send.duration : null,
      readyPaint: window.__bench.readyPaint,
      longtasks: window.__bench.longtasks,
      loaf: window.__bench.allLoaf.filter((l) => l.start < window.__bench.readyPaint + 1000),
      phases: performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('dataset-worker:'))
        .map((m) => `${m.name.slice(15)} ${m.duration.toFixed(0)}`),
    };
  });
} finally {
  await browser.close();
  await server.close();
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
for (const n of nodes.values()) for (const c of n.children ?? []) nodes.get(c).parent = n.id;
const label = profileLabeller(sourceNamer(dist));
const idle = (id) => ['(idle)', '(root)'].includes(nodes.get(id).callFrame.functionName);

// Samples to tasks: a task is a run of non-idle samples; a gap of idle over 0.5 ms ends it.
const tasks = [];
let t = profile.startTime;
let cur = null;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] ?? 0;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const id = profile.samples[i];
  if (idle(id)) {
    if (cur && t - cur.end > 500) cur = null;
    continue;
  }
  if (!cur) tasks.push((cur = { start: t, end: t, ms: 0, samples: [] }));
  cur.end = t;
  cur.ms += dt;
  cur.samples.push([id, dt]);
}

const profileStart = profile.startTime;
console.log(`load ${size}, ${basename(dist)}; worker phases (ms): ${timings.phases.join(', ')}`);
console.log(`handoff at ${timings.handoff?.toFixed(0)} ms, first paint after ready at ${timings.readyPaint.toFixed(0)} ms (page clock)`);
console.log(
  `Long Tasks (page clock, ms): ${timings.longtasks.map((x) => `${x.start.toFixed(0)}+${x.duration.toFixed(0)}${timings.handoff !== null && x.start >= timings.handoff ? ' (after handoff)' : ''}`).join(', ')}`,
);
// Long Animation Frames: each frame over 50 ms, its blocking time, style/layout/paint after script, its scripts.
const scriptName = scriptNamer(dist);
for (const l of timings.loaf) {
  const scripts = l.scripts
    .filter((x) => x.ms >= 2)
    .map((x) => `${x.invoker} → ${scriptName(x)} ${x.ms.toFixed(0)}`)
    .join('; ');
  console.log(`LoAF ${l.start.toFixed(0)}+${l.duration.toFixed(0)} (blocking ${l.blocking.toFixed(0)}, render ${l.render.toFixed(0)}): ${scripts}`);
}
for (const task of tasks) {
  if (task.ms < minMs) continue;
  const incl = new Map();
  const self = new Map();
  for (const [id, dt] of task.samples) {
    const seen = new Set();
    let appSelf = null;
    for (let at = id; at !== undefined; at = nodes.get(at).parent) {
      const l = label(nodes.get(at));
      if (!appSelf && l.startsWith('src/')) appSelf = l;
      if (seen.has(l)) continue;
      seen.add(l);
      if (l.startsWith('src/')) incl.set(l, (incl.get(l) ?? 0) + dt);
    }
    const leaf = appSelf ?? label(nodes.get(id));
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
  }
  const fmt = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join('; ');
  console.log(`\n## task at +${((task.start - profileStart) / 1000).toFixed(0)} ms (profile clock), ${task.ms.toFixed(1)} ms sampled`);
  console.log(`  inclusive: ${fmt(incl)}`);
  console.log(`  self (nearest app frame): ${fmt(self)}`);
}
