import type { PartialDate } from '../model/partialDate';
import { readDateParts as partsOf, type DateParts } from '../model/partialDate';
import type { Precision } from '../model/types';
import { formatInteger, localDigits, monthName } from './format';
import { t } from './t';

/*
 * Dates in words: the data's partial dates at their precision, ranges, compact
 * axis and tooltip forms, and years before 1 CE. Beside format.ts rather than in
 * it: the parse worker reaches format.ts (plural rules, counts) but never writes a
 * date, and these need the first paint's words (BCE, CE).
 */


/** Two digits (hours, minutes) and a day of the month, in the digits in force, without Intl (these are on the first paint). */
const pad2 = (n: number) => localDigits((n < 10 ? '0' : '') + n);
const dayNumber = (n: number) => localDigits(String(n));

/**
 * A year in words from its astronomical number (0 is 1 BCE, -3499 is 3500 BCE):
 * "2014", "3500 BCE", and "100 CE" when `era` asks for it (where years before 1
 * are in view too). `bce: false` leaves the BCE off a year before 1 (the first
 * year of "3500–3000 BCE").
 */
export function formatYear(year: number, era = false, bce = true): string {
  if (year > 0) return era ? t('yearCe', { year: formatInteger(year) }) : formatInteger(year);
  const count = formatInteger(1 - year);
  return bce ? t('yearBce', { year: count }) : count;
}

function clockText(p: DateParts): string {
  // The wall-clock time as the source wrote it, with its offset: a report of
  // "14:30 Baghdad time" should not be shown as 11:30.
  const zone = p.offset === 0 ? 'UTC' : `UTC${p.zone}`;
  return `${pad2(p.hh)}:${pad2(p.mm)} ${zone}`;
}

/** The year of a date in words: "2014", "44 BCE", and "14 CE" when `era` (the end of a range that starts BCE). */
const yearOf = (p: DateParts, era = false) => formatYear(p.y, era);

function dayText(p: DateParts, era = false): string {
  return `${dayNumber(p.d)} ${monthName(p.m - 1, 'long')} ${yearOf(p, era)}`;
}

/*
 * Formatting reads the fields of the string as written instead of going through a
 * local Date, so the output is the same in every process time zone (a Date built
 * from UTC fields would still be shifted by DST gaps in some zones).
 */
function formatParts(p: DateParts, era = false): string {
  switch (p.precision) {
    case 0:
      return yearOf(p, era);
    case 1:
      return `${monthName(p.m - 1, 'long')} ${yearOf(p, era)}`;
    case 2:
      return dayText(p, era);
    default:
      // The language's comma (Arabic's "،"), as between the parts of a list.
      return `${dayText(p, era)}${t('listSeparator')}${clockText(p)}`;
  }
}

/**
 * A moment on this device's clock (a file opened here), as the dataset's days are
 * written: "2 Dec 2026" and "06:58", in the language and digits in force.
 */
export function localDayAndTime(ms: number): { day: string; time: string } {
  const d = new Date(ms);
  return { day: `${dayNumber(d.getDate())} ${monthName(d.getMonth(), 'short')} ${formatYear(d.getFullYear())}`, time: `${pad2(d.getHours())}:${pad2(d.getMinutes())}` };
}

/**
 * An instant at a precision code (0 year .. 3 time), UTC, in the words of
 * formatPartialDate: "June 2014", "27 January 2024, 14:30 UTC"; `era` writes "CE"
 * after a year from 1 on (the end of a span that starts BCE).
 */
export function formatInstant(ms: number, precision: number, era = false): string {
  // Intl throws on an invalid date; a missing instant has no words rather than taking the render down.
  if (!Number.isFinite(ms)) return '';
  const d = new Date(ms);
  const p = { precision: Math.max(0, precision), y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hh: d.getUTCHours(), mm: d.getUTCMinutes(), offset: 0, zone: 'Z' };
  return formatParts(p, era);
}

/**
 * Human form at the date's own precision: "2017", "June 2014", "27 January 2024",
 * "27 January 2024, 14:30 UTC". An unparseable string is returned unchanged.
 */
export function formatPartialDate(pd: PartialDate | string): string {
  const text = typeof pd === 'string' ? pd : pd.text;
  const p = partsOf(text);
  return p ? formatParts(p) : text;
}

/**
 * A date range as a reader writes it, sharing what both ends share:
 * "8–10 June 2014", "May–June 2016", "23 May – 26 June 2016", "2014–2017".
 * No `end`, or an end equal to the date, gives the single date.
 */
export function formatDateRange(date: string, end?: string): string {
  const a = partsOf(date);
  if (!a) return date;
  const b = end === undefined ? null : partsOf(end);
  if (!b || date === end) return formatParts(a);
  // A range from BCE into CE says so at both ends: "44 BCE – 14 CE".
  const crosses = a.y <= 0 && b.y > 0;
  if (a.precision === b.precision && a.offset === b.offset) {
    const sameYear = a.y === b.y;
    const sameMonth = sameYear && a.m === b.m;
    const sameDay = sameMonth && a.d === b.d;
    switch (a.precision) {
      case 0:
        if (sameYear) return yearOf(a);
        // "2014–2017", "3500–3000 BCE" (the era once, as historians write it), "44 BCE – 14 CE".
        if (crosses) return `${yearOf(a)} – ${yearOf(b, true)}`;
        return a.y <= 0 ? `${formatYear(a.y, false, false)}–${yearOf(b)}` : `${yearOf(a)}–${yearOf(b)}`;
      case 1:
        if (sameMonth) return formatParts(a);
        return sameYear ? `${monthName(a.m - 1, 'long')}–${monthName(b.m - 1, 'long')} ${yearOf(a)}` : `${formatParts(a)} – ${formatParts(b, crosses)}`;
      case 2:
        if (sameDay) return formatParts(a);
        if (sameMonth) return `${dayNumber(a.d)}–${dayNumber(b.d)} ${monthName(a.m - 1, 'long')} ${yearOf(a)}`;
        if (sameYear) return `${dayNumber(a.d)} ${monthName(a.m - 1, 'long')} – ${dayNumber(b.d)} ${monthName(b.m - 1, 'long')} ${yearOf(a)}`;
        return `${formatParts(a)} – ${formatParts(b, crosses)}`;
      default:
        if (sameDay) {
          if (a.hh === b.hh && a.mm === b.mm) return formatParts(a);
          const zone = a.offset === 0 ? 'UTC' : `UTC${a.zone}`;
          return `${dayText(a)}${t('listSeparator')}${pad2(a.hh)}:${pad2(a.mm)}–${pad2(b.hh)}:${pad2(b.mm)} ${zone}`;
        }
        return `${formatParts(a)} – ${formatParts(b, crosses)}`;
    }
  }
  const first = formatParts(a);
  const last = formatParts(b, crosses);
  return first === last ? first : `${first} – ${last}`;
}

/**
 * Compact form of an instant for axes and tooltips, at a precision:
 * "2017", "Jun 2014", "8 Jun 2014", "8 Jun 2014 14:30", "Jun 44 BCE". Always in UTC.
 */
export function formatShortDate(ms: number, precision: Precision): string {
  const d = new Date(ms);
  const y = formatYear(d.getUTCFullYear());
  if (precision === 'year') return String(y);
  const month = monthName(d.getUTCMonth(), 'short');
  if (precision === 'month') return `${month} ${y}`;
  const day = `${dayNumber(d.getUTCDate())} ${month} ${y}`;
  if (precision === 'day') return day;
  return `${day} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}
