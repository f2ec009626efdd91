import { describe, expect, it } from 'vitest';
import { loadDataset } from '../timeline/fixture';

describe('columnStats', () => {
  it('spans earliest start to the latest end, which need not be the last-starting event', () => {
    const d = loadDataset([
      { id: 'a', date: '2015-03-01', end: '2016-12-31', actors: ['us', 'iraq'] },
      { id: 'b', date: '2015-06-01', actors: ['isis'] },
      { id: 'c', date: '2014-01-05', actors: ['us'] },
    ]);
    const { span, actorTotals, categoryTotals } = d.stats();
    expect(span).toEqual([Date.UTC(2014, 0, 5), Date.UTC(2017, 0, 1)]);
    expect([...actorTotals]).toEqual([2, 1, 1]);
    expect([...categoryTotals]).toEqual([3]);
  });

  it('gives an empty dataset an empty span and zero totals', () => {
    const { span, actorTotals } = loadDataset([]).stats();
    expect(span).toEqual([0, 0]);
    expect([...actorTotals]).toEqual([0, 0, 0]);
  });
});
