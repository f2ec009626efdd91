import { useMemo } from 'react';
import { formatPartialDate } from '../i18n/formatDate';
import type { Source } from '../model/types';
import { kindLabel, describeFigure, isHeld } from '../troops/figureKind';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/chartTree.en';
import { formatFigure, type FigureUnit } from '../troops/formatFigure';
import { describePoint } from '../troops/describePoint';
import { seriesSteps, stepAt, type SeriesStep } from '../troops/seriesSteps';
import type { PointRef, TimedSeries } from '../troops/timedSeries';
import { NavigationTree, type TreeModel } from './NavigationTree';

/** Props of {@link ChartTree}. */
export interface ChartTreeProps {
  /** Every series of the dataset placed in time, in dataset order. */
  timed: readonly TimedSeries[];
  /** Ids of the series the legend hides: not in the tree either. */
  hidden: readonly string[];
  sources: ReadonlyMap<string, Source>;
  /** The figure whose source is shown (Enter on a figure). */
  selected: PointRef | null;
  onSelect: (ref: PointRef) => void;
  /** The figure the focused item stands for (a figure, or a step's first), null when focus is elsewhere. */
  onFocusPoint: (ref: PointRef | null) => void;
  /** Left edge of the plot, px: where the focused item's text shows. */
  left: number;
}

/** A series in the tree with its steps. */
interface SeriesRow {
  s: number;
  timed: TimedSeries;
  steps: SeriesStep[];
}

type Level =
  | { kind: 'series'; rows: SeriesRow[] }
  | { kind: 'steps'; row: SeriesRow }
  | { kind: 'figures'; row: SeriesRow; step: SeriesStep };

/**
 * How a step differs from the one before it on the line: "up 100 from the step
 * before". A ceiling or a plan is set against the figure in force when it was given:
 * "450 above the official level in force (3,100 troops)".
 */
function changeText(steps: readonly SeriesStep[], i: number, unit: FigureUnit): string {
  const step = steps[i];
  let before: SeriesStep | undefined;
  for (let k = i - 1; k >= 0 && !before; k--) if (isHeld(steps[k].kind)) before = steps[k];
  if (!before) return t(isHeld(step.kind) ? 'chartTreeFirst' : 'chartTreeNothingBefore');
  const diff = step.value - before.value;
  const by = formatNumber(Math.abs(diff));
  if (isHeld(step.kind)) return diff === 0 ? t('chartTreeSame') : t(diff > 0 ? 'chartTreeUp' : 'chartTreeDown', { by });
  const than = { by, kind: kindLabel(before.kind), figure: formatFigure(before.value, unit, before.estimate, before.kind) };
  return t(diff === 0 ? 'chartTreeAgainstSame' : diff > 0 ? 'chartTreeAgainstAbove' : 'chartTreeAgainstBelow', than);
}

/**
 * The troop chart as a tree (issue 11): the shown series, then their steps (each with
 * its dates, its figure and what kind of figure it is, and the change from the step
 * before), then the figures that make each step, with their sources. The same keys
 * and behaviour as the timeline's tree (NavigationTree); Enter on a figure shows its
 * source and quote on the chart.
 */
export function ChartTree({ timed, hidden, sources, selected, onSelect, onFocusPoint, left }: ChartTreeProps) {
  const rows = useMemo(
    () =>
      timed.flatMap((ts, s) => (hidden.includes(ts.series.id) || ts.points.length === 0 ? [] : [{ s, timed: ts, steps: seriesSteps(ts.points) }])),
    [timed, hidden],
  );
  const version = rows.map((r) => r.s).join(',');
  const dateOf = (row: SeriesRow, i: number) => formatPartialDate(row.timed.points[i].point.date);

  const model: TreeModel<Level> = {
    root: { kind: 'series', rows },
    size: (level) => (level.kind === 'series' ? level.rows.length : level.kind === 'steps' ? level.row.steps.length : level.step.points.length),
    children: (level, i) =>
      level.kind === 'series' ? { kind: 'steps', row: level.rows[i] } : level.kind === 'steps' ? { kind: 'figures', row: level.row, step: level.row.steps[i] } : null,
    expandable: (level) => level.kind !== 'figures',
    label(level, i) {
      if (level.kind === 'series') {
        const { timed: series, steps } = level.rows[i];
        const n = series.points.length;
        const first = dateOf(level.rows[i], 0);
        const last = dateOf(level.rows[i], n - 1);
        return t('chartTreeSeries', {
          name: series.series.name,
          figures: t('chartTreeFigures', { count: n }),
          steps: t('chartTreeSteps', { count: steps.length }),
          dates: first === last ? first : t('chartTreeSpan', { from: first, to: last }),
        });
      }
      if (level.kind === 'steps') {
        const { row } = level;
        const step = row.steps[i];
        const unit = row.timed.series;
        const from = dateOf(row, step.points[0]);
        const lastReport = step.points.length > 1 ? dateOf(row, step.points[step.points.length - 1]) : null;
        const dates =
          step.next !== null
            ? t('chartTreeSpan', { from, to: dateOf(row, step.next) })
            : lastReport
              ? t('chartTreeFromLast', { from, last: lastReport })
              : t('chartTreeFrom', { from });
        const figure = formatFigure(step.value, unit, step.estimate, step.kind);
        const text = t('chartTreeStep', { dates, figure, what: describeFigure(step.kind, step.estimate), change: changeText(row.steps, i, unit) });
        return step.points.length > 1 ? t('chartTreeReported', { step: text, figures: t('chartTreeFigures', { count: step.points.length }) }) : text;
      }
      const p = level.row.timed.points[level.step.points[i]];
      return describePoint(level.row.timed.series, p, sources.get(p.point.source), false);
    },
    span(level, i) {
      if (level.kind === 'series') return null;
      if (level.kind === 'steps') {
        const step = level.row.steps[i];
        const { points } = level.row.timed;
        return [step.start, step.next !== null ? points[step.next].start : points[step.points[step.points.length - 1]].end];
      }
      const p = level.row.timed.points[level.step.points[i]];
      return [p.start, p.end];
    },
    near(level, t) {
      if (level.kind === 'steps') return stepAt(level.row.steps, t);
      if (level.kind === 'figures') {
        let best = 0;
        level.step.points.forEach((p, k) => {
          if (level.row.timed.points[p].start <= t) best = k;
        });
        return best;
      }
      return 0;
    },
    selected: (level, i) =>
      level.kind === 'figures' ? selected !== null && selected.s === level.row.s && selected.i === level.step.points[i] : undefined,
    activate(level, i) {
      if (level.kind === 'figures') onSelect({ s: level.row.s, i: level.step.points[i] });
    },
  };

  if (rows.length === 0) return null;
  return (
    <NavigationTree
      model={model}
      version={version}
      className="troops-tree"
      label={t('chartTree')}
      help={t('chartTreeHelp')}
      style={{ insetInlineStart: left }}
      onFocusItem={(focus) => {
        if (!focus || focus.levels.length < 2) return onFocusPoint(null);
        const row = rows[focus.path[0]];
        const step = row?.steps[focus.path[1]];
        if (!step) return onFocusPoint(null);
        onFocusPoint({ s: row.s, i: focus.path.length > 2 ? (step.points[focus.path[2]] ?? step.points[0]) : step.points[0] });
      }}
    />
  );
}

export default ChartTree;
