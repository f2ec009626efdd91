import type { FigureKind } from './types';

/** Every kind of figure a series point can be, in the order the chart's key lists them. */
export const FIGURE_KINDS: readonly FigureKind[] = ['count', 'official', 'ceiling', 'planned'];
