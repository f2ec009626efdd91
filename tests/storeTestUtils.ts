import { shownSpan } from '../src/axis/shownSpan';
import { createInMemoryDataset } from '../src/model/inMemoryDataset';
import type { Dataset } from '../src/model/types';
import { appStore } from '../src/store/appStore';
import { startSpanSync } from '../src/store/spanSync';

let stopSpanSync: (() => void) | null = null;

/** Puts the app store and the shown span back as a fresh page has them, with each dataset's extent given to the span as the session does. */
export function resetStores(): void {
  stopSpanSync?.();
  appStore.setState(appStore.getInitialState(), true);
  shownSpan.setState(shownSpan.getInitialState(), true);
  stopSpanSync = startSpanSync(appStore, shownSpan);
}

/** Fresh stores with `doc` loaded in memory, as after a successful load. */
export function loadDatasetIntoStore(doc: Dataset): void {
  resetStores();
  appStore.getState().setDataset(createInMemoryDataset(doc));
}
