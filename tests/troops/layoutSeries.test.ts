import fs from 'node:fs';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { layoutSeries, type SeriesLayout } from '../../src/troops/layoutSeries';
import { toTimedSeries, type TimedPoint } from '../../src/troops/timedSeries';
import { iraq } from './fixtures';
import { problemMessage } from '../../src/i18n/problemText';

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
const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The property readers rely on: a ceiling or a plan is never part of the line of
 * figures that held. Each is one flat level of its own kind at its own value, and no
 * count or official-level path passes through its value at its date.
 */
function expectCeilingsAndPlansApart(pts: readonly TimedPoint[], out: SeriesLayout, yOf: (v: number) => number) {
  const held = new Set(['count', 'official']);
  for (const seg of out.segments) {
    const kinds = seg.points.map((i) => pts[i].kind);
    expect(kinds.every((k) => k === seg.kind)).toBe(true);
    if (held.has(seg.kind)) continue;
    expect(seg.points).toHaveLength(1);
    const levels = new Set(vertices(seg.d).map(([, vy]) => vy));
    expect([...levels]).toEqual([round(yOf(pts[seg.points[0]].value))]);
  }
  pts.forEach((p, i) => {
    if (held.has(p.kind)) return;
    const own = out.segments.filter((s) => s.points.includes(i));
    expect(own.map((s) => s.kind)).toEqual([p.kind]);
    const heldPaths = out.segments.filter((s) => held.has(s.kind));
    for (const seg of heldPaths) expect(vertices(seg.d)).not.toContainEqual([round(out.markers[i].x), round(out.markers[i].y)]);
  });
}

describe('layoutSeries', () => {
  it('joins counts and official levels into the step line, in runs split where the kind changes', () => {
    const held = layout().segments.filter((s) => s.kind === 'count' || s.kind === 'official');
    expect(held.map((s) => [s.kind, s.points])).toEqual([
      ['official', [0, 2]],
      ['count', [3]],
      ['official', [5]],
    ]);
  });

  it('draws steps that skip ceilings and plans: each held value lasts until the next held one', () => {
    const [first] = layout().segments;
    const v = vertices(first.d);
    // 775 from mid-2014 straight through the 2015 ceiling to November 2017, then 5,200 until the count of March 2018.
    expect(v[0]).toEqual(pt(x(Date.UTC(2014, 5, 30)), y(775)));
    expect(v).toContainEqual(pt(x(Date.UTC(2017, 10, 1)), y(775)));
    expect(v).not.toContainEqual(pt(x(Date.UTC(2015, 0, 1)), y(3100)));
    expect(v).toContainEqual(pt(x(Date.UTC(2017, 10, 1)), y(5200)));
    expect(v[v.length - 1]).toEqual(pt(x(Date.UTC(2018, 2, 1)), y(5000)));
  });

  it('draws a ceiling and a plan as flat levels from their date to the next figure, never as counts', () => {
    const out = layout();
    const ceiling = out.segments.find((s) => s.kind === 'ceiling');
    const planned = out.segments.find((s) => s.kind === 'planned');
    expect(vertices(ceiling!.d)[0]).toEqual(pt(x(Date.UTC(2015, 0, 1)), y(3100)));
    expect(vertices(ceiling!.d).at(-1)).toEqual(pt(x(Date.UTC(2017, 10, 1)), y(3100)));
    expect(vertices(planned!.d).at(-1)).toEqual(pt(x(Date.UTC(2024, 0, 27)), y(3000)));
    expectCeilingsAndPlansApart(points, out, y);
  });

  it('never draws a ceiling or plan of the default dataset as a count or official level', () => {
    const doc: unknown = JSON.parse(fs.readFileSync(new URL('../../data/coalition.json', import.meta.url), 'utf8'));
    const result = validateDataset(doc);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${problemMessage(p)}`).join('\n'));
    const kinds = new Set<string>();
    for (const series of result.dataset.series) {
      const pts = toTimedSeries(series).points;
      for (const p of pts) kinds.add(p.kind);
      expectCeilingsAndPlansApart(pts, layoutSeries(pts, (t) => x(t), y, { range: [0, 1100] }), y);
    }
    // The dataset has ceilings and plans, so the check above checked something.
    expect(kinds).toContain('ceiling');
    expect(kinds).toContain('planned');
  });

  it('ends the last step at the end of its own period', () => {
    const last = layout().segments.filter((s) => s.kind === 'official').at(-1)!;
    const v = vertices(last.d);
    expect(v[v.length - 1]).toEqual(pt(x(Date.UTC(2024, 0, 28)), y(2500)));
  });

  it('gives every point a marker with its kind, with the whole period marked for month and year dates', () => {
    const { markers } = layout();
    expect(markers.map((m) => m.kind)).toEqual(['official', 'ceiling', 'official', 'count', 'planned', 'official']);
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
