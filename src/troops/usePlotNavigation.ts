import { useEffect, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { TimeScale } from '../timeline/timeScale';
import { viewport } from '../timeline/viewport';

/** Who moved the viewport, so the timeline can tell its own changes from ours. */
export const VIEWPORT_SOURCE = 'troops';

/** Zoom factor of one key press; arrow keys move a tenth of the visible span. */
const KEY_ZOOM = 2;
const KEY_PAN = 0.1;

/** Zoom or pan the shared viewport from the keyboard; true when the key was used. */
export function navigateByKey(key: string): boolean {
  const v = viewport.getState();
  switch (key) {
    case '+':
    case '=':
      v.zoomBy(KEY_ZOOM, VIEWPORT_SOURCE);
      return true;
    case '-':
    case '_':
      v.zoomBy(1 / KEY_ZOOM, VIEWPORT_SOURCE);
      return true;
    case 'ArrowLeft':
      v.panBy(-KEY_PAN, VIEWPORT_SOURCE);
      return true;
    case 'ArrowRight':
      v.panBy(KEY_PAN, VIEWPORT_SOURCE);
      return true;
    // Home as on the timeline and its overview; 0 as in many chart tools.
    case 'Home':
    case '0':
      v.fit(VIEWPORT_SOURCE);
      return true;
    default:
      return false;
  }
}

/** Handlers of {@link usePlotNavigation}, for the plot's hit area and its focusable group. */
export interface PlotNavigation {
  onPointerDown: (e: PointerEvent<Element>) => void;
  onPointerMove: (e: PointerEvent<Element>) => void;
  onPointerUp: (e: PointerEvent<Element>) => void;
  onPointerLeave: () => void;
  onKeyDown: (e: KeyboardEvent<Element>) => void;
}

/**
 * Wheel zoom about the pointer, drag to pan and keyboard zoom/pan, all writing the
 * shared viewport so the timeline moves with the chart. `onHover` receives the date
 * under the pointer (null when it leaves or drags) for the crosshair.
 */
export function usePlotNavigation(
  surface: RefObject<Element | null>,
  x: TimeScale,
  left: number,
  onHover: (t: number | null) => void,
): PlotNavigation {
  const xRef = useRef(x);
  useEffect(() => {
    xRef.current = x;
  }, [x]);
  const drag = useRef<{ clientX: number; domain: readonly [number, number]; width: number } | null>(null);

  const dateAt = (clientX: number) => {
    const el = surface.current;
    const offset = el ? el.getBoundingClientRect().left + left : left;
    return +xRef.current.invert(clientX - offset);
  };

  useEffect(() => {
    const el = surface.current;
    if (!el) return;
    const onWheel = (e: Event) => {
      const w = e as WheelEvent;
      w.preventDefault();
      const scale = w.deltaMode === 1 ? 20 : w.deltaMode === 2 ? 400 : 1;
      const [r0, r1] = xRef.current.range();
      if (Math.abs(w.deltaX) > Math.abs(w.deltaY)) {
        viewport.getState().panBy((w.deltaX * scale) / Math.max(1, r1 - r0), VIEWPORT_SOURCE);
        return;
      }
      const k = Math.pow(2, (-w.deltaY * scale) / 500);
      const box = el.getBoundingClientRect();
      viewport.getState().zoomBy(k, VIEWPORT_SOURCE, +xRef.current.invert(w.clientX - box.left - left));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [surface, left]);

  return {
    onPointerDown: (e) => {
      if (e.button !== 0) return;
      const [r0, r1] = xRef.current.range();
      drag.current = { clientX: e.clientX, domain: viewport.getState().domain, width: Math.max(1, r1 - r0) };
      e.currentTarget.setPointerCapture?.(e.pointerId);
      onHover(null);
    },
    onPointerMove: (e) => {
      const d = drag.current;
      if (!d) {
        onHover(dateAt(e.clientX));
        return;
      }
      const shift = (-(e.clientX - d.clientX) / d.width) * (d.domain[1] - d.domain[0]);
      viewport.getState().setDomain([d.domain[0] + shift, d.domain[1] + shift], VIEWPORT_SOURCE);
    },
    onPointerUp: (e) => {
      drag.current = null;
      e.currentTarget.releasePointerCapture?.(e.pointerId);
    },
    onPointerLeave: () => {
      if (!drag.current) onHover(null);
    },
    onKeyDown: (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (navigateByKey(e.key)) e.preventDefault();
    },
  };
}
