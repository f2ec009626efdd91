import { describe, expect, it } from 'vitest';
import { fitsRows, layoutRows } from '../../src/timeline/layoutRows';
import { badgeWidth } from '../../src/timeline/markShapes';

describe('layoutRows', () => {
  it('puts overlapping events on separate rows', () => {
    const { rows, clusters } = layoutRows(
      [
        { x0: 0, x1: 50 },
        { x0: 20, x1: 60 },
        { x0: 40, x1: 70 },
      ],
      3,
    );
    expect(new Set(rows).size).toBe(3);
    expect(clusters).toEqual([]);
  });

  it('reuses a row once the previous item there is clear by the gap', () => {
    const { rows } = layoutRows(
      [
        { x0: 0, x1: 10 },
        { x0: 5, x1: 15 },
        { x0: 14, x1: 20 },
      ],
      3,
      3,
    );
    expect(Array.from(rows)).toEqual([0, 1, 0]);
  });

  it('aggregates what exceeds the lane into a count badge on a row of its own', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ x0: 100 + i, x1: 110 + i }));
    const { rows, clusters, badgeRow, rowCount } = layoutRows(items, 3);
    const drawn = Array.from(rows).filter((r) => r >= 0).length;
    expect(drawn).toBe(2);
    expect(rowCount).toBe(2);
    expect(badgeRow).toBe(2);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].members).toHaveLength(8);
    expect(drawn + clusters[0].members.length).toBe(items.length);
  });

  it('keeps separate clusters apart so their badges never overlap', () => {
    const items = [
      ...Array.from({ length: 5 }, (_, i) => ({ x0: 10 + i, x1: 20 + i })),
      ...Array.from({ length: 5 }, (_, i) => ({ x0: 400 + i, x1: 410 + i })),
    ];
    const { clusters } = layoutRows(items, 2);
    expect(clusters).toHaveLength(2);
    const [a, b] = clusters.map((c) => ({ centre: (c.x0 + c.x1) / 2, w: badgeWidth(c.members.length) }));
    expect(a.centre + a.w / 2).toBeLessThan(b.centre - b.w / 2);
  });
});

describe('fitsRows', () => {
  it('says whether layoutRows would place every item, without aggregating any', () => {
    // Items of 10 px at spacings from 2 to 14 px, in one to three rows.
    for (let spacing = 2; spacing <= 14; spacing++) {
      const items = Array.from({ length: 40 }, (_, i) => ({ x0: i * spacing, x1: i * spacing + 10 }));
      for (let rows = 1; rows <= 3; rows++) {
        const packing = layoutRows(items, rows, 3, 1000);
        expect(fitsRows(items, rows, 3)).toBe(packing.clusters.length === 0 && packing.spanning.length === 0);
      }
    }
  });
});
