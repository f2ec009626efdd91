import { utcDay, utcHour, utcMonth, utcYear } from 'd3-time';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Multi-scale tick label (UTC): a year boundary reads "2017", a month boundary
 * "Jun", a day "12 Jun" and a time "14:00", so each tick names the coarsest unit
 * it starts and the axis reads years -> months -> days as the user zooms in.
 */
export function formatTick(date: Date): string {
  if (+utcYear.floor(date) === +date) return String(date.getUTCFullYear());
  if (+utcMonth.floor(date) === +date) return MONTHS[date.getUTCMonth()];
  if (+utcDay.floor(date) === +date) return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  if (+utcHour.floor(date) === +date) return `${String(date.getUTCHours()).padStart(2, '0')}:00`;
  return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

/**
 * The larger unit a zoomed-in axis leaves unsaid, shown once at its left edge:
 * the year when ticks are months, "Jun 2017" when ticks are days. Empty when
 * the ticks already name years.
 */
export function axisContext(from: number, to: number): string {
  const span = to - from;
  const d = new Date(from);
  if (span > 3 * 365 * 864e5) return '';
  if (span > 62 * 864e5) return String(d.getUTCFullYear());
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A pleasant number of ticks for an axis this many pixels wide. */
export function tickCountFor(widthPx: number): number {
  return Math.max(2, Math.min(14, Math.floor(widthPx / 90)));
}
