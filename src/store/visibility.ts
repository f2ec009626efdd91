import { useStore } from 'zustand';
import { shownSpan, type Span } from '../axis/shownSpan';
import { computeVisibility, computeVisibilityPair, type VisibilityResult } from '../model/filter';
import { memoLast } from '../model/memoLast';
import type { AppState } from './appState';
import { useAppStore } from './appStore';
import { busiestLanes } from './busiestLanes';
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
  /**
   * Actor indices whose lanes are shown: in dataset order, or, when more actors are
   * visible than the lane cap (LANE_CAP unless a link names another) and the reader has not asked for all, the busiest first.
   */
  lanes: readonly number[];
  /** Actors the filters leave visible: lanes.length unless the busiest are kept. */
  visibleActors: number;
}

/**
 * The result inside the settled span, worked out in the same pass as the undated one when
 * the filters changed while a span was settled (computeVisibilityPair): visibilityIn takes
 * it when its undated result and span are these.
 */
let paired: { undated: VisibilityResult; settled: Span; dated: VisibilityResult } | null = null;

/**
 * Rows passing actors, categories and search at any date; memoised on its inputs' identities.
 * The query's text is not one of them: its rows arrive as searchMask, so a keystroke sent to
 * the search is not also a pass over every row and lane before the worker has answered.
 */
const undatedResult = memoLast(
  ({ dataset, filters, searchMask }: AppState) => [dataset, filters.actors, filters.categories, searchMask],
  ({ dataset, filters, searchMask }: AppState): VisibilityResult | null => {
    paired = null;
    if (!dataset) return null;
    const settled = shownSpan.getState().settled;
    if (!settled) return computeVisibility(dataset.columns, dataset.meta, { ...filters, from: null, to: null }, searchMask, dataset.stats());
    const both = computeVisibilityPair(dataset.columns, dataset.meta, { ...filters, ...spanToRange(settled) }, searchMask, dataset.stats());
    paired = { undated: both.undated, settled, dated: both.dated };
    return both.undated;
  },
);

/**
 * Rows passing every filter at any date: what the timeline and the overview draw, so
 * events panned into view are there at once, not when the movement settles. Inside
 * the shown span it equals the visibility's mask. A zustand-safe selector.
 */
export function selectFilteredMask(state: AppState): Uint8Array | null {
  return undatedResult(state)?.mask ?? null;
}

/** What is visible in a settled span, memoised on the undated result and the span. */
const visibilityIn = memoLast(
  ({ state, settled }: { state: AppState; settled: Span | null }) => [undatedResult(state), settled, state.allLanes, state.laneCap],
  ({ state, settled }): Visibility | null => {
    const undated = undatedResult(state);
    const { dataset, filters, searchMask } = state;
    if (!dataset || !undated) return null;
    const v = !settled
      ? undated
      : paired && paired.undated === undated && paired.settled === settled
        ? paired.dated
        : computeVisibility(dataset.columns, dataset.meta, { ...filters, ...spanToRange(settled) }, searchMask, dataset.stats());
    const shownActors = filters.actors;
    const { actors } = dataset.meta;
    const visibleActors = actors.flatMap((a, i) => (shownActors === null || shownActors.includes(a.id) ? [i] : []));
    const lanes = state.allLanes ? visibleActors : busiestLanes(visibleActors, dataset.stats().actorTotals, actors.map((a) => a.name), state.laneCap);
    return { ...v, total: dataset.columns.count, lanes, visibleActors: visibleActors.length };
  },
);

/**
 * What is visible given the store and the settled shown span (null = everything).
 * Memoised on the identity of its inputs, so it returns the same object until the
 * dataset, filters, search result or span change: safe as a zustand selector.
 */
export const selectVisibility = (state: AppState, settled: Span | null): Visibility | null => visibilityIn({ state, settled });

/** Hook: the current visibility (null before a dataset is loaded). */
export function useVisibility(): Visibility | null {
  const settled = useStore(shownSpan, (s) => s.settled);
  return useAppStore((state) => selectVisibility(state, settled));
}

/** Hook: {@link selectFilteredMask}. */
export const useFilteredMask = () => useAppStore(selectFilteredMask);
