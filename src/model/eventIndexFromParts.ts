import { bisector } from 'd3-array';
import type { EventColumns } from './eventColumns';
import type { EventIndex } from './eventIndex';

/*
 * Why duration classes. Rows sorted by start find "start < t1" by binary search,
 * but "end > t0" also needs a lower bound on start: start > t0 - maxDuration. One
 * ten-year range event would make maxDuration ten years and every query a scan.
 * So each list is split by duration class (class c holds durations up to 2^c
 * minutes) and each class keeps its own maximum: a query does one pair of binary
 * searches per non-empty class (at most ~40, in practice a handful: minute, day,
 * month and year events plus a few range lengths) and then reads only rows that
 * start at most one class-width before t0. Within a class every duration is more
 * than half the class maximum, so most rows read do intersect. Results from the
 * classes are merged by row number, which is start order.
 */

/** Number of duration classes: class c holds durations up to 2^c minutes. */
export const CLASS_COUNT = 48;

/** One list of rows (a lane, or all rows) split by duration class, each class ascending. */
export interface ClassedRows {
  /** Rows grouped by class; class c is rows[offsets[c] .. offsets[c+1]). */
  rows: Uint32Array;
  offsets: Uint32Array;
  /** Longest duration in each class, ms. */
  maxDuration: Float64Array;
  /** Classes that hold rows, ascending. */
  active: Uint8Array;
}

export function classify(sortedRows: Uint32Array, rowClass: Uint8Array, start: Float64Array, end: Float64Array): ClassedRows {
  const offsets = new Uint32Array(CLASS_COUNT + 1);
  for (let i = 0; i < sortedRows.length; i++) offsets[rowClass[sortedRows[i]] + 1]++;
  for (let c = 0; c < CLASS_COUNT; c++) offsets[c + 1] += offsets[c];
  const fill = offsets.slice(0, CLASS_COUNT);
  const rows = new Uint32Array(sortedRows.length);
  const maxDuration = new Float64Array(CLASS_COUNT);
  for (let i = 0; i < sortedRows.length; i++) {
    const row = sortedRows[i];
    const c = rowClass[row];
    rows[fill[c]++] = row;
    const d = end[row] - start[row];
    if (d > maxDuration[c]) maxDuration[c] = d;
  }
  const active: number[] = [];
  for (let c = 0; c < CLASS_COUNT; c++) if (offsets[c + 1] > offsets[c]) active.push(c);
  return { rows, offsets, maxDuration, active: Uint8Array.from(active) };
}


function visitWindow(
  list: ClassedRows,
  start: Float64Array,
  end: Float64Array,
  t0: number,
  t1: number,
  visit: (row: number) => void,
): void {
  if (!(t0 < t1)) return;
  const { rows, offsets, maxDuration, active } = list;
  const classes = active.length;
  if (classes === 0) return;
  // Rows of a class are ascending by start: the window's candidates are found by bisection.
  const byStart = bisector((row: number) => start[row]);
  if (classes === 1) {
    const c = active[0];
    const hi = byStart.left(rows, t1, offsets[c], offsets[c + 1]);
    for (let i = byStart.right(rows, t0 - maxDuration[c], offsets[c], hi); i < hi; i++) {
      const row = rows[i];
      if (end[row] > t0) visit(row);
    }
    return;
  }
  // k-way merge by row number over the classes' candidate ranges.
  const cursor = new Int32Array(classes);
  const limit = new Int32Array(classes);
  const advance = (k: number) => {
    let i = cursor[k];
    while (i < limit[k] && end[rows[i]] <= t0) i++;
    cursor[k] = i;
  };
  for (let k = 0; k < classes; k++) {
    const c = active[k];
    limit[k] = byStart.left(rows, t1, offsets[c], offsets[c + 1]);
    cursor[k] = byStart.right(rows, t0 - maxDuration[c], offsets[c], limit[k]);
    advance(k);
  }
  for (;;) {
    let best = -1;
    let bestRow = 0;
    for (let k = 0; k < classes; k++) {
      if (cursor[k] < limit[k] && (best < 0 || rows[cursor[k]] < bestRow)) {
        best = k;
        bestRow = rows[cursor[k]];
      }
    }
    if (best < 0) return;
    visit(bestRow);
    cursor[best]++;
    advance(best);
  }
}

/**
 * The index as flat typed arrays, so the parse worker can build it and transfer it:
 * the main thread then only wraps it (eventIndexFromParts), with no O(n) work.
 */
export interface EventIndexParts {
  laneCount: number;
  /** Duration class of each row. */
  rowClass: Uint8Array;
  /** Lane l's rows are laneRowsFlat[laneStart[l] .. laneStart[l+1]), ascending. */
  laneStart: Uint32Array;
  laneRowsFlat: Uint32Array;
  /** The same rows per lane (same laneStart offsets) ascending by end: see EventIndex.laneRowsByEnd. */
  laneRowsByEndFlat: Uint32Array;
  /** Starts of laneRowsFlat's rows, and counted ends of laneRowsByEndFlat's: see EventIndex.laneStarts/laneEnds. */
  laneStartsFlat: Float64Array;
  laneEndsFlat: Float64Array;
  /**
   * Lane l's importance-3 rows are laneKeyRowsFlat[laneKeyStart[l] .. laneKeyStart[l+1]),
   * ascending: a lane shown whole takes them as they are (the first render reads no row).
   */
  laneKeyStart: Uint32Array;
  laneKeyRowsFlat: Uint32Array;
  all: ClassedRows;
  /** Lanes already split by class; absent = classified on first query. */
  classedLanes?: ClassedRows[];
}

/** The EventIndex over prebuilt parts: constant work, whatever the row count. */
export function eventIndexFromParts(columns: EventColumns, parts: EventIndexParts): EventIndex {
  const { start, end } = columns;
  const { laneCount, rowClass, laneStart, laneRowsFlat, laneRowsByEndFlat, laneStartsFlat, laneEndsFlat, laneKeyStart, laneKeyRowsFlat, all } = parts;
  const lanes: Uint32Array[] = [];
  const lanesByEnd: Uint32Array[] = [];
  const starts: Float64Array[] = [];
  const ends: Float64Array[] = [];
  const keys: Uint32Array[] = [];
  for (let l = 0; l < laneCount; l++) {
    keys.push(laneKeyRowsFlat.subarray(laneKeyStart[l], laneKeyStart[l + 1]));
    const [a, b] = [laneStart[l], laneStart[l + 1]];
    lanes.push(laneRowsFlat.subarray(a, b));
    lanesByEnd.push(laneRowsByEndFlat.subarray(a, b));
    starts.push(laneStartsFlat.subarray(a, b));
    ends.push(laneEndsFlat.subarray(a, b));
  }
  // Lanes are classified on first query unless prebuilt: a view that shows a few lanes pays for those only.
  const classedLanes: (ClassedRows | undefined)[] = parts.classedLanes ? [...parts.classedLanes] : new Array(laneCount);
  const classedLane = (lane: number) => (classedLanes[lane] ??= classify(lanes[lane], rowClass, start, end));

  const empty = new Uint32Array(0);
  const noTimes = new Float64Array(0);
  return {
    laneRows: (lane) => lanes[lane] ?? empty,
    laneRowsByEnd: (lane) => lanesByEnd[lane] ?? empty,
    laneStarts: (lane) => starts[lane] ?? noTimes,
    laneEnds: (lane) => ends[lane] ?? noTimes,
    laneKeyRows: (lane) => keys[lane] ?? empty,
    forEachInWindow(lane, t0, t1, visit) {
      if (lane < 0 || lane >= laneCount) return;
      visitWindow(classedLane(lane), start, end, t0, t1, visit);
    },
    forEachInWindowAll(t0, t1, visit) {
      visitWindow(all, start, end, t0, t1, visit);
    },
  };
}
