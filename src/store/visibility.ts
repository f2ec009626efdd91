import { computeVisibility } from '../model/filter';
import { memoLast } from '../model/memoLast';
import type { AppState } from './appState';
import { useAppStore } from './appStore';

/** What the filters leave visible, derived from the store. */
export interface Visibility {
  /** 1 = row passes every filter. */
  mask: Uint8Array;
  shown: number;
  total: number;
  /** Per actor: rows with that actor passing every filter but the actor filter. */
  actorCounts: Uint32Array;
  /** Per category: rows in that category passing every filter but the category filter. */
  categoryCounts: Uint32Array;
  /** Actor indices whose lanes are shown, in dataset order. */
  lanes: number[];
}

/**
 * Memoised on the identity of its inputs, so it returns the same object until the
 * dataset, filters or search result change: safe as a zustand selector.
 */
export const selectVisibility = memoLast(
  (state: AppState) => [state.dataset, state.filters, state.searchMask],
  (state: AppState): Visibility | null => {
    const { dataset, filters, searchMask } = state;
    if (!dataset) return null;
    const v = computeVisibility(dataset.columns, dataset.meta, filters, searchMask, dataset.stats());
    const shownActors = filters.actors;
    const lanes = dataset.meta.actors.flatMap((a, i) => (shownActors === null || shownActors.includes(a.id) ? [i] : []));
    return { ...v, total: dataset.columns.count, lanes };
  },
);

/** Hook: the current visibility (null before a dataset is loaded). */
export const useVisibility = () => useAppStore(selectVisibility);
