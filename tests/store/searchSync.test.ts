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

  it('keeps only the answer to the latest query when searches finish out of order', async () => {
    const store = createAppStore();
    startSearchSync(store);
    const base = createInMemoryDataset(sampleDataset());
    const resolvers: Record<string, (m: Uint8Array) => void> = {};
    const slow: LoadedDataset = { ...base, search: (q) => new Promise((resolve) => (resolvers[q] = resolve)) };
    store.getState().setDataset(slow);
    store.getState().setQuery('first');
    store.getState().setQuery('second');
    const second = new Uint8Array([0, 1, 0, 0, 0]);
    resolvers.second(second);
    resolvers.first(new Uint8Array([1, 0, 0, 0, 0]));
    await flush();
    expect(store.getState().searchMask).toBe(second);
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
