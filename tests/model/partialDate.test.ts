import { describe, expect, it } from 'vitest';
import { parsePartialDate, parsePartialDateInto } from '../../src/model/partialDate';
import { formatDateRange, formatPartialDate, formatShortDate } from '../../src/i18n/formatDate';

const utc = Date.UTC;

describe('parsePartialDate', () => {
  it('reads a year as the whole year', () => {
    expect(parsePartialDate('2017')).toEqual({ precision: 'year', start: utc(2017, 0, 1), end: utc(2018, 0, 1), text: '2017' });
  });

  it('reads a month as the whole month, December ending at the next year', () => {
    expect(parsePartialDate('2014-06')).toMatchObject({ precision: 'month', start: utc(2014, 5, 1), end: utc(2014, 6, 1) });
    expect(parsePartialDate('2016-12')).toMatchObject({ start: utc(2016, 11, 1), end: utc(2017, 0, 1) });
  });

  it('reads a day as the whole day', () => {
    expect(parsePartialDate('2024-01-27')).toMatchObject({ precision: 'day', start: utc(2024, 0, 27), end: utc(2024, 0, 28) });
  });

  it('reads a date-time as one minute, in UTC when no offset is given', () => {
    const t = utc(2024, 0, 27, 14, 30);
    expect(parsePartialDate('2024-01-27T14:30Z')).toMatchObject({ precision: 'time', start: t, end: t + 60_000 });
    expect(parsePartialDate('2024-01-27T14:30')).toMatchObject({ start: t });
    expect(parsePartialDate('2024-01-27T14:30:00.000Z')).toMatchObject({ start: t });
    expect(parsePartialDate('2024-01-27T14:30:15.5Z')!.start).toBe(t + 15_500);
  });

  it('applies the written offset', () => {
    expect(parsePartialDate('2024-01-27T14:30:00+03:00')!.start).toBe(utc(2024, 0, 27, 11, 30));
    expect(parsePartialDate('2024-01-27T00:30-05:00')!.start).toBe(utc(2024, 0, 27, 5, 30));
  });

  it('accepts 29 February only in leap years', () => {
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
    expect(parsePartialDate('2000-02-29')).not.toBeNull();
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('1900-02-29')).toBeNull();
  });

  it('rejects impossible, unpadded and malformed dates', () => {
    for (const bad of [
      '2014-13-01', '2014-00', '2014-04-31', '2014-6-1', '14', '-0000', '-044', '-00044', '+2014', '-100000', '2014-06-10T24:00Z',
      '2014-06-10T12:60Z', '2014-06-10 12:00', '2014-06-10T12:00+3:00', '2014-06-10T12:00:00.Z', 'June 2014', '', ' 2014',
    ]) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });

  it('handles years before 100 exactly (no 19xx shift)', () => {
    expect(new Date(parsePartialDate('0050-03-01')!.start).getUTCFullYear()).toBe(50);
  });

  it('writes start, end and precision code without allocating through parsePartialDateInto', () => {
    const out = new Float64Array(4);
    expect(parsePartialDateInto('2014-06', out, 2)).toBe(1);
    expect([out[2], out[3]]).toEqual([utc(2014, 5, 1), utc(2014, 6, 1)]);
    expect(parsePartialDateInto('2014-13', out, 0)).toBe(-1);
  });
});

describe('formatPartialDate', () => {
  it('shows each precision as a reader would write it', () => {
    expect(formatPartialDate('2017')).toBe('2017');
    expect(formatPartialDate('2014-06')).toBe('June 2014');
    expect(formatPartialDate('2024-01-27')).toBe('27 January 2024');
    expect(formatPartialDate('2024-01-27T14:30Z')).toBe('27 January 2024, 14:30 UTC');
    expect(formatPartialDate(parsePartialDate('2014-06-08')!)).toBe('8 June 2014');
  });

  it('keeps the wall-clock time and offset the source wrote', () => {
    expect(formatPartialDate('2024-01-27T14:30:00+03:00')).toBe('27 January 2024, 14:30 UTC+03:00');
  });

  it('gives the same text whatever the process time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Baghdad']) {
        process.env.TZ = tz;
        expect(formatPartialDate('2014-01-01')).toBe('1 January 2014');
        expect(formatPartialDate('2014-06')).toBe('June 2014');
        expect(formatDateRange('2016-12-31', '2017-01-01')).toBe('31 December 2016 – 1 January 2017');
        expect(formatShortDate(Date.UTC(2014, 0, 1), 'day')).toBe('1 Jan 2014');
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it('returns an unparseable string unchanged', () => {
    expect(formatPartialDate('sometime')).toBe('sometime');
  });
});

describe('formatDateRange', () => {
  it('shares the month and year of a range within one month', () => {
    expect(formatDateRange('2014-06-08', '2014-06-10')).toBe('8–10 June 2014');
  });

  it('shares the year of a range within one year', () => {
    expect(formatDateRange('2016-05', '2016-06')).toBe('May–June 2016');
    expect(formatDateRange('2016-05-23', '2016-06-26')).toBe('23 May – 26 June 2016');
  });

  it('writes both ends in full across years', () => {
    expect(formatDateRange('2014', '2017')).toBe('2014–2017');
    expect(formatDateRange('2014-12-30', '2015-01-02')).toBe('30 December 2014 – 2 January 2015');
    expect(formatDateRange('2014-06', '2015-03-03')).toBe('June 2014 – 3 March 2015');
  });

  it('gives a single date for no end or an end on the same day', () => {
    expect(formatDateRange('2024-01-27')).toBe('27 January 2024');
    expect(formatDateRange('2024-01-27', '2024-01-27')).toBe('27 January 2024');
  });

  it('shares the day of a time range within one day', () => {
    expect(formatDateRange('2024-01-27T14:30Z', '2024-01-27T16:00Z')).toBe('27 January 2024, 14:30–16:00 UTC');
  });
});

describe('formatShortDate', () => {
  it('abbreviates for axes and tooltips, in UTC', () => {
    const t = utc(2014, 5, 8, 9, 5);
    expect(formatShortDate(t, 'year')).toBe('2014');
    expect(formatShortDate(t, 'month')).toBe('Jun 2014');
    expect(formatShortDate(t, 'day')).toBe('8 Jun 2014');
    expect(formatShortDate(t, 'time')).toBe('8 Jun 2014 09:05');
  });
});
