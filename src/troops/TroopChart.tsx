import { useMemo, useRef, useState } from 'react';
import { ChartTree } from '../navigation/ChartTree';
import { ChartSummary } from '../summary/ChartSummary';
import { useEscape } from '../ui/escapeStack';
import type { DatasetMeta } from '../model/loadedDataset';
import { useAppStore } from '../store/appStore';
import { SeriesLegend, SeriesNotes } from './SeriesLegend';
import { ListenControl } from './sonify/ListenControl';
import { SeriesTable } from './SeriesTable';
import { toTimedSeries, type PointRef } from './timedSeries';
import { TroopPlot } from './TroopPlot';
import { useAlignedPlot } from './useAlignedPlot';
import { useElementSize } from '../ui/useElementSize';
import './troops.css';
import { documentTranslation, localSeries } from '../i18n/localized';
import { t } from '../i18n/troops.en';

/** Where layout is unavailable (jsdom) the chart is laid out at a typical desktop width. */
const CHART_FALLBACK_SIZE = { width: 960, height: 0 };

/** The figures of a moment in words (the phone story), in this chunk with the chart they come from. */
export { FiguresAt } from './FiguresAt';

/**
 * The troop-numbers chart under the timeline: the dataset's numeric series as step
 * lines on the timeline's time axis, with a legend, tooltips and a table of figures.
 */
export function TroopChart() {
  const meta = useAppStore((s) => s.dataset?.meta);
  const hidden = useAppStore((s) => s.hiddenSeries);
  const toggleSeries = useAppStore((s) => s.toggleSeries);
  if (!meta) return null;
  if (meta.series.length === 0) return <p className="troops-empty">{t('troopsNoSeries')}</p>;
  return <TroopFigure meta={meta} hidden={hidden} onToggle={toggleSeries} />;
}

/** Props of {@link TroopFigure}. */
interface TroopFigureProps {
  meta: DatasetMeta;
  hidden: readonly string[];
  onToggle: (id: string) => void;
}

function TroopFigure({ meta, hidden, onToggle }: TroopFigureProps) {
  const plotArea = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(plotArea, CHART_FALLBACK_SIZE);
  const placement = useAlignedPlot(plotArea, width);
  // Names and notes in the reader's language where the dataset translates them.
  const series = useMemo(() => meta.series.map(localSeries), [meta.series]);
  const timed = useMemo(() => series.map(toTimedSeries), [series]);
  const shown = useMemo(() => timed.filter((t) => !hidden.includes(t.series.id)), [timed, hidden]);
  const sources = useMemo(() => new Map(meta.sources.map((s) => [s.id, s])), [meta.sources]);
  const hasTroops = series.some((s) => s.unit === 'troops');
  // The tree's focused figure (ringed on the plot) and the one picked with Enter (its tooltip stays).
  const [treeFocus, setTreeFocus] = useState<PointRef | null>(null);
  const [selected, setSelected] = useState<PointRef | null>(null);
  useEscape(() => setSelected(null), selected !== null);
  return (
    <figure className="troops">
      <figcaption className="troops-caption">
        <span className="troops-title">{t(hasTroops ? 'troopsTitle' : 'troopsTitleFigures')}</span>{' '}
        {/* The series are named in the legend right below, so the subtitle does not list them again. */}
        <span className="troops-subtitle">{t('troopsSubtitle')}</span>
      </figcaption>
      <ChartSummary timed={timed} hidden={hidden} />
      <SeriesLegend series={series} hidden={hidden} onToggle={onToggle} />
      <ListenControl timed={shown} />
      <div ref={plotArea} className="troops-plot-area">
        <ChartTree
          timed={timed}
          hidden={hidden}
          sources={sources}
          selected={selected}
          onSelect={(ref) => setSelected((s) => (s && s.s === ref.s && s.i === ref.i ? null : ref))}
          onFocusPoint={setTreeFocus}
          left={placement.left}
        />
        <TroopPlot
          series={series}
          timed={timed}
          sources={sources}
          hidden={hidden}
          width={Math.max(width, placement.left + placement.width + 8)}
          placement={placement}
          focusedPoint={treeFocus}
          selected={selected}
        />
      </div>
      <SeriesNotes series={series} />
      <SeriesTable series={series} sources={sources} original={documentTranslation(meta)?.from} />
    </figure>
  );
}
