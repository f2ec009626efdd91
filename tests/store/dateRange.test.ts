import { describe, expect, it } from 'vitest';
import { dayString, rangeToSpan, spanToRange } from '../../src/store/dateRange';

const span: [number, number] = [Date.UTC(2014, 5, 10), Date.UTC(2024, 0, 28)];

describe('From/To dates and the shown span', () => {
  it('a range covers whole periods: a year-precision "to" ends at the next 1 January', () => {
    expect(rangeToSpan('2015-03', '2016', span)).toEqual([Date.UTC(2015, 2, 1), Date.UTC(2017, 0, 1)]);
  });

  it('everything shown (no span) is an open range; a day-aligned span gives whole days', () => {
    expect(spanToRange(null)).toEqual({ from: null, to: null });
    expect(spanToRange([Date.UTC(2016, 0, 1), Date.UTC(2016, 1, 1)])).toEqual({
      from: '2016-01-01',
      to: '2016-01-31',
    });
  });

  it('a close zoom is written to the minute and reopens containing the same view', () => {
    const shown = [Date.UTC(2016, 6, 9, 7, 20, 30), Date.UTC(2016, 6, 12, 18, 5, 10)] as const;
    const range = spanToRange(shown);
    expect(range).toEqual({ from: '2016-07-09T07:20Z', to: '2016-07-12T18:05Z' });
    const back = rangeToSpan(range.from, range.to, span);
    expect(back[0]).toBeLessThanOrEqual(shown[0]);
    expect(back[1]).toBeGreaterThanOrEqual(shown[1]);
    expect(back[1] - back[0] - (shown[1] - shown[0])).toBeLessThan(2 * 60_000);
  });

  it('a long span is written to the day', () => {
    const range = spanToRange([Date.UTC(2015, 2, 3, 5), Date.UTC(2018, 4, 6, 9)]);
    expect(range).toEqual({ from: '2015-03-03', to: '2018-05-06' });
  });

  it('day strings are UTC days', () => {
    expect(dayString(Date.UTC(2020, 1, 29, 23, 59))).toBe('2020-02-29');
  });
});

describe('From/To dates before 1 CE', () => {
  it('writes the days of a BCE span in the v1 form and reads them back to the same span', () => {
    const span: [number, number] = [Date.parse('-003499-01-01T00:00:00Z'), Date.parse('0014-01-01T00:00:00Z')];
    expect(dayString(span[0])).toBe('-3499-01-01');
    const range = spanToRange(span);
    expect(range).toEqual({ from: '-3499-01-01', to: '0013-12-31' });
    expect(rangeToSpan(range.from, range.to, [0, 1])).toEqual(span);
  });
});
