import { extentFor } from '../axis/extentFor';
import type { ShownSpanStore } from '../axis/shownSpan';
import type { LoadedDataset } from '../model/loadedDataset';
import type { AppStore } from './appStore';
import { dataSpan } from './dataSpan';

/**
 * Gives the shown span each arriving dataset's navigable extent, showing all of it.
 * The session starts this before URL sync, which then shows the link's span, and a
 * caller with a first view of its own (an imported file) calls `showSpan` after.
 * Returns the unsubscribe.
 */
export function startSpanSync(store: AppStore, span: ShownSpanStore): () => void {
  const arrive = (dataset: LoadedDataset | null) => {
    if (dataset) span.getState().reset(extentFor(dataSpan(dataset)));
  };
  arrive(store.getState().dataset);
  return store.subscribe((s) => s.dataset, arrive);
}
