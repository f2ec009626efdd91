import type { Estimate, FigureKind } from '../model/types';
import { isHeld } from './figureKind';
import type { TimedPoint } from './timedSeries';

/**
 * One step of a series: a figure from its date until the next step takes over. The
 * figures that held (counts, official levels) are the step line: consecutive ones of
 * the same figure and kind are one step, reported once or several times. A ceiling or
 * a plan is a step of its own, never merged into the line (as the chart draws it).
 */
export interface SeriesStep {
  /** Indices (in the timed points) of the figures that make the step, in date order. */
  points: number[];
  /** Start of the first figure's date, ms. */
  start: number;
  /** Index of the figure where the next step takes over, or null for the last. */
  next: number | null;
  value: number;
  kind: FigureKind;
  /** How the first figure of the step is known. */
  estimate: Estimate;
}

/**
 * The steps of a series in date order (at one date, the line's figure before a
 * ceiling or plan announced that day). A held step lasts until the next held figure
 * of another value or kind, where the line rises or falls; a ceiling's or a plan's
 * until the series' next later figure, as layoutSeries draws them.
 */
export function seriesSteps(points: readonly TimedPoint[]): SeriesStep[] {
  const held: SeriesStep[] = [];
  const others: SeriesStep[] = [];
  points.forEach((p, i) => {
    const step = (): SeriesStep => ({ points: [i], start: p.start, next: null, value: p.value, kind: p.kind, estimate: p.estimate });
    if (!isHeld(p.kind)) {
      const s = step();
      const next = points.findIndex((q) => q.start > p.start);
      s.next = next < 0 ? null : next;
      others.push(s);
      return;
    }
    const last = held[held.length - 1];
    if (last && last.value === p.value && last.kind === p.kind) last.points.push(i);
    else {
      if (last) last.next = i;
      held.push(step());
    }
  });
  return [...held, ...others].sort((a, b) => a.start - b.start || Number(isHeld(b.kind)) - Number(isHeld(a.kind)) || a.points[0] - b.points[0]);
}

/** The index of the step in force at `t` (the last starting at or before it), else 0. */
export function stepAt(steps: readonly SeriesStep[], t: number): number {
  let found = 0;
  for (let k = 0; k < steps.length; k++) if (steps[k].start <= t) found = k;
  return found;
}
