import { describe, expect, it } from 'vitest';
import type { Series } from '../../../src/model/types';
import { planSonification } from '../../../src/troops/sonify/planSonification';
import { toTimedSeries } from '../../../src/troops/timedSeries';

const series: Series = {
  id: 'iraq',
  name: 'US troops in Iraq',
  unit: 'troops',
  points: [
    { date: '2014-10-15', value: 1400, estimate: 'approximate', kind: 'official', source: 's' },
    { date: '2016-04-18', value: 4087, estimate: 'exact', kind: 'official', source: 's' },
    { date: '2017-09-30', value: 5200, estimate: 'exact', kind: 'official', source: 's' },
    { date: '2020-09-09', value: 3000, estimate: 'exact', kind: 'official', source: 's' },
    { date: '2021-12-09', value: 2500, estimate: 'exact', kind: 'official', source: 's' },
  ],
};
const timed = toTimedSeries(series);
const ms = (d: string) => Date.parse(d);

describe('planSonification', () => {
  it('sounds every figure across the span, in time order, left to right', () => {
    const plan = planSonification(timed, [ms('2014-01-01'), ms('2024-01-01')], { seconds: 10 });
    expect(plan.steps.map((s) => s.point.value)).toEqual([1400, 4087, 5200, 3000, 2500]);
    const at = plan.steps.map((s) => s.at);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // 15 Oct 2014 is 0.79 years into a 10-year span of 10 seconds.
    expect(at[0]).toBeCloseTo(0.79, 1);
    expect(plan.duration).toBe(10);
  });

  it('maps the lowest figure to the lowest pitch and the highest to the highest', () => {
    const plan = planSonification(timed, [ms('2014-01-01'), ms('2024-01-01')], { lowHz: 200, highHz: 800 });
    const byValue = [...plan.steps].sort((a, b) => a.point.value - b.point.value);
    expect(byValue[0].frequency).toBeCloseTo(200);
    expect(byValue.at(-1)!.frequency).toBeCloseTo(800);
    for (let i = 1; i < byValue.length; i++) expect(byValue[i].frequency).toBeGreaterThan(byValue[i - 1].frequency);
    expect([plan.low, plan.high]).toEqual([1400, 5200]);
  });

  it('starts with the figure that already holds when a zoomed span opens, and ends at the span', () => {
    const plan = planSonification(timed, [ms('2018-01-01'), ms('2021-01-01')]);
    expect(plan.steps.map((s) => s.point.value)).toEqual([5200, 3000]);
    expect(plan.steps[0].at).toBe(0);
  });

  it('is silent for a span before the first figure, and steady for a single value', () => {
    expect(planSonification(timed, [ms('2000-01-01'), ms('2001-01-01')]).steps).toEqual([]);
    const one = planSonification(timed, [ms('2022-01-01'), ms('2023-01-01')], { lowHz: 100, highHz: 400 });
    expect(one.steps).toHaveLength(1);
    expect(one.steps[0].frequency).toBeCloseTo(200);
  });
});
