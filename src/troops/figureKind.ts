import { t } from '../i18n/figures.en';
import type { Estimate, FigureKind } from '../model/types';

/**
 * Whether figures of this kind held, so the step line joins them: counts and official
 * levels say how many were there; a ceiling or a plan says how many could or would be.
 */
export const isHeld = (kind: FigureKind): boolean => kind === 'count' || kind === 'official';

const KIND_KEY = {
  count: 'figureKindCount',
  official: 'figureKindOfficial',
  ceiling: 'figureKindCeiling',
  planned: 'figureKindPlanned',
} as const satisfies Record<FigureKind, string>;

/** The plain-language name of a kind of figure, in the language in force, for the legend, tooltip, table and screen readers. */
export const kindLabel = (kind: FigureKind): string => t(KIND_KEY[kind]);

/** What a figure is, in words: "official level", "official level, approximate". */
export const describeFigure = (kind: FigureKind, estimate: Estimate): string =>
  estimate === 'approximate' ? t('figureKindApproximate', { kind: kindLabel(kind) }) : kindLabel(kind);
