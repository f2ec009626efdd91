import { describe, expect, it } from 'vitest';
import { apartWords, lastedWords, spanWords } from '../../src/model/durationWords';

const day = (y: number, m: number, d: number) => ({ at: Date.UTC(y, m - 1, d), precision: 'day' as const });
const month = (y: number, m: number) => ({ at: Date.UTC(y, m - 1, 1), precision: 'month' as const });
const year = (y: number) => ({ at: Date.UTC(y, 0, 1), precision: 'year' as const });

describe('durations in words', () => {
  it('says how long a day-precision range lasted, counting its last day', () => {
    // 4 to 10 June 2014: the end is the end of 10 June.
    expect(lastedWords(day(2014, 6, 4), day(2014, 6, 11))).toBe('lasted 7 days');
    expect(lastedWords(day(2016, 10, 17), day(2017, 7, 10))).toBe('lasted 8 months 23 days');
  });

  it('keeps the two largest units: "3 years 5 months", not the days', () => {
    expect(lastedWords(day(2014, 6, 4), day(2017, 11, 20))).toBe('lasted 3 years 5 months');
  });

  it('never gives days for a month-precision date, nor months for a year', () => {
    expect(lastedWords(month(2016, 4), { at: Date.UTC(2016, 6, 1), precision: 'month' })).toBe('lasted 3 months');
    expect(apartWords(day(2014, 6, 10), month(2015, 4))).toBe('10 months later');
    expect(apartWords(year(2014), day(2017, 12, 9))).toBe('3 years later');
  });

  it('says how far apart two steps are, and which way', () => {
    expect(apartWords(day(2024, 1, 25), day(2024, 1, 27))).toBe('2 days later');
    expect(apartWords(day(2024, 1, 27), month(2014, 6))).toBe('9 years 7 months earlier');
    expect(apartWords(day(2024, 1, 27), day(2024, 1, 27))).toBe('the same day');
    expect(apartWords(month(2024, 1), day(2024, 1, 27))).toBe('the same month');
  });

  it('reads the calendar in UTC whatever the machine’s time zone', () => {
    expect(spanWords(Date.UTC(2020, 0, 31), Date.UTC(2020, 2, 1), 'day')).toBe('1 month 1 day');
  });
});

describe('durations before 1 CE', () => {
  it('counts years across the change of era without a year 0 and without shifting years under 100', () => {
    const start = { at: Date.parse('-000043-01-01T00:00:00Z'), precision: 'year' as const };
    const end = { at: Date.parse('0015-01-01T00:00:00Z'), precision: 'year' as const };
    // 44 BCE to 14 CE inclusive: 58 years (44 + 14, there being no year 0 between 1 BCE and 1 CE).
    expect(lastedWords(start, end)).toBe('lasted 58 years');
  });
});
