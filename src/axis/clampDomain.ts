/** One day in ms: the finest zoom the app allows. */
export const MIN_SPAN_MS = 24 * 60 * 60 * 1000;

/**
 * Keeps a time domain inside the navigable extent and between one day and the
 * extent's width, preserving its centre where it can.
 */
export function clampDomain(
  domain: readonly [number, number],
  extent: readonly [number, number],
  minSpan = MIN_SPAN_MS,
): [number, number] {
  const maxSpan = Math.max(extent[1] - extent[0], minSpan);
  const span = Math.min(Math.max(domain[1] - domain[0], minSpan), maxSpan);
  const centre = (domain[0] + domain[1]) / 2;
  let from = centre - span / 2;
  from = Math.min(Math.max(from, extent[0]), extent[1] - span);
  return [from, from + span];
}

/** Domain zoomed by factor k (>1 zooms in) about `pivot` (ms). */
export function zoomDomain(domain: readonly [number, number], k: number, pivot: number): [number, number] {
  return [pivot - (pivot - domain[0]) / k, pivot + (domain[1] - pivot) / k];
}
