import { bisector } from 'd3-array';
import type { EventColumns } from '../model/eventColumns';
import { showsEveryRow } from '../model/filter';

/**
 * Counts visible events (mask 1) by start over `extent` in `bins` bins: the
 * overview's histogram. One pass over the start column, done per filter change
 * or resize, never per zoom frame. With nothing filtered (the first render) it
 * reads no row: starts are sorted, so each bin's end is found by binary search.
 */
export function binOverview(columns: EventColumns, mask: Uint8Array, extent: readonly [number, number], bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, bins));
  const [a, b] = extent;
  if (bins <= 0 || !(b > a)) return counts;
  const k = bins / (b - a);
  const { start, count } = columns;
  // Monotone in s, so the searches below bin exactly as the scan does.
  const binOf = (s: number) => {
    const bin = Math.floor((s - a) * k);
    return bin < 0 ? 0 : bin >= bins ? bins - 1 : bin;
  };
  if (showsEveryRow(mask)) {
    const byBin = bisector(binOf);
    let from = 0;
    for (let bin = 0; bin < bins; bin++) {
      const to = byBin.right(start, bin, from, count);
      counts[bin] = to - from;
      from = to;
    }
    return counts;
  }
  for (let i = 0; i < count; i++) if (mask[i] === 1) counts[binOf(start[i])]++;
  return counts;
}
