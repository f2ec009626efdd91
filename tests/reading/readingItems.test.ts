import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/model/types';
import { buildReadingList } from '../../src/reading/readingItems';
import { toTimedSeries } from '../../src/troops/timedSeries';

const ms = (d: string) => Date.parse(d);
// Three events: a year-only one in 2014, June 2014, and January 2024.
const starts = [ms('2014-01-01'), ms('2014-06-10'), ms('2024-01-27')];
const precision = [0, 2, 2];
const series: Series = {
  id: 'iraq',
  name: 'US troops in Iraq',
  unit: 'troops',
  points: [
    { date: '2014-06-30', value: 775, estimate: 'exact', kind: 'official', source: 's' },
    { date: '2015-06-10', value: 3550, estimate: 'exact', kind: 'official', source: 's' },
    { date: '2016-01-01', value: 3550, estimate: 'exact', kind: 'official', source: 's' },
    { date: '2025-06-01', value: 2000, estimate: 'exact', kind: 'official', source: 's' },
  ],
};
const input = { starts, precision, mask: [1, 1, 1], series: [toTimedSeries(series)], limit: 100 };
const shape = (items: ReturnType<typeof buildReadingList>['items']) =>
  items.map((i) => (i.kind === 'year' ? `Y${i.year}` : i.kind === 'month' ? `M${i.month + 1}` : i.kind === 'event' ? `e${i.row}` : `f${i.point.value}`));

describe('buildReadingList', () => {
  it('lists events in date order under year and month headings, with the figures where they change', () => {
    const list = buildReadingList(input);
    // The repeated 3,550 of 2016 is no change and is left out; the whole list shown, the
    // latest figure (2025) closes it.
    expect(shape(list.items)).toEqual(['Y2014', 'e0', 'M6', 'e1', 'f775', 'Y2015', 'M6', 'f3550', 'Y2024', 'M1', 'e2', 'Y2025', 'M6', 'f2000']);
    expect(list).toMatchObject({ events: 3, hasMore: false });
  });

  it('puts a year-only event under its year with no month heading', () => {
    const items = buildReadingList({ ...input, series: [] }).items;
    expect(shape(items).slice(0, 2)).toEqual(['Y2014', 'e0']);
  });

  it('says the change from the figure before', () => {
    const figure = buildReadingList(input).items.find((i) => i.kind === 'figure' && i.point.value === 3550);
    expect(figure).toMatchObject({ previous: 775 });
  });

  it('leaves out events the filters hide', () => {
    expect(shape(buildReadingList({ ...input, mask: [0, 1, 0], series: [] }).items)).toEqual(['Y2014', 'M6', 'e1']);
  });

  it('stops at the limit, says there is more, and keeps figures from running ahead of the events', () => {
    const list = buildReadingList({ ...input, limit: 2 });
    expect(shape(list.items)).toEqual(['Y2014', 'e0', 'M6', 'e1']);
    expect(list).toMatchObject({ events: 2, hasMore: true });
  });
});
