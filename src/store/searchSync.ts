import { shallow } from 'zustand/shallow';
import type { AppState } from './appState';
import type { AppStore } from './appStore';

/**
 * Runs the dataset's text search whenever the query or the dataset changes and
 * stores the resulting mask. Searches may finish out of order (a worker, a large
 * dataset): only the answer to the latest query is kept. Returns the unsubscribe.
 */
export function startSearchSync(store: AppStore): () => void {
  let latest = 0;
  const run = (state: AppState) => {
    const ticket = ++latest;
    const { dataset } = state;
    const q = state.filters.q.trim();
    if (!dataset || !q) {
      if (state.searchMask !== null) state.setSearchMask(null);
      return;
    }
    dataset.search(q).then(
      (mask) => {
        if (ticket === latest) store.getState().setSearchMask(mask);
      },
      (error: unknown) => {
        // A failed search must not leave the previous query's matches on screen, nor fail silently.
        if (ticket !== latest) return;
        store.getState().setSearchMask(null);
        store.getState().addNotice({ key: 'noticeSearchFailed', params: { q, error: error instanceof Error ? error.message : String(error) } });
      },
    );
  };
  run(store.getState());
  return store.subscribe(
    (s) => [s.dataset, s.filters.q] as const,
    () => run(store.getState()),
    { equalityFn: shallow },
  );
}
