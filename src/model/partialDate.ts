import type { Precision } from './types';

/**
 * A date known to some precision: a year, a month, a day or a moment. It stands
 * for the whole period it names, so "2014-06" covers all of June 2014.
 */
export interface PartialDate {
  precision: Precision;
  /** ms since epoch (UTC) at the beginning of the period (the instant itself for `time`). */
  start: number;
  /** Exclusive end of the period, ms: next Jan 1, next month's 1st, next day, or start + 1 minute. */
  end: number;
  /** The string as written. */
  text: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian, m 1..12); exact for every year, unlike Date.UTC for 0..99. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The number written in `n` ASCII digits at `at`, or -1 when any of them is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** The parts of a date string; `offset` in minutes east of UTC (0 for "Z" or none). */
interface DateParts {
  precision: Precision;
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  ss: number;
  ms: number;
  offset: number;
  /** How the offset was written: "" (none), "Z", or "+03:00". */
  zone: string;
}

/**
 * Reads a date string character by character. Hand-written rather than a regular
 * expression because the validator and buildColumns call it for every one of up
 * to a million events.
 */
function readParts(s: string): DateParts | null {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10 && n < 16) return null;
  const y = digits(s, 0, 4);
  if (y < 1) return null;
  const parts: DateParts = { precision: 'year', y, m: 1, d: 1, hh: 0, mm: 0, ss: 0, ms: 0, offset: 0, zone: '' };
  if (n === 4) return parts;
  if (s.charCodeAt(4) !== 45 /* - */) return null;
  const m = digits(s, 5, 2);
  if (m < 1 || m > 12) return null;
  parts.m = m;
  parts.precision = 'month';
  if (n === 7) return parts;
  if (s.charCodeAt(7) !== 45) return null;
  const d = digits(s, 8, 2);
  if (d < 1 || d > daysInMonth(y, m)) return null;
  parts.d = d;
  parts.precision = 'day';
  if (n === 10) return parts;
  // Date-time: THH:MM[:SS[.fff]][Z|±HH:MM]
  if (s.charCodeAt(10) !== 84 /* T */ || s.charCodeAt(13) !== 58 /* : */) return null;
  const hh = digits(s, 11, 2);
  const mm = digits(s, 14, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return null;
  parts.hh = hh;
  parts.mm = mm;
  parts.precision = 'time';
  let i = 16;
  if (s.charCodeAt(i) === 58) {
    const ss = digits(s, i + 1, 2);
    if (ss < 0 || ss > 59) return null;
    parts.ss = ss;
    i += 3;
    if (s.charCodeAt(i) === 46 /* . */) {
      let j = i + 1;
      let frac = 0;
      let scale = 1;
      while (j < n) {
        const c = s.charCodeAt(j) - 48;
        if (c < 0 || c > 9) break;
        if (scale < 1000) {
          frac = frac * 10 + c;
          scale *= 10;
        }
        j++;
      }
      if (j === i + 1) return null;
      parts.ms = Math.floor((frac * 1000) / scale);
      i = j;
    }
  }
  if (i === n) return parts;
  if (s.charCodeAt(i) === 90 /* Z */ && i + 1 === n) {
    parts.zone = 'Z';
    return parts;
  }
  const sign = s.charCodeAt(i);
  if ((sign !== 43 && sign !== 45) || i + 6 !== n || s.charCodeAt(i + 3) !== 58) return null;
  const oh = digits(s, i + 1, 2);
  const om = digits(s, i + 4, 2);
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return null;
  parts.offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  parts.zone = s.slice(i);
  return parts;
}

function startOf(p: DateParts): number {
  return (
    daysFromCivil(p.y, p.m, p.d) * DAY + p.hh * 3_600_000 + p.mm * MINUTE + p.ss * 1000 + p.ms - p.offset * MINUTE
  );
}

function endOf(p: DateParts, start: number): number {
  switch (p.precision) {
    case 'year':
      return daysFromCivil(p.y + 1, 1, 1) * DAY;
    case 'month':
      return (p.m === 12 ? daysFromCivil(p.y + 1, 1, 1) : daysFromCivil(p.y, p.m + 1, 1)) * DAY;
    case 'day':
      return start + DAY;
    case 'time':
      return start + MINUTE;
  }
}

/**
 * Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO date-time ("2024-01-27T14:30Z",
 * "2024-01-27T14:30:00+03:00"; without an offset it is UTC). Returns null for
 * anything else, including impossible dates such as 2023-02-29 or unpadded "2014-6-1".
 */
export function parsePartialDate(text: string): PartialDate | null {
  if (typeof text !== 'string') return null;
  const p = readParts(text);
  if (!p) return null;
  const start = startOf(p);
  return { precision: p.precision, start, end: endOf(p, start), text };
}

/**
 * Start and exclusive end of a date string's period, written into `out` without
 * allocating; returns the precision code (0 year .. 3 time) or -1 when unparseable.
 * For the million-row loops in the validator and buildColumns.
 */
export function parsePartialDateInto(text: string, out: Float64Array, at: number): number {
  const p = readParts(text);
  if (!p) return -1;
  const start = startOf(p);
  out[at] = start;
  out[at + 1] = endOf(p, start);
  return p.precision === 'year' ? 0 : p.precision === 'month' ? 1 : p.precision === 'day' ? 2 : 3;
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

function clockText(p: DateParts): string {
  // The wall-clock time as the source wrote it, with its offset: a report of
  // "14:30 Baghdad time" should not be shown as 11:30.
  const zone = p.offset === 0 ? 'UTC' : `UTC${p.zone}`;
  return `${pad2(p.hh)}:${pad2(p.mm)} ${zone}`;
}

function dayText(p: DateParts): string {
  return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
}

/*
 * Formatting reads the fields of the string as written instead of going through a
 * local Date, so the output is the same in every process time zone (a Date built
 * from UTC fields would still be shifted by DST gaps in some zones).
 */
function formatParts(p: DateParts): string {
  switch (p.precision) {
    case 'year':
      return String(p.y);
    case 'month':
      return `${MONTHS[p.m - 1]} ${p.y}`;
    case 'day':
      return dayText(p);
    case 'time':
      return `${dayText(p)}, ${clockText(p)}`;
  }
}

/**
 * Human form at the date's own precision: "2017", "June 2014", "27 January 2024",
 * "27 January 2024, 14:30 UTC". An unparseable string is returned unchanged.
 */
export function formatPartialDate(pd: PartialDate | string): string {
  const text = typeof pd === 'string' ? pd : pd.text;
  const p = readParts(text);
  return p ? formatParts(p) : text;
}

/**
 * A date range as a reader writes it, sharing what both ends share:
 * "8–10 June 2014", "May–June 2016", "23 May – 26 June 2016", "2014–2017".
 * No `end`, or an end equal to the date, gives the single date.
 */
export function formatDateRange(date: string, end?: string): string {
  const a = readParts(date);
  if (!a) return date;
  const b = end === undefined ? null : readParts(end);
  if (!b || date === end) return formatParts(a);
  if (a.precision === b.precision && a.zone === b.zone) {
    const sameYear = a.y === b.y;
    const sameMonth = sameYear && a.m === b.m;
    const sameDay = sameMonth && a.d === b.d;
    switch (a.precision) {
      case 'year':
        return sameYear ? String(a.y) : `${a.y}–${b.y}`;
      case 'month':
        if (sameMonth) return formatParts(a);
        return sameYear ? `${MONTHS[a.m - 1]}–${MONTHS[b.m - 1]} ${a.y}` : `${formatParts(a)} – ${formatParts(b)}`;
      case 'day':
        if (sameDay) return formatParts(a);
        if (sameMonth) return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
        if (sameYear) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${a.y}`;
        return `${formatParts(a)} – ${formatParts(b)}`;
      case 'time':
        if (sameDay) {
          if (a.hh === b.hh && a.mm === b.mm) return formatParts(a);
          const zone = a.offset === 0 ? 'UTC' : `UTC${a.zone}`;
          return `${dayText(a)}, ${pad2(a.hh)}:${pad2(a.mm)}–${pad2(b.hh)}:${pad2(b.mm)} ${zone}`;
        }
        return `${formatParts(a)} – ${formatParts(b)}`;
    }
  }
  const first = formatParts(a);
  const last = formatParts(b);
  return first === last ? first : `${first} – ${last}`;
}

/**
 * Compact form of an instant for axes and tooltips, at a precision:
 * "2017", "Jun 2014", "8 Jun 2014", "8 Jun 2014 14:30". Always in UTC.
 */
export function formatShortDate(ms: number, precision: Precision): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (precision === 'year') return String(y);
  const month = SHORT_MONTHS[d.getUTCMonth()];
  if (precision === 'month') return `${month} ${y}`;
  const day = `${d.getUTCDate()} ${month} ${y}`;
  if (precision === 'day') return day;
  return `${day} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}
