import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/model/types';
import { stepPoint } from '../../src/troops/stepPoint';
import { toTimedSeries } from '../../src/troops/timedSeries';
import { iraq } from './fixtures';

const syria: Series = {
  id: 'us-troops-syria',
  name: 'US troops in Syria',
  unit: 'troops',
  points: [
    { date: '2015-10', value: 50, estimate: 'authorized', kind: 'ceiling', source: 'dod' },
    { date: '2018-01', value: 2000, estimate: 'approximate', kind: 'official', source: 'news' },
  ],
};
const rows = [
  { s: 0, points: toTimedSeries(iraq).points },
  { s: 1, points: toTimedSeries(syria).points },
];

describe('stepPoint', () => {
  it('moves along a series with the left and right arrows and stops at its ends', () => {
    expect(stepPoint(rows, { s: 0, i: 1 }, 'ArrowRight')).toEqual({ s: 0, i: 2 });
    expect(stepPoint(rows, { s: 0, i: 1 }, 'ArrowLeft')).toEqual({ s: 0, i: 0 });
    expect(stepPoint(rows, { s: 0, i: 0 }, 'ArrowLeft')).toBeNull();
    expect(stepPoint(rows, { s: 0, i: 1 }, 'End')).toEqual({ s: 0, i: 5 });
  });

  it('moves to the figure nearest in time in the next series with the down arrow', () => {
    // November 2017 in Iraq is nearest to January 2018 in Syria.
    expect(stepPoint(rows, { s: 0, i: 2 }, 'ArrowDown')).toEqual({ s: 1, i: 1 });
    expect(stepPoint(rows, { s: 1, i: 0 }, 'ArrowUp')).toEqual({ s: 0, i: 1 });
    expect(stepPoint(rows, { s: 1, i: 0 }, 'ArrowDown')).toBeNull();
  });
});
