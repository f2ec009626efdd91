import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { shallow } from 'zustand/shallow';
import { MIN_SPAN_MS } from './clampDomain';
import { shownSpan } from './shownSpan';
import { timeScale } from './timeScale';

/** Wheel panning has no end event: the gesture counts as over after this quiet time (d3-zoom's own wheel delay). */
const WHEEL_END_MS = 150;

/**
 * Gesture frames of every plot, counted: a gesture that ends while another has moved the
 * span since its own last frame (a pinch's wheel events fall quiet while the swipe after
 * it runs) leaves the settling to that one. A settle re-filters by date and rewrites the
 * address, so it waits for the last gesture of a run, not for every one.
 */
let frames = 0;

/** A double-click doubles the zoom about the pointer, as d3-zoom's own does. */
const DOUBLE_CLICK_ZOOM = 2;

const isPanWheel = (event: WheelEvent) => event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);

/** Where a plot's time axis lies inside the element the gestures land on. */
export interface TimeZoomArea {
  /** x of the plot's first and last pixel, in the element's coordinates. */
  x0: number;
  x1: number;
  height: number;
}

/**
 * Attaches the gestures of a plot with a time axis to `el`, through d3-zoom: wheel and trackpad
 * pinch zoom about the pointer, drag pans, touch pinch zooms, double-click zooms in;
 * sideways swipes and Shift+wheel pan. Frames go to the shown span with `follow`
 * and the end of a gesture `settle`s it. When the span moves for another reason
 * (another plot, a button, the URL, a story step) the zoom's own transform is set to
 * match as this plot's next gesture starts, so it starts from what is shown. Returns the detach.
 */
export function attachTimeZoom(el: Element, { x0, x1, height }: TimeZoomArea): () => void {
  const width = x1 - x0;
  const selection = select(el);
  const base = () => timeScale(shownSpan.getState().extent, [x0, x1]);
  const maxScale = () => {
    const [a, b] = shownSpan.getState().extent;
    return Math.max(1, (b - a) / MIN_SPAN_MS);
  };
  /**
   * The frame count at this plot's last frame of each gesture: d3-zoom's wheel, mouse, touch
   * and double-click gestures overlap (a drag starts while the wheel's end is still pending),
   * and the sideways swipe is one of its own.
   */
  const lastFrames = new Map<string, number>();
  const gestureOf = (event: Event) => event.type.slice(0, 5);
  const follow = (gesture: string, domain: readonly [number, number]) => {
    shownSpan.getState().follow(domain);
    lastFrames.set(gesture, ++frames);
  };
  // The settle runs in a task after the gesture's last frame, not inside the input event that
  // ended it (mouseup, touchend, d3-zoom's wheel timer): what a settle starts (the re-filter by
  // date, the panels' renders, the address) held that event, and the frame after it, for
  // 60-130 ms at 10^5-10^6 events (the bench's long frames in d3-selection's listener).
  let settleFrame = 0;
  let pendingSettle: ReturnType<typeof setTimeout> | undefined;
  const cancelSettle = () => {
    if (settleFrame) cancelAnimationFrame(settleFrame);
    settleFrame = 0;
    clearTimeout(pendingSettle);
  };
  const settleIfLast = (gesture: string) => {
    if (lastFrames.get(gesture) !== frames) return;
    const at = frames;
    cancelSettle();
    // Not if a frame of any gesture came in between: that gesture settles when it ends.
    const settle = () => at === frames && shownSpan.getState().settle();
    if (typeof requestAnimationFrame !== 'function') pendingSettle = setTimeout(settle);
    else settleFrame = requestAnimationFrame(() => ((settleFrame = 0), (pendingSettle = setTimeout(settle))));
  };
  const behavior = zoom<Element, unknown>()
    .extent([
      [x0, 0],
      [x1, height],
    ])
    .translateExtent([
      [x0, -Infinity],
      [x1, Infinity],
    ])
    .scaleExtent([1, maxScale()])
    .filter((event: UIEvent & { button?: number; ctrlKey?: boolean }) => {
      // d3-zoom asks the filter before it reads the transform, at every gesture's start.
      if (stale) sync();
      // Synthetic events without a window (scripted clicks) cannot start a drag.
      if (!event.view) return false;
      if (event.type === 'wheel' && isPanWheel(event as WheelEvent)) return false;
      return (!event.ctrlKey || event.type === 'wheel') && !event.button;
    })
    .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
      if (!event.sourceEvent) return;
      const [from, to] = event.transform.rescaleX(base()).domain();
      follow(gestureOf(event.sourceEvent as Event), [+from, +to]);
    })
    .on('end', (event: D3ZoomEvent<Element, unknown>) => {
      if (event.sourceEvent) settleIfLast(gestureOf(event.sourceEvent as Event));
    });

  // The zoom's transform is brought up to the shown span when this plot's next gesture starts,
  // not on every frame of another plot's gesture or animation: that was d3-zoom's transform, with
  // its start, zoom and end events, for every other plot inside every input event.
  let stale = false;
  const sync = () => {
    stale = false;
    const { domain, extent } = shownSpan.getState();
    behavior.scaleExtent([1, maxScale()]);
    const k = (extent[1] - extent[0]) / (domain[1] - domain[0]);
    const x = x0 - base()(domain[0]) * k;
    const current = zoomTransform(el);
    // The span this plot's own gesture just set: the transform already says so.
    if (Math.abs(current.k - k) <= 1e-9 * k && Math.abs(current.x - x) <= 1e-6 * Math.max(1, Math.abs(x))) return;
    behavior.transform(selection, zoomIdentity.translate(x, 0).scale(k));
  };
  selection.call(behavior);
  // d3-zoom's own double-click runs a d3 transition, which this app does not load
  // (withoutTransitions.ts): the span eases to the new zoom itself, as the + key does,
  // and jumps there under prefers-reduced-motion. Shift+double-click zooms out.
  selection.on('dblclick.zoom', (event: MouseEvent) => {
    // Marks and badges handle their own clicks; a double-click on one does not also zoom.
    if (event.ctrlKey || event.button || (event.target as Element).closest?.('[data-tl-interactive]')) return;
    event.preventDefault();
    const { domain, zoomBy } = shownSpan.getState();
    const at = timeScale(domain, [x0, x1]).invert(pointer(event, el)[0]);
    zoomBy(event.shiftKey ? 1 / DOUBLE_CLICK_ZOOM : DOUBLE_CLICK_ZOOM, at, { animate: true });
  });
  let wheelEnd: ReturnType<typeof setTimeout> | undefined;
  selection.on('wheel.pan', (event: WheelEvent) => {
    if (!isPanWheel(event)) return;
    event.preventDefault();
    const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
    const px = delta * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? width : 1);
    const { domain } = shownSpan.getState();
    const shift = ((domain[1] - domain[0]) * px) / width;
    follow('swipe', [domain[0] + shift, domain[1] + shift]);
    clearTimeout(wheelEnd);
    wheelEnd = setTimeout(() => settleIfLast('swipe'), WHEEL_END_MS);
  });
  sync();
  const off = shownSpan.subscribe((s) => [s.domain, s.extent] as const, () => (stale = true), { equalityFn: shallow });
  return () => {
    off();
    clearTimeout(wheelEnd);
    cancelSettle();
    selection.on('.zoom', null).on('wheel.pan', null);
  };
}
