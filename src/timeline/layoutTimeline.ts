import type { EventColumns } from '../model/eventColumns';
import type { EventIndex } from '../model/eventIndex';
import { binDensity } from './binDensity';
import { countInWindow, laneTimesFor } from './laneTimes';
import { DEFAULT_LANE_METRICS, type LaneBox } from './layoutLanes';
import { badgeWidth, layoutRows, type RowItem } from './layoutRows';

/** How an event is drawn. */
export type MarkKind = 'point' | 'range' | 'uncertain';

/** One event copy on one lane, in pixels. */
export interface TimelineMark {
  row: number;
  /** Position of the lane in the visible lanes. */
  laneSlot: number;
  kind: MarkKind;
  /** Bar extent (a point's is its marker). */
  x0: number;
  x1: number;
  /** Marker centre for points; bar start for bars. */
  cx: number;
  /** Vertical centre of the mark's row. */
  y: number;
  importance: number;
  /** Title to print beside the mark, truncated to fit; null when there is no room. */
  label: string | null;
  labelX: number;
}

/** A cluster of events that did not fit in their lane. */
export interface TimelineBadge {
  laneSlot: number;
  x: number;
  y: number;
  count: number;
  /** Time span of the cluster, to zoom into. */
  t0: number;
  t1: number;
  /** The events each cover the whole view (long ranges, year-precision dates). */
  spanning: boolean;
}

/** A lane too dense for marks: counts per pixel bin. */
export interface LaneDensity {
  laneSlot: number;
  binPx: number;
  bins: Uint32Array;
}

/** Everything one frame draws. */
export interface TimelineLayout {
  marks: TimelineMark[];
  /** Marks of lane slot s are marks[laneStart[s] .. laneStart[s+1]), ascending by x0. */
  laneStart: Int32Array;
  badges: TimelineBadge[];
  density: LaneDensity[];
  /**
   * Bin count drawn at full height across dense lanes: the 98th percentile of the
   * non-empty bins, so a few spikes (many events dated only to a month pile up on
   * its first day) do not flatten the rest. Taller bins are drawn at full height.
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

export const POINT_RADIUS = 5;
export const KEY_POINT_RADIUS = 7;
const MIN_BAR_PX = 4;
const BAR_OVERHANG = 8;
const MIN_GAP = 3;
const LABEL_GAP = 4;
const MAX_LABEL_PX = 200;
/** Filling free room after packing can afford longer labels: they take no row space from anyone. */
const MAX_FILL_LABEL_PX = 420;
const MIN_LABEL_CHARS = 8;
export const DENSITY_BIN_PX = 2;
const DAY_MS = 86_400_000;

/** Bin width: 2 px, but never under a day, or day-dated events would leave every other bin empty. */
export function densityBinPx(width: number, spanMs: number): number {
  return Math.max(DENSITY_BIN_PX, (width / spanMs) * DAY_MS);
}

function robustMax(density: readonly LaneDensity[]): number {
  const counts: number[] = [];
  for (const d of density) for (const c of d.bins) if (c > 0) counts.push(c);
  if (!counts.length) return 0;
  counts.sort((a, b) => a - b);
  return counts[Math.min(counts.length - 1, Math.floor(counts.length * 0.98))];
}
/** Above this many events in one lane's window the lane is drawn as density. */
const MAX_MARKS_PER_LANE = 600;

/** First i in [0, n) for which the monotone predicate holds (n when none does). */
function searchRows(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Title cut to `maxPx` with an ellipsis, or null when not even a few characters fit. */
export function truncateLabel(title: string, maxPx: number, charWidth: number): string | null {
  const fit = Math.floor(maxPx / charWidth);
  if (fit >= title.length) return title;
  if (fit < MIN_LABEL_CHARS) return null;
  return `${title.slice(0, fit - 1).trimEnd()}…`;
}

interface Candidate extends RowItem {
  row: number;
  kind: MarkKind;
  cx: number;
  barEnd: number;
  importance: number;
  label: string | null;
}

function candidateFor(columns: EventColumns, row: number, x: (t: number) => number): Candidate {
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
    const r = importance === 3 ? KEY_POINT_RADIUS : POINT_RADIUS;
    cx = x((start + end) / 2);
    x0 = cx - r;
    x1 = cx + r;
  }
  return { row, kind: uncertain ? 'uncertain' : bar ? 'range' : 'point', x0, x1, cx, barEnd: x1, importance, label: null };
}

/** Gives candidates labels (all, or key events only) and widens their footprint to hold them. */
function withLabels(cands: Candidate[], which: 'all' | 'key' | 'none', titleOf: (row: number) => string, charWidth: number, width: number) {
  for (const c of cands) {
    c.x1 = c.barEnd;
    c.label = null;
    if (which === 'none' || (which === 'key' && c.importance !== 3)) continue;
    const room = Math.min(MAX_LABEL_PX, width - c.barEnd - LABEL_GAP);
    const label = truncateLabel(titleOf(c.row), room, charWidth);
    if (label === null) continue;
    c.label = label;
    c.x1 = c.barEnd + LABEL_GAP + label.length * charWidth;
  }
}

/**
 * Gives unlabelled marks a label where their row has room before the next mark,
 * truncated to that room, so a crowded lane still names what it can; and lets a
 * label cut short during packing run on into room its row leaves free.
 */
function fillLabels(laneMarks: TimelineMark[], titleOf: (row: number) => string, charWidth: number, width: number) {
  const nextInRow = new Map<number, number>();
  for (let i = laneMarks.length - 1; i >= 0; i--) {
    const m = laneMarks[i];
    const next = nextInRow.get(m.y) ?? width;
    if (m.label === null) {
      const room = Math.min(MAX_LABEL_PX, next - MIN_GAP - m.labelX);
      m.label = truncateLabel(titleOf(m.row), room, charWidth);
    } else if (m.label.endsWith('…')) {
      const longer = truncateLabel(titleOf(m.row), Math.min(MAX_FILL_LABEL_PX, next - MIN_GAP - m.labelX), charWidth);
      if (longer !== null && longer.length > m.label.length) m.label = longer;
    }
    nextInRow.set(m.y, m.x0);
  }
}

/**
 * Lays out the visible window: per lane, either marks packed into rows (with count
 * badges for what does not fit) or, when the window holds more events than can be
 * drawn, density bins plus the lane's key events. Only the window is visited: marks
 * through the index, density through binary searches, so a frame's cost follows
 * what is on screen, not the size of the dataset.
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
  const binPx = densityBinPx(width, t1 - t0);

  lanes.forEach((lane, slot) => {
    laneStart[slot] = marks.length;
    const times = laneTimesFor(columns, index, lane.actor, mask);
    const inView = countInWindow(times, t0, t1);
    const rowY = (r: number) => lane.rowsTop + r * rowHeight + rowHeight / 2;
    let cands: Candidate[] = [];
    const markBudget = Math.min(MAX_MARKS_PER_LANE, Math.ceil((width / 6) * lane.rows));

    if (inView > markBudget) {
      const bins = binDensity(times, t0, t1, Math.max(1, Math.ceil(width / binPx)));
      density.push({ laneSlot: slot, binPx: width / bins.length, bins });
      // Key events stay visible above the density when there are few enough.
      const keys = times.keyRows;
      const cap = Math.floor(width / 24);
      const startOf = (i: number) => columns.start[keys[i]];
      const lo = searchRows(keys.length, (i) => startOf(i) >= t0);
      const hi = searchRows(keys.length, (i) => startOf(i) >= t1);
      if (hi - lo <= cap) {
        // A few key events that began earlier may still be under way at t0.
        for (let i = lo - 1; i >= Math.max(0, lo - 64); i--) {
          if (columns.end[keys[i]] > t0) cands.unshift(candidateFor(columns, keys[i], x));
        }
        for (let i = lo; i < hi; i++) cands.push(candidateFor(columns, keys[i], x));
      }
      if (cands.length > width / 24) cands = [];
    } else if (inView > 0) {
      index.forEachInWindow(lane.actor, t0, t1, (row) => {
        if (mask[row] === 1) cands.push(candidateFor(columns, row, x));
      });
    }
    if (!cands.length) return;

    // Events covering the whole view are context, not positions: they take rows last.
    const covering = (c: Candidate) => c.x0 <= 0 && c.barEnd >= width;
    cands = [...cands.filter((c) => !covering(c)), ...cands.filter(covering)];

    const attempts = ['all', 'key', 'none'] as const;
    let packing = null;
    for (const which of attempts) {
      withLabels(cands, which, titleOf, charWidth, width);
      packing = layoutRows(cands, lane.rows, MIN_GAP, width);
      if (packing.clusters.length === 0 && packing.spanning.length === 0) break;
    }
    const { rows, clusters, spanning, badgeRow } = packing!;
    const laneMarks: TimelineMark[] = [];
    for (let i = 0; i < cands.length; i++) {
      if (rows[i] < 0) continue;
      const c = cands[i];
      const isBar = c.kind !== 'point';
      laneMarks.push({
        row: c.row,
        laneSlot: slot,
        kind: c.kind,
        // Bars are cut to just past the view: a year-long bar at day zoom would
        // otherwise be tens of thousands of px of hatching for the rasteriser.
        x0: isBar ? Math.max(c.x0, -BAR_OVERHANG) : c.x0,
        x1: isBar ? Math.min(c.barEnd, width + BAR_OVERHANG) : c.barEnd,
        cx: isBar ? Math.max(c.cx, 0) : c.cx,
        y: rowY(rows[i]),
        importance: c.importance,
        label: c.label,
        labelX: c.barEnd + LABEL_GAP,
      });
    }
    laneMarks.sort((a, b) => a.x0 - b.x0);
    fillLabels(laneMarks, titleOf, charWidth, width);
    marks.push(...laneMarks);
    const badgeOf = (members: number[], x: number, covers: boolean): TimelineBadge => {
      let c0 = Infinity;
      let c1 = -Infinity;
      for (const m of members) {
        c0 = Math.min(c0, columns.start[cands[m].row]);
        c1 = Math.max(c1, columns.end[cands[m].row]);
      }
      const half = badgeWidth(members.length) / 2;
      return { laneSlot: slot, x: Math.min(Math.max(x, half), width - half), y: rowY(badgeRow), count: members.length, t0: c0, t1: c1, spanning: covers };
    };
    // The spanning count sits at the right end; positional badges keep clear of it.
    const reserved = spanning.length ? badgeWidth(spanning.length) + 6 : 0;
    for (const cl of clusters) {
      const half = badgeWidth(cl.members.length) / 2;
      badges.push(badgeOf(cl.members, Math.min((cl.x0 + cl.x1) / 2, width - reserved - half), false));
    }
    if (spanning.length) badges.push(badgeOf(spanning, width - badgeWidth(spanning.length) / 2 - 2, true));
  });
  laneStart[lanes.length] = marks.length;
  return { marks, laneStart, badges, density, maxBin: robustMax(density) };
}
