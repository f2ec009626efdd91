// Turns the benchmark's raw runs into medians with min–max, and a markdown report:
// the open-loop headline table (issue 9's columns), CSV against papaparse, memory after
// reloads, then every metric per dataset.

const MB = 2 ** 20;

function median(xs) {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function stats(xs) {
  const ok = xs.filter((x) => x !== null && Number.isFinite(x));
  return { median: median(ok), min: ok.length ? Math.min(...ok) : null, max: ok.length ? Math.max(...ok) : null, n: ok.length, missing: xs.length - ok.length };
}

const maxOf = (xs) => (xs.some((x) => x === null) || xs.length === 0 ? null : Math.max(...xs));
const heapTotal = (h) => h.usedSize + (h.backingStorageSize ?? 0);

/**
 * The metrics, each as [key, label, unit, pick(run), target(run kind, events) or null].
 * `pick` returns a number (or null when not measured) for one run. Targets are issue 9's
 * (JSON, open loop) and issue 8's (CSV).
 */
const METRICS = [
  ['baseline', 'baseline alone, same file, same run (JSON: fetch + JSON.parse; CSV: fetch + papaparse)', 'ms', (r) => r.baseline.total ?? null],
  ['firstRender', 'first render: navigation → first frame painted after `timeline-ready`', 'ms', (r) => r.readyPaint],
  ['firstRenderVsBaseline', 'first render ÷ baseline', '×', (r) => (r.baseline.total ? r.readyPaint / r.baseline.total : null), (k, n) => (k === 'csv' ? '≤ 2' : n >= 100_000 ? '≤ 1.5' : null)],
  ['ready', '· `timeline-ready` mark (from navigation)', 'ms', (r) => r.ready],
  ['wFetch', '· worker: fetch', 'ms', (r) => r.workerPhases?.fetch ?? null],
  ['wParse', '· worker: parse', 'ms', (r) => r.workerPhases?.parse ?? null],
  ['wValidate', '· worker: validate', 'ms', (r) => r.workerPhases?.validate ?? null],
  ['wColumns', '· worker: columns + packed text', 'ms', (r) => r.workerPhases?.columns ?? null],
  ['wIndex', '· worker: time index + id table', 'ms', (r) => r.workerPhases?.index ?? null],
  ['wSend', '· transfer until the main thread takes it', 'ms', (r) => r.workerPhases?.send ?? null],
  ['longestTask', 'longest main-thread task until first paint', 'ms', (r) => r.longestTask, (k) => (k === 'csv' ? '≤ 50' : null)],
  ['longestTaskLoading', '· of which while the worker loads (before the handoff)', 'ms', (r) => r.longestTaskWhileLoading ?? null, () => '≤ 50'],
  ['maxFrameGap', 'longest gap between frames until first paint', 'ms', (r) => r.maxFrameGap],
  ['domNodes', 'DOM nodes after load', '', (r) => r.domNodes],
  ['domAfter', 'DOM nodes after the gestures', '', (r) => r.domAfter],
  ['heapJs', 'main JS heap after GC (V8 objects)', 'MB', (r) => r.heapMain.usedSize / MB],
  ['heapBuffers', 'main ArrayBuffer backing stores after GC', 'MB', (r) => (r.heapMain.backingStorageSize ?? 0) / MB],
  ['heapWorker', 'parse worker JS heap after GC', 'MB', (r) => (r.heapWorker ? r.heapWorker.usedSize / MB : null)],
  ['heapVsFile', 'heap after load (main V8 + ArrayBuffers + parse worker) ÷ file size', '×', (r) => (heapTotal(r.heapMain) + (r.heapWorker?.usedSize ?? 0)) / r.fileBytes, (k) => (k === 'csv' ? '≤ 3' : null)],
  ['frameP50', 'open loop: frame interval p50', 'ms', (r) => r.frameP50],
  ['frameP95', 'open loop: frame interval p95', 'ms', (r) => r.frameP95, () => '≤ 17'],
  ['frameMax', 'open loop: longest frame interval', 'ms', (r) => r.frameMax],
  ['longFrames', 'open loop: frame intervals > 50 ms', '', (r) => r.longFrames, () => '0'],
  ['workP95', 'open loop: timeline work per frame p95', 'ms', (r) => r.workP95, () => '≤ 8'],
  ['workMax', 'open loop: timeline work per frame max', 'ms', (r) => r.workMax, () => '≤ 16'],
  ['workCount', 'open loop: timeline frames drawn', '', (r) => r.workCount],
  ['loafCount', 'open loop: long animation frames', '', (r) => r.loaf?.length ?? null],
  ['clockLate', 'open loop: input clock lateness p95 (Node timer jitter)', 'ms', (r) => r.clockLatenessP95 ?? null],
  ['closedP95', 'closed loop (Playwright waits for each event; --closed-loop): frame p95', 'ms', (r) => r.closedLoop?.frameP95 ?? null],
  ['filter', 'actor toggle → painted (worst of 2)', 'ms', (r) => maxOf(r.filterMs), (k, n) => (n >= 1_000_000 ? '≤ 50' : null)],
  ['search', 'search keystroke → painted (worst of 2; includes the 60 ms debounce)', 'ms', (r) => maxOf(r.searchMs), (k, n) => (n >= 1_000_000 ? '≤ 100' : null)],
  ['searchEnter', 'search Enter (no debounce) → painted', 'ms', (r) => r.searchEnterMs ?? null],
  ['searchWorker', '· search round trip to the worker (worst)', 'ms', (r) => (r.searchWorkerMs?.length ? Math.max(...r.searchWorkerMs) : null)],
];

/** Script time in long animation frames during the gestures, summed over runs, biggest first. */
function topScripts(rs, n = 3) {
  const total = new Map();
  for (const r of rs) for (const l of r.loaf ?? []) for (const s of l.scripts) total.set(s.name, (total.get(s.name) ?? 0) + s.ms);
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms: ms / rs.length }));
}

function summariseMemory(memory) {
  if (!memory) return null;
  const at = (load, pick) => stats(memory.runs.map((m) => {
    const r = m.readings.find((x) => x.load === load);
    return r ? pick(r) : null;
  }));
  return {
    label: memory.label,
    fileMB: memory.runs[0]?.fileBytes / MB,
    rows: [1, 2, 10].map((load) => ({
      load,
      main: at(load, (r) => r.mainMB),
      worker: at(load, (r) => r.workerMB),
      workers: at(load, (r) => r.workers),
      workerObjects: at(load, (r) => r.workerObjects),
      canvasObjects: at(load, (r) => r.canvasObjects),
      canvasesInDom: at(load, (r) => r.canvasesInDom),
    })),
    errors: [...new Set(memory.runs.flatMap((m) => m.errors))],
  };
}

/** Per dataset: the stats of each metric over the repetitions, plus memory after reloads. */
export function summarise(specs, runs, memory) {
  const sizes = specs.map(({ label, kind }) => {
    const all = runs[label] ?? [];
    const unavailable = all.find((r) => r.unavailable)?.unavailable ?? null;
    const rs = all.filter((r) => !r.unavailable);
    const events = rs[0]?.events ?? specs.find((s) => s.label === label)?.events ?? null;
    return {
      label,
      kind,
      events,
      unavailable,
      baselineNote: all[0]?.baseline?.unavailable ?? null,
      fileMB: rs[0] ? rs[0].fileBytes / MB : null,
      status: rs[0]?.status ?? '',
      troopChart: rs[0]?.troopChart ?? null,
      topScripts: topScripts(rs),
      errors: [...new Set(rs.flatMap((r) => r.errors))],
      inputFailures: [...new Set(rs.flatMap((r) => r.inputFailures ?? []))],
      metrics: METRICS.map(([key, name, unit, pick, target]) => ({
        key,
        name,
        unit,
        target: target ? target(kind, events ?? 0) : null,
        ...stats(rs.map((r) => {
          const v = pick(r);
          return v === undefined ? null : v;
        })),
      })),
    };
  });
  return { sizes, memory: summariseMemory(memory) };
}

function fmt(x, unit) {
  if (x === null || x === undefined) return '—';
  if (unit === '×') return x.toFixed(2);
  if (unit === 'MB') return x.toFixed(1);
  return Math.abs(x) >= 100 || Number.isInteger(x) ? Math.round(x).toLocaleString('en-US') : x.toFixed(1);
}

const metric = (s, key) => s.metrics.find((m) => m.key === key);
const med = (s, key, unit = metric(s, key)?.unit) => fmt(metric(s, key)?.median ?? null, unit);
const sizeName = (s) => (s.label === 'default' ? `default dataset (${s.events ?? '?'} events)` : `${s.label}${s.kind === 'csv' ? ' rows' : ' events'}`);

/** The markdown report: the machine, the headline tables, then one table per dataset. */
export function formatReport(machine, summary) {
  const { sizes, memory } = summary;
  const lines = [
    '# Benchmark results',
    '',
    `${machine.date} · commit ${machine.commit ?? '?'} · load average ${machine.loadAverage?.start?.toFixed(1) ?? '?'} at start, ${machine.loadAverage?.end?.toFixed(1) ?? '?'} at end (2 cores: above ~1 means other work competed) · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGiB} GiB · ${machine.os} · Node ${machine.node} · Chromium ${machine.chromium ?? '?'} (headless, software raster) · 1280×800 · ${machine.reps} runs per dataset, seed ${machine.seed}`,
    '',
    'Open loop: input sent on a fixed 16 ms clock through CDP `Input.dispatchMouseEvent` / `Input.dispatchTouchEvent` without waiting for the page (10 ctrl+wheel zoom-in, 10 horizontal wheel pans, 10 ctrl+wheel zoom-out, a 30-move drag, a two-finger touch pinch). Medians of the runs. Timeline work = the `timeline-frame` measure (the rAF draw plus React\'s commit of the marks). LoAF top scripts: script time inside long animation frames during the gestures, per run, mapped to source through the build\'s source maps.',
    '',
    '| | first render | ÷ baseline | frame p95 | frames > 50 ms | timeline work p95 / max | LoAF top scripts |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const s of sizes) {
    if (s.unavailable) {
      lines.push(`| ${sizeName(s)} | ${s.unavailable} | | | | | |`);
      continue;
    }
    const scripts = s.topScripts.length ? s.topScripts.map((t) => `${t.name} ${Math.round(t.ms)} ms`).join('; ') : 'none';
    lines.push(
      `| ${sizeName(s)} | ${med(s, 'firstRender')} ms | ${med(s, 'firstRenderVsBaseline')}× | ${med(s, 'frameP95')} ms | ${med(s, 'longFrames')} | ${med(s, 'workP95')} / ${med(s, 'workMax')} ms | ${scripts.replace(/\|/g, '\\|')} |`,
    );
  }
  lines.push(
    '',
    'Targets (issue 9, at every size): first render ≤ 1.5× fetch + JSON.parse at 100k and 1M; frame p95 ≤ 17 ms; no frame over 50 ms; timeline work p95 ≤ 8 ms, max ≤ 16 ms.',
    `Troop chart: ${[...new Set(sizes.filter((s) => s.troopChart).map((s) => `${s.label} ${s.troopChart}`))].join(', ') || 'not checked'} (linked to the timeline's window; the overview is always drawn).`,
  );

  const csv = sizes.filter((s) => s.kind === 'csv');
  if (csv.length) {
    lines.push('', '## CSV (ACLED-shaped) beside JSON (issue 8)', '', '| | papaparse alone | first render | ÷ papaparse | longest main-thread task while loading | heap after load ÷ file |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const s of csv) {
      if (s.unavailable) lines.push(`| ${sizeName(s)} (${s.fileMB?.toFixed(0) ?? '?'} MB) | | ${s.unavailable} | | | |`);
      else
        lines.push(
          `| ${sizeName(s)} (${s.fileMB.toFixed(0)} MB) | ${s.baselineNote ?? `${med(s, 'baseline')} ms`} | ${med(s, 'firstRender')} ms | ${med(s, 'firstRenderVsBaseline')}× | ${med(s, 'longestTask')} ms | ${med(s, 'heapVsFile')}× |`,
        );
    }
    lines.push('', 'Targets: first render ≤ 2× papaparse alone on the same file; the main thread never blocked > 50 ms while loading; heap after load ≤ 3× the file size.');
  }

  if (memory) {
    lines.push(
      '',
      `## Memory after reloads (${memory.label} events, ${memory.fileMB?.toFixed(1)} MB JSON, opened ten times in one page)`,
      '',
      'Each load after the first goes through the app\'s own reload path (a `data=` change on Back/Forward: pushState + popstate). After a forced GC: the main thread\'s V8 heap plus ArrayBuffer backing stores, the live parse worker\'s heap, the worker targets alive, and Worker and canvas objects still on the main heap (Runtime.queryObjects). Medians.',
      '',
      '| after load | main heap + buffers | parse worker heap | live workers | Worker objects | canvas objects (in the DOM) |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of memory.rows) {
      lines.push(
        `| ${r.load} | ${fmt(r.main.median, 'MB')} MB | ${fmt(r.worker.median, 'MB')} MB | ${fmt(r.workers.median)} | ${fmt(r.workerObjects.median)} | ${fmt(r.canvasObjects.median)} (${fmt(r.canvasesInDom.median)}) |`,
      );
    }
    lines.push('', 'Target: the 2nd and 10th load leave one dataset\'s worth (the same as after the 1st) and one live worker.');
    if (memory.errors.length) lines.push('', `Console errors: ${memory.errors.slice(0, 5).join(' | ')}`);
  }

  for (const s of sizes) {
    if (s.unavailable) continue;
    lines.push('', `## ${sizeName(s)} (${s.fileMB?.toFixed(1) ?? '?'} MB ${s.kind === 'csv' ? 'CSV' : 'JSON'})`, '');
    if (s.status) lines.push(`Status after load: “${s.status.trim()}”`, '');
    lines.push('| metric | median | min–max | target |', '| --- | ---: | ---: | ---: |');
    for (const m of s.metrics) {
      if (m.n === 0 && (m.key === 'closedP95' || (m.key.startsWith('w') && m.key !== 'workP95' && m.key !== 'workMax' && m.key !== 'workCount'))) continue;
      const unit = m.unit ? ` (${m.unit})` : '';
      const range = m.min === null ? '—' : `${fmt(m.min, m.unit)}–${fmt(m.max, m.unit)}`;
      const missing = m.missing ? ` (${m.missing} not measured)` : '';
      lines.push(`| ${m.name}${unit} | ${fmt(m.median, m.unit)}${missing} | ${range} | ${m.target ?? ''} |`);
    }
    if (s.inputFailures.length) lines.push('', `Input sends that failed: ${s.inputFailures.slice(0, 5).join(' | ')}`);
    if (s.errors.length) lines.push('', `Console errors: ${s.errors.slice(0, 5).join(' | ')}`);
  }
  return `${lines.join('\n')}\n`;
}
