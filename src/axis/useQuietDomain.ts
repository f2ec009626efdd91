import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { shownSpan, type Span } from './shownSpan';

/** The span has stopped moving when it has not changed for this long, ms (the timeline's own settle delay). */
export const QUIET_MS = 150;

/**
 * The shown span for a React view that follows gestures by drawing, not by
 * re-rendering: the component re-renders when the span settles (or has been still
 * for {@link QUIET_MS}), in a transition (interruptible, after urgent renders), and
 * `onFrame(domain)` is called once per animation frame in between, for the view to
 * move what it drew (a transform, a few attributes).
 * Returns the span the view last rendered for.
 */
export function useQuietDomain(onFrame: (domain: Span) => void): Span {
  const [domain, setDomain] = useState<Span>(() => shownSpan.getState().domain);
  const frameRef = useRef(onFrame);
  useLayoutEffect(() => {
    frameRef.current = onFrame;
  });
  useEffect(() => {
    let frame = 0;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const land = () => {
      clearTimeout(quiet);
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      // A render that may yield: the chart, the tree and the sonification plan follow a settled
      // span after the timeline's own (urgent) render of it, in slices between frames, rather
      // than all in the task that settled (a gesture's end at 10^6 events was one of 100 ms and more).
      const next = shownSpan.getState().domain;
      startTransition(() => setDomain(next));
    };
    const draw = () => {
      frame = 0;
      frameRef.current(shownSpan.getState().domain);
    };
    // Catch a change made between the first render and this subscription.
    land();
    const offDomain = shownSpan.subscribe(
      (s) => s.domain,
      () => {
        clearTimeout(quiet);
        quiet = setTimeout(land, QUIET_MS);
        if (typeof requestAnimationFrame !== 'function') return draw();
        frame ||= requestAnimationFrame(draw);
      },
    );
    // A settled span (a gesture's end, a button, a link, an animation's arrival) renders at once.
    const offSettled = shownSpan.subscribe((s) => s.settled, land);
    return () => {
      offDomain();
      offSettled();
      clearTimeout(quiet);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return domain;
}
