import { useLayoutEffect, useState, type RefObject } from 'react';

/** Fallback size where layout is unavailable (jsdom): a typical desktop plot. */
const FALLBACK = { width: 1024, height: 420 };

/**
 * The element's content-box size, kept current with a ResizeObserver (read once
 * when ResizeObserver is missing, falling back to a fixed size when layout reports 0).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState(FALLBACK);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth || FALLBACK.width;
      const height = el.clientHeight || FALLBACK.height;
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
