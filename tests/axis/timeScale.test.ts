import { axisBottom } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { timeScale } from '../../src/axis/timeScale';
import { formatTick } from '../../src/axis/tickFormat';

const spans: [string, number, number][] = [
  ['ten years', Date.UTC(2014, 0, 1), Date.UTC(2024, 11, 31)],
  ['eighteen months', Date.UTC(2017, 3, 12), Date.UTC(2018, 9, 3)],
  ['three weeks', Date.UTC(2019, 8, 3), Date.UTC(2019, 8, 24, 7)],
  ['one day', Date.UTC(2020, 0, 5, 3), Date.UTC(2020, 0, 6, 3)],
];

describe('timeScale', () => {
  it.each(spans)('ticks a span of %s on the same calendar boundaries as scaleUtc', (_, from, to) => {
    const ours = timeScale([from, to], [0, 1100]);
    const d3 = scaleUtc().domain([from, to]).range([0, 1100]);
    for (const count of [2, 6, 12]) expect(ours.ticks(count)).toEqual(d3.ticks(count).map(Number));
  });

  it('steps from years to months to days as the span shrinks', () => {
    const labels = (from: number, to: number) => {
      const x = timeScale([from, to], [0, 1100]);
      return x.ticks(12).map((t) => formatTick(new Date(t)));
    };
    expect(labels(Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)).slice(0, 3)).toEqual(['2014', '2015', '2016']);
    expect(labels(Date.UTC(2017, 0, 1), Date.UTC(2017, 11, 31)).slice(0, 3)).toEqual(['2017', 'Feb', 'Mar']);
    expect(labels(Date.UTC(2019, 8, 3), Date.UTC(2019, 8, 24)).slice(0, 3)).toEqual(['3 Sep', '5 Sep', '7 Sep']);
  });

  it('places and inverts times like scaleUtc, in milliseconds', () => {
    const x = timeScale([Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 1)], [0, 1000]);
    const d3 = scaleUtc().domain([Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 1)]).range([0, 1000]);
    const t = Date.UTC(2019, 6, 4);
    expect(x(t)).toBeCloseTo(d3(t), 9);
    expect(x.invert(400)).toBe(+d3.invert(400));
  });

  it('keeps calendar ticks on copies, as zoom rescaling and d3-axis make them', () => {
    const x = timeScale([Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 1)], [0, 1000]);
    const zoomed = x.copy().domain([Date.UTC(2016, 0, 1), Date.UTC(2016, 3, 1)]);
    expect(zoomed.ticks(4).map((t) => formatTick(new Date(t)))).toEqual(['2016', 'Feb', 'Mar', 'Apr']);
  });

  it('gives d3-axis its calendar ticks when the axis asks the scale', () => {
    const x = timeScale([Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 1)], [0, 1000]);
    const axis = axisBottom(x).ticks(5);
    const values = x.ticks(...(axis.tickArguments() as [number]));
    expect(values.map((t) => formatTick(new Date(t)))).toEqual(['2014', '2016', '2018', '2020', '2022', '2024']);
  });
});
