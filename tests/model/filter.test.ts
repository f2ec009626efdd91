import { describe, expect, it } from 'vitest';
import { buildColumns } from '../../src/model/buildColumns';
import { computeVisibility, type FilterSpec } from '../../src/model/filter';
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
});
