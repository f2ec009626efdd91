import { useMemo } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { t } from '../i18n/navigation.en';
import { appStore, useAppStore } from '../store/appStore';
import { formatAt } from '../timeline/formatWhen';
import type { LaneBox } from '../timeline/layoutLanes';
import { describeEvent } from '../timeline/markDescription';
import { laneTimesFor } from '../timeline/laneTimes';
import { tickCountFor } from '../axis/tickFormat';
import { useQuietDomain } from '../axis/useQuietDomain';
import {
  DENSE_PERIOD,
  finerInterval,
  intervalKey,
  laneRowsFor,
  mostImportant,
  periodNear,
  periodsOf,
  precisionForSpan,
  rowNear,
  topInterval,
  type LaneRows,
  type Period,
} from './layoutNavigation';
import { NavigationTree, type TreeModel } from './NavigationTree';
import { localName, localTitle } from '../i18n/localized';

/** Props of TimelineTree. */
export interface TimelineTreeProps {
  dataset: LoadedDataset;
  mask: Uint8Array;
  lanes: readonly LaneBox[];
  /** Plot width, px: the axis's tick count, so periods are the axis intervals. */
  plotWidth: number;
  /** Left edge of the plot inside the surface, px: where the focused item is shown. */
  left: number;
}

/** The tree moves nothing while the span moves: it follows the span at rest. */
const noFrame = () => {};

/** The children of one tree node: the lanes, a lane's or period's periods, or a period's events. */
type Level =
  | { kind: 'lanes'; count: number }
  | { kind: 'periods'; lane: LaneRows; periods: Period[] }
  | { kind: 'events'; lane: LaneRows; from: number; to: number };

/** "2016", "March 2016", "12 March 2016", or "2014 to 2015" for a longer axis step. */
function periodName(p: Period): string {
  const precision = precisionForSpan(p.t1 - p.t0);
  const a = formatAt(p.t0, precision);
  const b = formatAt(p.t1 - 1, precision);
  return a === b ? a : t('treeSpan', { from: a, to: b });
}

/**
 * A lane's label facts: how many of its events pass the filters (the timeline's own
 * lane times, already built for this mask) and its first and last such rows, found
 * from the ends of the lane. Copying every lane's rows (laneRowsFor) just to name the
 * lanes cost more than the rest of a filter change at 10^6 events; a lane's rows are
 * copied only when it is opened.
 */
function laneSummary(dataset: LoadedDataset, actor: number, mask: Uint8Array): { count: number; first: number; last: number } {
  const count = laneTimesFor(dataset.columns, dataset.index, actor, mask).starts.length;
  if (count === 0) return { count, first: -1, last: -1 };
  const rows = dataset.index.laneRows(actor);
  // Bounded, so a count and rows out of step can never spin the main thread.
  let a = 0;
  while (a < rows.length && mask[rows[a]] !== 1) a++;
  let b = rows.length - 1;
  while (b > a && mask[rows[b]] !== 1) b--;
  if (a === rows.length) return { count: 0, first: -1, last: -1 };
  return { count, first: rows[a], last: rows[b] };
}

/**
 * The timeline's structured navigation (issue 11): one tab stop, an ARIA tree of
 * lanes, their periods at the current zoom (the axis intervals), and events. A period
 * of more than DENSE_PERIOD events opens into finer periods, so every event is
 * reachable at any size. The keys and the tree's behaviour are NavigationTree's.
 */
export function TimelineTree({ dataset, mask, lanes, plotWidth, left }: TimelineTreeProps) {
  const ticks = tickCountFor(plotWidth);
  // The periods of the span at rest: a zoom gesture that crosses from years to months
  // re-renders the tree once, when it settles, not in the frame that crosses (each
  // lane's label counts its rows). Nothing of the tree is drawn per frame.
  const domain = useQuietDomain(noFrame);
  const key = intervalKey(topInterval(domain, ticks));
  const interval = useMemo(() => topInterval(domain, ticks), [key, ticks]); // eslint-disable-line react-hooks/exhaustive-deps
  const selectedId = useAppStore((s) => s.selectedId);
  const selectedRow = useMemo(() => (selectedId === null ? -1 : dataset.text.indexOf(selectedId)), [dataset, selectedId]);
  // Which lanes, not their boxes: a height change re-lays the lanes but changes no item.
  const laneKey = lanes.map((l) => l.actor).join(',');
  const version = useMemo(() => ({}), [key, mask, laneKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const laneOf = (slot: number) => laneRowsFor(dataset.index, lanes[slot].actor, mask);
  const model: TreeModel<Level> = {
    root: { kind: 'lanes', count: lanes.length },
    size: (level) => (level.kind === 'lanes' ? level.count : level.kind === 'periods' ? level.periods.length : level.to - level.from),
    children(level, index) {
      if (level.kind === 'lanes') {
        if (!lanes[index] || !interval) return null;
        const lane = laneOf(index);
        return lane.rows.length ? { kind: 'periods', lane, periods: periodsOf(lane, 0, lane.rows.length, interval) } : null;
      }
      if (level.kind === 'periods') {
        let p = level.periods[index];
        // Split a dense period; a split that leaves one period (events at one instant) is split again.
        for (let finer = p.to - p.from > DENSE_PERIOD ? finerInterval(p) : null; finer; finer = finerInterval(p)) {
          const periods = periodsOf(level.lane, p.from, p.to, finer);
          if (periods.length > 1) return { kind: 'periods', lane: level.lane, periods };
          p = periods[0];
        }
        return { kind: 'events', lane: level.lane, from: p.from, to: p.to };
      }
      return null;
    },
    expandable: (level, i) => level.kind === 'periods' || (level.kind === 'lanes' && laneSummary(dataset, lanes[i].actor, mask).count > 0),
    label(level, i) {
      if (level.kind === 'lanes') {
        const lane = laneSummary(dataset, lanes[i].actor, mask);
        const actor = dataset.meta.actors[lanes[i].actor];
        const name = actor ? localName(actor) : '';
        if (lane.count === 0) return t('treeLaneEmpty', { name });
        // Each end at the precision its event was given: a year-only event is not made "1 January".
        const at = (row: number) => formatAt(dataset.columns.start[row], Math.min(2, dataset.columns.precision[row]));
        const first = at(lane.first);
        const last = at(lane.last);
        return t('treeLane', { name, count: lane.count, dates: first === last ? first : t('treeSpan', { from: first, to: last }) });
      }
      if (level.kind === 'periods') {
        const p = level.periods[i];
        const n = p.to - p.from;
        const top = localTitle(dataset, mostImportant(dataset.columns, level.lane, p));
        return t('treePeriod', { period: periodName(p), count: n, top });
      }
      return describeEvent(dataset, level.lane.rows[level.from + i]);
    },
    span(level, i) {
      if (level.kind === 'periods') return [level.periods[i].t0, level.periods[i].t1];
      if (level.kind === 'events') {
        const row = level.lane.rows[level.from + i];
        return [dataset.columns.start[row], dataset.columns.end[row]];
      }
      return null;
    },
    near: (level, t) =>
      level.kind === 'periods' ? periodNear(level.periods, t) : level.kind === 'events' ? rowNear(level.lane, level.from, level.to, t) : 0,
    selected: (level, i) => (level.kind === 'events' ? level.lane.rows[level.from + i] === selectedRow : undefined),
    activate(level, i) {
      if (level.kind === 'events') appStore.getState().select(dataset.text.id(level.lane.rows[level.from + i]));
    },
  };

  if (lanes.length === 0) return null;
  return (
    <NavigationTree
      model={model}
      version={version}
      className="tl-tree"
      label={t('treeTimeline')}
      help={t('treeTimelineHelp')}
      style={{ marginInlineStart: left }}
      onFocusItem={(focus, tree) => {
        // Scroll the focused lane into view (its item has no box of its own to scroll to).
        const body = tree.parentElement;
        const box = focus && lanes[focus.path[0]];
        if (!body || !box) return;
        if (box.y < body.scrollTop) body.scrollTop = box.y;
        else if (box.y + box.height > body.scrollTop + body.clientHeight) body.scrollTop = box.y + box.height - body.clientHeight;
      }}
    />
  );
}

export default TimelineTree;
