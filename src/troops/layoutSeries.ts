import type { Estimate, FigureKind, Precision } from '../model/types';
import { isHeld } from './figureKind';
import { stepAfterPath } from './stepAfterPath';
import type { TimedPoint } from './timedSeries';

/**
 * A stretch of a series drawn one way, as an SVG path. Counts and official levels are
 * runs of the step line; every ceiling and every plan is a level of its own, never
 * joined to the line, so it cannot be read as troops that were there.
 */
export interface StepSegment {
  kind: FigureKind;
  /** Index (in the timed points) of the first point of the run. */
  from: number;
  /** Indices of the points whose values this path draws. */
  points: number[];
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
  kind: FigureKind;
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
  /** How far outside `range` positions stay exact before they are pinned, px (default 1000). */
  margin?: number;
}

/**
 * Lays a step series out in pixels. The figures that held (counts, official levels)
 * form the step line: each holds from its date until the next such figure (the last
 * until the end of its own period), in runs split where the kind changes. A ceiling or
 * a plan is a level of its own from its date to the series' next later figure, with
 * no rise or fall joining it to anything. Every point gets a marker, with the whole
 * period marked for month or year dates.
 */
export function layoutSeries(
  points: readonly TimedPoint[],
  x: (t: number) => number,
  y: (v: number) => number,
  { range, margin = 1000 }: LayoutSeriesOptions,
): SeriesLayout {
  // Deep zoom puts far-off points millions of pixels away; pinning them just outside
  // the plot keeps paths small and exact where they are visible (steps are horizontal).
  const lo = range[0] - margin;
  const hi = range[1] + margin;
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
      kind: p.kind,
      precision: p.precision,
      inView: xs >= range[0] && xs <= range[1],
    };
  });

  const segments: StepSegment[] = [];
  const held = points.map((_, i) => i).filter((i) => isHeld(points[i].kind));
  let k = 0;
  while (k < held.length) {
    const kind = points[held[k]].kind;
    let to = k;
    while (to + 1 < held.length && points[held[to + 1]].kind === kind) to++;
    const run = held.slice(k, to + 1);
    const vertices: [number, number][] = run.map((i) => [px(points[i].start), y(points[i].value)]);
    const next = points[held[to + 1]] as TimedPoint | undefined;
    const last = points[held[to]];
    // The run ends where the next held figure takes over (rising or falling to it) or,
    // for the last one, at the end of its own period.
    vertices.push(next ? [px(next.start), y(next.value)] : [px(last.end), y(last.value)]);
    segments.push({ kind, from: run[0], points: run, d: stepAfterPath(vertices) });
    k = to + 1;
  }

  points.forEach((p, i) => {
    if (isHeld(p.kind)) return;
    let j = i + 1;
    while (j < points.length && points[j].start <= p.start) j++;
    const x1 = px(j < points.length ? points[j].start : p.end);
    const v = y(p.value);
    segments.push({ kind: p.kind, from: i, points: [i], d: stepAfterPath([[px(p.start), v], [x1, v]]) });
  });
  return { segments, markers };
}
