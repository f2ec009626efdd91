import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { groupDigits } from '../model/groupDigits';
import { appStore, useAppStore } from '../store/appStore';
import { formatAt } from '../timeline/formatWhen';
import type { LaneBox } from '../timeline/layoutLanes';
import { describeEvent } from '../timeline/markDescription';
import { laneTimesFor } from '../timeline/laneTimes';
import { tickCountFor } from '../axis/tickFormat';
import { showSpan, shownSpan } from '../axis/shownSpan';
import { zoomAround } from '../timeline/zoomActions';
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
import './tree.css';

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

/** Siblings rendered either side of the one on the focused path (the rest exist only as aria-setsize). */
const WINDOW = 6;

/** The children of one tree node: the lanes, a lane's or period's periods, or a period's events. */
type Level =
  | { kind: 'lanes'; count: number }
  | { kind: 'periods'; slot: number; lane: LaneRows; periods: Period[] }
  | { kind: 'events'; slot: number; lane: LaneRows; from: number; to: number };

const sizeOf = (level: Level) =>
  level.kind === 'lanes' ? level.count : level.kind === 'periods' ? level.periods.length : level.to - level.from;

const plural = (n: number) => `${groupDigits(n)} ${n === 1 ? 'event' : 'events'}`;

/** "2016", "March 2016", "12 March 2016", or "2014 to 2015" for a longer axis step. */
function periodName(p: Period): string {
  const precision = precisionForSpan(p.t1 - p.t0);
  const a = formatAt(p.t0, precision);
  const b = formatAt(p.t1 - 1, precision);
  return a === b ? a : `${a} to ${b}`;
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
  let a = 0;
  while (mask[rows[a]] !== 1) a++;
  let b = rows.length - 1;
  while (mask[rows[b]] !== 1) b--;
  return { count, first: rows[a], last: rows[b] };
}

/** Time span [from, to) of the item at `index` of `level` (null for a lane). */
function spanOf(level: Level, index: number, dataset: LoadedDataset): [number, number] | null {
  if (level.kind === 'periods') return [level.periods[index].t0, level.periods[index].t1];
  if (level.kind === 'events') {
    const row = level.lane.rows[level.from + index];
    return [dataset.columns.start[row], dataset.columns.end[row]];
  }
  return null;
}

/**
 * The timeline's structured navigation (issue 11): one tab stop, an ARIA tree of
 * lanes, their periods at the current zoom, and events. Down or Enter goes in, Up or
 * Escape comes out, Left/Right move in time, Shift+Up/Down change lane at the same
 * time, Home/End, +/- zoom around the focused item. Only the focused path and a few
 * siblings either side are in the DOM; aria-posinset/aria-setsize give the real
 * positions. The view pans to keep the focused item on screen; the focused item's
 * own text is shown over the axis, so focus is never on something hidden.
 */
export function TimelineTree({ dataset, mask, lanes, plotWidth, left }: TimelineTreeProps) {
  const ticks = tickCountFor(plotWidth);
  // Re-render when the axis interval changes (zoom), not on every frame.
  const key = useSyncExternalStore(shownSpan.subscribe, () => intervalKey(topInterval(shownSpan.getState().domain, ticks)));
  const interval = useMemo(() => topInterval(shownSpan.getState().domain, ticks), [key, ticks]); // eslint-disable-line react-hooks/exhaustive-deps
  const selectedId = useAppStore((s) => s.selectedId);
  const selectedRow = useMemo(() => (selectedId === null ? -1 : dataset.text.indexOf(selectedId)), [dataset, selectedId]);
  const [path, setPath] = useState<number[]>([0]);
  const [focusWithin, setFocusWithin] = useState(false);
  const treeRef = useRef<HTMLUListElement>(null);
  const idBase = `tl-tree${useId().replace(/[^\w-]/g, '')}`;

  const childrenOf = (level: Level, index: number): Level | null => {
    if (level.kind === 'lanes') {
      const box = lanes[index];
      if (!box || !interval) return null;
      const lane = laneRowsFor(dataset.index, box.actor, mask);
      return lane.rows.length ? { kind: 'periods', slot: index, lane, periods: periodsOf(lane, 0, lane.rows.length, interval) } : null;
    }
    if (level.kind === 'periods') {
      let p = level.periods[index];
      // Split a dense period; a split that leaves one period (events at one instant) is split again.
      for (let finer = p.to - p.from > DENSE_PERIOD ? finerInterval(p) : null; finer; finer = finerInterval(p)) {
        const periods = periodsOf(level.lane, p.from, p.to, finer);
        if (periods.length > 1) return { kind: 'periods', slot: level.slot, lane: level.lane, periods };
        p = periods[0];
      }
      return { kind: 'events', slot: level.slot, lane: level.lane, from: p.from, to: p.to };
    }
    return null;
  };

  /** The levels along a path: levels[d] holds the siblings of path[d]. */
  const resolve = (p: readonly number[]): Level[] => {
    const levels: Level[] = [{ kind: 'lanes', count: lanes.length }];
    for (let d = 0; d + 1 < p.length; d++) {
      const next = childrenOf(levels[d], p[d]);
      if (!next || sizeOf(next) === 0) break;
      levels.push(next);
    }
    return levels;
  };

  /** A path in lane `slot` going `depth` levels down towards the instant `t`. */
  const pathAt = (slot: number, t: number, depth: number): number[] => {
    const out = [slot];
    let level: Level | null = { kind: 'lanes', count: lanes.length };
    while (out.length < depth && level) {
      const next: Level | null = childrenOf(level, out[out.length - 1]);
      if (!next || sizeOf(next) === 0) break;
      out.push(next.kind === 'periods' ? periodNear(next.periods, t) : next.kind === 'events' ? rowNear(next.lane, next.from, next.to, t) : 0);
      level = next;
    }
    return out;
  };

  const levels = resolve(path);
  const valid = path.length === levels.length && path.every((i, d) => i >= 0 && i < sizeOf(levels[d]));
  const focusedLevel = levels[levels.length - 1];
  const focusedIndex = path[levels.length - 1] ?? 0;
  const span = valid ? spanOf(focusedLevel, focusedIndex, dataset) : null;
  // The instant the focused item stands for, kept across zooms and filter changes.
  const pivot = useRef<number | null>(null);
  const spanStart = span?.[0] ?? null;
  // Which lanes, not their boxes: a height change re-lays the lanes but changes no item.
  const laneKey = lanes.map((l) => l.actor).join(',');

  // Zoom (a new axis interval), a filter or a lane change: the same instant in the new tree.
  // Declared before the effect below, so it reads the instant of the item focused before the change.
  useEffect(() => {
    setPath((p) => {
      const slot = Math.min(p[0], Math.max(0, lanes.length - 1));
      return pivot.current === null || p.length === 1 ? [slot] : pathAt(slot, pivot.current, p.length);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, mask, laneKey]);
  useEffect(() => {
    if (spanStart !== null) pivot.current = spanStart;
  }, [spanStart]);

  useLayoutEffect(() => {
    if (!focusWithin) return;
    const el = document.getElementById(`${idBase}-${path.join('-')}`);
    if (el && el !== document.activeElement) el.focus({ preventScroll: true });
    // Scroll the focused lane into view (its item has no box of its own to scroll to).
    const body = treeRef.current?.parentElement;
    const box = lanes[path[0]];
    if (body && box) {
      if (box.y < body.scrollTop) body.scrollTop = box.y;
      else if (box.y + box.height > body.scrollTop + body.clientHeight) body.scrollTop = box.y + box.height - body.clientHeight;
    }
  }, [path, focusWithin, idBase, lanes]);

  /** Pans (keeping the zoom) so that the item at `p` is on screen. */
  const reveal = (p: number[]) => {
    const ls = resolve(p);
    const s = spanOf(ls[ls.length - 1], p[ls.length - 1], dataset);
    if (!s) return;
    const [d0, d1] = shownSpan.getState().domain;
    const end = Math.min(s[1], s[0] + (d1 - d0));
    if (s[0] >= d0 && end <= d1) return;
    const width = d1 - d0;
    const centre = (s[0] + end) / 2;
    showSpan([centre - width / 2, centre + width / 2], { animate: true });
  };
  const go = (p: number[]) => {
    setPath(p);
    reveal(p);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!valid) return;
    const depth = levels.length - 1;
    const size = sizeOf(focusedLevel);
    const at = (i: number) => [...path.slice(0, depth), Math.max(0, Math.min(size - 1, i))];
    const children = childrenOf(focusedLevel, focusedIndex);
    const row = focusedLevel.kind === 'events' ? focusedLevel.lane.rows[focusedLevel.from + focusedIndex] : -1;
    let handled = true;
    if (e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      const slot = Math.max(0, Math.min(lanes.length - 1, path[0] + (e.key === 'ArrowDown' ? 1 : -1)));
      go(pivot.current === null ? [slot] : pathAt(slot, pivot.current, path.length));
    } else if (e.key === 'ArrowDown' || (e.key === 'Enter' && row < 0)) {
      if (children && sizeOf(children) > 0) go([...path, 0]);
    } else if ((e.key === 'Enter' || e.key === ' ') && row >= 0) {
      appStore.getState().select(dataset.text.id(row));
    } else if (e.key === 'ArrowUp' || (e.key === 'Escape' && depth > 0)) {
      if (depth > 0) setPath(path.slice(0, depth));
    } else if (e.key === 'ArrowRight') go(at(focusedIndex + 1));
    else if (e.key === 'ArrowLeft') go(at(focusedIndex - 1));
    else if (e.key === 'Home') go(at(0));
    else if (e.key === 'End') go(at(size - 1));
    else if ((e.key === '+' || e.key === '=' || e.key === '-' || e.key === '_') && !e.ctrlKey && !e.metaKey) {
      const { domain } = shownSpan.getState();
      zoomAround(span ? (span[0] + span[1]) / 2 : (domain[0] + domain[1]) / 2, e.key === '+' || e.key === '=' ? 2 : 0.5);
    } else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const labelOf = (level: Level, i: number): string => {
    if (level.kind === 'lanes') {
      const box = lanes[i];
      const lane = laneSummary(dataset, box.actor, mask);
      const name = dataset.meta.actors[box.actor]?.name ?? '';
      if (lane.count === 0) return `${name}: no events shown`;
      // Each end at the precision its event was given: a year-only event is not made "1 January".
      const at = (row: number) => formatAt(dataset.columns.start[row], Math.min(2, dataset.columns.precision[row]));
      const first = at(lane.first);
      const last = at(lane.last);
      return `${name}: ${plural(lane.count)}, ${first === last ? first : `${first} to ${last}`}`;
    }
    if (level.kind === 'periods') {
      const p = level.periods[i];
      const n = p.to - p.from;
      const top = dataset.text.title(mostImportant(dataset.columns, level.lane, p));
      return `${periodName(p)}: ${plural(n)}${n === 1 ? `: ${top}` : `, most important: ${top}`}`;
    }
    return describeEvent(dataset, level.lane.rows[level.from + i]);
  };

  const renderLevel = (d: number): ReactNode => {
    const level = levels[d];
    const size = sizeOf(level);
    const current = path[d];
    const from = Math.max(0, current - WINDOW);
    const to = Math.min(size, current + WINDOW + 1);
    const items = [];
    for (let i = from; i < to; i++) {
      const itemPath = [...path.slice(0, d), i];
      const id = `${idBase}-${itemPath.join('-')}`;
      const onPath = i === current;
      const isFocus = onPath && d === levels.length - 1;
      const leaf = level.kind === 'events';
      const row = leaf ? level.lane.rows[level.from + i] : -1;
      const expandable = !leaf && (level.kind !== 'lanes' || laneSummary(dataset, lanes[i].actor, mask).count > 0);
      items.push(
        <li
          key={i}
          id={id}
          role="treeitem"
          aria-level={d + 1}
          aria-posinset={i + 1}
          aria-setsize={size}
          aria-labelledby={`${id}-label`}
          aria-expanded={expandable ? onPath && d < levels.length - 1 : undefined}
          aria-selected={leaf ? row === selectedRow : undefined}
          data-t0={level.kind === 'periods' ? level.periods[i].t0 : undefined}
          data-t1={level.kind === 'periods' ? level.periods[i].t1 : undefined}
          tabIndex={isFocus ? 0 : -1}
          onFocus={(e) => {
            if (e.target === e.currentTarget && !isFocus) setPath(itemPath);
          }}
        >
          <span id={`${id}-label`} className="tl-tree-label">
            {labelOf(level, i)}
          </span>
          {onPath && d < levels.length - 1 && <ul role="group">{renderLevel(d + 1)}</ul>}
        </li>,
      );
    }
    return items;
  };

  if (lanes.length === 0) return null;
  return (
    <ul
      ref={treeRef}
      className="tl-tree"
      role="tree"
      aria-label="Timeline by lane, period and event"
      aria-describedby="tl-help"
      style={{ marginInlineStart: left }}
      onKeyDown={onKeyDown}
      onFocus={() => setFocusWithin(true)}
      onBlur={(e) => {
        if (!treeRef.current?.contains(e.relatedTarget as Node | null)) setFocusWithin(false);
      }}
    >
      {renderLevel(0)}
    </ul>
  );
}

export default TimelineTree;
