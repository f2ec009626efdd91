import type { LoadedDataset } from '../model/loadedDataset';
import { SUMMARY_SLICE_ROWS, summaryText, viewSummarizer } from './summarizeView';
import { useSettledText } from './useSettledText';

/** Props of ViewSummary. */
export interface ViewSummaryProps {
  dataset: LoadedDataset;
  mask: Uint8Array;
}

/**
 * What the timeline shows, in one sentence before it (issue 11 item 2): the visible
 * range, how many events of how many, the leading actors and the busiest month.
 * A polite live region, rewritten once the view settles, so a screen reader hears
 * the new summary after a zoom or a filter change, not one per frame.
 */
export function ViewSummary({ dataset, mask }: ViewSummaryProps) {
  const text = useSettledText(([from, to]) => {
    // Counted in slices, a task each: at 10^6 rows one pass would be a long task after the first paint.
    const summarizer = viewSummarizer(dataset.columns, dataset.meta, mask, from, to, dataset.stats().span[1]);
    return () => (summarizer.step(SUMMARY_SLICE_ROWS) ? null : summaryText(summarizer.result()));
  }, [dataset, mask]);
  return (
    <p className="tl-summary" aria-live="polite" data-testid="timeline-summary">
      {text}
    </p>
  );
}

export default ViewSummary;
