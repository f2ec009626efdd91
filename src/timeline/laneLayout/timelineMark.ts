import type { MarkShape } from '../markShapes';
import type { MarkKind } from './markCandidate';

/** One event copy on one lane, in pixels. */
export interface TimelineMark {
  row: number;
  /** Position of the lane in the visible lanes. */
  laneSlot: number;
  kind: MarkKind;
  /** Horizontal extent of the mark (a point's is its marker), for hit tests and ordering. */
  x0: number;
  x1: number;
  /** Marker centre for points; bar start (clamped to the view) for bars. */
  cx: number;
  /** Vertical centre of the mark's row. */
  y: number;
  importance: number;
  /** What to draw: see markShapes.ts. */
  shape: MarkShape;
  /** Title to print beside the mark, truncated to fit; null when there is no room. */
  label: string | null;
  /** Start of the label's text, px; its vertical centre is `y`. */
  labelX: number;
}
