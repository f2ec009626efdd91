import { t } from '../i18n/figures.en';
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
  const figure = formatFigure(point.value, series, point.estimate, point.kind);
  const described = t('figureDescribed', { figure, date: formatPartialDate(point.point.date), what: describeFigure(point.kind, point.estimate) });
  const text = source ? t('figureSource', { figure: described, publisher: source.publisher }) : described;
  return withName ? t('figureOfSeries', { series: series.name, figure: text }) : text;
}
