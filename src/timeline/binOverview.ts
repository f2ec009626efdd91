import type { EventColumns } from '../model/eventColumns';

/**
 * Counts visible events (mask 1) by start over `extent` in `bins` bins: the
 * overview's histogram. One pass over the start column, done per filter change
 * or resize, never per zoom frame.
 */
export function binOverview(columns: EventColumns, mask: Uint8Array, extent: readonly [number, number], bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, bins));
  const [a, b] = extent;
  if (bins <= 0 || !(b > a)) return counts;
  const k = bins / (b - a);
  const { start, count } = columns;
  for (let i = 0; i < count; i++) {
    if (mask[i] !== 1) continue;
    const bin = Math.floor((start[i] - a) * k);
    counts[bin < 0 ? 0 : bin >= bins ? bins - 1 : bin]++;
  }
  return counts;
}
