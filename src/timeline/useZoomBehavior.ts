import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { useEffect, type RefObject } from 'react';
import { MIN_SPAN_MS } from './clampDomain';
import { timeScale } from './timeScale';
import { viewport } from './viewport';

/** Source name the timeline's own gestures write to the viewport with. */
export const TIMELINE_SOURCE = 'timeline';

/** Source name of wheel panning, which the zoom behaviour must then follow. */
const PAN_SOURCE = 'timeline-pan';

const isPanWheel = (event: WheelEvent) => event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);

/**
 * Attaches d3-zoom (wheel, trackpad pinch, touch pinch, drag to pan) to the plot
 * element. A gesture's transform rescales the extent-wide base scale into the
 * viewport's domain; when the viewport moves for another reason (buttons, brush,
 * troop chart, URL) the zoom's stored transform is updated to match, and the
 * resulting programmatic event (no sourceEvent) is not echoed back.
 */
export function useZoomBehavior(target: RefObject<HTMLElement | null>, width: number, height: number): void {
  useEffect(() => {
    const el = target.current;
    if (!el || width <= 0) return;
    const selection = select(el);
    const base = () => timeScale(viewport.getState().extent, [0, width]);
    const maxScale = () => {
      const [a, b] = viewport.getState().extent;
      return Math.max(1, (b - a) / MIN_SPAN_MS);
    };
    const behavior = zoom<HTMLElement, unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ])
      .scaleExtent([1, maxScale()])
      // Badges and marks handle their own clicks; a double-click on one should not also zoom.
      .filter((event: UIEvent & { button?: number; ctrlKey?: boolean }) => {
        // Synthetic events without a window (scripted clicks) cannot start a drag.
        if (!event.view) return false;
        if (event.type === 'dblclick' && (event.target as Element).closest?.('[data-tl-interactive]')) return false;
        if (event.type === 'wheel' && isPanWheel(event as WheelEvent)) return false;
        return (!event.ctrlKey || event.type === 'wheel') && !event.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!event.sourceEvent) return;
        const [from, to] = event.transform.rescaleX(base()).domain();
        viewport.getState().setDomain([+from, +to], TIMELINE_SOURCE);
      });

    const sync = () => {
      const { domain, extent } = viewport.getState();
      behavior.scaleExtent([1, maxScale()]);
      const k = (extent[1] - extent[0]) / (domain[1] - domain[0]);
      const x = -base()(domain[0]) * k;
      behavior.transform(selection, zoomIdentity.translate(x, 0).scale(k));
    };
    selection.call(behavior);
    // Sideways swipes (and Shift+wheel) pan instead of zooming, as in maps and editors.
    selection.on('wheel.pan', (event: WheelEvent) => {
      if (!isPanWheel(event)) return;
      event.preventDefault();
      const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
      const px = delta * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? width : 1);
      viewport.getState().panBy(px / width, PAN_SOURCE);
    });
    sync();
    const off = viewport.subscribe((state, previous) => {
      if (state.source !== TIMELINE_SOURCE && (state.domain !== previous.domain || state.extent !== previous.extent)) sync();
    });
    return () => {
      off();
      selection.on('.zoom', null).on('wheel.pan', null);
    };
  }, [target, width, height]);
}
