import { useAppStore } from '../store/appStore';

/**
 * The troop-numbers chart under the timeline. This first cut lists the series so the
 * app compiles; the step-line chart replaces it shortly.
 */
export function TroopChart() {
  const series = useAppStore((s) => s.dataset?.meta.series);
  if (!series) return null;
  if (series.length === 0) return <p className="troops-empty">This dataset has no numeric series.</p>;
  return (
    <figure className="troops">
      <figcaption>{series.map((s) => s.name).join(', ')}</figcaption>
    </figure>
  );
}
