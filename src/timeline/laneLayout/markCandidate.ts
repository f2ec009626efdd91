import type { EventColumns } from '../../model/eventColumns';
import type { RowItem } from '../layoutRows';
import { pointRadius } from '../markShapes';

/** How an event is drawn. */
export type MarkKind = 'point' | 'range' | 'uncertain';

/** A bar is never narrower than this, px, so a one-day range stays visible at decade zoom. */
export const MIN_BAR_PX = 4;

/**
 * One event that may become a mark in its lane: its horizontal footprint for row
 * packing (`x0`..`x1`, the mark plus its label once one is given) and what is
 * needed to draw it.
 */
export interface MarkCandidate extends RowItem {
  row: number;
  kind: MarkKind;
  /** Marker centre for points; bar start for bars. */
  cx: number;
  /** Right end of the mark itself, without its label. */
  barEnd: number;
  importance: number;
  label: string | null;
}

/**
 * The candidate for `row` under the time-to-px map `x`: a point (marker around the
 * middle of its day) for a day-precision event without an end, else a bar from
 * start to end, at least MIN_BAR_PX wide; an event known only to its month or year
 * is an 'uncertain' bar over that whole month or year.
 */
export function markCandidate(columns: EventColumns, row: number, x: (t: number) => number): MarkCandidate {
  const start = columns.start[row];
  const end = columns.end[row];
  const importance = columns.importance[row];
  const uncertain = columns.precision[row] <= 1;
  const bar = uncertain || columns.isRange[row] === 1;
  let x0: number;
  let x1: number;
  let cx: number;
  if (bar) {
    x0 = x(start);
    x1 = Math.max(x(end), x0 + MIN_BAR_PX);
    cx = x0;
  } else {
    const r = pointRadius(importance);
    cx = x((start + end) / 2);
    x0 = cx - r;
    x1 = cx + r;
  }
  return { row, kind: uncertain ? 'uncertain' : bar ? 'range' : 'point', x0, x1, cx, barEnd: x1, importance, label: null };
}
