import { badgeWidth } from './markShapes';

/** Horizontal pixel extent an item occupies in its row (mark plus label). */
export interface RowItem {
  x0: number;
  x1: number;
}

/** Items that did not fit in the lane, shown as one count badge. */
export interface OverflowCluster {
  /** Pixel extent covered by the members. */
  x0: number;
  x1: number;
  /** Indices into the packed items. */
  members: number[];
}

/** Result of packing: a row per item (-1 = aggregated) and the clusters of aggregated items. */
export interface RowPacking {
  rows: Int16Array;
  /** Rows actually used by marks. */
  rowCount: number;
  clusters: OverflowCluster[];
  /**
   * Aggregated items that cover the whole view (long ranges, events known only to
   * their year): they are not "at" any x, so they are counted once per lane.
   */
  spanning: number[];
  /** Row the badges go in: a row of their own when the lane has two or more. */
  badgeRow: number;
}


function firstFit(items: readonly RowItem[], maxRows: number, minGap: number, rows: Int16Array): number {
  const rowEnd = new Float64Array(maxRows).fill(-Infinity);
  let used = 0;
  let overflow = 0;
  for (let i = 0; i < items.length; i++) {
    const { x0, x1 } = items[i];
    let placed = -1;
    for (let r = 0; r < maxRows; r++) {
      if (rowEnd[r] + minGap <= x0) {
        placed = r;
        break;
      }
    }
    rows[i] = placed;
    if (placed < 0) overflow++;
    else {
      rowEnd[placed] = x1;
      used = Math.max(used, placed + 1);
    }
  }
  return overflow === 0 ? used : -1;
}

/**
 * Whether `items` (in this order) fit `maxRows` rows without aggregating any: the question
 * a retry with fewer labels asks, without the clusters of what would not fit.
 */
export function fitsRows(items: readonly RowItem[], maxRows: number, minGap = 3): boolean {
  return firstFit(items, Math.max(1, maxRows), minGap, new Int16Array(items.length)) >= 0;
}

const covers = (item: RowItem, width: number) => item.x0 <= 0 && item.x1 >= width;

function cluster(items: readonly RowItem[], rows: Int16Array, joinGap: number, width: number): OverflowCluster[] {
  const order: number[] = [];
  for (let i = 0; i < rows.length; i++) if (rows[i] < 0 && !covers(items[i], width)) order.push(i);
  order.sort((a, b) => items[a].x0 - items[b].x0);
  const clusters: OverflowCluster[] = [];
  for (const i of order) {
    const last = clusters[clusters.length - 1];
    // Clamped to the view, so a bar running off screen does not drag its badge away.
    const x0 = Math.max(0, items[i].x0);
    const x1 = Math.min(width, items[i].x1);
    if (last && x0 <= last.x1 + joinGap) {
      last.x1 = Math.max(last.x1, x1);
      last.members.push(i);
    } else clusters.push({ x0, x1, members: [i] });
  }
  // Badges sit at their cluster's centre; merge neighbours whose badges would touch.
  const merged: OverflowCluster[] = [];
  for (const c of clusters) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const prevRight = (prev.x0 + prev.x1) / 2 + badgeWidth(prev.members.length) / 2;
      const left = (c.x0 + c.x1) / 2 - badgeWidth(c.members.length) / 2;
      if (left < prevRight + 4) {
        prev.x1 = Math.max(prev.x1, c.x1);
        prev.members.push(...c.members);
        continue;
      }
    }
    merged.push(c);
  }
  return merged;
}

/**
 * Greedy interval packing: each item, in the given order (ascending x; put items
 * that cover the whole view last so they take only rows left free), goes to the
 * first row where it clears the previous item by `minGap` px. When `maxRows`
 * cannot hold them all, the last row is given to count badges and what does not
 * fit is aggregated into clusters there, so a dense region reads "+12" instead of
 * a smear. `width` is the view's width in px.
 */
export function layoutRows(items: readonly RowItem[], maxRows: number, minGap = 3, width = Infinity): RowPacking {
  const rows = new Int16Array(items.length);
  const rowsLimit = Math.max(1, maxRows);
  const used = firstFit(items, rowsLimit, minGap, rows);
  if (used >= 0) return { rows, rowCount: used, clusters: [], spanning: [], badgeRow: -1 };
  const markRows = rowsLimit >= 2 ? rowsLimit - 1 : 1;
  firstFit(items, markRows, minGap, rows);
  let rowCount = 0;
  const spanning: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    rowCount = Math.max(rowCount, rows[i] + 1);
    if (rows[i] < 0 && covers(items[i], width)) spanning.push(i);
  }
  return { rows, rowCount, clusters: cluster(items, rows, 6, width), spanning, badgeRow: rowsLimit >= 2 ? rowsLimit - 1 : 0 };
}
