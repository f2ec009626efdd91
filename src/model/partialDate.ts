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

/*
 * readParts writes the fields of a date string into this scratch array instead of
 * returning an object: the validator and buildColumns call it for every one of up
 * to a million events, and that loop should not allocate. Read it right after
 * the call. Slots: year, month, day, hour, minute, second, ms, offset minutes east
 * of UTC, index where the written offset starts (length when none), precision code.
 */
const P = new Int32Array(10);
const Y = 0, M = 1, D = 2, HH = 3, MM = 4, SS = 5, MS = 6, OFFSET = 7, ZONE_AT = 8, PRECISION = 9;

/** Precision names by code, finest last; the codes of EventColumns.precision. */
const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'time'];

/**
 * Reads a date string character by character into P; returns the precision code
 * (0 year .. 3 time) or -1. Hand-written rather than a regular expression for speed.
 */
function readParts(s: string): number {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10 && n < 16) return -1;
  const y = digits(s, 0, 4);
  if (y < 1) return -1;
  P[Y] = y;
  P[M] = 1;
  P[D] = 1;
  P[HH] = 0;
  P[MM] = 0;
  P[SS] = 0;
  P[MS] = 0;
  P[OFFSET] = 0;
  P[ZONE_AT] = n;
  if (n === 4) return (P[PRECISION] = 0);
  if (s.charCodeAt(4) !== 45 /* - */) return -1;
  const m = digits(s, 5, 2);
  if (m < 1 || m > 12) return -1;
  P[M] = m;
  if (n === 7) return (P[PRECISION] = 1);
  if (s.charCodeAt(7) !== 45) return -1;
  const d = digits(s, 8, 2);
  if (d < 1 || d > daysInMonth(y, m)) return -1;
  P[D] = d;
  if (n === 10) return (P[PRECISION] = 2);
  // Date-time: THH:MM[:SS[.fff]][Z|±HH:MM]
  if (s.charCodeAt(10) !== 84 /* T */ || s.charCodeAt(13) !== 58 /* : */) return -1;
  const hh = digits(s, 11, 2);
  const mm = digits(s, 14, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return -1;
  P[HH] = hh;
  P[MM] = mm;
  P[PRECISION] = 3;
  let i = 16;
  if (s.charCodeAt(i) === 58) {
    const ss = digits(s, i + 1, 2);
    if (ss < 0 || ss > 59) return -1;
    P[SS] = ss;
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
      if (j === i + 1) return -1;
      P[MS] = Math.floor((frac * 1000) / scale);
      i = j;
    }
  }
  P[ZONE_AT] = i;
  if (i === n) return 3;
  if (s.charCodeAt(i) === 90 /* Z */ && i + 1 === n) return 3;
  const sign = s.charCodeAt(i);
  if ((sign !== 43 && sign !== 45) || i + 6 !== n || s.charCodeAt(i + 3) !== 58) return -1;
  const oh = digits(s, i + 1, 2);
  const om = digits(s, i + 4, 2);
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return -1;
  P[OFFSET] = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  return 3;
}

/** Start of the period in P, ms UTC. */
function startOfParts(): number {
  return (
    daysFromCivil(P[Y], P[M], P[D]) * DAY + P[HH] * 3_600_000 + P[MM] * MINUTE + P[SS] * 1000 + P[MS] - P[OFFSET] * MINUTE
  );
}

/** Exclusive end of the period in P, given its start. */
function endOfParts(precision: number, start: number): number {
  switch (precision) {
    case 0:
      return daysFromCivil(P[Y] + 1, 1, 1) * DAY;
    case 1:
      return (P[M] === 12 ? daysFromCivil(P[Y] + 1, 1, 1) : daysFromCivil(P[Y], P[M] + 1, 1)) * DAY;
    case 2:
      return start + DAY;
    default:
      return start + MINUTE;
  }
}

/** The fields of a date string as a plain object, for formatting (which may read two dates at once). */
interface DateParts {
  precision: number;
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  offset: number;
  /** The offset as written: "" (none), "Z" or "+03:00". */
  zone: string;
}

function partsOf(s: string): DateParts | null {
  const precision = readParts(s);
  if (precision < 0) return null;
  return { precision, y: P[Y], m: P[M], d: P[D], hh: P[HH], mm: P[MM], offset: P[OFFSET], zone: s.slice(P[ZONE_AT]) };
}

/**
 * Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO date-time ("2024-01-27T14:30Z",
 * "2024-01-27T14:30:00+03:00"; without an offset it is UTC). Returns null for
 * anything else, including impossible dates such as 2023-02-29 or unpadded "2014-6-1".
 */
export function parsePartialDate(text: string): PartialDate | null {
  if (typeof text !== 'string') return null;
  const precision = readParts(text);
  if (precision < 0) return null;
  const start = startOfParts();
  return { precision: PRECISIONS[precision], start, end: endOfParts(precision, start), text };
}

/**
 * Start and exclusive end of a date string's period, written to out[at] and
 * out[at + 1] without allocating; returns the precision code (0 year .. 3 time,
 * as in EventColumns.precision) or -1 when the string is not a date.
 */
export function parsePartialDateInto(text: string, out: Float64Array, at: number): number {
  const precision = readParts(text);
  if (precision < 0) return -1;
  const start = startOfParts();
  out[at] = start;
  out[at + 1] = endOfParts(precision, start);
  return precision;
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
    case 0:
      return String(p.y);
    case 1:
      return `${MONTHS[p.m - 1]} ${p.y}`;
    case 2:
      return dayText(p);
    default:
      return `${dayText(p)}, ${clockText(p)}`;
  }
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
  if (a.precision === b.precision && a.offset === b.offset) {
    const sameYear = a.y === b.y;
    const sameMonth = sameYear && a.m === b.m;
    const sameDay = sameMonth && a.d === b.d;
    switch (a.precision) {
      case 0:
        return sameYear ? String(a.y) : `${a.y}–${b.y}`;
      case 1:
        if (sameMonth) return formatParts(a);
        return sameYear ? `${MONTHS[a.m - 1]}–${MONTHS[b.m - 1]} ${a.y}` : `${formatParts(a)} – ${formatParts(b)}`;
      case 2:
        if (sameDay) return formatParts(a);
        if (sameMonth) return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
        if (sameYear) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${a.y}`;
        return `${formatParts(a)} – ${formatParts(b)}`;
      default:
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
