import type { TimedPoint } from './timedSeries';
import { indexAt } from './valueAt';

/** A figure on the chart: series position in the dataset and point position in its timed points. */
export interface PointRef {
  s: number;
  i: number;
}

/** A visible series in keyboard order (top panel first). */
export interface PointRow {
  s: number;
  points: readonly TimedPoint[];
}

function nearest(points: readonly TimedPoint[], t: number): number {
  const i = Math.max(0, indexAt(points, t));
  const j = Math.min(points.length - 1, i + 1);
  return Math.abs(points[j].start - t) < Math.abs(points[i].start - t) ? j : i;
}

/**
 * Where a key moves the keyboard focus among figures: Left/Right to the previous or
 * next figure of the series, Home/End to its first or last, Up/Down to the figure
 * nearest in time in the series above or below. null when the key does not move it.
 */
export function stepPoint(rows: readonly PointRow[], from: PointRef, key: string): PointRef | null {
  const r = rows.findIndex((row) => row.s === from.s);
  if (r < 0) return null;
  const { points } = rows[r];
  switch (key) {
    case 'ArrowLeft':
      return from.i > 0 ? { s: from.s, i: from.i - 1 } : null;
    case 'ArrowRight':
      return from.i < points.length - 1 ? { s: from.s, i: from.i + 1 } : null;
    case 'Home':
      return { s: from.s, i: 0 };
    case 'End':
      return { s: from.s, i: points.length - 1 };
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowUp' ? -1 : 1;
      const t = points[from.i]?.start ?? 0;
      for (let k = r + step; k >= 0 && k < rows.length; k += step) {
        if (rows[k].points.length) return { s: rows[k].s, i: nearest(rows[k].points, t) };
      }
      return null;
    }
    default:
      return null;
  }
}
