import type { Span } from './shownSpan';

/** Margin around the data span in the navigable extent, as a fraction of the span. */
const EXTENT_MARGIN = 0.03;
const DAY = 86_400_000;

/** The navigable extent around a data span: the span plus a small margin either side (a month for one instant). */
export function extentFor([a, b]: Span): [number, number] {
  if (!(b > a)) return [a - 30 * DAY, a + 30 * DAY];
  const margin = Math.max((b - a) * EXTENT_MARGIN, DAY);
  return [a - margin, b + margin];
}
