import { useLayoutEffect, useState, type RefObject } from 'react';

/** A size in CSS pixels. */
export interface ElementSize {
  width: number;
  height: number;
}

/** Fallback size where layout is unavailable (jsdom): a typical desktop plot. */
const DEFAULT_FALLBACK: ElementSize = { width: 1024, height: 420 };

/**
 * The element's inner size (clientWidth × clientHeight), kept current with a
 * ResizeObserver and measured before paint. Until layout reports a size, and for
 * a side that measures 0 (jsdom, a collapsed element), the last known value is
 * kept, starting from `fallback`; where ResizeObserver is missing it is measured once.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: ElementSize = DEFAULT_FALLBACK): ElementSize {
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setSize((s) => {
        const width = el.clientWidth || s.width;
        const height = el.clientHeight || s.height;
        return s.width === width && s.height === height ? s : { width, height };
      });
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
