import { formatPartialDate, formatShortDate } from '../i18n/formatDate';
import { kindLabel } from './figureKind';
import { formatFigure } from './formatFigure';
import { t as tFigure } from '../i18n/figures.en';
import type { SeriesStyle } from './seriesStyle';
import type { TimedSeries } from './timedSeries';
import { t as tTooltip } from '../i18n/tooltips.en';
import { valueAt } from './valueAt';

/** Props of {@link CrosshairReadout}. */
export interface CrosshairReadoutProps {
  /** The date under the crosshair, ms. */
  t: number;
  /** The visible series, with their styles. */
  rows: readonly { timed: TimedSeries; style: SeriesStyle }[];
  left: number;
  flip: boolean;
}

/**
 * Every visible series' figure in force at the crosshair's date (the last count or
 * official level at or before it: a ceiling or plan is not a figure in force), with
 * its kind and the date it is from; "no figure" before the first.
 */
export function CrosshairReadout({ t, rows, left, flip }: CrosshairReadoutProps) {
  return (
    <div className={flip ? 'troops-readout troops-readout-flip' : 'troops-readout'} style={{ left }} aria-hidden="true">
      <div className="troops-readout-date">{formatShortDate(t, 'day')}</div>
      {rows.map(({ timed, style }) => {
        const p = valueAt(timed.held, t);
        return (
          <div key={timed.series.id} className="troops-readout-row">
            <svg width="18" height="8" aria-hidden="true">
              <line x1="0" x2="18" y1="4" y2="4" stroke={style.color} strokeWidth="2" strokeDasharray={style.lineDash || undefined} />
            </svg>
            <span className="troops-readout-name">{timed.series.name}</span>
            <span className="troops-readout-value">
              {p
                ? `${formatFigure(p.value, timed.series, p.estimate, p.kind)} ${tFigure('figureAside', { what: kindLabel(p.kind), date: formatPartialDate(p.point.date) })}`
                : tTooltip('tooltipNoFigure')}
            </span>
          </div>
        );
      })}
    </div>
  );
}
