import { createInMemoryDataset } from '../src/model/inMemoryDataset';
import type { Dataset } from '../src/model/types';
import { appStore } from '../src/store/appStore';
import { viewport } from '../src/timeline/viewport';

/** Puts the app store and the live viewport back as a fresh page has them. */
export function resetStores(): void {
  appStore.setState(appStore.getInitialState(), true);
  viewport.setState(viewport.getInitialState(), true);
}

/** Fresh stores with `doc` loaded in memory, as after a successful load. */
export function loadDatasetIntoStore(doc: Dataset): void {
  resetStores();
  appStore.getState().setDataset(createInMemoryDataset(doc));
}
