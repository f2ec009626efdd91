import { formatPartialDate } from '../i18n/formatDate';
import { describeFigure } from '../troops/figureKind';
import { formatFigure, type FigureUnit } from '../troops/formatFigure';
import { t as tFigure } from '../i18n/figures.en';
import { t } from '../i18n/troops.en';
import type { TimedPoint, TimedSeries } from '../troops/timedSeries';
import { YEAR_ONE_MS } from '../axis/eraYears';
import { formatAt } from '../timeline/formatWhen';

/** What one series shows in a span: its highest figure and its latest. */
export interface SeriesInView {
  name: string;
  /** Its unit, with the series' translation of it. */
  unit: FigureUnit;
  /** The highest figure that held (a count or an official level); a ceiling or plan only where nothing held. */
  peak: TimedPoint | null;
  /** The last figure dated in the span (or in force at its start), of any kind. */
  latest: TimedPoint | null;
}

/**
 * The figures of `timed` in [from, to): those dated in it, and the one in force when it
 * opens (the last held figure before it). The peak is the highest held figure among
 * them, the earliest of equals; where none held (only a ceiling or a plan), the highest
 * of those, said as what it is.
 */
export function seriesInView(timed: TimedSeries, from: number, to: number): SeriesInView {
  const inView: TimedPoint[] = [];
  let before: TimedPoint | null = null;
  for (const p of timed.points) {
    if (p.start < from) {
      if (p.kind === 'count' || p.kind === 'official') before = p;
    } else if (p.start < to) inView.push(p);
  }
  if (before) inView.unshift(before);
  const held = inView.filter((p) => p.kind === 'count' || p.kind === 'official');
  const pool = held.length ? held : inView;
  let peak: TimedPoint | null = null;
  for (const p of pool) if (!peak || p.value > peak.value) peak = p;
  return { name: timed.series.name, unit: timed.series, peak, latest: inView[inView.length - 1] ?? null };
}

const figureText = (p: TimedPoint, unit: FigureUnit) =>
  `${formatFigure(p.value, unit, p.estimate, p.kind)} ${tFigure('figureAside', { what: describeFigure(p.kind, p.estimate), date: formatPartialDate(p.point.date) })}`;

/**
 * The chart's summary in words: the span, then per shown series its peak and latest
 * figure, each with its kind and date, and how many series the legend hides.
 */
export function chartSummaryText(series: readonly SeriesInView[], hiddenCount: number, from: number, to: number): string {
  if (series.length === 0) return t('summaryAllHidden');
  const parts = [t('summarySpan', { from: formatAt(from, 2), to: formatAt(to - 1, 2, from < YEAR_ONE_MS) })];
  for (const s of series) {
    const name = s.name;
    if (!s.peak || !s.latest) parts.push(t('summaryNoFigure', { name }));
    else if (s.peak === s.latest) parts.push(t('summaryOnly', { name, figure: figureText(s.latest, s.unit) }));
    else parts.push(t('summaryPeak', { name, peak: figureText(s.peak, s.unit), latest: figureText(s.latest, s.unit) }));
  }
  if (hiddenCount > 0) parts.push(t('summaryHidden', { count: hiddenCount }));
  return parts.join(' ');
}
