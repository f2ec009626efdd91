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

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Spans longer than this are written to the day: a day is then a small fraction of the view. */
const DAY_PRECISION_SPAN_MS = 500 * DAY_MS;

/** "YYYY-MM-DDTHH:MMZ" of the UTC minute containing `ms`. */
export function minuteString(ms: number): string {
  return `${new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS).toISOString().slice(0, 16)}Z`;
}

/**
 * The From/To a window covers (inclusive), such that rangeToWindow gives the
 * window back: whole days when it is day-aligned or long (a day is then less than
 * a pixel or two), else to the minute, so a shared link reopens a close zoom
 * exactly. No window (the whole span) is an open range.
 */
export function windowToRange(window: TimeWindow | null): { from: string | null; to: string | null } {
  if (!window) return { from: null, to: null };
  const aligned = window.from % DAY_MS === 0 && window.to % DAY_MS === 0;
  const format = aligned || window.to - window.from >= DAY_PRECISION_SPAN_MS ? dayString : minuteString;
  return { from: format(window.from), to: format(window.to - 1) };
}
