import type { TimedPoint, TimedSeries } from '../troops/timedSeries';

/** One line of the phone reading list, in date order. */
export type ReadingItem =
  | { kind: 'year'; key: string; year: number }
  | { kind: 'month'; key: string; year: number; month: number }
  | { kind: 'event'; key: string; row: number }
  | {
      kind: 'figure';
      key: string;
      series: TimedSeries['series'];
      point: TimedPoint;
      /** The figure before it in the same series, to say the change; null for the first. */
      previous: number | null;
    };

/** What the list is built from: the rows passing the filters and the figures that change. */
export interface ReadingInput {
  /** Event start times (ms), sorted ascending: columns are in date order. */
  starts: ArrayLike<number>;
  /** Event precision codes (0 year, 1 month, 2 day, 3 time). */
  precision: ArrayLike<number>;
  /** 1 = the row passes the filters. */
  mask: ArrayLike<number>;
  series: readonly TimedSeries[];
  /** At most this many events (the list grows as the reader scrolls). */
  limit: number;
}

/** The list and whether more events pass the filters than it holds. */
export interface ReadingList {
  items: ReadingItem[];
  events: number;
  hasMore: boolean;
}

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
const monthOf = (ms: number) => new Date(ms).getUTCMonth();

/**
 * The events passing the filters as a list under year and month headings, with the
 * series' figures placed where they change. An event known only to the year goes under
 * its year with no month heading (its month is unknown, not January). Figures after the
 * last listed event wait until the list has grown to them, so they never run ahead of
 * the events.
 */
export function buildReadingList(input: ReadingInput): ReadingList {
  const { starts, precision, mask, series, limit } = input;
  const rows: number[] = [];
  let hasMore = false;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    if (rows.length === limit) {
      hasMore = true;
      break;
    }
    rows.push(i);
  }
  const lastTime = rows.length && !hasMore ? Infinity : rows.length ? starts[rows[rows.length - 1]] : -Infinity;
  const firstTime = rows.length ? starts[rows[0]] : Infinity;

  type Timed = { at: number; order: number; item: ReadingItem; precision: number };
  const timed: Timed[] = rows.map((row) => ({ at: starts[row], order: 1, item: { kind: 'event', key: `e${row}`, row }, precision: precision[row] }));
  for (const s of series) {
    let previous: number | null = null;
    for (const point of s.points) {
      // A figure is news only where it changes; and only inside the span the events cover.
      if (previous !== point.value && point.start >= firstTime && point.start <= lastTime) {
        timed.push({
          at: point.start,
          order: 0,
          item: { kind: 'figure', key: `f${s.series.id}-${point.index}`, series: s.series, point, previous },
          precision: point.precision === 'year' ? 0 : 2,
        });
      }
      previous = point.value;
    }
  }
  timed.sort((a, b) => a.at - b.at || a.order - b.order);

  const items: ReadingItem[] = [];
  let year: number | null = null;
  let month: number | null = null;
  for (const t of timed) {
    const y = yearOf(t.at);
    if (y !== year) {
      year = y;
      month = null;
      items.push({ kind: 'year', key: `y${y}`, year: y });
    }
    if (t.precision >= 1) {
      const m = monthOf(t.at);
      if (m !== month) {
        month = m;
        items.push({ kind: 'month', key: `m${y}-${m}`, year: y, month: m });
      }
    }
    items.push(t.item);
  }
  return { items, events: rows.length, hasMore };
}
