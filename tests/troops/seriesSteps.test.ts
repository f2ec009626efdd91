import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/model/types';
import { seriesSteps, stepAt } from '../../src/troops/seriesSteps';
import { toTimedSeries } from '../../src/troops/timedSeries';

const series = (points: Series['points']): Series => ({ id: 's', name: 'S', unit: 'troops', points });
const p = (date: string, value: number, kind: Series['points'][number]['kind'], estimate: Series['points'][number]['estimate'] = 'exact') => ({
  date,
  value,
  kind,
  estimate,
  source: 'x',
});

describe('seriesSteps', () => {
  it('makes one step of repeated reports of the same figure, and a new step where the figure changes', () => {
    const timed = toTimedSeries(
      series([p('2020-01-01', 3000, 'official'), p('2021-01-15', 2500, 'official'), p('2021-07-26', 2500, 'official', 'approximate'), p('2024-09-27', 2500, 'official')]),
    );
    const steps = seriesSteps(timed.points);
    expect(steps.map((s) => [s.value, s.points])).toEqual([
      [3000, [0]],
      [2500, [1, 2, 3]],
    ]);
    // The first step lasts until the second begins; the last has no end.
    expect(steps[0].next).toBe(1);
    expect(steps[1].next).toBeNull();
  });

  it('keeps a ceiling or a plan as a step of its own, never merged into the line, ending at the next later figure', () => {
    const timed = toTimedSeries(
      series([p('2015-06-10', 3100, 'official'), p('2015-06-10', 3550, 'ceiling'), p('2015-12-01', 3100, 'official'), p('2016-06', 4087, 'official')]),
    );
    const steps = seriesSteps(timed.points);
    // The line's 3,100 holds on through the ceiling announced the same day: one step, two reports.
    expect(steps.map((s) => [s.kind, s.value, s.points])).toEqual([
      ['official', 3100, [0, 2]],
      ['ceiling', 3550, [1]],
      ['official', 4087, [3]],
    ]);
    expect(steps[1].next).toBe(2);
    expect(steps[0].next).toBe(3);
  });

  it('finds the step in force at an instant', () => {
    const steps = seriesSteps(toTimedSeries(series([p('2015', 1, 'count'), p('2017', 2, 'count'), p('2019', 3, 'count')])).points);
    expect(stepAt(steps, Date.UTC(2018, 5, 1))).toBe(1);
    expect(stepAt(steps, Date.UTC(2010, 0, 1))).toBe(0);
    expect(stepAt(steps, Date.UTC(2030, 0, 1))).toBe(2);
  });
});
