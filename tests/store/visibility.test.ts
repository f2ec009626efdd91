import { describe, expect, it } from 'vitest';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { createAppStore } from '../../src/store/appStore';
import { selectFilteredMask, selectVisibility } from '../../src/store/visibility';
import { sampleDataset } from './fixtures';

describe('selectVisibility and selectFilteredMask', () => {
  const setup = () => {
    const store = createAppStore();
    const dataset = createInMemoryDataset(sampleDataset());
    store.getState().setDataset(dataset);
    return { store, dataset };
  };

  it('keep the same result while a typed query waits for its rows (the text alone filters nothing)', () => {
    const { store } = setup();
    const before = selectVisibility(store.getState(), null);
    const mask = selectFilteredMask(store.getState());
    store.getState().setQuery('mosul');
    expect(selectVisibility(store.getState(), null)).toBe(before);
    expect(selectFilteredMask(store.getState())).toBe(mask);
  });

  it('show the search\'s rows once they arrive, and follow an actor toggle', async () => {
    const { store, dataset } = setup();
    store.getState().setQuery('mosul');
    const found = await dataset.search('mosul');
    store.getState().setSearchMask(found);
    const searched = selectVisibility(store.getState(), null)!;
    expect(searched.shown).toBe(found!.reduce((a, b) => a + b, 0));
    expect(searched.shown).toBeGreaterThan(0);
    expect(searched.shown).toBeLessThan(dataset.columns.count);
    store.getState().setActors(['us']);
    const narrowed = selectVisibility(store.getState(), null)!;
    expect(narrowed).not.toBe(searched);
    expect(narrowed.lanes).toEqual([0]);
  });
});
