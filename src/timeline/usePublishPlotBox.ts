import { useEffect, type RefObject } from 'react';
import { shownSpan } from '../axis/shownSpan';

/**
 * Tells charts that share the time axis where the timeline's plot is on the page,
 * so the same date falls at the same x in every view. Re-measured when the plot's
 * width changes and on window resize (the column can move without resizing).
 */
export function usePublishPlotBox(plotRef: RefObject<HTMLElement | null>, plotWidth: number): void {
  useEffect(() => {
    const el = plotRef.current;
    if (!el || plotWidth <= 0) return;
    const publish = () => {
      const rect = el.getBoundingClientRect();
      shownSpan.getState().setPlotBox({ left: Math.round(rect.left + window.scrollX), width: Math.round(plotWidth) });
    };
    // In the next frame, where the page is laid out anyway: reading the box here, in the
    // commit that mounts the timeline, would force that layout inside the data's first task.
    const frame = requestAnimationFrame(publish);
    window.addEventListener('resize', publish);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', publish);
      shownSpan.getState().setPlotBox(null);
    };
  }, [plotRef, plotWidth]);
}
