import { formatPartialDate } from '../i18n/formatDate';
import type { Series, Source, SourceGrade } from '../model/types';
import { describeFigure } from './figureKind';
import { formatFigure } from './formatFigure';
import { t } from '../i18n/tooltips.en';
import type { TimedPoint } from './timedSeries';
import { useAppStore } from '../store/appStore';
import { documentTranslation } from '../i18n/localized';

const GRADE_LABEL = { A: 'tooltipGradeA', B: 'tooltipGradeB', C: 'tooltipGradeC' } as const satisfies Record<SourceGrade, string>;

/** Props of {@link SeriesTooltip}. */
export interface SeriesTooltipProps {
  id: string;
  series: Series;
  point: TimedPoint;
  source: Source | undefined;
  /** Position inside the chart container, px. */
  left: number;
  top: number;
  /** Open to the left of the anchor when it is near the right edge. */
  flip: boolean;
}

/** What one figure is and where it comes from: value, date at its precision, kind and estimate, note, source and quote. */
export function SeriesTooltip({ id, series, point, source, left, top, flip }: SeriesTooltipProps) {
  const { value, estimate, kind, date, quote, note } = point.point;
  // The source's words stay as it published them, marked in their language where the page is in another.
  const original = useAppStore((s) => (s.dataset ? documentTranslation(s.dataset.meta)?.from : undefined));
  return (
    <div
      id={id}
      role="tooltip"
      className={flip ? 'troops-tooltip troops-tooltip-flip' : 'troops-tooltip'}
      style={{ left, top }}
    >
      <div className="troops-tooltip-series">{series.name}</div>
      <div className="troops-tooltip-figure">{formatFigure(value, series, estimate, kind)}</div>
      <div className="troops-tooltip-meta">
        {formatPartialDate(date)} · {describeFigure(kind, estimate)}
      </div>
      {source ? (
        <div className="troops-tooltip-source">
          <bdi lang={original}>{source.publisher}</bdi>: <bdi lang={original}>“{source.title}”</bdi>{source.grade ? ` (${t(GRADE_LABEL[source.grade])})` : ''}
        </div>
      ) : (
        <div className="troops-tooltip-source">{t('tooltipUnknownSource', { source: point.point.source })}</div>
      )}
      {note ? <div className="troops-tooltip-note">{note}</div> : null}
      {quote ? <blockquote className="troops-tooltip-quote" lang={original} dir="auto">“{quote}”</blockquote> : null}
    </div>
  );
}
