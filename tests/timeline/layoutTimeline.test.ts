import { describe, expect, it } from 'vitest';
import { binDensity } from '../../src/timeline/binDensity';
import { laneTimesFor } from '../../src/timeline/laneTimes';
import { layoutLanes } from '../../src/timeline/layoutLanes';
import { layoutTimeline } from '../../src/timeline/layoutTimeline';
import { allVisible, day, loadDataset } from './fixture';

const Y2014 = Date.UTC(2014, 0, 1);
const DAY = 86_400_000;

function run(dataset: ReturnType<typeof loadDataset>, domain: [number, number], opts: { width?: number; height?: number; mask?: Uint8Array; actors?: number[] } = {}) {
  const { lanes } = layoutLanes(opts.actors ?? [0, 1, 2], opts.height ?? 300);
  const layout = layoutTimeline({
    columns: dataset.columns,
    index: dataset.index,
    mask: opts.mask ?? allVisible(dataset),
    titleOf: (r) => dataset.text.title(r),
    lanes,
    domain,
    width: opts.width ?? 1000,
  });
  return { layout, lanes };
}

describe('layoutTimeline', () => {
  it('draws marks only for the window', () => {
    const d = loadDataset([
      { id: 'before', date: day(10) },
      { id: 'inside-1', date: day(100) },
      { id: 'inside-2', date: day(150) },
      { id: 'after', date: day(400) },
    ]);
    const { layout } = run(d, [Y2014 + 50 * DAY, Y2014 + 200 * DAY]);
    expect(layout.marks.map((m) => d.text.id(m.row)).sort()).toEqual(['inside-1', 'inside-2']);
    for (const m of layout.marks) expect(m.cx).toBeGreaterThanOrEqual(0);
  });

  it('draws a month-precision event across its whole month in the uncertain style', () => {
    const d = loadDataset([{ id: 'june', date: '2014-06' }]);
    const from = Date.UTC(2014, 4, 1);
    const to = Date.UTC(2014, 8, 1);
    const { layout } = run(d, [from, to], { width: 1230 });
    const [mark] = layout.marks;
    const x = (t: number) => ((t - from) / (to - from)) * 1230;
    expect(mark.kind).toBe('uncertain');
    expect(mark.x0).toBeCloseTo(x(Date.UTC(2014, 5, 1)), 5);
    expect(mark.x1).toBeCloseTo(x(Date.UTC(2014, 6, 1)), 5);
  });

  it('cuts a bar far longer than the view to just past its edges', () => {
    const d = loadDataset([{ id: 'decade', date: '2014', end: '2024' }]);
    const { layout } = run(d, [Date.UTC(2016, 2, 1), Date.UTC(2016, 2, 15)], { width: 800 });
    const [bar] = layout.marks;
    expect(bar.x0).toBeGreaterThanOrEqual(-10);
    expect(bar.x0).toBeLessThan(0);
    expect(bar.x1).toBeGreaterThan(800);
    expect(bar.x1).toBeLessThanOrEqual(810);
  });

  it('draws a day event as a point and an event with an end as a bar', () => {
    const d = loadDataset([
      { id: 'point', date: '2014-06-10' },
      { id: 'bar', date: '2014-06-12', end: '2014-06-20', actors: ['iraq'] },
    ]);
    const { layout } = run(d, [Date.UTC(2014, 5, 1), Date.UTC(2014, 6, 1)]);
    const kinds = Object.fromEntries(layout.marks.map((m) => [d.text.id(m.row), m.kind]));
    expect(kinds).toEqual({ point: 'point', bar: 'range' });
  });

  it('shows an event with several actors on each of their lanes', () => {
    const d = loadDataset([{ id: 'talks', date: '2014-03-03', actors: ['us', 'iraq'] }]);
    const { layout } = run(d, [Y2014, Y2014 + 365 * DAY]);
    expect(layout.marks.map((m) => m.laneSlot).sort()).toEqual([0, 1]);
    expect(new Set(layout.marks.map((m) => m.row)).size).toBe(1);
  });

  it('leaves out events the filters hide', () => {
    const d = loadDataset([
      { id: 'a', date: day(5) },
      { id: 'b', date: day(6) },
    ]);
    const mask = allVisible(d);
    mask[d.text.indexOf('b')] = 0;
    const { layout } = run(d, [Y2014, Y2014 + 30 * DAY], { mask });
    expect(layout.marks.map((m) => d.text.id(m.row))).toEqual(['a']);
  });

  it('switches a crowded lane to density bins that add up to the events in view', () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, date: day(i % 700), actors: ['isis'] }));
    const d = loadDataset(events);
    const domain: [number, number] = [Y2014 + 100 * DAY, Y2014 + 600 * DAY];
    const { layout } = run(d, domain, { width: 800 });
    const isisLane = layout.density.find((x) => x.laneSlot === 2)!;
    expect(isisLane).toBeDefined();
    const inView = events.filter((_, i) => i % 700 >= 100 && i % 700 < 600).length;
    expect(isisLane.bins.reduce((s, c) => s + c, 0)).toBe(inView);
    expect(layout.marks.filter((m) => m.laneSlot === 2)).toHaveLength(0);
    // The same bins as binning the lane directly.
    const direct = binDensity(laneTimesFor(d.columns, d.index, 2, allVisible(d)), domain[0], domain[1], isisLane.bins.length);
    expect(Array.from(isisLane.bins)).toEqual(Array.from(direct));
  });

  it('keeps key events visible as marks above a dense lane', () => {
    const events = [
      ...Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, date: day(i % 300) })),
      { id: 'key', date: day(150), importance: 3 as const },
    ];
    const d = loadDataset(events);
    const { layout } = run(d, [Y2014, Y2014 + 300 * DAY], { width: 600 });
    expect(layout.density.some((x) => x.laneSlot === 0)).toBe(true);
    expect(layout.marks.map((m) => d.text.id(m.row))).toEqual(['key']);
  });

  it('aggregates events that do not fit their lane into a badge counting them', () => {
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, date: day(100 + (i % 2)) }));
    const d = loadDataset(events);
    const { layout, lanes } = run(d, [Y2014, Y2014 + 1000 * DAY], { height: 150 });
    const drawn = layout.marks.filter((m) => m.laneSlot === 0).length;
    const badged = layout.badges.filter((b) => b.laneSlot === 0).reduce((s, b) => s + b.count, 0);
    expect(drawn).toBeLessThan(12);
    expect(drawn).toBeLessThanOrEqual(lanes[0].rows);
    expect(drawn + badged).toBe(12);
  });

  it('never lets labels overlap the next mark in their row', () => {
    const events = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, date: day(i * 3), title: `A fairly long event title number ${i}` }));
    const d = loadDataset(events);
    const { layout } = run(d, [Y2014, Y2014 + 60 * DAY], { height: 600 });
    const byRow = new Map<number, typeof layout.marks>();
    for (const m of layout.marks) byRow.set(m.y, [...(byRow.get(m.y) ?? []), m]);
    let labelled = 0;
    for (const row of byRow.values()) {
      row.sort((a, b) => a.x0 - b.x0);
      for (let i = 0; i + 1 < row.length; i++) {
        const right = row[i].label ? row[i].labelX + row[i].label!.length * 6.4 : row[i].x1;
        if (row[i].label) labelled++;
        expect(right).toBeLessThanOrEqual(row[i + 1].x0);
      }
    }
    expect(labelled).toBeGreaterThan(0);
  });
});

describe('layoutTimeline labels', () => {
  it('shows a long title in full when its row is empty after it', () => {
    const title = 'Coalition and Iraqi forces liberate western Anbar';
    const d = loadDataset([{ id: 'a', date: day(0), title }]);
    const { layout } = run(d, [Y2014 - 30 * DAY, Y2014 + 400 * DAY], { width: 1600 });
    expect(layout.marks.map((m) => m.label)).toEqual([title]);
  });
});

describe('layoutTimeline with events covering the whole view', () => {
  it('gives the rows to events placed in the view and counts the covering ones once per lane', () => {
    const events = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `year${i}`, date: '2016' })),
      { id: 'day', date: '2016-03-05' },
    ];
    const d = loadDataset(events);
    const { layout } = run(d, [Date.UTC(2016, 2, 1), Date.UTC(2016, 2, 10)], { height: 40, actors: [0] });
    const ids = layout.marks.map((m) => d.text.id(m.row));
    expect(ids).toContain('day');
    const spanning = layout.badges.filter((b) => b.spanning);
    expect(spanning).toHaveLength(1);
    expect(ids.length - 1 + spanning[0].count).toBe(6);
    expect(layout.badges.filter((b) => !b.spanning)).toEqual([]);
  });
});
