// Where first render's time goes, on every thread: records a Chrome trace (with the V8 CPU
// profiler's samples for the page and its parse worker) while the built app loads, then prints
// the waterfall from navigation start to the first frame painted after `timeline-ready`:
// each request (who fetched it, when it started and ended), every task over --min ms on the
// main thread and on the worker with the source functions that took its time (mapped through
// the build's source maps), and the app's own marks and the worker's phases.
//
//   node bench/startup.mjs [--size default|10k|1m|100k-csv] [--dist dist] [--min 8] [--json out.json]
//
// Use it to find what a first render waits for; compare two builds with --dist in the same
// minutes (a shared machine inflates every time, but what waits on what stays the same).
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { sourceNamer } from './attribution.mjs';
import { benchPagePath } from './generateCsv.mjs';
import { INSTRUMENT } from './measurePage.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1] ?? 'true']] : [])),
);
const size = args.size ?? 'default';
const minMs = Number(args.min ?? 8);
const distDir = resolve(args.dist ?? join(root, 'dist'));
const dataDir = join(root, 'bench', 'data');

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'netlog',
].join(',');

/** Runs one load under tracing; returns the trace events and the page's own timings. */
export async function traceLoad({ dist, path }) {
  const roots = [dist, dataDir];
  const server = await startStaticServer(roots);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents', options: 'sampling-frequency=10000' });
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => window.__bench.readyPaint > 0, null, { timeout: 300_000, polling: 50 });
    await page.waitForTimeout(300);
    const timings = await page.evaluate(() => ({
      readyPaint: window.__bench.readyPaint,
      ready: performance.getEntriesByName('timeline-ready')[0]?.startTime ?? null,
      longtasks: window.__bench.longtasks,
      measures: performance.getEntriesByType('measure').map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
      marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, start: m.startTime })),
    }));
    await cdp.send('Tracing.end');
    await done;
    return { events, timings };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The renderer's threads by id, and which one is the page's main thread and which the parse worker. */
function threadsOf(events, pid) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.pid === pid) names.set(e.tid, e.args.name);
  const main = [...names].find(([, n]) => n === 'CrRendererMain')?.[0];
  const workers = [...names].filter(([, n]) => /DedicatedWorker/.test(n)).map(([t]) => t);
  return { names, main, workers };
}

/** Per thread: [time µs, leaf node, nodes by id] samples from the trace's ProfileChunk events. */
function samplesOf(events, pid) {
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') profiles.set(e.id, { tid: e.tid, t: e.args.data.startTime, nodes: new Map(), samples: [] });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(e.id);
    if (!p) continue;
    const cpu = e.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) p.nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id, i) => {
      p.t += deltas[i] ?? 0;
      p.samples.push([p.t, id]);
    });
  }
  return [...profiles.values()];
}

/** Labels a profile node through the source maps: `src/file.ts:line function`, or the library file. */
function labeller(dist) {
  const name = sourceNamer(dist);
  const cache = new Map();
  return (node) => {
    const f = node.callFrame;
    // Node ids are per profile (one per thread): the cache is keyed by the frame itself.
    const key = `${f.url}:${f.lineNumber}:${f.columnNumber}:${f.functionName}`;
    if (cache.has(key)) return cache.get(key);
    let label = f.functionName || '(anonymous)';
    if (f.url) label = name(basename(f.url), f.lineNumber, f.columnNumber, f.functionName) ?? `${label}@${basename(f.url)}`;
    else if (/^\((program|idle|garbage collector|root)\)$/.test(label)) label = label === '(garbage collector)' ? 'GC' : label;
    if (f.url && f.lineNumber === 0 && f.columnNumber === 0 && !f.functionName) label = `(top level of ${basename(f.url)})`;
    cache.set(key, label);
    return label;
  };
}

/** The first frame up the stack in the app's own code (src/), else the leaf's label. */
function appFrame(nodes, leafId, label) {
  const byChild = nodes;
  let id = leafId;
  const leaf = label(byChild.get(leafId));
  while (id !== undefined) {
    const n = byChild.get(id);
    if (!n) break;
    const l = label(n);
    if (l.startsWith('src/')) return { app: l, leaf };
    id = n.parent;
  }
  return { app: null, leaf };
}

function withParents(nodes) {
  for (const n of nodes.values()) for (const c of n.children ?? []) if (nodes.has(c)) nodes.get(c).parent = n.id;
  return nodes;
}

const fmt = (us) => (us / 1000).toFixed(1);

export function analyse({ events, timings }, dist, { min = minMs } = {}) {
  const readyMark = events.find((e) => e.name === 'timeline-ready' && /user_timing/.test(e.cat));
  if (!readyMark) throw new Error('no timeline-ready mark in the trace');
  const pid = readyMark.pid;
  // The page's clock: performance.now() = (trace ts - origin) / 1000.
  const origin = readyMark.ts - timings.ready * 1000;
  const rel = (ts) => (ts - origin) / 1000;
  const end = origin + timings.readyPaint * 1000;
  const { names, main, workers } = threadsOf(events, pid);
  const label = labeller(dist);

  // Requests: send → finish, on whichever thread issued them.
  const requests = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (!d?.requestId) continue;
    if (e.name === 'ResourceSendRequest') requests.set(d.requestId, { url: d.url, start: e.ts, tid: e.tid, pid: e.pid });
    else if (e.name === 'ResourceFinish' && requests.has(d.requestId)) requests.get(d.requestId).end = e.ts;
    else if (e.name === 'ResourceReceiveResponse' && requests.has(d.requestId)) requests.get(d.requestId).response = e.ts;
  }

  const profiles = samplesOf(events, pid).map((p) => ({ ...p, nodes: withParents(p.nodes) }));
  const threadLabel = (tid) => (tid === main ? 'main' : workers.includes(tid) ? 'worker' : names.get(tid) ?? String(tid));

  /** Where a span of a thread's time went, by app frame (library callees included) and by leaf. */
  const attribute = (tid, from, to, n = 4) => {
    const byApp = new Map();
    const byLeaf = new Map();
    let total = 0;
    for (const p of profiles) {
      if (p.tid !== tid) continue;
      for (let i = 0; i < p.samples.length; i++) {
        const [t, id] = p.samples[i];
        if (t < from || t > to) continue;
        const next = p.samples[i + 1]?.[0] ?? t;
        const dt = Math.max(0, Math.min(next, to) - t);
        const { app, leaf } = appFrame(p.nodes, id, label);
        if (leaf === '(idle)' || leaf === '(program)' || leaf === '(root)') continue;
        total += dt;
        const key = app ?? leaf;
        byApp.set(key, (byApp.get(key) ?? 0) + dt);
        byLeaf.set(leaf, (byLeaf.get(leaf) ?? 0) + dt);
      }
    }
    const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => ({ where: k, ms: v / 1000 }));
    return { sampledMs: total / 1000, byApp: top(byApp), byLeaf: top(byLeaf) };
  };

  // Top-level tasks, and the trace's own names for what ran inside them.
  const tasks = [];
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'X' || e.name !== 'RunTask') continue;
    if (e.ts > end || e.ts + e.dur < origin) continue;
    if (e.tid !== main && !workers.includes(e.tid)) continue;
    if (e.dur / 1000 < min) continue;
    tasks.push({ tid: e.tid, start: e.ts, dur: e.dur });
  }
  tasks.sort((a, b) => a.start - b.start);
  const inner = (task) => {
    const kinds = new Map();
    for (const e of events) {
      if (e.pid !== pid || e.tid !== task.tid || e.ph !== 'X' || e.ts < task.start || e.ts > task.start + task.dur) continue;
      if (!/^(EvaluateScript|v8\.compile|v8\.compileModule|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|ParseHTML|HandlePostMessage|MajorGC|MinorGC|V8\.GC_MARK_COMPACTOR|RunMicrotasks|ParseAuthorStyleSheet|ResourceReceivedData|v8\.evaluateModule|PaintImage|Commit|ScheduleStyleRecalculation)$/.test(e.name)) continue;
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur);
    }
    return [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
  };

  const out = {
    firstRender: timings.readyPaint,
    ready: timings.ready,
    requests: [...requests.values()]
      .filter((r) => r.pid === pid && r.start <= end)
      .sort((a, b) => a.start - b.start)
      .map((r) => ({ url: basename(r.url.split('?')[0]) + (r.url.includes('?') ? '?…' : ''), by: threadLabel(r.tid), start: rel(r.start), end: r.end ? rel(r.end) : null })),
    tasks: tasks.map((t) => ({
      thread: threadLabel(t.tid),
      start: rel(t.start),
      ms: t.dur / 1000,
      inside: inner(t),
      ...attribute(t.tid, t.start, t.start + t.dur),
    })),
    busy: Object.fromEntries(
      [main, ...workers].filter((t) => t !== undefined).map((tid) => {
        let sum = 0;
        for (const e of events) if (e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= origin && e.ts <= end) sum += e.dur;
        return [threadLabel(tid), sum / 1000];
      }),
    ),
    measures: timings.measures.filter((m) => m.name.startsWith('dataset-worker:')),
    marks: timings.marks,
    longtasks: timings.longtasks,
  };
  return out;
}

export function printAnalysis(a, title = '') {
  const lines = [`# Start-up waterfall${title ? `: ${title}` : ''}`, '', `first render ${a.firstRender.toFixed(0)} ms (timeline-ready at ${a.ready.toFixed(0)} ms); busy until then: ${Object.entries(a.busy).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`, ''];
  lines.push('## Requests', '', '| start | end | by | file |', '| ---: | ---: | --- | --- |');
  for (const r of a.requests) lines.push(`| ${r.start.toFixed(0)} | ${r.end?.toFixed(0) ?? '?'} | ${r.by} | ${r.url} |`);
  lines.push('', '## Worker phases', '');
  for (const m of a.measures) lines.push(`- ${m.name.slice('dataset-worker:'.length)}: ${m.start.toFixed(0)} → ${(m.start + m.duration).toFixed(0)} ms (${m.duration.toFixed(1)} ms)`);
  lines.push('', '## Tasks', '', '| start | ms | thread | trace | where (app frame, callees included) |', '| ---: | ---: | --- | --- | --- |');
  for (const t of a.tasks) {
    const where = t.byApp.map((w) => `${w.where} ${w.ms.toFixed(1)}`).join('; ');
    lines.push(`| ${t.start.toFixed(0)} | ${t.ms.toFixed(1)} | ${t.thread} | ${t.inside} | ${where.replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = await benchPagePath(dataDir, size);
  const trace = await traceLoad({ dist: distDir, path });
  const a = analyse(trace, distDir);
  if (args.json) writeFileSync(args.json, JSON.stringify(a, null, 2));
  console.log(printAnalysis(a, `${size}, ${distDir}`));
}
