import type { Estimate, Precision } from '../model/types';
import { stepAfterPath } from './stepAfterPath';
import type { TimedPoint } from './timedSeries';

/** How a stretch of the step line is drawn: firm, or dashed because its figure is approximate. */
export type SegmentKind = 'firm' | 'approximate';

/** A run of consecutive steps drawn the same way, as an SVG path. */
export interface StepSegment {
  kind: SegmentKind;
  /** Index (in the timed points) of the first point of the run. */
  from: number;
  d: string;
}

/** One point's mark, in pixels. */
export interface SeriesMarker {
  /** Index in the timed points. */
  i: number;
  x: number;
  y: number;
  /** The period a month or year date covers, for a whisker; equal to x for a day. */
  x0: number;
  x1: number;
  estimate: Estimate;
  precision: Precision;
  /** Whether the marker's x falls inside the plot. */
  inView: boolean;
}

/** A series ready to draw. */
export interface SeriesLayout {
  segments: StepSegment[];
  markers: SeriesMarker[];
}

/** Options for `layoutSeries`. */
export interface LayoutSeriesOptions {
  /** The plot's horizontal pixel range; positions far outside it are pinned near it. */
  range: readonly [number, number];
}

const kindOf = (p: TimedPoint): SegmentKind => (p.estimate === 'approximate' ? 'approximate' : 'firm');

/**
 * Lays a step series out in pixels: each value holds from its date until the next
 * point's date (the last until the end of its own period). The line is split into
 * runs by how the figure was established, so approximate stretches can be dashed;
 * every point gets a marker, with the whole period marked for month or year dates.
 */
export function layoutSeries(
  points: readonly TimedPoint[],
  x: (t: number) => number,
  y: (v: number) => number,
  { range }: LayoutSeriesOptions,
): SeriesLayout {
  // Deep zoom puts far-off points millions of pixels away; pinning them just outside
  // the plot keeps paths small and exact where they are visible (steps are horizontal).
  const lo = range[0] - 1000;
  const hi = range[1] + 1000;
  const px = (t: number) => Math.min(hi, Math.max(lo, x(t)));

  const markers: SeriesMarker[] = points.map((p, i) => {
    const xs = x(p.start);
    const coarse = p.precision === 'month' || p.precision === 'year';
    return {
      i,
      x: px(p.start),
      y: y(p.value),
      x0: px(p.start),
      x1: coarse ? px(p.end) : px(p.start),
      estimate: p.estimate,
      precision: p.precision,
      inView: xs >= range[0] && xs <= range[1],
    };
  });

  const segments: StepSegment[] = [];
  let from = 0;
  while (from < points.length) {
    const kind = kindOf(points[from]);
    let to = from;
    while (to + 1 < points.length && kindOf(points[to + 1]) === kind) to++;
    const vertices: [number, number][] = [];
    for (let i = from; i <= to; i++) vertices.push([px(points[i].start), y(points[i].value)]);
    const next = points[to + 1];
    const last = points[to];
    // The run ends where the next figure takes over (rising or falling to it) or,
    // for the last point, at the end of its own period.
    vertices.push(next ? [px(next.start), y(next.value)] : [px(last.end), y(last.value)]);
    segments.push({ kind, from, d: stepAfterPath(vertices) });
    from = to + 1;
  }
  return { segments, markers };
}
