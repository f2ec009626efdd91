import { useEffect, useState } from 'react';
import { viewport } from '../timeline/viewport';

/**
 * The live visible time domain, for this chart alone: the viewport changes on every
 * zoom frame, and only this leaf re-renders, at most once per animation frame.
 */
export function useViewportDomain(): readonly [number, number] {
  const [domain, setDomain] = useState<readonly [number, number]>(() => viewport.getState().domain);
  useEffect(() => {
    let frame = 0;
    const flush = () => {
      frame = 0;
      setDomain(viewport.getState().domain);
    };
    // Catch a change made between the first render and this subscription.
    flush();
    const unsubscribe = viewport.subscribe((state, prev) => {
      if (state.domain === prev.domain || frame) return;
      if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(flush);
      else flush();
    });
    return () => {
      unsubscribe();
      if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    };
  }, []);
  return domain;
}
