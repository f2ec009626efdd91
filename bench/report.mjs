// Turns the benchmark's raw runs into medians with min–max, and a markdown report.

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

/**
 * The metrics, each as [key, label, unit, pick(run), target(size) or null].
 * `pick` returns a number (or null when not measured) for one run.
 */
const METRICS = [
  ['baseline', 'fetch + JSON.parse alone (same file, same run)', 'ms', (r) => r.baseline.total],
  ['ready', 'time to `timeline-ready` (from navigation)', 'ms', (r) => r.ready, (n) => (n === 100_000 ? '< 1000' : null)],
  ['readyVsBaseline', 'ready ÷ baseline', '×', (r) => r.ready / r.baseline.total, (n) => (n >= 1_000_000 ? '≤ 2' : null)],
  ['firstPaint', 'first paint after ready', 'ms', (r) => r.readyPaint - r.ready],
  ['wFetch', '· worker: fetch', 'ms', (r) => r.workerPhases?.fetch ?? null],
  ['wParse', '· worker: JSON.parse', 'ms', (r) => r.workerPhases?.parse ?? null],
  ['wValidate', '· worker: validate', 'ms', (r) => r.workerPhases?.validate ?? null],
  ['wColumns', '· worker: columns + packed text', 'ms', (r) => r.workerPhases?.columns ?? null],
  ['wIndex', '· worker: time index + id table', 'ms', (r) => r.workerPhases?.index ?? null],
  ['wSend', '· transfer until the main thread takes it', 'ms', (r) => r.workerPhases?.send ?? null],
  ['longestTask', 'longest main-thread task until first paint', 'ms', (r) => r.longestTask, (n) => (n >= 1_000_000 ? '≤ 50' : null)],
  ['longestTaskLoading', '· of which while the worker loads (before the handoff)', 'ms', (r) => r.longestTaskWhileLoading ?? null],
  ['maxFrameGap', 'longest gap between frames until first paint', 'ms', (r) => r.maxFrameGap],
  ['domNodes', 'DOM nodes after load', '', (r) => r.domNodes, (n) => (n >= 100_000 ? '< 3000' : null)],
  ['domAfter', 'DOM nodes after zoom/pan', '', (r) => r.domAfter, (n) => (n >= 100_000 ? '< 3000' : null)],
  ['heapJs', 'main JS heap after GC (V8 objects)', 'MB', (r) => r.heapMain.usedSize / MB],
  ['heapBuffers', 'main ArrayBuffer backing stores after GC', 'MB', (r) => (r.heapMain.backingStorageSize ?? 0) / MB],
  [
    'heapVsFile',
    'main heap incl. ArrayBuffers ÷ JSON file size',
    '×',
    (r) => (r.heapMain.usedSize + (r.heapMain.backingStorageSize ?? 0)) / r.fileBytes,
    (n) => (n >= 1_000_000 ? '≤ 3' : null),
  ],
  ['heapWorker', 'parse worker JS heap after GC (separate)', 'MB', (r) => (r.heapWorker ? r.heapWorker.usedSize / MB : null)],
  ['frameP50', 'frame p50 during zoom/pan/drag', 'ms', (r) => r.frameP50],
  ['frameP95', 'frame p95 during zoom/pan/drag', 'ms', (r) => r.frameP95, (n) => (n >= 100_000 ? '≤ 17' : null)],
  ['longFrames', 'long frames (> 50 ms) during zoom/pan/drag', '', (r) => r.longFrames, (n) => (n >= 100_000 ? '0' : null)],
  ['filter', 'actor toggle → painted (worst of 2)', 'ms', (r) => maxOf(r.filterMs), (n) => (n >= 1_000_000 ? '< 100' : null)],
  ['search', 'search keystroke → painted (worst of 2; includes the search box\'s 60 ms debounce)', 'ms', (r) => maxOf(r.searchMs), (n) => (n >= 1_000_000 ? '< 100' : null)],
  ['searchEnter', 'search Enter (no debounce) → painted', 'ms', (r) => r.searchEnterMs ?? null, (n) => (n >= 1_000_000 ? '< 100' : null)],
  ['searchWorker', '· search round trip to the worker (worst)', 'ms', (r) => (r.searchWorkerMs?.length ? Math.max(...r.searchWorkerMs) : null)],
];

/** Per size: the stats of each metric over the repetitions. */
export function summarise(sizes, runs) {
  return sizes.map(({ label, count }) => {
    const rs = runs[label] ?? [];
    return {
      label,
      events: count,
      fileMB: rs[0] ? rs[0].fileBytes / MB : null,
      status: rs[0]?.status ?? '',
      errors: [...new Set(rs.flatMap((r) => r.errors))],
      metrics: METRICS.map(([key, name, unit, pick, target]) => ({
        key,
        name,
        unit,
        target: target ? target(count) : null,
        ...stats(rs.map((r) => {
          const v = pick(r);
          return v === undefined ? null : v;
        })),
      })),
    };
  });
}

function fmt(x, unit) {
  if (x === null) return '—';
  if (unit === '×') return x.toFixed(2);
  if (unit === 'MB') return x.toFixed(1);
  return Math.abs(x) >= 100 || Number.isInteger(x) ? Math.round(x).toLocaleString('en-US') : x.toFixed(1);
}

/** The markdown report: the machine, then one table per size. */
export function formatReport(machine, summary) {
  const lines = [
    '# Benchmark results',
    '',
    `${machine.date} · load average ${machine.loadAverage?.start?.toFixed(1) ?? '?'} at start, ${machine.loadAverage?.end?.toFixed(1) ?? '?'} at end (2 cores: above ~1 means other work competed) · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGiB} GiB · ${machine.os} · Node ${machine.node} · Chromium ${machine.chromium ?? '?'} (headless, software raster) · 1280×800 · ${machine.reps} runs per size, seed ${machine.seed}`,
    '',
    'Median of the runs, with min–max. Heap is the page\'s main thread (V8 heap and ArrayBuffer backing stores, after a forced GC); the parse worker\'s heap is reported on its own line.',
  ];
  for (const s of summary) {
    lines.push('', `## ${s.label}: ${s.events.toLocaleString('en-US')} events (${s.fileMB?.toFixed(1) ?? '?'} MB JSON)`, '');
    if (s.status) lines.push(`Status after load: “${s.status.trim()}”`, '');
    lines.push('| metric | median | min–max | target |', '| --- | ---: | ---: | ---: |');
    for (const m of s.metrics) {
      const unit = m.unit ? ` (${m.unit})` : '';
      const range = m.min === null ? '—' : `${fmt(m.min, m.unit)}–${fmt(m.max, m.unit)}`;
      const missing = m.missing ? ` (${m.missing} not measured)` : '';
      lines.push(`| ${m.name}${unit} | ${fmt(m.median, m.unit)}${missing} | ${range} | ${m.target ?? ''} |`);
    }
    if (s.errors.length) lines.push('', `Console errors: ${s.errors.slice(0, 5).join(' | ')}`);
  }
  return `${lines.join('\n')}\n`;
}
