/** How one series is told apart: a colour and, so colour is never the only cue, dash patterns. */
export interface SeriesStyle {
  /** CSS colour (a theme-aware variable from troops.css). */
  color: string;
  /** stroke-dasharray of the firm line; '' = solid. */
  firmDash: string;
  /** stroke-dasharray where the figure is approximate. */
  approxDash: string;
}

const PALETTE_SIZE = 6;
const FIRM_DASHES = ['', '10 3 2 3', '2 2'];
const APPROX_DASHES = ['6 4', '3 5', '1 4'];

/** Style of the series at position `i` in the dataset (stable while others are hidden). */
export function seriesStyle(i: number): SeriesStyle {
  const d = i % FIRM_DASHES.length;
  return {
    color: `var(--troops-series-${i % PALETTE_SIZE})`,
    firmDash: FIRM_DASHES[d],
    approxDash: APPROX_DASHES[d],
  };
}
