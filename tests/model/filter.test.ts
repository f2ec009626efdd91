import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventColumns } from '../../src/model/eventColumns';
import { buildColumns } from '../../src/model/buildColumns';
import { computeVisibility, computeVisibilityPair, type FilterSpec, type VisibilityResult } from '../../src/model/filter';
import { datasetWith, event } from './fixtures';

// Actors: 0 us, 1 iraq-gov, 2 isis. Categories: 0 attack, 1 diplomacy. Rows are in date order.
const dataset = datasetWith([
  event('a', '2014-06-10', { actors: ['isis'], category: 'attack' }),
  event('b', '2015-03', { actors: ['us', 'iraq-gov'], category: 'diplomacy' }),
  event('c', '2016', { actors: ['us'], category: 'attack' }),
  event('d', '2016-12-31', { end: '2018-01', actors: ['iraq-gov'], category: 'diplomacy' }),
  event('e', '2019-05-01T10:00Z', { actors: ['isis', 'us'], category: 'attack' }),
]);
const { columns } = buildColumns(dataset);
const ALL: FilterSpec = { actors: null, categories: null, from: null, to: null };
const run = (filters: Partial<FilterSpec>, search: Uint8Array | null = null) =>
  computeVisibility(columns, dataset, { ...ALL, ...filters }, search);
const shownRows = (mask: Uint8Array) => Array.from(mask.keys()).filter((i) => mask[i] === 1);

describe('computeVisibility', () => {
  it('shows everything with no filters and counts every actor and category', () => {
    const v = run({});
    expect(v.shown).toBe(5);
    expect(Array.from(v.actorCounts)).toEqual([3, 2, 2]);
    expect(Array.from(v.categoryCounts)).toEqual([3, 2]);
  });

  it('keeps an event when any of its actors is shown', () => {
    expect(shownRows(run({ actors: ['iraq-gov'] }).mask)).toEqual([1, 3]);
    expect(shownRows(run({ actors: ['isis'] }).mask)).toEqual([0, 4]);
    expect(run({ actors: [] }).shown).toBe(0);
  });

  it('filters by category', () => {
    expect(shownRows(run({ categories: ['diplomacy'] }).mask)).toEqual([1, 3]);
  });

  it('keeps events whose period intersects the date range, inclusive by period', () => {
    // "2016" to "2016" is all of 2016: row 2 (the year 2016) and row 3 (31 Dec 2016 – Jan 2018).
    expect(shownRows(run({ from: '2016', to: '2016' }).mask)).toEqual([2, 3]);
    // A range that started before `from` but is still running is kept.
    expect(shownRows(run({ from: '2017-06' }).mask)).toEqual([3, 4]);
    expect(shownRows(run({ to: '2015-03-01' }).mask)).toEqual([0, 1]);
  });

  it('ignores an unparseable date bound', () => {
    expect(run({ from: 'yesterday', to: '20x6' }).shown).toBe(5);
  });

  it('applies the search mask', () => {
    expect(shownRows(run({ categories: ['attack'] }, Uint8Array.of(1, 1, 0, 1, 1)).mask)).toEqual([0, 4]);
  });

  it('counts per actor ignoring the actor filter, and per category ignoring the category filter', () => {
    const v = run({ actors: ['us'], categories: ['attack'] });
    expect(shownRows(v.mask)).toEqual([2, 4]);
    // Attacks by each actor, whatever actors are selected: us c,e; iraq-gov none; isis a,e.
    expect(Array.from(v.actorCounts)).toEqual([2, 0, 2]);
    // Events with us, in each category, whatever categories are selected: attack c,e; diplomacy b.
    expect(Array.from(v.categoryCounts)).toEqual([2, 1]);
  });

  it('counts only rows passing the date and search filters', () => {
    const v = run({ from: '2016', actors: ['isis'] }, Uint8Array.of(1, 1, 1, 1, 0));
    expect(v.shown).toBe(0);
    expect(Array.from(v.actorCounts)).toEqual([1, 1, 0]);
  });

  describe('agrees with a plain per-event reading of the rules (property)', () => {
    /** The rules read literally, one event at a time: what every fast path must equal. */
    function reference(c: EventColumns, actorCount: number, categoryCount: number, f: FilterSpec, search: Uint8Array | null) {
      const lo = f.from === null ? -Infinity : Date.parse(`${f.from}-01-01T00:00Z`);
      const hi = f.to === null ? Infinity : Date.parse(`${Number(f.to) + 1}-01-01T00:00Z`);
      const mask = new Uint8Array(c.count);
      const actorCounts = new Uint32Array(actorCount);
      const categoryCounts = new Uint32Array(categoryCount);
      for (let i = 0; i < c.count; i++) {
        const actors = Array.from(c.actorIndices.subarray(c.actorOffsets[i], c.actorOffsets[i + 1]));
        const inDates = c.start[i] < hi && c.end[i] > lo && (search === null || search[i] === 1);
        const actorPass = f.actors === null || actors.some((a) => f.actors!.includes(`a${a}`));
        const categoryPass = f.categories === null || f.categories.includes(`k${c.category[i]}`);
        if (!inDates) continue;
        if (actorPass) categoryCounts[c.category[i]]++;
        if (categoryPass) for (const a of actors) actorCounts[a]++;
        if (actorPass && categoryPass) mask[i] = 1;
      }
      return { mask, shown: mask.reduce((s, m) => s + m, 0), actorCounts, categoryCounts };
    }

    /** A result equals the reference's: mask, count shown and both sets of checkbox counts. */
    const expectReference = (result: VisibilityResult, ref: ReturnType<typeof reference>) =>
      expect([Array.from(result.mask), result.shown, Array.from(result.actorCounts), Array.from(result.categoryCounts)]).toEqual([
        Array.from(ref.mask),
        ref.shown,
        Array.from(ref.actorCounts),
        Array.from(ref.categoryCounts),
      ]);

    const check = (actorCount: number) =>
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              year: fc.integer({ min: 2014, max: 2024 }),
              // Some events run for years: a date range must still find a long event that began before it.
              lasts: fc.option(fc.integer({ min: 1, max: 8 }), { freq: 3 }),
              actors: fc.uniqueArray(fc.integer({ min: 0, max: actorCount - 1 }), { minLength: 1, maxLength: 3 }),
              category: fc.integer({ min: 0, max: 2 }),
            }),
            { maxLength: 60 },
          ),
          fc.option(fc.uniqueArray(fc.integer({ min: 0, max: actorCount - 1 }), { maxLength: actorCount })),
          fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 3 })),
          fc.option(fc.integer({ min: 2013, max: 2025 })),
          fc.option(fc.integer({ min: 2013, max: 2025 })),
          fc.option(fc.array(fc.boolean(), { minLength: 60, maxLength: 60 })),
          fc.option(fc.uniqueArray(fc.integer({ min: 0, max: actorCount - 1 }), { maxLength: actorCount })),
          fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 3 })),
          (events, actors, categories, from, to, search, otherActors, otherCategories) => {
            const ds = {
              ...datasetWith(
                events.map((e, i) =>
                  event(`e${i}`, String(e.year), {
                    actors: e.actors.map((a) => `a${a}`),
                    category: `k${e.category}`,
                    ...(e.lasts === null ? {} : { end: String(e.year + e.lasts) }),
                  }),
                ),
              ),
              actors: Array.from({ length: actorCount }, (_, a) => ({ id: `a${a}`, name: `A${a}` })),
              categories: [0, 1, 2].map((k) => ({ id: `k${k}`, name: `K${k}` })),
            };
            const c = buildColumns(ds).columns;
            const f: FilterSpec = {
              actors: actors && actors.map((a) => `a${a}`),
              categories: categories && categories.map((k) => `k${k}`),
              from: from === null ? null : String(from),
              to: to === null ? null : String(to),
            };
            const mask = search && Uint8Array.from(search.slice(0, c.count), (b) => (b ? 1 : 0));
            const got = computeVisibility(c, ds, f, mask);
            const want = reference(c, actorCount, 3, f, mask);
            expect(Array.from(got.mask)).toEqual(Array.from(want.mask));
            expect(got.shown).toBe(want.shown);
            expect(Array.from(got.actorCounts)).toEqual(Array.from(want.actorCounts));
            expect(Array.from(got.categoryCounts)).toEqual(Array.from(want.categoryCounts));
            // Both results in one pass: with the dates, and at any date.
            const pair = computeVisibilityPair(c, ds, f, mask);
            for (const [result, spec] of [
              [pair.dated, f],
              [pair.undated, { ...f, from: null, to: null }],
            ] as const) {
              expectReference(result, reference(c, actorCount, 3, spec, mask));
            }
            // Then a toggle: other actors and categories, the same search and dates (what is
            // counted per search and span is kept, and must not leak into the next filters).
            const toggled: FilterSpec = { ...f, actors: otherActors && otherActors.map((a) => `a${a}`), categories: otherCategories && otherCategories.map((k) => `k${k}`) };
            for (const [result, spec] of [
              [computeVisibility(c, ds, toggled, mask), toggled],
              [computeVisibilityPair(c, ds, toggled, mask).undated, { ...toggled, from: null, to: null }],
            ] as const) {
              expectReference(result, reference(c, actorCount, 3, spec, mask));
            }
            // And the unfiltered fast path on the same events.
            const all = computeVisibility(c, ds, ALL, null);
            const allWant = reference(c, actorCount, 3, ALL, null);
            expect(Array.from(all.mask)).toEqual(Array.from(allWant.mask));
            expect([all.shown, Array.from(all.actorCounts), Array.from(all.categoryCounts)]).toEqual([
              allWant.shown,
              Array.from(allWant.actorCounts),
              Array.from(allWant.categoryCounts),
            ]);
          },
        ),
        { numRuns: 150 },
      );

    it('with few actors (rows counted per actor combination and category), including the unfiltered fast path', () => check(5));
    it('with more actors than fit one table of actor bits (combinations numbered as they occur)', () => check(20));
    it('with more actors than fit a key (actor lists read per row)', () => check(40));
  });
});
