import { describe, expect, it } from 'vitest';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import type { LoadedDataset } from '../../src/model/loadedDataset';
import { createAppStore } from '../../src/store/appStore';
import { startSearchSync } from '../../src/store/searchSync';
import { sampleDataset } from './fixtures';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('searchSync', () => {
  it('stores the mask of events whose title or summary match, accent-insensitively', async () => {
    const store = createAppStore();
    startSearchSync(store);
    const dataset = createInMemoryDataset(sampleDataset());
    store.getState().setDataset(dataset);
    store.getState().setQuery('NINAWA');
    await flush();
    const mask = store.getState().searchMask!;
    expect(Array.from(mask).reduce((a, b) => a + b, 0)).toBe(1);
    expect(dataset.text.id(mask.indexOf(1))).toBe('qayyarah');
  });

  it('asks one search at a time: queries typed while it runs wait, and only the latest is asked next', async () => {
    const store = createAppStore();
    startSearchSync(store);
    const base = createInMemoryDataset(sampleDataset());
    const asked: string[] = [];
    const resolvers: Record<string, (m: Uint8Array) => void> = {};
    const slow: LoadedDataset = { ...base, search: (q) => (asked.push(q), new Promise((resolve) => (resolvers[q] = resolve))) };
    store.getState().setDataset(slow);
    store.getState().setQuery('m');
    store.getState().setQuery('mo');
    store.getState().setQuery('mos');
    expect(asked).toEqual(['m']);
    // The answer to a query already replaced is not shown: the matches do not flash by.
    resolvers.m(new Uint8Array([1, 1, 1, 0, 0]));
    await flush();
    expect(store.getState().searchMask).toBeNull();
    expect(asked).toEqual(['m', 'mos']);
    const mos = new Uint8Array([0, 1, 0, 0, 0]);
    resolvers.mos(mos);
    await flush();
    expect(store.getState().searchMask).toBe(mos);
    // A key after the answer is asked at once.
    store.getState().setQuery('mosu');
    expect(asked).toEqual(['m', 'mos', 'mosu']);
  });

  it('a new dataset is searched at once, whatever the previous one is still answering', async () => {
    const store = createAppStore();
    startSearchSync(store);
    const asked: string[] = [];
    const never: LoadedDataset = { ...createInMemoryDataset(sampleDataset()), search: (q) => (asked.push(`old ${q}`), new Promise(() => {})) };
    store.getState().setDataset(never);
    store.getState().setQuery('mosul');
    const next = createInMemoryDataset(sampleDataset());
    store.getState().setDataset({ ...next, search: (q) => (asked.push(`new ${q}`), next.search(q)) });
    expect(asked).toEqual(['old mosul', 'new mosul']);
    await flush();
    expect(store.getState().searchMask).not.toBeNull();
  });

  it('a blank query clears the mask', async () => {
    const store = createAppStore();
    startSearchSync(store);
    store.getState().setDataset(createInMemoryDataset(sampleDataset()));
    store.getState().setQuery('mosul');
    await flush();
    store.getState().setQuery('  ');
    expect(store.getState().searchMask).toBeNull();
  });
});
