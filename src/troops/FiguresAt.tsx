import { useMemo } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { formatShortDate } from '../i18n/formatDate';
import { useAppStore } from '../store/appStore';
import { kindLabel } from './figureKind';
import { t as tFigure } from '../i18n/figures.en';
import { t } from '../i18n/troops.en';
import { formatFigure } from './formatFigure';
import { toTimedSeries } from './timedSeries';
import { valueAt } from './valueAt';
import { localSeries } from '../i18n/localized';

/**
 * The troop chart's figures in force at a moment, for the phone's full-screen story,
 * where the chart itself is out of sight: each with what kind of figure it is and
 * since when. Exported from TroopChart.tsx so it shares the chart's chunk.
 */
export function FiguresAt({ dataset, at }: { dataset: LoadedDataset; at: number }) {
  const hidden = useAppStore((s) => s.hiddenSeries);
  const timed = useMemo(() => dataset.meta.series.map((s) => toTimedSeries(localSeries(s))), [dataset]);
  const rows = timed.flatMap(({ series, held }) => {
    const point = hidden.includes(series.id) ? undefined : valueAt(held, at);
    return point ? [{ series, point }] : [];
  });
  if (!rows.length) return null;
  return (
    <div className="story-figures">
      <h3 className="story-figures-title">{t('troopsFiguresThen')}</h3>
      <ul>
        {rows.map(({ series, point }) => (
          <li key={series.id}>
            {series.name}: <strong>{formatFigure(point.value, series, point.estimate, point.kind)}</strong>{' '}
            <span className="muted">{tFigure('figureAside', { what: kindLabel(point.kind), date: formatShortDate(point.start, point.precision) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
