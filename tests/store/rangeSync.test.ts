import { describe, expect, it } from 'vitest';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { createAppStore } from '../../src/store/appStore';
import { dayString, rangeToWindow, windowToRange } from '../../src/store/dateRange';
import { applyDateRange, startRangeSync } from '../../src/store/rangeSync';
import { sampleDataset } from './fixtures';

const span: [number, number] = [Date.UTC(2014, 5, 10), Date.UTC(2024, 0, 28)];

describe('date range and window', () => {
  it('a range covers whole periods: a year-precision "to" ends at the next 1 January', () => {
    expect(rangeToWindow('2015-03', '2016', span)).toEqual({ from: Date.UTC(2015, 2, 1), to: Date.UTC(2017, 0, 1) });
  });

  it('the whole span (no window) is an open range; a day-aligned window gives whole days', () => {
    expect(windowToRange(null)).toEqual({ from: null, to: null });
    expect(windowToRange({ from: Date.UTC(2016, 0, 1), to: Date.UTC(2016, 1, 1) })).toEqual({
      from: '2016-01-01',
      to: '2016-01-31',
    });
  });

  it('a close zoom is written to the minute and reopens containing the same view', () => {
    const window = { from: Date.UTC(2016, 6, 9, 7, 20, 30), to: Date.UTC(2016, 6, 12, 18, 5, 10) };
    const range = windowToRange(window);
    expect(range).toEqual({ from: '2016-07-09T07:20Z', to: '2016-07-12T18:05Z' });
    const back = rangeToWindow(range.from, range.to, span);
    expect(back.from).toBeLessThanOrEqual(window.from);
    expect(back.to).toBeGreaterThanOrEqual(window.to);
    expect(back.to - back.from - (window.to - window.from)).toBeLessThan(2 * 60_000);
  });

  it('a long window is written to the day', () => {
    const range = windowToRange({ from: Date.UTC(2015, 2, 3, 5), to: Date.UTC(2018, 4, 6, 9) });
    expect(range).toEqual({ from: '2015-03-03', to: '2018-05-06' });
  });

  it('day strings are UTC days', () => {
    expect(dayString(Date.UTC(2020, 1, 29, 23, 59))).toBe('2020-02-29');
  });
});

describe('rangeSync', () => {
  function setup() {
    const store = createAppStore();
    startRangeSync(store);
    store.getState().setDataset(createInMemoryDataset(sampleDataset()));
    return store;
  }

  it('moving the window updates From/To and the events counted', () => {
    const store = setup();
    store.getState().setWindow({ from: Date.UTC(2014, 0, 1), to: Date.UTC(2015, 0, 1) });
    expect(store.getState().filters).toMatchObject({ from: '2014-01-01', to: '2014-12-31' });
    store.getState().setWindow(null);
    expect(store.getState().filters).toMatchObject({ from: null, to: null });
  });

  it('editing From/To moves the window to those days', () => {
    const store = setup();
    applyDateRange(store, '2016-07-01', '2016-07-31');
    expect(store.getState().window).toEqual({ from: Date.UTC(2016, 6, 1), to: Date.UTC(2016, 7, 1) });
    expect(store.getState().filters).toMatchObject({ from: '2016-07-01', to: '2016-07-31' });
  });

  it('clearing the range shows the whole span again', () => {
    const store = setup();
    applyDateRange(store, '2016-07-01', null);
    applyDateRange(store, null, null);
    expect(store.getState().window).toBeNull();
  });
});
