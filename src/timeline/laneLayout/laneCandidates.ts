import type { EventColumns } from '../../model/eventColumns';
import type { EventIndex } from '../../model/eventIndex';
import { countInWindow, type LaneTimes } from '../laneTimes';
import { keyEventCandidates } from './keyEventCandidates';
import { laneDensity, type LaneDensity } from './laneDensity';
import { markCandidate, type MarkCandidate } from './markCandidate';

/** Above this many events in one lane's window the lane is drawn as density. */
export const MAX_MARKS_PER_LANE = 600;

/** What a lane shows in the window: its candidate marks, and its density when it has too many events for marks. */
export interface LaneContent {
  density: LaneDensity | null;
  candidates: MarkCandidate[];
}

/** Inputs of `laneCandidates`: one lane and the window. */
export interface LaneWindow {
  columns: EventColumns;
  index: EventIndex;
  mask: Uint8Array;
  /** The lane's visible events as sorted time arrays. */
  times: LaneTimes;
  actor: number;
  laneSlot: number;
  /** Rows of marks the lane has room for. */
  rows: number;
  t0: number;
  t1: number;
  width: number;
  x: (t: number) => number;
}

/** How many marks a lane of `rows` rows over `width` px can usefully hold. */
export const markBudget = (width: number, rows: number) => Math.min(MAX_MARKS_PER_LANE, Math.ceil((width / 6) * rows));

/**
 * Marks or density: a lane whose window holds more events than its mark budget
 * is binned (and keeps its key events as marks, see keyEventCandidates); any
 * other lane gets one candidate per visible event in the window, found through
 * the index. The candidates are in ascending start order.
 */
export function laneCandidates(w: LaneWindow): LaneContent {
  const inView = countInWindow(w.times, w.t0, w.t1);
  if (inView > markBudget(w.width, w.rows)) {
    return {
      density: laneDensity(w.laneSlot, w.times, w.t0, w.t1, w.width),
      candidates: keyEventCandidates(w.columns, w.times, w.t0, w.t1, w.width, w.x),
    };
  }
  const candidates: MarkCandidate[] = [];
  if (inView > 0) {
    const { columns, mask, x } = w;
    w.index.forEachInWindow(w.actor, w.t0, w.t1, (row) => {
      if (mask[row] === 1) candidates.push(markCandidate(columns, row, x));
    });
  }
  return { density: null, candidates };
}
