import type { Estimate, FigureKind } from '../model/types';

/**
 * Whether figures of this kind held, so the step line joins them: counts and official
 * levels say how many were there; a ceiling or a plan says how many could or would be.
 */
export const isHeld = (kind: FigureKind): boolean => kind === 'count' || kind === 'official';

/** Plain-language names of the kinds of figure, for the legend, tooltip, table and screen readers. */
export const KIND_LABEL: Record<FigureKind, string> = {
  count: 'count',
  official: 'official level',
  ceiling: 'authorized ceiling',
  planned: 'planned level',
};

/** What a figure is, in words: "official level", "official level, approximate". */
export const describeFigure = (kind: FigureKind, estimate: Estimate): string =>
  estimate === 'approximate' ? `${KIND_LABEL[kind]}, approximate` : KIND_LABEL[kind];
