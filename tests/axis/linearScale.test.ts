import { zoomIdentity } from 'd3-zoom';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale } from '../../src/axis/linearScale';

describe('linearScale', () => {
  it('places and inverts values like d3 scaleLinear, with either range direction', () => {
    for (const range of [
      [0, 800],
      [300, 20],
    ] as [number, number][]) {
      const ours = linearScale([1000, 6200], range);
      const d3 = scaleLinear().domain([1000, 6200]).range(range);
      for (const v of [1000, 2500.5, 6200, -40, 9000]) expect(ours(v)).toBeCloseTo(d3(v), 9);
      for (const px of [0, 123.4, 800]) expect(ours.invert(px)).toBeCloseTo(d3.invert(px), 6);
    }
  });

  it('reads a Date as its milliseconds', () => {
    const x = linearScale([Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 1)], [0, 1000]);
    expect(x(new Date(Date.UTC(2019, 0, 1)))).toBeCloseTo(x(Date.UTC(2019, 0, 1)), 9);
  });

  it('ticks and rounds its domain to the same round numbers as d3', () => {
    for (const [max, count] of [
      [5200, 4],
      [873, 4],
      [1, 4],
      [46_000, 5],
      [0.37, 10],
    ]) {
      const ours = linearScale([0, max], [200, 0]).nice(count);
      const d3 = scaleLinear().domain([0, max]).range([200, 0]).nice(count);
      expect(ours.domain()).toEqual(d3.domain());
      expect(ours.ticks(count)).toEqual(d3.ticks(count));
    }
  });

  it('maps a zero-width domain to the middle of the range', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('copies are independent, so zoom rescaling leaves the base scale alone', () => {
    const base = linearScale([0, 1000], [0, 500]);
    const zoomed = zoomIdentity.translate(-250, 0).scale(2).rescaleX(base);
    expect(zoomed.domain()).toEqual([250, 750]);
    expect(base.domain()).toEqual([0, 1000]);
    expect(zoomed(500)).toBeCloseTo(250, 9);
  });

  it('takes its ticks from the rule it was given', () => {
    const x = linearScale([0, 10], [0, 100], (from, to) => [from, to]);
    expect(x.ticks()).toEqual([0, 10]);
    expect(x.copy().domain([2, 8]).ticks()).toEqual([2, 8]);
  });
});
