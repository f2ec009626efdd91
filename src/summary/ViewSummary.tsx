import type { LoadedDataset } from '../model/loadedDataset';
import { SUMMARY_SLICE_MS, SUMMARY_STEP_ROWS, summaryText, viewSummarizer } from './summarizeView';
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
    // Counted in slices of about SUMMARY_SLICE_MS, a task each: at 10^6 rows one pass is a long task
    // after the first paint, and a fixed number of rows per slice is long too while the code is cold.
    const summarizer = viewSummarizer(dataset.columns, dataset.meta, mask, from, to, dataset.stats().span[1]);
    return () => {
      const until = performance.now() + SUMMARY_SLICE_MS;
      while (summarizer.step(SUMMARY_STEP_ROWS)) if (performance.now() >= until) return null;
      return summaryText(summarizer.result());
    };
  }, [dataset, mask]);
  return (
    <p className="tl-summary" aria-live="polite" data-testid="timeline-summary">
      {text}
    </p>
  );
}

export default ViewSummary;
