import { useEffect, type RefObject } from 'react';
import { shallow } from 'zustand/shallow';
import type { LoadedDataset } from '../model/loadedDataset';
import { appStore } from '../store/appStore';
import { buildPyramids, pyramidOf } from './densityPyramid';
import { drawTimelineCanvas } from './drawTimelineCanvas';
import type { FrameStore } from './frameStore';
import { laneTimesFor } from './laneTimes';
import type { LaneBox } from './layoutLanes';
import { layoutTimeline } from './layoutTimeline';
import { pickInteractive } from './pickInteractive';
import { readThemeColors, type ThemeColors } from './readThemeColors';
import { watchColorModes } from './watchColorModes';
import { showsEra } from '../axis/eraYears';
import { axisContext, formatTick, tickAnchor, tickCountFor } from '../axis/tickFormat';
import { timeScale } from '../axis/timeScale';
import { shownSpan } from '../axis/shownSpan';
import { localTitle } from '../i18n/localized';

let readyMarked = false;

/** A gesture (a run of viewport changes) settles this long after its last change, ms. */
export const SETTLE_MS = 150;

/**
 * Titles by row, decoded once and kept while the view shows them: a frame asks
 * for hundreds of titles (labels, their retries), and each would otherwise be
 * decoded from the packed text again on every frame.
 */
function titleCache(decode: (row: number) => string, limit = 20_000): (row: number) => string {
  let titles = new Map<number, string>();
  return (row) => {
    let title = titles.get(row);
    if (title === undefined) {
      if (titles.size >= limit) titles = new Map();
      titles.set(row, (title = decode(row)));
    }
    return title;
  };
}

/** Elements the renderer draws into. */
export interface RendererTargets {
  canvas: RefObject<HTMLCanvasElement | null>;
  context: RefObject<HTMLElement | null>;
}

/** Everything a frame depends on besides the shown span and the store's hover/selection/theme. */
export interface RendererInputs {
  dataset: LoadedDataset;
  mask: Uint8Array;
  lanes: readonly LaneBox[];
  width: number;
  height: number;
  actorColors: readonly string[];
  frame: FrameStore;
}

const raf = (cb: () => void): number =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(cb) : (setTimeout(cb, 16) as unknown as number);
const idle = (cb: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(cb, { timeout: 1000 }) : setTimeout(cb, 50));
const cancelRaf = (id: number) => (typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id));

/**
 * Redraws the timeline imperatively, at most once per animation frame, whenever
 * the shown span, hover, selection or theme changes: layout of the visible window,
 * the axis's ticks, the canvas layers, then the small set of interactive marks handed to
 * their leaf component. React does not re-render the view on zoom frames.
 */
export function useTimelineRenderer(targets: RendererTargets, inputs: RendererInputs): void {
  const { dataset, mask, lanes, width, height, actorColors, frame } = inputs;
  const { canvas: canvasRef, context: contextRef } = targets;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0) return;
    let pending = 0;
    let colors: ThemeColors | null = null;
    let selectedKey: string | null = null;
    let selectedRow = -1;
    const titleOf = titleCache((row) => localTitle(dataset, row));
    const plot = canvas.parentElement;
    // Dense lanes get their density pyramids built in idle time; until then they are binned by bisection.
    let pyramidsQueued = false;
    // False once these inputs are replaced: their lanes' pyramids are no longer wanted.
    let live = true;
    const queuePyramids = (actors: number[]) => {
      const missing = actors.map((a) => laneTimesFor(dataset.columns, dataset.index, a, mask)).filter((t) => !pyramidOf(t));
      if (!missing.length) return;
      pyramidsQueued = true;
      // One lane per idle callback: at 10^6 rows the dense lanes' pyramids together were one task of 100 ms and more.
      const next = () =>
        idle(() => {
          if (!live) return;
          buildPyramids(missing.splice(0, 1));
          if (missing.length) next();
          else pyramidsQueued = false;
        });
      next();
    };
    // A gesture is a run of viewport changes; it settles SETTLE_MS after the last.
    let gesturing = false;
    // The first frame of new data, filters or size is drawn on the canvas alone, like a
    // gesture frame (every mark, label and badge), and the focusable SVG marks follow in
    // a task of their own: the frame that shows the data is not also React's commit of
    // a few hundred SVG nodes.
    let marksPending = true;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    // The settled frame is drawn in the timer's own task, so the focusable marks come back at once.
    const settle = () => {
      gesturing = false;
      cancelRaf(pending);
      draw();
    };

    // Label widths follow the label size (0.75rem): an average glyph is about 0.62 em.
    const layoutAt = (domain: readonly [number, number], themed: ThemeColors) =>
      layoutTimeline({ columns: dataset.columns, index: dataset.index, mask, titleOf, lanes, domain, width, charWidth: 0.62 * themed.labelPx });
    // The first frame of new data, filters or size is laid out in a task of its own, before
    // the frame that draws it: that frame is then the canvas alone, not also the layout.
    let prepared: { domain: readonly [number, number]; layout: ReturnType<typeof layoutTimeline> } | null = null;
    const prepare = setTimeout(() => {
      colors ??= readThemeColors(canvas);
      const { domain } = shownSpan.getState();
      prepared = { domain, layout: layoutAt(domain, colors) };
      schedule();
    });

    const draw = () => {
      const t0 = performance.now();
      pending = 0;
      clearTimeout(prepare);
      const { domain } = shownSpan.getState();
      const { hoveredRow, selectedId } = appStore.getState();
      if (selectedId !== selectedKey) {
        selectedKey = selectedId;
        selectedRow = selectedId === null ? -1 : dataset.text.indexOf(selectedId);
      }
      colors ??= readThemeColors(canvas);
      const layout = prepared?.domain === domain ? prepared.layout : layoutAt(domain, colors);
      // Kept while the span stays: the settled frame of a gesture, a hover or a selection, and the
      // focusable marks after a first frame draw the same window again, not a new layout of it
      // (the layout is most of a frame's work at 10^6 events).
      prepared = { domain, layout };

      const scale = timeScale(domain, [0, width]);
      const ticks = scale.ticks(tickCountFor(width));
      const axis = ticks.map((t) => ({ value: t, at: scale(t), label: formatTick(new Date(t), showsEra(domain)), anchor: tickAnchor(scale(t), width) }));
      // Written only when it changes: a text write is a layout of the toolbar in every frame.
      const context = axisContext(domain[0], domain[1]);
      if (contextRef.current && contextRef.current.textContent !== context) contextRef.current.textContent = context;

      const dpr = globalThis.devicePixelRatio || 1;
      const pxW = Math.round(width * dpr);
      const pxH = Math.round(height * dpr);
      if (canvas.width !== pxW || canvas.height !== pxH) {
        canvas.width = pxW;
        canvas.height = pxH;
      }
      // While gesturing the canvas draws every mark and badge and the SVG layer is left alone (hidden).
      const canvasOnly = gesturing || marksPending;
      if (marksPending && !gesturing) {
        clearTimeout(settleTimer);
        settleTimer = setTimeout(settle, 0);
      }
      marksPending = false;
      const interactive = canvasOnly ? [] : pickInteractive(layout.marks, [hoveredRow, selectedRow]);
      const ctx = canvas.getContext('2d');
      if (ctx) {
        drawTimelineCanvas(ctx, dpr, {
          layout,
          lanes,
          width,
          height,
          gridX: ticks.map((t) => scale(t)),
          inSvg: new Set(interactive),
          actorColors,
          colors,
          hoveredRow,
          selectedRow,
          badgesOnCanvas: canvasOnly,
        });
      }
      plot?.classList.toggle('is-gesturing', canvasOnly);
      if (layout.density.length && !pyramidsQueued) queuePyramids(layout.density.map((d) => lanes[d.laneSlot].actor));
      // A moving window takes the tooltip away: what it named has moved from under the pointer,
      // and a tooltip that reads each frame's layout would re-render React on every frame.
      const { hover, densityHover } = frame.getState();
      const unhover = gesturing && (hover || densityHover) ? { hover: null, densityHover: null } : null;
      frame.setState(canvasOnly ? { layout, axis, ...unhover } : { layout, axis, lanes, interactive, badges: layout.badges });
      if (!readyMarked) {
        readyMarked = true;
        performance.mark('timeline-ready');
      }
      if (appStore.getState().drawn !== dataset) appStore.getState().setDrawn(dataset);
      // The bench's "timeline work per frame" (bench/README.md): this draw plus React's commit of the marks,
      // whose microtask frame.setState queued before this one. Cleared at once so entries never pile up.
      queueMicrotask(() => (performance.measure('timeline-frame', { start: t0 }), performance.clearMeasures('timeline-frame')));
    };
    const schedule = () => {
      if (!pending) pending = raf(draw);
    };
    const retheme = () => {
      colors = null;
      // The labels' size (so their widths) may have changed with the theme or the font size.
      prepared = null;
      schedule();
    };

    const offViewport = shownSpan.subscribe(
      (s) => s.domain,
      (domain, previous) => {
        // Only a moved window is a gesture (an echo of the same span is not).
        if (domain[0] === previous[0] && domain[1] === previous[1]) return schedule();
        gesturing = true;
        clearTimeout(settleTimer);
        settleTimer = setTimeout(settle, SETTLE_MS);
        schedule();
      },
    );
    const offTheme = appStore.subscribe((s) => s.theme, retheme);
    const offMarks = appStore.subscribe((s) => [s.hoveredRow, s.selectedId] as const, schedule, { equalityFn: shallow });
    const offColorModes = watchColorModes(retheme);
    return () => {
      live = false;
      cancelRaf(pending);
      clearTimeout(prepare);
      clearTimeout(settleTimer);
      plot?.classList.remove('is-gesturing');
      offViewport();
      offTheme();
      offMarks();
      offColorModes();
    };
  }, [canvasRef, contextRef, dataset, mask, lanes, width, height, actorColors, frame]);
}
