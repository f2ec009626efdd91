import { fitsRows, layoutRows, type RowPacking } from '../layoutRows';
import { barShape, pointShape } from '../markShapes';
import { fillLabels, LABEL_GAP, labelCandidates, MIN_GAP, type LabelChoice } from './laneLabels';
import type { MarkCandidate } from './markCandidate';
import type { TimelineMark } from './timelineMark';

/** Bars are cut this far past the view's edges, px. */
export const BAR_OVERHANG = 8;
/** Label choices tried in turn until the lane's marks fit its rows without aggregating any. */
const LABEL_RETRIES: readonly LabelChoice[] = ['all', 'key', 'none'];

/** Where one lane's rows are and what its labels say. */
export interface LaneFrame {
  laneSlot: number;
  /** Rows the lane has. */
  rows: number;
  /** Vertical centre of row r, px. */
  rowY: (r: number) => number;
  width: number;
  titleOf: (row: number) => string;
  charWidth: number;
}

/** One lane packed: its marks (ascending by x0) and what did not fit. */
export interface PackedLane {
  marks: TimelineMark[];
  /** The packing of `order`: rows[i] is order[i]'s row, -1 when aggregated into a badge. */
  packing: RowPacking;
  /** The candidates in the order they were packed. */
  order: MarkCandidate[];
}

/** Events covering the whole view are context, not positions: they take rows last. */
function coveringLast(cands: readonly MarkCandidate[], width: number): MarkCandidate[] {
  const covering = (c: MarkCandidate) => c.x0 <= 0 && c.barEnd >= width;
  return [...cands.filter((c) => !covering(c)), ...cands.filter(covering)];
}

/**
 * Packs a lane's candidates into its rows (layoutRows) with labels, retrying with
 * fewer labels (all, then key events only, then none) while anything would be
 * aggregated; then turns placed candidates into marks with their shapes (bars cut
 * to just past the view: a year-long bar at day zoom would otherwise be tens of
 * thousands of px of hatching for the rasteriser) and fills free row space with
 * labels (fillLabels).
 */
export function packLane(candidates: readonly MarkCandidate[], lane: LaneFrame): PackedLane {
  const { laneSlot, rowY, width, titleOf, charWidth } = lane;
  const order = coveringLast(candidates, width);
  // A try that overflows is only asked whether it fits: the lane is packed (with the clusters
  // of what does not fit, the costly part in a crowded lane) once, for the labels it keeps.
  for (const which of LABEL_RETRIES) {
    labelCandidates(order, which, titleOf, charWidth, width);
    if (which === LABEL_RETRIES[LABEL_RETRIES.length - 1] || fitsRows(order, lane.rows, MIN_GAP)) break;
  }
  const packing = layoutRows(order, lane.rows, MIN_GAP, width);
  const { rows } = packing;
  const marks: TimelineMark[] = [];
  for (let i = 0; i < order.length; i++) {
    if (rows[i] < 0) continue;
    const c = order[i];
    const y = rowY(rows[i]);
    const isBar = c.kind !== 'point';
    const x0 = isBar ? Math.max(c.x0, -BAR_OVERHANG) : c.x0;
    const x1 = isBar ? Math.min(c.barEnd, width + BAR_OVERHANG) : c.barEnd;
    marks.push({
      row: c.row,
      laneSlot,
      kind: c.kind,
      x0,
      x1,
      cx: isBar ? Math.max(c.cx, 0) : c.cx,
      y,
      importance: c.importance,
      shape: isBar ? barShape(x0, x1, y, c.importance, c.kind === 'uncertain') : pointShape(c.cx, y, c.importance),
      label: c.label,
      labelX: c.barEnd + LABEL_GAP,
    });
  }
  marks.sort((a, b) => a.x0 - b.x0);
  fillLabels(marks, titleOf, charWidth, width);
  return { marks, packing, order };
}
