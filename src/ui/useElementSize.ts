import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** A size in CSS pixels. */
export interface ElementSize {
  width: number;
  height: number;
}

/** Fallback size where layout is unavailable (jsdom): a typical desktop plot. */
const DEFAULT_FALLBACK: ElementSize = { width: 1024, height: 420 };

/**
 * The element's size, null until known: measured in the commit (`beforePaint`, which
 * forces the page's layout inside it), else first reported by the ResizeObserver after
 * the browser's own layout. A side that measures 0 keeps its last known value, starting
 * from `fallback`; where ResizeObserver is missing it is measured once, in the commit.
 */
function useSize(ref: RefObject<HTMLElement | null>, fallback: ElementSize, beforePaint: boolean): ElementSize | null {
  const [size, setSize] = useState<ElementSize | null>(beforePaint ? fallback : null);
  const fallbackRef = useRef(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setSize((s) => {
        const last = s ?? fallbackRef.current;
        const width = el.clientWidth || last.width;
        const height = el.clientHeight || last.height;
        return s && s.width === width && s.height === height ? s : { width, height };
      });
    const observing = typeof ResizeObserver === 'function';
    if (beforePaint || !observing) measure();
    if (!observing) return;
    // A size known only after layout renders what depends on it as a transition, in slices:
    // the timeline's lanes, first drawn at that size, are not one task of React's.
    const observer = new ResizeObserver(beforePaint ? measure : () => startTransition(measure));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, beforePaint]);
  return size;
}

/**
 * The element's inner size (clientWidth × clientHeight), kept current with a
 * ResizeObserver and measured before paint. Until layout reports a size, and for
 * a side that measures 0 (jsdom, a collapsed element), the last known value is
 * kept, starting from `fallback`; where ResizeObserver is missing it is measured once.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: ElementSize = DEFAULT_FALLBACK): ElementSize {
  return useSize(ref, fallback, true) ?? fallback;
}

/**
 * useElementSize without the measure in the commit: null until the ResizeObserver
 * reports the size after the browser has laid the page out (the frame after the
 * commit), so a commit that mounts a large part of the page does not also hold its
 * layout. What depends on the size renders a frame later.
 */
export function useObservedSize(ref: RefObject<HTMLElement | null>, fallback: ElementSize = DEFAULT_FALLBACK): ElementSize | null {
  return useSize(ref, fallback, false);
}
