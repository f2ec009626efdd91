import { dayTextOf, minuteTextOf, parsePartialDate } from '../model/partialDate';
import type { Span } from '../axis/shownSpan';

/**
 * The From/To dates (inputs, URL, counting) are the settled shown span written as
 * dates: the inputs and the address show it at day (or minute) precision, and
 * editing them shows that span. These are the conversions, both pure.
 */

/** [start, end) of a date string at its precision in UTC ms, or null when it is not a real date. */
export function partialDateBounds(value: string): [number, number] | null {
  const parsed = parsePartialDate(value);
  return parsed ? [parsed.start, parsed.end] : null;
}

/** "YYYY-MM-DD" of the UTC day containing `ms` ("-3499-06-01" before year 0: toISOString would write "-003499"). */
export const dayString = dayTextOf;

/** The span a From/To range shows: from the start of `from` to the end of `to`; open ends take `whole`'s. */
export function rangeToSpan(from: string | null, to: string | null, whole: Span): Span {
  const start = from ? (partialDateBounds(from)?.[0] ?? whole[0]) : whole[0];
  const end = to ? (partialDateBounds(to)?.[1] ?? whole[1]) : whole[1];
  return end > start ? [start, end] : [whole[0], whole[1]];
}

const DAY_MS = 86_400_000;
/** Spans longer than this are written to the day: a day is then a small fraction of the view. */
const DAY_PRECISION_SPAN_MS = 500 * DAY_MS;

/** "YYYY-MM-DDTHH:MMZ" of the UTC minute containing `ms`. */
export const minuteString = minuteTextOf;

/** Inclusive From/To dates; null = open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/**
 * The From/To a span covers (inclusive), such that rangeToSpan gives the span
 * back: whole days when it is day-aligned or long (a day is then less than a pixel
 * or two), else to the minute, so a shared link reopens a close zoom exactly. No
 * span (everything) is an open range.
 */
export function spanToRange(span: Span | null): DateRange {
  if (!span) return { from: null, to: null };
  const [from, to] = span;
  const aligned = from % DAY_MS === 0 && to % DAY_MS === 0;
  const format = aligned || to - from >= DAY_PRECISION_SPAN_MS ? dayString : minuteString;
  return { from: format(from), to: format(to - 1) };
}
