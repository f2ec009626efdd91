// In-page instrumentation for the benchmark, installed before the app's own scripts run.
// Everything here is read back with page.evaluate; times are performance.now() ms.

/** Init script: frame timestamps, long tasks, and the first paint after 'timeline-ready'. */
export const INSTRUMENT = () => {
  const b = {
    /** rAF deltas while `recording` (the scripted interaction). */
    frames: [],
    recording: false,
    /** rAF deltas from page start until the first paint after ready: gaps = main thread busy. */
    loadGaps: [],
    /** performance.now() just after the first frame painted once the mark exists. */
    readyPaint: null,
    longtasks: [],
  };
  window.__bench = b;
  /** While recording: the timeline's own 'timeline-frame' measures and the long animation frames. */
  b.work = [];
  b.loaf = [];
  b.allLoaf = [];
  b.startRecording = () => {
    b.frames = [];
    b.work = [];
    b.loaf = [];
    b.recordStart = performance.now();
    b.recording = true;
  };
  b.stopRecording = () => {
    b.recording = false;
    return { frames: b.frames, work: b.work, loaf: b.loaf, ms: performance.now() - b.recordStart };
  };
  try {
    // useTimelineRenderer measures each draw (plus React's commit of the marks) as 'timeline-frame'.
    new PerformanceObserver((list) => {
      if (!b.recording) return;
      for (const e of list.getEntries()) if (e.name === 'timeline-frame') b.work.push(e.duration);
    }).observe({ type: 'measure' });
  } catch {
    /* no user timing observer */
  }
  try {
    // Long Animation Frames (> 50 ms) with the scripts that ran in them.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const entry = {
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          scripts: e.scripts.map((s) => ({
            invoker: s.invoker,
            fn: s.sourceFunctionName,
            src: (s.sourceURL || '').split('/').pop(),
            pos: s.sourceCharPosition,
            ms: s.duration,
          })),
        };
        if (b.recording) b.loaf.push(entry);
        else (b.loadLoaf ??= []).push(entry);
        // Every entry, for the windows the bench times (a filter click, a keystroke) to say where their time went.
        b.allLoaf.push(entry);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* no LoAF support (not Chromium) */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no longtask support: the rAF gaps still show blocking */
  }
  /** Calls `done` after the frame now being produced has been painted. */
  b.afterPaint = (done) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done(performance.now());
      ch.port2.postMessage(0);
    });
  let last = null;
  const loop = (t) => {
    if (last !== null) {
      if (b.recording) b.frames.push(t - last);
      if (b.readyPaint === null) b.loadGaps.push(t - last);
    }
    last = t;
    if (b.readyPaint === null && performance.getEntriesByName('timeline-ready').length > 0) {
      b.readyPaint = -1;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        b.readyPaint = performance.now();
      };
      ch.port2.postMessage(0);
    }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
};

/**
 * In page: prepares to time the next user input of type `eventType` (click, keydown)
 * until the first frame painted after the "Showing X of Y" status text changed, i.e.
 * until the filter's effect is on screen. Read the result from `window.__bench.pending`.
 */
export const ARM_LATENCY = ([eventType, timeout]) => {
  const b = window.__bench;
  const statusText = () =>
    [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').find((t) => /Showing/.test(t)) ?? '';
  const before = statusText();
  b.pending = new Promise((resolve) => {
    let t0 = null;
    const onInput = () => {
      if (t0 === null) t0 = performance.now();
    };
    document.addEventListener(eventType, onInput, { capture: true });
    const finish = (result) => {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener(eventType, onInput, { capture: true });
      resolve(result);
    };
    const observer = new MutationObserver(() => {
      if (t0 === null || statusText() === before) return;
      observer.disconnect();
      b.afterPaint((t) => finish({ ms: t - t0, status: statusText(), t0, t1: t }));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => finish({ ms: null, status: statusText() }), timeout);
  });
  return before;
};

/** In page: the "Showing X of Y events" status text. */
export const STATUS_TEXT = () =>
  [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').find((t) => /Showing/.test(t)) ?? '';
