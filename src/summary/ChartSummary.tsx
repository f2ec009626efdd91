import type { TimedSeries } from '../troops/timedSeries';
import { chartSummaryText, seriesInView } from './summarizeSeries';
import { useSettledText } from './useSettledText';

/** Props of {@link ChartSummary}. */
export interface ChartSummaryProps {
  /** Every series in time, in dataset order. */
  timed: readonly TimedSeries[];
  hidden: readonly string[];
}

/**
 * What the troop chart shows, before it (issue 11 item 2): per shown series the peak
 * and the latest figure in the visible span, each with its kind and date. A polite
 * live region, rewritten when the legend hides or shows a series and once a zoom settles.
 */
export function ChartSummary({ timed, hidden }: ChartSummaryProps) {
  const text = useSettledText(
    ([from, to]) => {
      const shown = timed.filter((t) => !hidden.includes(t.series.id) && t.points.length > 0);
      // Said as far as the figures go, not the padding around them.
      let first = Infinity;
      let last = -Infinity;
      for (const t of shown) {
        first = Math.min(first, t.points[0].start);
        last = Math.max(last, t.points[t.points.length - 1].end);
      }
      const a = Math.max(from, first);
      const b = Math.min(to, last);
      return chartSummaryText(
        shown.map((t) => seriesInView(t, from, to)),
        timed.filter((t) => hidden.includes(t.series.id)).length,
        a < b ? a : from,
        a < b ? b : to,
      );
    },
    [timed, hidden],
  );
  return (
    <p className="troops-summary" aria-live="polite" data-testid="chart-summary">
      {text}
    </p>
  );
}
