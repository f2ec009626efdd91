import { formatPartialDate } from '../i18n/formatDate';
import type { Series, Source } from '../model/types';
import { describeFigure } from './figureKind';
import { formatFigure } from './formatFigure';
import type { TimedPoint } from './timedSeries';

/**
 * One figure in words, as a screen reader hears it on the chart's marker and in its
 * tree: "US troops in Iraq: about 5,200 troops, November 2017, official level,
 * approximate. Source: Reuters". Without `seriesName` the series is left to the context.
 */
export function describePoint(series: Series, point: TimedPoint, source: Source | undefined, withName = true): string {
  const figure = formatFigure(point.value, series.unit, point.estimate, point.kind);
  const text = `${figure}, ${formatPartialDate(point.point.date)}, ${describeFigure(point.kind, point.estimate)}${source ? `. Source: ${source.publisher}` : ''}`;
  return withName ? `${series.name}: ${text}` : text;
}
