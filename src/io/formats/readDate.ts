import { parse } from 'date-fns/parse';
import { isValid } from 'date-fns/isValid';
import { MAX_YEAR, MIN_YEAR, dayTextOf, parsePartialDate, yearText as v1YearText } from '../../model/partialDate';
import { ownString } from './ownString';
import { importWords } from './importFailure';

/** The formats a date column is read with that are kinds, not date-fns patterns: their names are catalogue words. */
const FORMAT_WORDS = { year: 'dateAsYear', 'year with era': 'dateAsEraYear', 'epoch milliseconds': 'dateAsEpochMs' } as const;
import type { KeyedText } from '../../model/types';

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
export type DateReading = { date: string; format: string } | { error: KeyedText };

/*
 * Two-digit years ("9-May-20") are read within 50 years of this fixed reference,
 * never of "now", so the same file reads the same way every year.
 */
const REFERENCE = new Date(2000, 0, 1);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The v1 text of an astronomical year (0 is 1 BCE, -499 is 500 BCE), or null
 * outside the years the app shows (100000 BCE to 9999 CE).
 */
export function yearText(year: number): string | null {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? v1YearText(year) : null;
}

/** "500 BCE", "44 BC", "14 CE", "AD 14", "A.D. 14": a year with its era written out. */
const ERA_YEAR = /^(?:(\d{1,6})\s*(BCE|BC|B\.C\.E\.|B\.C\.|CE|AD|C\.E\.|A\.D\.)|(AD|A\.D\.)\s*(\d{1,4}))$/i;

/** The astronomical year of a year with its era ("500 BCE" -> -499), NaN for a year 0, or null when it is not one. */
function eraYear(s: string): number | null {
  const m = ERA_YEAR.exec(s);
  if (!m) return null;
  const n = Number(m[4] ?? m[1]);
  if (n === 0) return NaN;
  return m[2] && /^b/i.test(m[2]) ? 1 - n : n;
}

function fromParsed(d: Date, format: string): string {
  // date-fns builds a local-time Date from the written fields; read them back as written.
  const day = `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (!/[Hh]/.test(format)) return day;
  return `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}Z`;
}

function readUncached(text: string): DateReading {
  const s = text.trim();
  if (s === '') return { error: importWords('dateEmpty') };
  if (parsePartialDate(s)) return { date: s, format: 'ISO 8601' };
  // A signed year alone is ISO 8601's astronomical year, as in the v1 format: "-0499" and "-499" are 500 BCE.
  if (/^-?\d{1,6}$/.test(s)) {
    const y = yearText(Number(s));
    return y ? { date: y, format: 'year' } : { error: importWords('yearOutOfRange', { year: s }) };
  }
  const era = eraYear(s);
  if (era !== null) {
    if (Number.isNaN(era)) return { error: importWords('noYearZero', { value: s }) };
    const y = yearText(era);
    return y ? { date: y, format: 'year with era' } : { error: importWords('yearOutOfRange', { year: s }) };
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
  return { error: importWords('unreadableDate', { value: s.length > 60 ? `${s.slice(0, 60)}…` : s }) };
}

/**
 * Reads date texts with a cache and counts which format each was read as, for the
 * import notes ("event_date read as "d-MMM-yy", like 9-May-20 (404 rows)").
 */
export class DateReader {
  private readonly cache = new Map<string, DateReading>();
  /** Rows read per format, and the first value read in it as the file writes it. */
  readonly formats = new Map<string, { rows: number; example: string }>();

  private count(format: string, value: string): void {
    const seen = this.formats.get(format);
    if (seen) seen.rows++;
    else this.formats.set(format, { rows: 1, example: ownString(value) });
  }

  read(text: string): DateReading {
    let r = this.cache.get(text);
    if (r === undefined) {
      // Copied out of the file's text, which the cached key and date would otherwise keep alive (see ownString).
      const own = ownString(text);
      r = readUncached(own);
      // A file of unique timestamps would grow the cache without ever hitting it.
      if (this.cache.size < 100_000) this.cache.set(own, r);
    }
    if ('date' in r) this.count(r.format, text.trim());
    return r;
  }

  /** Reads a number as a year (1989) or, from 100000 up, as epoch milliseconds (vis-timeline). */
  readNumber(n: number): DateReading {
    if (!Number.isFinite(n)) return { error: importWords('numberNotDate', { value: String(n) }) };
    if (Math.abs(n) < 100_000) {
      const y = yearText(n);
      if (!y) return { error: importWords('yearOutOfRange', { year: String(n) }) };
      this.count('year', String(n));
      return { date: y, format: 'year' };
    }
    const d = new Date(n);
    if (!isValid(d) || d.getUTCFullYear() < MIN_YEAR || d.getUTCFullYear() > MAX_YEAR) return { error: importWords('numberNotDate', { value: String(n) }) };
    this.count('epoch milliseconds', String(n));
    // toISOString writes years before 0 as "-003499": the v1 text is "-3499".
    const iso = d.toISOString();
    return { date: `${dayTextOf(n)}${iso.slice(iso.indexOf('T'), -5)}Z`, format: 'epoch milliseconds' };
  }

  /**
   * `column read as "d-MMM-yy", like 9-May-20 (404 rows)` for each format used: a pattern is
   * the file's notation and a reader may not know date-fns' letters, so the file's own first
   * value in it comes with it (an isolate on the page: Latin letters and digits, left to right);
   * a format known by its kind is said in the reader's words.
   */
  notes(column: string): KeyedText[] {
    return [...this.formats].map(([format, { rows, example }]) =>
      Object.hasOwn(FORMAT_WORDS, format)
        ? importWords('readAs', { column, example, count: rows }, { format: FORMAT_WORDS[format as keyof typeof FORMAT_WORDS] })
        : importWords('readAs', { column, format, example, count: rows }),
    );
  }
}
