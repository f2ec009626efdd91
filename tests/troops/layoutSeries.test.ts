import { scaleLinear, scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { layoutSeries } from '../../src/troops/layoutSeries';
import { toTimedSeries } from '../../src/troops/timedSeries';
import { iraq } from './fixtures';

const points = toTimedSeries(iraq).points;
const x = scaleUtc().domain([Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)]).range([0, 1100]);
const y = scaleLinear().domain([0, 6000]).range([200, 0]);
const layout = () => layoutSeries(points, (t) => x(t), y, { range: [0, 1100] });

/** The [x, y] vertices of an SVG path made of M/L/H/V commands. */
function vertices(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [, cmd, a, b] of d.matchAll(/([MLHV])([-\d.e]+)(?:,([-\d.e]+))?/g)) {
    const last = out[out.length - 1];
    if (cmd === 'H') out.push([+a, last[1]]);
    else if (cmd === 'V') out.push([last[0], +a]);
    else out.push([+a, +b]);
  }
  return out;
}

/** A point as d3-shape writes it: to three decimals. */
const pt = (px: number, py: number): [number, number] => [Math.round(px * 1000) / 1000, Math.round(py * 1000) / 1000];

describe('layoutSeries', () => {
  it('splits approximate segments from firm ones', () => {
    const { segments } = layout();
    expect(segments.map((s) => [s.kind, s.from])).toEqual([
      ['firm', 0],
      ['approximate', 2],
      ['firm', 4],
    ]);
  });

  it('draws steps: each value holds until the next point, then the line moves to it', () => {
    const [firm] = layout().segments;
    const v = vertices(firm.d);
    // 775 from mid-2014 to 2015, then 3,100 until November 2017, where the approximate run begins.
    expect(v[0]).toEqual(pt(x(Date.UTC(2014, 5, 30)), y(775)));
    expect(v).toContainEqual(pt(x(Date.UTC(2015, 0, 1)), y(775)));
    expect(v).toContainEqual(pt(x(Date.UTC(2015, 0, 1)), y(3100)));
    expect(v[v.length - 1]).toEqual(pt(x(Date.UTC(2017, 10, 1)), y(5200)));
  });

  it('ends the last step at the end of its own period', () => {
    const last = layout().segments[2];
    const v = vertices(last.d);
    expect(v[v.length - 1]).toEqual(pt(x(Date.UTC(2024, 0, 28)), y(2500)));
  });

  it('gives every point a marker, with the whole period marked for month and year dates', () => {
    const { markers } = layout();
    expect(markers.map((m) => m.estimate)).toEqual(['exact', 'authorized', 'approximate', 'approximate', 'exact']);
    const year = markers[1];
    expect(year.x0).toBeCloseTo(x(Date.UTC(2015, 0, 1)));
    expect(year.x1).toBeCloseTo(x(Date.UTC(2016, 0, 1)));
    const day = markers[0];
    expect(day.x1).toBe(day.x0);
  });

  it('pins far-off positions near the plot when zoomed in deeply, keeping what is visible exact', () => {
    const deep = scaleUtc().domain([Date.UTC(2017, 10, 1), Date.UTC(2017, 10, 8)]).range([0, 1000]);
    const { segments, markers } = layoutSeries(points, (t) => deep(t), y, { range: [0, 1000] });
    for (const seg of segments) for (const [vx] of vertices(seg.d)) expect(Math.abs(vx)).toBeLessThanOrEqual(2000);
    expect(markers.filter((m) => m.inView).map((m) => m.i)).toEqual([2]);
  });
});
