import { parsePartialDate } from '../model/partialDate';
import type { TimeWindow } from './viewSlice';

/**
 * The date-range filter and the visible window are one thing seen two ways: the
 * From/To inputs show the settled window at day precision, and editing them moves
 * the window (see rangeSync.ts). These are the conversions, both pure.
 */

/** [start, end) of a date string at its precision in UTC ms, or null when it is not a real date. */
export function partialDateBounds(value: string): [number, number] | null {
  const parsed = parsePartialDate(value);
  return parsed ? [parsed.start, parsed.end] : null;
}

/** "YYYY-MM-DD" of the UTC day containing `ms`. */
export function dayString(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The window a From/To range shows: from the start of `from` to the end of `to`; open ends take the span's. */
export function rangeToWindow(from: string | null, to: string | null, span: readonly [number, number]): TimeWindow {
  const start = from ? (partialDateBounds(from)?.[0] ?? span[0]) : span[0];
  const end = to ? (partialDateBounds(to)?.[1] ?? span[1]) : span[1];
  return end > start ? { from: start, to: end } : { from: span[0], to: span[1] };
}

/**
 * The From/To days a window covers (inclusive). A window reaching past an edge of
 * the data leaves that end open (null), so "everything" stays `from=null, to=null`.
 */
export function windowToRange(
  window: TimeWindow | null,
  span: readonly [number, number],
): { from: string | null; to: string | null } {
  if (!window) return { from: null, to: null };
  return {
    from: window.from <= span[0] ? null : dayString(window.from),
    to: window.to >= span[1] ? null : dayString(window.to - 1),
  };
}
