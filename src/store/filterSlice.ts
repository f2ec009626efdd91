import type { StateCreator } from 'zustand';
import type { AppState } from './appState';

/**
 * What the user has narrowed the events to. `null` lists mean "all". The dates are
 * not here: the shown span (src/axis/shownSpan.ts) is the date range.
 */
export interface Filters {
  actors: readonly string[] | null;
  categories: readonly string[] | null;
  /** Text search over title and summary. */
  q: string;
}

export const EMPTY_FILTERS: Filters = { actors: null, categories: null, q: '' };

/** Filters and their actions. */
export interface FilterSlice {
  filters: Filters;
  /** Rows matching `filters.q`, from the dataset's search; null when q is blank. */
  searchMask: Uint8Array | null;
  /** Flip one actor; `allIds` is the full list, needed when leaving the "all" state. */
  toggleActor: (id: string, allIds: readonly string[]) => void;
  setActors: (ids: readonly string[] | null) => void;
  toggleCategory: (id: string, allIds: readonly string[]) => void;
  setCategories: (ids: readonly string[] | null) => void;
  setQuery: (q: string) => void;
  setSearchMask: (mask: Uint8Array | null) => void;
  clearFilters: () => void;
  /** Replace all filters at once (URL restore). */
  setFilters: (filters: Filters) => void;
}

function toggled(current: readonly string[] | null, id: string, allIds: readonly string[]): string[] | null {
  const base = current ?? allIds;
  const next = base.includes(id) ? base.filter((x) => x !== id) : [...base, id];
  // Back to everything: store null so the URL stays short and new ids stay visible.
  return next.length === allIds.length && allIds.every((x) => next.includes(x)) ? null : next;
}

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  searchMask: null,
  toggleActor: (id, allIds) => set((s) => ({ filters: { ...s.filters, actors: toggled(s.filters.actors, id, allIds) } })),
  setActors: (actors) => set((s) => ({ filters: { ...s.filters, actors } })),
  toggleCategory: (id, allIds) =>
    set((s) => ({ filters: { ...s.filters, categories: toggled(s.filters.categories, id, allIds) } })),
  setCategories: (categories) => set((s) => ({ filters: { ...s.filters, categories } })),
  setQuery: (q) => set((s) => ({ filters: { ...s.filters, q } })),
  setSearchMask: (searchMask) => set({ searchMask }),
  clearFilters: () => set({ filters: EMPTY_FILTERS, searchMask: null }),
  setFilters: (filters) => set({ filters }),
});
