import { shallow } from 'zustand/shallow';
import type { LoadedDataset } from '../model/loadedDataset';
import type { AppStore } from './appStore';

/**
 * Runs the dataset's text search whenever the query or the dataset changes and
 * stores the resulting mask. Only the answer to the latest query is kept. One search
 * per dataset is asked at a time: a query typed while one runs waits for it, and only
 * the latest of those is asked next, so typing faster than a large dataset answers
 * queues no stale search in the worker (the search box sends every keystroke, with no
 * pause), and the matches change at most once per answer. Returns the unsubscribe.
 */
export function startSearchSync(store: AppStore): () => void {
  let latest = 0;
  /** The dataset whose search is being answered; `behind`: a newer query came meanwhile. */
  let asking: LoadedDataset | null = null;
  let behind = false;
  const run = () => {
    const ticket = ++latest;
    const state = store.getState();
    const { dataset } = state;
    const q = state.filters.q.trim();
    if (!dataset || !q) {
      behind = false;
      if (state.searchMask !== null) state.setSearchMask(null);
      return;
    }
    if (asking === dataset) {
      behind = true;
      return;
    }
    asking = dataset;
    const answered = () => {
      if (asking !== dataset) return;
      asking = null;
      if (!behind) return;
      behind = false;
      run();
    };
    dataset.search(q).then(
      (mask) => {
        if (ticket === latest) store.getState().setSearchMask(mask);
        answered();
      },
      (error: unknown) => {
        // A failed search must not leave the previous query's matches on screen, nor fail silently.
        if (ticket === latest) {
          store.getState().setSearchMask(null);
          store.getState().addNotice({ key: 'noticeSearchFailed', params: { q, error: error instanceof Error ? error.message : String(error) } });
        }
        answered();
      },
    );
  };
  run();
  return store.subscribe((s) => [s.dataset, s.filters.q] as const, run, { equalityFn: shallow });
}
