import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayTextOf, daysInMonth, parsePartialDate, utcDayStart, yearText } from '../../src/model/partialDate';
import { formatDateRange, formatPartialDate } from '../../src/i18n/formatDate';
import { FUZZ } from '../fuzzRuns';

/** The instant Date itself gives for y-m-d: setUTCFullYear, which, unlike Date.UTC, keeps years 0..99. */
function dateStart(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

/** A written date at a random precision, with its parts: years 10001 BCE (-10000) to 9999 CE. */
const writtenDate = fc
  .record({ y: fc.integer({ min: -10_000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }), precision: fc.integer({ min: 0, max: 2 }) })
  .map(({ y, m, d, precision }) => {
    const day = Math.min(d, daysInMonth(y, m));
    const pad = (n: number) => String(n).padStart(2, '0');
    const text = [yearText(y), `${yearText(y)}-${pad(m)}`, `${yearText(y)}-${pad(m)}-${pad(day)}`][precision];
    return { y, m: precision > 0 ? m : 1, d: precision > 1 ? day : 1, precision, text };
  });

/** The year as a reader counts it, read back from the formatted text: "3500 BCE" -> -3499. */
function yearReadBack(formatted: string): number {
  const bce = /(\d+) BCE$/.exec(formatted);
  return bce ? 1 - Number(bce[1]) : Number(/(\d+)$/.exec(formatted)![1]);
}

describe('partial dates across 10001 BCE to 9999 CE', () => {
  it('parse to the instant Date gives, and write back to the same text', () => {
    fc.assert(
      fc.property(writtenDate, ({ y, m, d, precision, text }) => {
        const parsed = parsePartialDate(text);
        expect(parsed, text).not.toBeNull();
        expect(parsed!.start).toBe(dateStart(y, m, d));
        expect(parsed!.start).toBe(utcDayStart(y, m, d));
        expect(parsed!.precision).toBe(['year', 'month', 'day'][precision]);
        expect(dayTextOf(parsed!.start).slice(0, text.length)).toBe(text);
        // The period ends where the next one starts: next year, next month, next day.
        const next = precision === 0 ? dateStart(y + 1, 1, 1) : precision === 1 ? dateStart(y, m + 1, 1) : dateStart(y, m, d + 1);
        expect(parsed!.end).toBe(next);
      }),
      { numRuns: FUZZ.runs, seed: FUZZ.seed },
    );
  });

  it('compare by start in the same order as their year, month and day', () => {
    fc.assert(
      fc.property(writtenDate, writtenDate, (a, b) => {
        const order = Math.sign(a.y - b.y || a.m - b.m || a.d - b.d);
        expect(Math.sign(parsePartialDate(a.text)!.start - parsePartialDate(b.text)!.start)).toBe(order);
      }),
      { numRuns: FUZZ.runs, seed: FUZZ.seed },
    );
  });

  it('format with the year as counted: year 0 is 1 BCE, -3499 is 3500 BCE, and no year is 0', () => {
    fc.assert(
      fc.property(writtenDate, ({ y, text }) => {
        const formatted = formatPartialDate(text);
        expect(formatted.endsWith(' BCE')).toBe(y <= 0);
        expect(yearReadBack(formatted)).toBe(y);
        expect(formatted).not.toMatch(/(^| )0( |$)/);
      }),
      { numRuns: FUZZ.runs, seed: FUZZ.seed },
    );
  });
});

describe('BCE dates as written', () => {
  it('reads the ISO 8601 astronomical years: 0000 is 1 BCE, -0001 is 2 BCE, -3499 is 3500 BCE', () => {
    expect(formatPartialDate('0000')).toBe('1 BCE');
    expect(formatPartialDate('-0001')).toBe('2 BCE');
    expect(formatPartialDate('-3499')).toBe('3500 BCE');
    expect(formatPartialDate('-0043-03-15')).toBe('15 March 44 BCE');
    expect(formatPartialDate('-12345')).toBe('12346 BCE');
    expect(formatPartialDate('0100')).toBe('100');
  });

  it('writes the era once for a BCE range and at both ends of a range into CE', () => {
    expect(formatDateRange('-3499', '-2999')).toBe('3500–3000 BCE');
    expect(formatDateRange('-0043', '0014')).toBe('44 BCE – 14 CE');
    expect(formatDateRange('-0043-03-15', '0014-08-19')).toBe('15 March 44 BCE – 19 August 14 CE');
    expect(formatDateRange('-0043-03', '-0043-05')).toBe('March–May 44 BCE');
    expect(formatDateRange('2014', '2017')).toBe('2014–2017');
  });

  it('keeps 1 BCE and 1 CE one year apart', () => {
    const bce1 = parsePartialDate('0000')!;
    const ce1 = parsePartialDate('0001')!;
    expect(bce1.end).toBe(ce1.start);
    expect(ce1.start - bce1.start).toBe(366 * 86_400_000); // year 0 is a leap year in the proleptic Gregorian calendar
  });
});
