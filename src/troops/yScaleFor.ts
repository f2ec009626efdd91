import { linearScale, type LinearScale } from '../axis/linearScale';

/**
 * A y scale from zero to a nice value above the largest figure. Zero-based so
 * heights compare honestly; fixed over the whole series so zooming in time does
 * not make the axis jump.
 */
export function yScaleFor(values: readonly number[], range: readonly [number, number]): LinearScale {
  const max = values.reduce((m, v) => (v > m ? v : m), 0);
  return linearScale([0, max > 0 ? max : 1], range).nice(4);
}
