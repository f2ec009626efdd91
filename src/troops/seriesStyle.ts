import type { FigureKind } from '../model/types';

/** How one series is told apart: a colour and, so colour is never the only cue, the dash of its line. */
export interface SeriesStyle {
  /** CSS colour (a theme-aware variable from troops.css). */
  color: string;
  /** stroke-dasharray of the series' step line of counts and official levels; '' = solid. */
  lineDash: string;
}

const PALETTE_SIZE = 6;
// Long dashes only: short dashes and dots are kept for ceilings and plans (KIND_DASH). As many
// as the palette, so no two series of a dataset of up to six share a line without colour.
const LINE_DASHES = ['', '10 3 2 3', '14 3 2 3 2 3', '16 5', '24 4 2 4 2 4 2 4', '20 3 6 3'];

/**
 * stroke-dasharray of a ceiling's or a plan's level, the same in every series, so the
 * legend's key holds for all: ceilings dashed, plans dotted; '' for the step line.
 */
export const KIND_DASH: Record<FigureKind, string> = {
  count: '',
  official: '',
  ceiling: '6 4',
  planned: '1 4',
};

/** Style of the series at position `i` in the dataset (stable while others are hidden). */
export function seriesStyle(i: number): SeriesStyle {
  return {
    color: `var(--troops-series-${i % PALETTE_SIZE})`,
    lineDash: LINE_DASHES[i % LINE_DASHES.length],
  };
}

/** The dash of a segment: the series' own on its step line, the kind's on a ceiling or plan. */
export const segmentDash = (style: SeriesStyle, kind: FigureKind): string =>
  kind === 'count' || kind === 'official' ? style.lineDash : KIND_DASH[kind];
