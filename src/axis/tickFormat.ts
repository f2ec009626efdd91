import { utcDay, utcHour, utcMonth, utcYear } from 'd3-time';
import { formatInteger, formatTwoDigits, monthName } from '../i18n/format';
import { formatYear } from '../i18n/formatDate';
import { localeKey } from '../i18n/locale';

/** Labels written, by language, digits, value and era: a frame asks for the ticks of the frame before (a pan keeps most). */
const written = new Map<string, string>();
const WRITTEN_MAX = 4096;

/**
 * Multi-scale tick label (UTC): a year boundary reads "2017", a month boundary
 * "Jun", a day "12 Jun" and a time "14:00", so each tick names the coarsest unit
 * it starts and the axis reads years -> months -> days as the user zooms in.
 * A year before 1 CE reads "3500 BCE"; with `era` (the axis reaches before 1 CE,
 * see showsEra) the years after it read "100 CE".
 */
export function formatTick(date: Date, era = false): string {
  const key = `${localeKey()}|${+date}|${era ? 1 : 0}`;
  let label = written.get(key);
  if (label === undefined) {
    if (written.size >= WRITTEN_MAX) written.clear();
    written.set(key, (label = writeTick(date, era)));
  }
  return label;
}

function writeTick(date: Date, era: boolean): string {
  if (+utcYear.floor(date) === +date) return formatYear(date.getUTCFullYear(), era);
  if (+utcMonth.floor(date) === +date) return monthName(date.getUTCMonth(), 'short');
  if (+utcDay.floor(date) === +date) return `${formatInteger(date.getUTCDate())} ${monthName(date.getUTCMonth(), 'short')}`;
  if (+utcHour.floor(date) === +date) return `${formatTwoDigits(date.getUTCHours())}:${formatTwoDigits(0)}`;
  return `${formatTwoDigits(date.getUTCHours())}:${formatTwoDigits(date.getUTCMinutes())}`;
}

/**
 * The span in view in words, beside the controls: what a zoomed-in axis of
 * months or days leaves unsaid ("Oct 2018 – Feb 2020", "3 – 21 Sep 2019").
 * Empty when the ticks name years anyway.
 */
export function axisContext(from: number, to: number): string {
  const span = to - from;
  if (span > 3 * 365 * 864e5) return '';
  const a = new Date(from);
  const b = new Date(to - 1);
  const month = (d: Date) => `${monthName(d.getUTCMonth(), 'short')} ${formatYear(d.getUTCFullYear())}`;
  if (span > 62 * 864e5) return `${month(a)} – ${month(b)}`;
  const day = (d: Date) => formatInteger(d.getUTCDate());
  if (month(a) === month(b)) return `${day(a)} – ${day(b)} ${month(a)}`;
  return `${day(a)} ${month(a)} – ${day(b)} ${month(b)}`;
}

/** Tick label alignment that keeps labels near the ends of an axis inside it. */
export function tickAnchor(x: number, width: number, margin = 18): 'start' | 'middle' | 'end' {
  if (x < margin) return 'start';
  if (x > width - margin) return 'end';
  return 'middle';
}

/** A pleasant number of ticks for an axis this many pixels wide. */
export function tickCountFor(widthPx: number): number {
  return Math.max(2, Math.min(14, Math.floor(widthPx / 90)));
}
