import { describe, expect, it } from 'vitest';
import { toTimedSeries } from '../../src/troops/timedSeries';
import { indexAt, valueAt } from '../../src/troops/valueAt';
import { iraq } from './fixtures';

const points = toTimedSeries(iraq).points;
const at = (iso: string) => Date.parse(iso);

describe('valueAt', () => {
  it('returns the last value at or before the date', () => {
    expect(valueAt(points, at('2016-06-01'))?.value).toBe(3100);
    expect(valueAt(points, at('2018-02-28'))?.value).toBe(5200);
    expect(valueAt(points, at('2030-01-01'))?.value).toBe(2500);
  });

  it('counts a figure from the first moment of its period', () => {
    expect(valueAt(points, at('2017-11-01T00:00:00Z'))?.value).toBe(5200);
    expect(valueAt(points, at('2017-10-31T23:59:59Z'))?.value).toBe(3100);
  });

  it('is undefined before the first point', () => {
    expect(valueAt(points, at('2014-06-29'))).toBeUndefined();
    expect(indexAt(points, at('2014-01-01'))).toBe(-1);
    expect(valueAt([], at('2020-01-01'))).toBeUndefined();
  });

  it('agrees with a linear scan at every point boundary', () => {
    for (const p of points) {
      for (const t of [p.start - 1, p.start, p.start + 1]) {
        let expected = -1;
        points.forEach((q, i) => {
          if (q.start <= t) expected = i;
        });
        expect(indexAt(points, t)).toBe(expected);
      }
    }
  });
});
