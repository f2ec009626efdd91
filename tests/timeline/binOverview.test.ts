import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../src/model/filter';
import { binOverview } from '../../src/timeline/binOverview';
import { day, loadDataset } from './fixture';

const ALL = { actors: null, categories: null, from: null, to: null };

describe('binOverview', () => {
  it('bins the unfiltered first render exactly as a scan of every row would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4_000 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 1, max: 5_000 }),
        (days, bins, from, length) => {
          const d = loadDataset(days.map((n, i) => ({ id: `e${i}`, date: day(n) })));
          const { mask } = computeVisibility(d.columns, d.meta, ALL, null);
          const extent = [Date.UTC(2014, 0, 1) + from * 86_400_000, Date.UTC(2014, 0, 1) + (from + length) * 86_400_000] as const;
          const scanned = binOverview(d.columns, new Uint8Array(d.columns.count).fill(1), extent, bins);
          const searched = binOverview(d.columns, mask, extent, bins);
          expect([...searched]).toEqual([...scanned]);
          expect(searched.reduce((a, b) => a + b, 0)).toBe(days.length);
        },
      ),
      { seed: 4, numRuns: 200 },
    );
  });

  it('counts only the shown rows when a filter hides some', () => {
    const d = loadDataset([
      { id: 'a', date: '2014-01-10' },
      { id: 'b', date: '2014-01-20', actors: ['isis'] },
      { id: 'c', date: '2014-12-20' },
    ]);
    const { mask } = computeVisibility(d.columns, d.meta, { ...ALL, actors: ['us'] }, null);
    const bins = binOverview(d.columns, mask, [Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1)], 2);
    expect([...bins]).toEqual([1, 1]);
  });
});
