import { describe, expect, it } from 'vitest';
import { densityHit, hitTest } from '../../src/timeline/hitTest';
import { layoutLanes } from '../../src/timeline/layoutLanes';
import { layoutTimeline } from '../../src/timeline/layoutTimeline';
import { allVisible, day, loadDataset } from './fixture';

describe('hitTest', () => {
  const d = loadDataset([
    { id: 'early', date: day(10) },
    { id: 'long', date: day(20), end: day(80), actors: ['iraq'] },
    { id: 'late', date: day(90) },
  ]);
  const { lanes } = layoutLanes([0, 1], 200);
  const t0 = Date.UTC(2014, 0, 1);
  const layout = layoutTimeline({
    columns: d.columns,
    index: d.index,
    mask: allVisible(d),
    titleOf: () => '',
    lanes,
    domain: [t0, t0 + 100 * 86_400_000],
    width: 1000,
  });
  const markOf = (id: string) => layout.marks.find((m) => d.text.id(m.row) === id)!;

  it('finds the point under the pointer in its lane', () => {
    const m = markOf('late');
    expect(d.text.id(hitTest(layout, lanes, m.cx + 2, m.y - 1)!.row)).toBe('late');
  });

  it('finds a long bar far from its start', () => {
    const m = markOf('long');
    expect(d.text.id(hitTest(layout, lanes, (m.x0 + m.x1) / 2, m.y)!.row)).toBe('long');
  });

  it('finds nothing in empty space or in another lane', () => {
    const m = markOf('early');
    expect(hitTest(layout, lanes, 500, m.y)).toBeNull();
    expect(hitTest(layout, lanes, m.cx, lanes[1].rowsTop + 8)).toBeNull();
  });
});

describe('densityHit', () => {
  it('reports how many events start under the pointer in a dense lane, and when', () => {
    const events = Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, date: day(i % 200) }));
    const d = loadDataset(events);
    const { lanes } = layoutLanes([0], 100);
    const t0 = Date.UTC(2014, 0, 1);
    const domain: [number, number] = [t0, t0 + 200 * 86_400_000];
    const layout = layoutTimeline({ columns: d.columns, index: d.index, mask: allVisible(d), titleOf: () => '', lanes, domain, width: 400 });
    expect(layout.density).toHaveLength(1);
    // 2 px per day: a 12 px neighbourhood covers about 6 days of 10 events each.
    const hit = densityHit(layout, lanes, domain, 400, 101, 50)!;
    const days = (hit.t1 - hit.t0) / 86_400_000;
    expect(hit.count).toBe(Math.round(days) * 10);
    expect(hit.t0).toBeLessThanOrEqual(t0 + 50 * 86_400_000);
    expect(hit.t1).toBeGreaterThan(t0 + 50 * 86_400_000);
    expect(densityHit(layout, lanes, domain, 400, 101, 150)).toBeNull();
  });
});
