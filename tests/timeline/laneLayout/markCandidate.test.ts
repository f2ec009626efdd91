import { describe, expect, it } from 'vitest';
import { markCandidate, MIN_BAR_PX } from '../../../src/timeline/laneLayout/markCandidate';
import { POINT_RADIUS } from '../../../src/timeline/markShapes';
import { day, loadDataset } from '../fixture';

const Y2014 = Date.UTC(2014, 0, 1);
const DAY = 86_400_000;
/** 10 px per day from 2014-01-01. */
const x = (t: number) => ((t - Y2014) / DAY) * 10;

describe('markCandidate', () => {
  const d = loadDataset([
    { id: 'point', date: day(3) },
    { id: 'range', date: day(5), end: day(9) },
    { id: 'month', date: '2014-02' },
    { id: 'short', date: '2014-01-02', end: '2014-01-02' },
  ]);
  const cand = (id: string) => markCandidate(d.columns, d.text.indexOf(id), (t) => x(t) / 100);

  it('puts a day event as a point in the middle of its day', () => {
    const c = markCandidate(d.columns, d.text.indexOf('point'), x);
    expect(c.kind).toBe('point');
    expect(c.cx).toBeCloseTo(35, 5);
    expect([c.x0, c.x1]).toEqual([c.cx - POINT_RADIUS, c.cx + POINT_RADIUS]);
    expect(c.barEnd).toBe(c.x1);
  });

  it('spans a range from its start to its end', () => {
    const c = markCandidate(d.columns, d.text.indexOf('range'), x);
    expect(c.kind).toBe('range');
    expect(c.x0).toBeCloseTo(50, 5);
    expect(c.x1).toBeGreaterThan(c.x0 + 30);
  });

  it('draws a month-precision event as an uncertain bar over the month', () => {
    const c = markCandidate(d.columns, d.text.indexOf('month'), x);
    expect(c.kind).toBe('uncertain');
    expect(c.x0).toBeCloseTo(310, 5);
    expect(c.x1).toBeCloseTo(590, 5);
  });

  it('keeps a bar at least MIN_BAR_PX wide when zoomed far out', () => {
    const c = cand('range');
    expect(c.x1 - c.x0).toBe(MIN_BAR_PX);
  });
});
