import { describe, expect, it } from 'vitest';
import { laneBadges } from '../../../src/timeline/laneLayout/laneBadges';
import type { MarkCandidate } from '../../../src/timeline/laneLayout/markCandidate';
import { layoutRows } from '../../../src/timeline/layoutRows';
import { badgeWidth } from '../../../src/timeline/markShapes';
import { day, loadDataset } from '../fixture';

describe('laneBadges', () => {
  const d = loadDataset([
    ...Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, date: day(10 + i) })),
    ...Array.from({ length: 3 }, (_, i) => ({ id: `y${i}`, date: '2015' })),
  ]);
  const rowOf = (id: string) => d.text.indexOf(id);
  const cand = (id: string, x0: number, x1: number): MarkCandidate => ({ row: rowOf(id), kind: 'point', x0, x1, cx: x0, barEnd: x1, importance: 1, label: null });

  it('counts an overflow cluster at its centre, with its events\' time span', () => {
    const order = ['p0', 'p1', 'p2', 'p3', 'p4'].map((id, i) => cand(id, 500 + i, 510 + i));
    const packing = layoutRows(order, 2, 3, 1000);
    const badges = laneBadges(d.columns, order, packing, 0, 50, 1000);
    expect(badges).toHaveLength(1);
    const [b] = badges;
    expect(b.count).toBe(4);
    expect(b.x).toBe(507.5);
    expect(b.t0).toBe(d.columns.start[rowOf('p1')]);
    expect(b.t1).toBe(d.columns.end[rowOf('p4')]);
    expect(b.shape).toMatchObject({ cx: b.x, cy: 50, width: badgeWidth(4) });
    expect(b.spanning).toBe(false);
  });

  it('counts events covering the view once at the right end and keeps positional badges clear of it and inside the view', () => {
    const order = [cand('p0', 995, 1000), cand('p1', 996, 1001), cand('p2', 997, 1002), ...['y0', 'y1', 'y2'].map((id) => cand(id, -10, 2000))];
    const packing = layoutRows(order, 2, 3, 1000);
    const badges = laneBadges(d.columns, order, packing, 0, 50, 1000);
    const spanning = badges.find((b) => b.spanning)!;
    const positional = badges.find((b) => !b.spanning)!;
    expect(spanning.count).toBe(3);
    expect(spanning.shape.x + spanning.shape.width).toBeLessThanOrEqual(1000);
    expect(positional.shape.x + positional.shape.width).toBeLessThanOrEqual(spanning.shape.x);
    expect(positional.shape.x).toBeGreaterThanOrEqual(0);
  });
});
