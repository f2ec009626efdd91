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

/** Days in month m (1..12) of year y (astronomical, proleptic Gregorian). */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The number written in `n` ASCII digits at `at`, or -1 when any of them is not a digit. */
function digits(s: string, at: number, n: number): number {
  if (at + n > s.length) return -1;
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

/** The earliest year a date may have (astronomical numbering: 0 is 1 BCE, -99999 is 100000 BCE). */
export const MIN_YEAR = -99_999;
/** The latest year a date may have. */
export const MAX_YEAR = 9999;

/**
 * Reads a date string character by character into P; returns the precision code
 * (0 year .. 3 time) or -1. Hand-written rather than a regular expression for speed.
 *
 * The year is ISO 8601's: four digits, 0000 to 9999, or for the years before 0
 * a minus and four or five digits (-0001 to -99999). Numbering is astronomical:
 * 0000 is 1 BCE, -0001 is 2 BCE, -3499 is 3500 BCE.
 */
function readParts(s: string): number {
  const n = s.length;
  let y: number;
  let b: number; // where the text after the year starts
  if (s.charCodeAt(0) === 45 /* - */) {
    b = n > 5 && s.charCodeAt(5) !== 45 ? 6 : 5;
    const abs = digits(s, 1, b - 1);
    // One spelling per year: "-0044" but "-12345", never "-00044" or "-0000".
    if (abs < 1 || (b === 6 && s.charCodeAt(1) === 48)) return -1;
    y = -abs;
  } else {
    b = 4;
    y = digits(s, 0, 4);
    if (y < 0) return -1;
  }
  const rest = n - b;
  if (rest !== 0 && rest !== 3 && rest !== 6 && rest < 12) return -1;
  P[Y] = y;
  P[M] = 1;
  P[D] = 1;
  P[HH] = 0;
  P[MM] = 0;
  P[SS] = 0;
  P[MS] = 0;
  P[OFFSET] = 0;
  P[ZONE_AT] = n;
  if (rest === 0) return (P[PRECISION] = 0);
  if (s.charCodeAt(b) !== 45 /* - */) return -1;
  const m = digits(s, b + 1, 2);
  if (m < 1 || m > 12) return -1;
  P[M] = m;
  if (rest === 3) return (P[PRECISION] = 1);
  if (s.charCodeAt(b + 3) !== 45) return -1;
  const d = digits(s, b + 4, 2);
  if (d < 1 || d > daysInMonth(y, m)) return -1;
  P[D] = d;
  if (rest === 6) return (P[PRECISION] = 2);
  // Date-time: THH:MM[:SS[.fff]][Z|±HH:MM]
  if (s.charCodeAt(b + 6) !== 84 /* T */ || s.charCodeAt(b + 9) !== 58 /* : */) return -1;
  const hh = digits(s, b + 7, 2);
  const mm = digits(s, b + 10, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return -1;
  P[HH] = hh;
  P[MM] = mm;
  P[PRECISION] = 3;
  let i = b + 12;
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
export interface DateParts {
  /** Precision code: 0 year, 1 month, 2 day, 3 time. */
  precision: number;
  /** Astronomical year: 0 is 1 BCE. */
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  offset: number;
  /** The offset as written: "" (none), "Z" or "+03:00". */
  zone: string;
}

/** The fields of a date string, or null when it is not a date. */
export function readDateParts(s: string): DateParts | null {
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

/** The v1 text of a year: "2014", "0044", "0000" (1 BCE), "-0044" (45 BCE), "-12345". */
export function yearText(year: number): string {
  const digits4 = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits4}` : digits4;
}

/** ms UTC of the start of y-m-d (m 1..12), exact for every year (Date.UTC reads 0..99 as 1900..1999). */
export function utcDayStart(y: number, m: number, d: number): number {
  return daysFromCivil(y, m, d) * DAY;
}

/** The v1 text of the UTC day containing `ms`: "2024-01-27", "-3499-06-01". */
export function dayTextOf(ms: number): string {
  const d = new Date(ms);
  return `${yearText(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** The v1 text of the UTC minute containing `ms`: "2024-01-27T14:30Z". */
export function minuteTextOf(ms: number): string {
  const d = new Date(ms);
  return `${dayTextOf(ms)}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}Z`;
}

