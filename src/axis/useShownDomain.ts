import { useEffect, useState } from 'react';
import { shownSpan, type Span } from './shownSpan';

/**
 * The live shown span, for one leaf component: it changes on every zoom frame, and
 * only the leaf re-renders, at most once per animation frame.
 */
export function useShownDomain(): Span {
  const [domain, setDomain] = useState<Span>(() => shownSpan.getState().domain);
  useEffect(() => {
    let frame = 0;
    const flush = () => {
      frame = 0;
      setDomain(shownSpan.getState().domain);
    };
    // Catch a change made between the first render and this subscription.
    flush();
    const unsubscribe = shownSpan.subscribe(
      (s) => s.domain,
      () => {
        if (frame) return;
        if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(flush);
        else flush();
      },
    );
    return () => {
      unsubscribe();
      if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    };
  }, []);
  return domain;
}
