import { intervalToDuration, type Duration } from 'date-fns';
import { parsePartialDate, utcDayStart } from './partialDate';
import { t } from '../i18n/durations.en';
import type { Precision } from './types';

/** A date as the data gives it: where its period starts, and how precisely it is known. */
export interface DatedMoment {
  /** ms since epoch (UTC). */
  at: number;
  precision: Precision;
}

type Unit = keyof Duration;

/** Each unit's words in the catalogue (plural forms by count). */
const UNIT_WORDS = {
  years: 'durationYears',
  months: 'durationMonths',
  days: 'durationDays',
  hours: 'durationHours',
  minutes: 'durationMinutes',
} as const satisfies Partial<Record<Unit, string>>;

/** The units a span is said in. */
type SpokenUnit = keyof typeof UNIT_WORDS;

const ORDER: Precision[] = ['year', 'month', 'day', 'time'];

/** The units a precision can honestly speak in: a month-precision date never yields days. */
const UNITS: Record<Precision, SpokenUnit[]> = {
  year: ['years'],
  month: ['years', 'months'],
  day: ['years', 'months', 'days'],
  time: ['years', 'months', 'days', 'hours', 'minutes'],
};

const SAME = { year: 'durationSameYear', month: 'durationSameMonth', day: 'durationSameDay', time: 'durationSameTime' } as const satisfies Record<Precision, string>;

/** The coarser of two precisions: what a comparison of the two dates can say. */
export function coarser(a: Precision, b: Precision): Precision {
  return ORDER[Math.min(ORDER.indexOf(a), ORDER.indexOf(b))];
}

/** Start of the period containing `ms` at `precision` (UTC), so a difference counts whole periods. */
function floorTo(ms: number, precision: Precision): number {
  const d = new Date(ms);
  if (precision === 'year') return utcDayStart(d.getUTCFullYear(), 1, 1);
  if (precision === 'month') return utcDayStart(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  if (precision === 'day') return utcDayStart(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return ms;
}

/**
 * [start, end) in words at `precision`, the two largest units that are not zero:
 * "3 years 5 months", "24 days", "2 hours 30 minutes". Empty when it rounds to nothing.
 */
export function spanWords(start: number, end: number, precision: Precision): string {
  // date-fns reads the calendar in local time; these instants are UTC, so shift them to read as such.
  const offset = (ms: number) => ms + new Date(ms).getTimezoneOffset() * 60_000;
  const duration = intervalToDuration({ start: offset(start), end: offset(end) });
  const words = UNITS[precision]
    .filter((u) => (duration[u] ?? 0) > 0)
    .slice(0, 2)
    .map((u) => t(UNIT_WORDS[u], { count: duration[u] ?? 0 }));
  return words.length === 2 ? t('durationTwoUnits', { larger: words[0], smaller: words[1] }) : (words[0] ?? '');
}

/**
 * How long a range event lasted, at the precision of its coarser date: "lasted 3 years
 * 5 months". `endExclusive` is the end of the end date's period (the last day counts).
 */
export function lastedWords(start: DatedMoment, endExclusive: DatedMoment): string {
  const precision = coarser(start.precision, endExclusive.precision);
  const words = spanWords(floorTo(start.at, precision), floorTo(endExclusive.at, precision), precision);
  return words ? t('durationLasted', { span: words }) : '';
}

/**
 * How far `later` comes after `earlier`, at the coarser precision of the two:
 * "10 months later", "2 years earlier", "the same month".
 */
export function apartWords(earlier: DatedMoment, later: DatedMoment): string {
  const precision = coarser(earlier.precision, later.precision);
  const a = floorTo(earlier.at, precision);
  const b = floorTo(later.at, precision);
  const words = spanWords(Math.min(a, b), Math.max(a, b), precision);
  if (!words) return t(SAME[precision]);
  return b >= a ? t('durationLater', { span: words }) : t('durationEarlier', { span: words });
}

/** "lasted 3 years 5 months" for an event written from `date` to `end` (inclusive), or '' when it has no length. */
export function eventLastedWords(date: string, end: string | undefined): string {
  const start = parsePartialDate(date);
  const last = end === undefined ? null : parsePartialDate(end);
  if (!start || !last || last.end <= start.end) return '';
  return lastedWords({ at: start.start, precision: start.precision }, { at: last.end, precision: last.precision });
}
