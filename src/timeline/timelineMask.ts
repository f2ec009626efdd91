import { computeVisibility } from '../model/filter';
import { memoLast } from '../model/memoLast';
import type { AppState } from '../store/appState';
import { selectVisibility } from '../store/visibility';

/**
 * Rows passing every filter except the date range. The date range is the settled
 * visible window (see store/dateRange.ts), so inside the window this equals
 * `useVisibility().mask`; outside it, it keeps panned-into events drawn at once
 * instead of popping in when the gesture settles, and gives the overview its
 * whole-span histogram. Memoised on the inputs' identities: a zustand-safe selector.
 */
export const selectTimelineMask = memoLast(
  (state: AppState) => [state.dataset, state.filters.actors, state.filters.categories, state.searchMask],
  (state: AppState): Uint8Array | null => {
    const { dataset, searchMask } = state;
    const { actors, categories } = state.filters;
    if (!dataset) return null;
    // With no date range the two masks are the same rows: share the one already computed.
    const undated = state.filters.from === null && state.filters.to === null;
    return undated
      ? (selectVisibility(state)?.mask ?? null)
      : computeVisibility(dataset.columns, dataset.meta, { actors, categories, from: null, to: null }, searchMask, dataset.stats()).mask;
  },
);
