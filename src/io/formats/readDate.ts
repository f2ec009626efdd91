import { parse } from 'date-fns/parse';
import { isValid } from 'date-fns/isValid';
import { parsePartialDate } from '../../model/partialDate';
import { t } from '../../i18n/imports.en';
import { ownString } from './ownString';

/*
 * Dates as people and tools write them, turned into the v1 forms (YYYY, YYYY-MM,
 * YYYY-MM-DD, ISO date-time). A million-row file repeats a few thousand distinct
 * dates, so every distinct text is parsed once and the answer cached: date-fns
 * `parse` over a list of formats is then paid per distinct date, not per row.
 */

/** The human-written forms tried, in order, after the v1 forms. */
export const HUMAN_DATE_FORMATS = [
  'd MMMM yyyy',
  'd MMM yyyy',
  'd-MMM-yy',
  'd-MMM-yyyy',
  'MMMM d, yyyy',
  'MMM d, yyyy',
  'yyyy/MM/dd',
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd HH:mm',
  'yyyy-MM-dd H:mm:ss',
  "yyyy-MM-dd'T'HH:mm:ss.SSSSSS",
  'yyyy-M-d',
  'd.M.yyyy',
] as const;

/** What a date text became: the v1 date and the form it was read as, or why it is not a date. */
export type DateReading = { date: string; format: string } | { error: string };

/*
 * Two-digit years ("9-May-20") are read within 50 years of this fixed reference,
 * never of "now", so the same file reads the same way every year.
 */
const REFERENCE = new Date(2000, 0, 1);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The v1 text of a year, or null outside the years the app shows (1 to 9999). */
export function yearText(year: number): string | null {
  return Number.isInteger(year) && year >= 1 && year <= 9999 ? pad(year, 4) : null;
}

export const YEAR_RANGE_MESSAGE = 'the app shows years 1 to 9999';

function fromParsed(d: Date, format: string): string {
  // date-fns builds a local-time Date from the written fields; read them back as written.
  const day = `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (!/[Hh]/.test(format)) return day;
  return `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}Z`;
}

function readUncached(text: string): DateReading {
  const s = text.trim();
  if (s === '') return { error: 'is empty' };
  if (parsePartialDate(s)) return { date: s, format: 'ISO 8601' };
  if (/^-?\d{1,4}$/.test(s)) {
    const y = yearText(Number(s));
    return y ? { date: y, format: 'year' } : { error: `year ${s} is out of range: ${YEAR_RANGE_MESSAGE}` };
  }
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  // "2014-06-28 13:00:00" or "…T13:00:00+0300": the v1 form with a T and a colon in the offset.
  if (iso) {
    const zone = iso[3] ? (iso[3] === 'Z' ? 'Z' : iso[3].length === 5 ? `${iso[3].slice(0, 3)}:${iso[3].slice(3)}` : iso[3]) : '';
    const candidate = `${iso[1]}T${iso[2]}${zone}`;
    if (parsePartialDate(candidate)) return { date: candidate, format: 'ISO 8601' };
  }
  for (const format of HUMAN_DATE_FORMATS) {
    const d = parse(s, format, REFERENCE);
    if (isValid(d) && d.getFullYear() >= 1 && d.getFullYear() <= 9999) return { date: fromParsed(d, format), format };
  }
  return { error: `"${s.length > 60 ? `${s.slice(0, 60)}…` : s}" is not a date this app can read` };
}

/**
 * Reads date texts with a cache and counts which format each was read as, for the
 * import notes ("event_date read as "d-MMM-yy" (404 rows)").
 */
export class DateReader {
  private readonly cache = new Map<string, DateReading>();
  /** Rows read per format. */
  readonly formats = new Map<string, number>();

  read(text: string): DateReading {
    let r = this.cache.get(text);
    if (r === undefined) {
      // Copied out of the file's text, which the cached key and date would otherwise keep alive (see ownString).
      const own = ownString(text);
      r = readUncached(own);
      // A file of unique timestamps would grow the cache without ever hitting it.
      if (this.cache.size < 100_000) this.cache.set(own, r);
    }
    if ('date' in r) this.formats.set(r.format, (this.formats.get(r.format) ?? 0) + 1);
    return r;
  }

  /** Reads a number as a year (1989) or, from 100000 up, as epoch milliseconds (vis-timeline). */
  readNumber(n: number): DateReading {
    if (!Number.isFinite(n)) return { error: `${n} is not a date` };
    if (Math.abs(n) < 100_000) {
      const y = yearText(n);
      if (!y) return { error: `year ${n} is out of range: ${YEAR_RANGE_MESSAGE}` };
      this.formats.set('year', (this.formats.get('year') ?? 0) + 1);
      return { date: y, format: 'year' };
    }
    const d = new Date(n);
    if (!isValid(d) || d.getUTCFullYear() < 1 || d.getUTCFullYear() > 9999) return { error: `${n} is not a date` };
    this.formats.set('epoch milliseconds', (this.formats.get('epoch milliseconds') ?? 0) + 1);
    const iso = d.toISOString();
    return { date: `${iso.slice(0, 19)}Z`, format: 'epoch milliseconds' };
  }

  /** `column read as "d-MMM-yy" (404 rows)` for each format used. */
  notes(column: string): string[] {
    return [...this.formats].map(([format, rows]) => t('readAs', { column, format, count: rows }));
  }
}
