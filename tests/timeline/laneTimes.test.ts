import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLaneTimes, countInWindow, laneTimesFor } from '../../src/timeline/laneTimes';
import { computeVisibility } from '../../src/model/filter';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { allVisible, day, loadDataset, makeDataset } from './fixture';

const DAY = 86_400_000;

describe('laneTimes', () => {
  const d = loadDataset([
    { id: 'a', date: day(0), end: day(30), actors: ['us'] },
    { id: 'b', date: day(2), actors: ['us', 'iraq'], importance: 3 },
    { id: 'c', date: day(5), actors: ['us'] },
    { id: 'd', date: day(6), actors: ['iraq'] },
  ]);

  it('keeps only masked-in rows, starts and ends each ascending', () => {
    const mask = allVisible(d);
    mask[2] = 0; // c
    const t = buildLaneTimes(d.columns, d.index, 0, mask);
    expect(Array.from(t.starts)).toEqual([d.columns.start[0], d.columns.start[1]]);
    // b (one day) ends before a (a month).
    expect(Array.from(t.ends)).toEqual([d.columns.end[1], d.columns.end[0]]);
    expect(Array.from(t.keyRows)).toEqual([1]);
  });

  it("takes the index's arrays as they are for a lane shown whole", () => {
    const t = buildLaneTimes(d.columns, d.index, 0, allVisible(d));
    expect(t.starts).toBe(d.index.laneStarts(0));
    expect(t.ends).toBe(d.index.laneEnds(0));
    expect(Array.from(t.keyRows)).toEqual([1]);
  });

  it("reads no row for a lane shown whole with nothing filtered: the key rows are the index's", () => {
    const unfiltered = computeVisibility(d.columns, d.meta, { actors: null, categories: null, from: null, to: null }, null).mask;
    let reads = 0;
    const importance = new Proxy(d.columns.importance, {
      get: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key)),
    });
    for (const lane of [0, 1]) {
      const t = buildLaneTimes({ ...d.columns, importance }, d.index, lane, unfiltered);
      expect(t.starts).toBe(d.index.laneStarts(lane));
      expect(Array.from(t.keyRows)).toEqual(Array.from(buildLaneTimes(d.columns, d.index, lane, allVisible(d)).keyRows));
    }
    expect(Array.from(d.index.laneKeyRows(0))).toEqual([1]);
    expect(Array.from(d.index.laneKeyRows(1))).toEqual([1]);
    expect(reads).toBe(0);
  });

  it('counts what a plain scan of the lane counts, for any mask and window (property)', () => {
    const events = Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`,
      date: day((i * 7) % 50),
      ...(i % 4 === 0 ? { end: day(((i * 7) % 50) + (i % 9)) } : {}),
      actors: i % 3 === 0 ? ['us', 'isis'] : ['us'],
    }));
    const big = loadDataset(events);
    const c = big.columns;
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.integer({ min: -5, max: 60 }), fc.integer({ min: 1, max: 20 }), (bits, from, len) => {
        const mask = Uint8Array.from(bits, (b) => (b ? 1 : 0));
        const t0 = Date.UTC(2014, 0, 1) + from * DAY;
        const t1 = t0 + len * DAY;
        for (const lane of [0, 2]) {
          let expected = 0;
          for (const r of big.index.laneRows(lane)) if (mask[r] && c.start[r] < t1 && Math.max(c.end[r], c.start[r] + 1) > t0) expected++;
          expect(countInWindow(buildLaneTimes(c, big.index, lane, mask), t0, t1)).toBe(expected);
        }
      }),
    );
  });
});

describe('laneTimesFor', () => {
  it('keeps one dataset’s lanes apart from another’s under the same mask (a new file, the old mask deferred)', () => {
    const one = loadDataset([
      { id: 'a', date: day(0), actors: ['us'] },
      { id: 'b', date: day(1), actors: ['iraq'] },
    ]);
    const two = loadDataset([
      { id: 'c', date: day(0), actors: ['iraq'] },
      { id: 'd', date: day(1), actors: ['iraq'] },
    ]);
    const mask = allVisible(one);
    expect(laneTimesFor(one.columns, one.index, 0, mask).starts).toHaveLength(1);
    expect(laneTimesFor(two.columns, two.index, 0, mask).starts).toHaveLength(0);
  });

  describe('under the actor filter', () => {
    const actorIds = ['us', 'iraq', 'isis'];
    const events = Array.from({ length: 60 }, (_, i) => ({
      id: `e${i}`,
      date: day((i * 11) % 70),
      ...(i % 5 === 0 ? { end: day(((i * 11) % 70) + (i % 7)) } : {}),
      actors: [actorIds[i % 3], ...(i % 4 === 0 ? [actorIds[(i + 1) % 3]] : [])],
      category: i % 2 ? 'attack' : 'talks',
      importance: ((i % 3) + 1) as 1 | 2 | 3,
    }));
    const doc = makeDataset(events);
    doc.categories = [...doc.categories, { id: 'talks', name: 'Talks' }];
    const data = createInMemoryDataset(doc);
    const { columns, meta, index } = data;

    it('builds what a plain reading of the lane gives, for any mask: sorted starts and ends, and the key rows in start order (property)', () => {
      fc.assert(
        fc.property(fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), (bits) => {
          const mask = Uint8Array.from(bits, (b) => (b ? 1 : 0));
          for (let lane = 0; lane < actorIds.length; lane++) {
            const shown = Array.from(index.laneRows(lane)).filter((r) => mask[r] === 1);
            const t = buildLaneTimes(columns, index, lane, mask);
            expect([...t.starts]).toEqual(shown.map((r) => columns.start[r]).sort((a, b) => a - b));
            expect([...t.ends]).toEqual(shown.map((r) => columns.end[r]).sort((a, b) => a - b));
            expect([...t.keyRows]).toEqual(shown.filter((r) => columns.importance[r] === 3));
          }
        }),
      );
    });

    it('gives every shown lane the rows the filtered mask gives it, whatever actors, categories and search (property)', () => {
      fc.assert(
        fc.property(
          fc.option(fc.subarray(actorIds), { nil: null }),
          fc.option(fc.subarray(['attack', 'talks']), { nil: null }),
          fc.option(fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), { nil: null }),
          (actors, categories, search) => {
            const searchMask = search && Uint8Array.from(search, (b) => (b ? 1 : 0));
            const { mask } = computeVisibility(columns, meta, { actors, categories, from: null, to: null }, searchMask);
            for (let lane = 0; lane < actorIds.length; lane++) {
              if (actors !== null && !actors.includes(actorIds[lane])) continue; // a hidden actor has no lane
              const plain = buildLaneTimes(columns, index, lane, mask);
              const times = laneTimesFor(columns, index, lane, mask);
              expect([...times.starts]).toEqual([...plain.starts]);
              expect([...times.ends]).toEqual([...plain.ends]);
              expect([...times.keyRows]).toEqual([...plain.keyRows]);
            }
          },
        ),
      );
    });

    it('keeps the other lanes\' arrays through an actor toggle (no lane rebuilt), and rebuilds them when the categories change', () => {
      const filters = { actors: null, categories: ['talks'], from: null, to: null };
      const before = computeVisibility(columns, meta, filters, null).mask;
      const off = computeVisibility(columns, meta, { ...filters, actors: ['us', 'iraq'] }, null).mask;
      const offAgain = computeVisibility(columns, meta, { ...filters, actors: ['us'] }, null).mask;
      expect(off).not.toBe(before);
      const us = laneTimesFor(columns, index, 0, off);
      expect(laneTimesFor(columns, index, 0, offAgain)).toBe(us);
      expect(laneTimesFor(columns, index, 1, off)).toBe(laneTimesFor(columns, index, 1, computeVisibility(columns, meta, { ...filters, actors: ['iraq'] }, null).mask));
      const other = computeVisibility(columns, meta, { ...filters, categories: ['attack'], actors: ['us'] }, null).mask;
      expect(laneTimesFor(columns, index, 0, other)).not.toBe(us);
    });

    it('with only actors filtered, a shown lane is the index\'s own arrays (nothing copied on a toggle)', () => {
      const { mask } = computeVisibility(columns, meta, { actors: ['iraq'], categories: null, from: null, to: null }, null);
      expect(laneTimesFor(columns, index, 1, mask).starts).toBe(index.laneStarts(1));
      // Back to all actors: another mask, the same lane object (its density pyramid is kept).
      const all = computeVisibility(columns, meta, { actors: null, categories: null, from: null, to: null }, null).mask;
      expect(laneTimesFor(columns, index, 1, all)).toBe(laneTimesFor(columns, index, 1, mask));
    });
  });
});
