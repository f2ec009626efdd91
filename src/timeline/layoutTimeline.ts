import type { EventColumns } from '../model/eventColumns';
import type { EventIndex } from '../model/eventIndex';
import { laneTimesFor } from './laneTimes';
import { DEFAULT_LANE_METRICS, type LaneBox } from './layoutLanes';
import { laneBadges, type TimelineBadge } from './laneLayout/laneBadges';
import { laneCandidates } from './laneLayout/laneCandidates';
import { densityFullScale, type LaneDensity } from './laneLayout/laneDensity';
import { packLane } from './laneLayout/packLane';
import type { TimelineMark } from './laneLayout/timelineMark';

export type { MarkKind } from './laneLayout/markCandidate';
export type { TimelineMark } from './laneLayout/timelineMark';
export type { TimelineBadge } from './laneLayout/laneBadges';
export type { LaneDensity } from './laneLayout/laneDensity';

/** Everything one frame draws. */
export interface TimelineLayout {
  marks: TimelineMark[];
  /** Marks of lane slot s are marks[laneStart[s] .. laneStart[s+1]), ascending by x0. */
  laneStart: Int32Array;
  badges: TimelineBadge[];
  density: LaneDensity[];
  /**
   * Bin count drawn at full height across dense lanes (densityFullScale): taller
   * bins are drawn at full height.
   */
  maxBin: number;
}

/** Inputs of `layoutTimeline`. */
export interface TimelineLayoutInput {
  columns: EventColumns;
  index: EventIndex;
  /** 1 = visible. */
  mask: Uint8Array;
  titleOf: (row: number) => string;
  lanes: readonly LaneBox[];
  /** Visible time window, ms. */
  domain: readonly [number, number];
  /** Plot width, px. */
  width: number;
  rowHeight?: number;
  /** Approximate width of one label character, px. */
  charWidth?: number;
}

/**
 * Lays out the visible window, lane by lane, in named steps: marks or density
 * (laneCandidates, with key events over dense lanes and their width cap), rows
 * with labels and retries (packLane), then count badges for what did not fit
 * (laneBadges). Only the window is visited: marks through the index, density
 * through binary searches, so a frame's cost follows what is on screen, not the
 * size of the dataset. Every mark and badge carries its drawable shape.
 */
export function layoutTimeline(input: TimelineLayoutInput): TimelineLayout {
  const { columns, index, mask, titleOf, lanes, domain, width } = input;
  const rowHeight = input.rowHeight ?? DEFAULT_LANE_METRICS.rowHeight;
  const charWidth = input.charWidth ?? 6.8;
  const [t0, t1] = domain;
  const k = width / (t1 - t0);
  const x = (t: number) => (t - t0) * k;
  const marks: TimelineMark[] = [];
  const laneStart = new Int32Array(lanes.length + 1);
  const badges: TimelineBadge[] = [];
  const density: LaneDensity[] = [];

  lanes.forEach((lane, laneSlot) => {
    laneStart[laneSlot] = marks.length;
    const times = laneTimesFor(columns, index, lane.actor, mask);
    const content = laneCandidates({ columns, index, mask, times, actor: lane.actor, laneSlot, rows: lane.rows, t0, t1, width, x });
    if (content.density) density.push(content.density);
    if (!content.candidates.length) return;
    const rowY = (r: number) => lane.rowsTop + r * rowHeight + rowHeight / 2;
    const packed = packLane(content.candidates, { laneSlot, rows: lane.rows, rowY, width, titleOf, charWidth });
    for (const m of packed.marks) marks.push(m);
    if (packed.packing.badgeRow >= 0) badges.push(...laneBadges(columns, packed.order, packed.packing, laneSlot, rowY(packed.packing.badgeRow), width));
  });
  laneStart[lanes.length] = marks.length;
  return { marks, laneStart, badges, density, maxBin: densityFullScale(density) };
}
