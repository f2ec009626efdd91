import { parsePartialDate } from '../model/partialDate';
import type { Estimate, FigureKind, Precision, Series, SeriesPoint } from '../model/types';
import { isHeld } from './figureKind';

/** A series point placed in time: the period its (partial) date covers, in ms. */
export interface TimedPoint {
  /** Start of the period the date names; the step begins here. */
  start: number;
  /** End of that period (a day, month or year later). */
  end: number;
  value: number;
  estimate: Estimate;
  kind: FigureKind;
  precision: Precision;
  /** Position in `series.points`. */
  index: number;
  point: SeriesPoint;
}

/** A figure on the chart: series position in the dataset and point position in its timed points. */
export interface PointRef {
  s: number;
  i: number;
}

/** A series with its points placed in time, in date order. */
export interface TimedSeries {
  series: Series;
  points: TimedPoint[];
  /** The points whose figures held (counts and official levels): what the line and the readout follow. */
  held: TimedPoint[];
}

/**
 * Places each point of a series in time. The validator guarantees the dates parse;
 * a point that still does not is left out rather than drawn at an invented date.
 */
export function toTimedSeries(series: Series): TimedSeries {
  const points: TimedPoint[] = [];
  series.points.forEach((point, index) => {
    const pd = parsePartialDate(point.date);
    if (!pd) return;
    const start = Number(pd.start);
    const end = Number(pd.end);
    points.push({
      start,
      end: end > start ? end : start,
      value: point.value,
      estimate: point.estimate,
      kind: point.kind,
      precision: pd.precision,
      index,
      point,
    });
  });
  return { series, points, held: points.filter((p) => isHeld(p.kind)) };
}
