import { useEffect, useState } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { shownSpan } from '../axis/shownSpan';
import { summarizeView, summaryText } from './summarizeView';

/** Props of ViewSummary. */
export interface ViewSummaryProps {
  dataset: LoadedDataset;
  mask: Uint8Array;
}

/** Quiet time after the last zoom frame or filter change before the summary is rewritten (and announced). */
const SETTLE_MS = 700;

/**
 * What the timeline shows, in one sentence before it (issue 11 item 2): the visible
 * range, how many events of how many, the leading actors and the busiest month.
 * A polite live region, rewritten once the view settles, so a screen reader hears
 * the new summary after a zoom or a filter change, not one per frame.
 */
export function ViewSummary({ dataset, mask }: ViewSummaryProps) {
  const [text, setText] = useState('');
  useEffect(() => {
    let timer = 0;
    const update = () => {
      const [from, to] = shownSpan.getState().domain;
      setText(summaryText(summarizeView(dataset.columns, dataset.meta, mask, from, to, dataset.stats().span[1])));
    };
    const later = () => {
      clearTimeout(timer);
      timer = window.setTimeout(update, SETTLE_MS);
    };
    // A new filter's summary is a pass over every row: it is written in a task after the
    // frame that shows the filter's result, so a toggle or a keystroke is painted first.
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(update)));
    const off = shownSpan.subscribe((s) => s.domain, later);
    return () => {
      off();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [dataset, mask]);
  return (
    <p className="tl-summary" aria-live="polite" data-testid="timeline-summary">
      {text}
    </p>
  );
}

export default ViewSummary;
