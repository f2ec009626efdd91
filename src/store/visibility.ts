import { useStore } from 'zustand';
import { shownSpan, type Span } from '../axis/shownSpan';
import { computeVisibility, type VisibilityResult } from '../model/filter';
import type { AppState } from './appState';
import { useAppStore } from './appStore';
import { spanToRange } from './dateRange';

/** What the filters leave visible in the shown span, derived from the store. */
export interface Visibility {
  /** 1 = row passes every filter and lies in the settled shown span. */
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

let lastUndated: { dataset: unknown; filters: unknown; searchMask: unknown; value: VisibilityResult | null } | null = null;

/** Rows passing actors, categories and search at any date; memoised on its inputs' identities. */
function undatedResult(state: AppState): VisibilityResult | null {
  const { dataset, filters, searchMask } = state;
  if (lastUndated && lastUndated.dataset === dataset && lastUndated.filters === filters && lastUndated.searchMask === searchMask) {
    return lastUndated.value;
  }
  const value = dataset ? computeVisibility(dataset.columns, dataset.meta, { ...filters, from: null, to: null }, searchMask, dataset.stats()) : null;
  lastUndated = { dataset, filters, searchMask, value };
  return value;
}

/**
 * Rows passing every filter at any date: what the timeline and the overview draw, so
 * events panned into view are there at once, not when the movement settles. Inside
 * the shown span it equals the visibility's mask. A zustand-safe selector.
 */
export function selectFilteredMask(state: AppState): Uint8Array | null {
  return undatedResult(state)?.mask ?? null;
}

let last: { undated: unknown; settled: Span | null; value: Visibility | null } | null = null;

/**
 * What is visible given the store and the settled shown span (null = everything).
 * Memoised on the identity of its inputs, so it returns the same object until the
 * dataset, filters, search result or span change: safe as a zustand selector.
 */
export function selectVisibility(state: AppState, settled: Span | null): Visibility | null {
  const undated = undatedResult(state);
  if (last && last.undated === undated && last.settled === settled) return last.value;
  const { dataset, filters, searchMask } = state;
  let value: Visibility | null = null;
  if (dataset && undated) {
    const v = settled ? computeVisibility(dataset.columns, dataset.meta, { ...filters, ...spanToRange(settled) }, searchMask, dataset.stats()) : undated;
    const shownActors = filters.actors;
    const lanes = dataset.meta.actors.flatMap((a, i) => (shownActors === null || shownActors.includes(a.id) ? [i] : []));
    value = { ...v, total: dataset.columns.count, lanes };
  }
  last = { undated, settled, value };
  return value;
}

/** Hook: the current visibility (null before a dataset is loaded). */
export function useVisibility(): Visibility | null {
  const settled = useStore(shownSpan, (s) => s.settled);
  return useAppStore((state) => selectVisibility(state, settled));
}

/** Hook: {@link selectFilteredMask}. */
export const useFilteredMask = () => useAppStore(selectFilteredMask);
