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
  ['longestTask', 'longest main-thread task until first paint (long tasks are ≥ 50 ms; 0 = none)', 'ms', (r) => r.longestTask, (k) => (k === 'csv' ? '≤ 50' : null)],
  ['longestTaskLoading', '· the app\'s start-up: longest task while the worker loads (before the handoff)', 'ms', (r) => r.longestTaskWhileLoading ?? null, () => '≤ 50'],
  ['longestTaskHandoff', '· the handoff: longest task from the worker\'s reply to the first paint', 'ms', (r) => r.longestTaskHandoff ?? null, () => '≤ 50'],
  ['longestTaskAfterPaint', '· the staged rest of the first render: longest task from the first paint until the gestures start (~0.5 s: marks, overview, panels, chart)', 'ms', (r) => r.longestTaskAfterPaint ?? null, () => '≤ 50'],
  ['openFileMs', 'the same CSV opened from the Open data dialog (the default dataset on screen): file chosen → painted', 'ms', (r) => r.openedFromDialog?.ms ?? null],
  ['openFileTask', '· longest main-thread task while it loads (no start-up in it)', 'ms', (r) => r.openedFromDialog?.longestTask ?? null, (k) => (k === 'csv' ? '≤ 50' : null)],
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
  ['search', 'search keystroke → painted (worst of 2; any debounce included)', 'ms', (r) => maxOf(r.searchMs), (k, n) => (n >= 1_000_000 ? '≤ 100' : null)],
  ['searchEnter', 'search of a pasted word → painted', 'ms', (r) => r.searchEnterMs ?? null],
  ['searchWorker', '· search round trip to the worker (worst)', 'ms', (r) => (r.searchWorkerMs?.length ? Math.max(...r.searchWorkerMs) : null)],
];

/**
 * Script time in long animation frames, summed over runs, biggest first: by default those
 * during the gestures; `pick(run)` chooses others (the load's, a filter click's).
 */
function topScripts(rs, n = 3, pick = (r) => r.loaf ?? []) {
  const total = new Map();
  for (const r of rs) for (const l of pick(r)) for (const s of l.scripts) total.set(s.name, (total.get(s.name) ?? 0) + s.ms);
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms: ms / rs.length }));
}

const scriptList = (top) => (top.length ? top.map((t) => `${t.name} ${Math.round(t.ms)} ms`).join('; ') : '');

/** Style, layout and paint after the scripts of long frames (LoAF render time), per run. */
function renderShare(rs, pick) {
  let ms = 0;
  for (const r of rs) for (const l of pick(r)) ms += l.render ?? 0;
  return ms / Math.max(1, rs.length);
}

/**
 * Where each target metric's time went, from the runs: the worker's phases and the long
 * animation frames' scripts (mapped to source) in the window the metric measures.
 */
function whereTimeGoes(rs, kind) {
  if (rs.length === 0) return {};
  const phase = (name) => median(rs.map((r) => r.workerPhases?.[name] ?? null));
  const phases = ['fetch', 'parse', 'validate', 'columns', 'index', 'send']
    .map((p) => [p, phase(p)])
    .filter(([, v]) => v !== null)
    .sort((a, b) => b[1] - a[1])
    .map(([p, v]) => `${p} ${Math.round(v)}`)
    .join(', ');
  const handoffLoaf = (r) => (r.loadLoaf ?? []).filter((l) => r.handoff !== null && l.start + l.duration > r.handoff);
  const startLoaf = (r) => (r.loadLoaf ?? []).filter((l) => r.handoff === null || l.start < r.handoff);
  const frames = (pick) => {
    const scripts = scriptList(topScripts(rs, 3, pick));
    const render = renderShare(rs, pick);
    return [scripts && `scripts: ${scripts}`, render >= 1 && `style/layout/paint ${Math.round(render)} ms`].filter(Boolean).join('; ') || 'no long animation frame (every frame < 50 ms)';
  };
  const worker = median(rs.map((r) => (r.searchWorkerMs?.length ? Math.max(...r.searchWorkerMs) : null)));
  const heap = rs[0].heapMain
    ? `main V8 ${fmt(median(rs.map((r) => r.heapMain.usedSize / MB)), 'MB')} MB, main buffers ${fmt(median(rs.map((r) => (r.heapMain.backingStorageSize ?? 0) / MB)), 'MB')} MB, worker ${fmt(median(rs.map((r) => (r.heapWorker?.usedSize ?? 0) / MB)), 'MB')} MB`
    : '';
  // The profiled repeat of the input (run.mjs profiledInputs): the app functions with the most time, per run.
  const profiled = (key) => {
    const total = new Map();
    let busy = 0;
    let n = 0;
    for (const r of rs) {
      const p = r.profiled?.[key];
      if (!p) continue;
      n++;
      busy += p.busyMs;
      for (const t of p.top) total.set(t.where, (total.get(t.where) ?? 0) + t.ms);
    }
    if (!n) return '';
    const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([w, ms]) => `${w} ${(ms / n).toFixed(1)}`);
    return `; CPU profile of one more (ms, main thread busy ${Math.round(busy / n)}): ${top.join(', ')}`;
  };
  const gesture = frames((r) => r.loaf ?? []) + profiled('gestures');
  return {
    firstRender: `worker phases (ms): ${phases}; main thread after the handoff: ${frames(handoffLoaf)}`,
    firstRenderVsBaseline: `worker phases (ms): ${phases}; main thread after the handoff: ${frames(handoffLoaf)}`,
    longestTask: kind === 'csv' ? `while loading: ${frames(startLoaf)}; at the handoff: ${frames(handoffLoaf)}` : '',
    longestTaskLoading: frames(startLoaf),
    longestTaskHandoff: frames(handoffLoaf),
    longestTaskAfterPaint: frames((r) => r.afterPaintLoaf ?? []),
    frameP95: gesture,
    longFrames: gesture,
    workP95: gesture,
    workMax: gesture,
    filter: frames((r) => r.inputLoaf?.filter ?? []) + profiled('filter'),
    search: `worker round trip ${worker === null ? '?' : Math.round(worker)} ms (worst); ${frames((r) => r.inputLoaf?.search ?? [])}${profiled('search')}`,
    heapVsFile: heap,
    openFileTask: frames((r) => r.openedFromDialog?.loaf ?? []),
  };
}

/** Whether a figure meets a target written as '≤ 1.5', '< 100' or '0'; null when there is no figure. */
export function verdict(figure, target) {
  if (figure === null || figure === undefined || !target) return null;
  const m = /^(≤|<)?\s*([\d.]+)$/.exec(target.trim());
  if (!m) return null;
  const limit = Number(m[2]);
  const met = m[1] === '<' ? figure < limit : figure <= limit;
  return { met, limit, over: figure - limit, ratio: limit > 0 ? figure / limit : null };
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
      where: whereTimeGoes(rs, kind),
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

/**
 * Every target, met or missed: the figure (median), the target, by how much it misses, and
 * where the time went (the worker's phases, the long animation frames' scripts mapped to
 * source, their style/layout/paint time), so a miss names its cause.
 */
function targetLines(sizes, memory) {
  const lines = [
    '',
    '## Targets: met or missed',
    '',
    'Medians of the runs. "Where the time goes" is from the same runs: the parse worker\'s phases, and the scripts of the long animation frames (> 50 ms) inside the measured window, mapped to source through the build\'s source maps (`bench/attribution.mjs`), with the frames\' style, layout and paint time. Frames under 50 ms are not attributed there: `node bench/profile.mjs` and `node bench/startup.mjs` profile them.',
    '',
    '| dataset | metric | figure | target | met? | where the time goes |',
    '| --- | --- | ---: | ---: | --- | --- |',
  ];
  let met = 0;
  let missed = 0;
  for (const s of sizes) {
    if (s.unavailable) {
      lines.push(`| ${sizeName(s)} | every target | — | | not measured: ${s.unavailable} | |`);
      continue;
    }
    for (const m of s.metrics) {
      if (!m.target) continue;
      const v = verdict(m.median, m.target);
      if (!v) {
        lines.push(`| ${sizeName(s)} | ${m.name} | — | ${m.target} | not measured | |`);
        continue;
      }
      if (v.met) met++;
      else missed++;
      const unit = m.unit === '×' ? '×' : m.unit ? ` ${m.unit}` : '';
      const by = v.met ? 'met' : `**missed** by ${fmt(v.over, m.unit)}${unit}${v.ratio && m.unit === 'ms' ? ` (${v.ratio.toFixed(1)}× the target)` : ''}`;
      const where = (s.where?.[m.key] ?? '').replace(/\|/g, '\\|');
      lines.push(`| ${sizeName(s)} | ${m.name.replace(/\|/g, '\\|')} | ${fmt(m.median, m.unit)}${unit} | ${m.target}${unit === '×' ? '×' : unit} | ${by} | ${v.met ? '' : where} |`);
    }
  }
  if (memory) {
    const first = memory.rows.find((r) => r.load === 1)?.main.median ?? null;
    for (const r of memory.rows.filter((x) => x.load > 1)) {
      const ok = first !== null && r.main.median !== null && r.main.median <= first * 1.1 && r.workers.median === 1;
      if (ok) met++;
      else missed++;
      lines.push(
        `| ${memory.label} reloads | heap after load ${r.load} (main + buffers), live workers | ${fmt(r.main.median, 'MB')} MB, ${fmt(r.workers.median)} | ≤ 1.1 × load 1 (${fmt(first, 'MB')} MB), 1 | ${ok ? 'met' : '**missed**'} | |`,
      );
    }
  }
  lines.splice(3, 0, `${met} met, ${missed} missed.`, '');
  return lines;
}

/** The markdown report: the machine, the headline tables, then one table per dataset. */
export function formatReport(machine, summary) {
  const { sizes, memory } = summary;
  const lines = [
    '# Benchmark results',
    '',
    `${machine.date} · commit ${machine.commit ?? '?'} (${machine.build ?? 'build unknown'}) · load average ${machine.loadAverage?.start?.toFixed(1) ?? '?'} at start, ${machine.loadAverage?.end?.toFixed(1) ?? '?'} at end (2 cores: above ~1 means other work competed) · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGiB} GiB · ${machine.os} · Node ${machine.node} · Chromium ${machine.chromium ?? '?'} (headless, software raster) · 1280×800 · ${machine.reps} runs per dataset, seed ${machine.seed}`,
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
    lines.push('', '## CSV (ACLED-shaped) beside JSON (issue 8)', '', '| | papaparse alone | first render | ÷ papaparse | longest main-thread task while loading by link (start-up included) | opened from the dialog: file chosen → painted | its longest task | heap after load ÷ file |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const s of csv) {
      if (s.unavailable) lines.push(`| ${sizeName(s)} (${s.fileMB?.toFixed(0) ?? '?'} MB) | | ${s.unavailable} | | | | | |`);
      else
        lines.push(
          `| ${sizeName(s)} (${s.fileMB.toFixed(0)} MB) | ${s.baselineNote ?? `${med(s, 'baseline')} ms`} | ${med(s, 'firstRender')} ms | ${med(s, 'firstRenderVsBaseline')}× | ${med(s, 'longestTask')} ms | ${med(s, 'openFileMs')} ms | ${med(s, 'openFileTask')} ms | ${med(s, 'heapVsFile')}× |`,
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

  lines.push(...targetLines(sizes, memory));

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
