import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './appState';
import { dataSpan } from './dataSpan';
import { rangeToWindow, windowToRange } from './dateRange';

/**
 * Sets the date range and moves the visible window to it, in one update. This is
 * what the From/To inputs and a restored URL do; the overview brush goes the
 * other way, through `window` and `startRangeSync`.
 */
export function applyDateRange(store: StoreApi<AppState>, from: string | null, to: string | null): void {
  const { dataset, filters } = store.getState();
  const window = dataset && (from || to) ? rangeToWindow(from, to, dataSpan(dataset)) : null;
  store.setState({ filters: { ...filters, from, to }, window });
}

/**
 * Keeps the date range in step with the settled window: when a zoom, pan or brush
 * settles, From/To become the days it covers, so the inputs, the brush, the URL
 * and "Showing X of Y" all describe the same span. Returns the unsubscribe.
 */
export function startRangeSync(store: StoreApi<AppState>): () => void {
  return store.subscribe((state, previous) => {
    if (state.window === previous.window || !state.dataset) return;
    const { from, to } = windowToRange(state.window);
    if (from !== state.filters.from || to !== state.filters.to) state.setDateRange(from, to);
  });
}
