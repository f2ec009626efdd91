import { bisectRight } from 'd3-array';

/**
 * The arithmetic of a windowed list: which rows of a long list a scroll box shows,
 * and where the rows it leaves out go. Rows may differ in height (names wrap): each
 * has a height, measured once it has been drawn, an estimate until then.
 */

/** Where each row starts: `offsets[k]` is the top of row k, `offsets[n]` the whole height. */
export function rowOffsets(count: number, heightOf: (k: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let k = 0; k < count; k++) offsets[k + 1] = offsets[k] + heightOf(k);
  return offsets;
}

/** The row at vertical position `y` (the last row for `y` past the end, 0 for an empty list). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  // The last row whose top is at or above y (d3-array's bisection, as everywhere else in src/).
  return Math.max(0, Math.min(count - 1, bisectRight(offsets, y) - 1));
}

/**
 * Rows to draw for a box scrolled to `scrollTop` and `viewport` tall, with `overscan`
 * rows either side (so a short scroll or an arrow key finds the next row drawn):
 * rows [start, end).
 */
export function windowRows(offsets: Float64Array, scrollTop: number, viewport: number, overscan: number): [number, number] {
  const count = offsets.length - 1;
  if (count <= 0) return [0, 0];
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + viewport - 1));
  return [Math.max(0, first - overscan), Math.min(count, last + 1 + overscan)];
}

/** A run of drawn rows, or the space of rows left out (`height` pixels of them). */
export type ListSegment = { kind: 'rows'; start: number; end: number } | { kind: 'gap'; height: number };

/**
 * The list as drawn: the window's rows, each row of `keep` outside it (the focused row,
 * the row Tab enters on: they must stay in the document), and gaps holding the place
 * of everything else, so the scroll height is the whole list's.
 */
export function listSegments(offsets: Float64Array, [start, end]: [number, number], keep: readonly number[]): ListSegment[] {
  const count = offsets.length - 1;
  const runs: [number, number][] = [];
  if (end > start) runs.push([start, end]);
  for (const k of keep) if (k >= 0 && k < count && (k < start || k >= end)) runs.push([k, k + 1]);
  runs.sort((a, b) => a[0] - b[0]);
  const segments: ListSegment[] = [];
  let at = 0;
  for (const [s, e] of runs) {
    if (s < at) continue; // a kept row inside a run already drawn
    if (s > at) segments.push({ kind: 'gap', height: offsets[s] - offsets[at] });
    segments.push({ kind: 'rows', start: s, end: e });
    at = e;
  }
  if (at < count) segments.push({ kind: 'gap', height: offsets[count] - offsets[at] });
  return segments;
}

/** Where to scroll so row `k` is wholly in view, moving as little as possible. */
export function scrollToShow(offsets: Float64Array, k: number, scrollTop: number, viewport: number): number {
  const top = offsets[k] ?? 0;
  const bottom = offsets[k + 1] ?? top;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return scrollTop;
}
