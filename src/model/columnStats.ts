import type { EventColumns } from './eventColumns';

/** Filter-independent tallies of a dataset's columns, known before the first render. */
export interface ColumnStats {
  /** [earliest start, latest end) in ms; [0, 0] for no events. */
  span: [number, number];
  /** Rows per actor index and per category index: the filter counts when nothing is filtered. */
  actorTotals: Uint32Array;
  categoryTotals: Uint32Array;
}

/**
 * One pass over the columns. The parse worker runs it and sends the result, so
 * the main thread's first render does no O(n) tally (ends need a scan: rows are
 * sorted by start only).
 */
export function columnStats(columns: EventColumns, actorCount: number, categoryCount: number): ColumnStats {
  const { count, start, end, category, actorIndices } = columns;
  const actorTotals = new Uint32Array(actorCount);
  const categoryTotals = new Uint32Array(categoryCount);
  let last = count ? end[0] : 0;
  for (let i = 0; i < count; i++) {
    if (end[i] > last) last = end[i];
    categoryTotals[category[i]]++;
  }
  for (let j = 0; j < actorIndices.length; j++) actorTotals[actorIndices[j]]++;
  return { span: [count ? start[0] : 0, last], actorTotals, categoryTotals };
}
