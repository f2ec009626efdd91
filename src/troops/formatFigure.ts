import { formatNumber } from '../i18n/format';
import type { Estimate, FigureKind } from '../model/types';

/** "1 troops" reads wrong: a plural unit loses its final "s" for exactly one. */
function unitFor(value: number, unit: string): string {
  return value === 1 && /[^s]s$/.test(unit) ? unit.slice(0, -1) : unit;
}

/**
 * A figure as a reader should take it: "5,200 troops" (exact), "about 2,500 troops"
 * (approximate), "up to 3,550 troops" (a ceiling). What kind of figure it is is said
 * beside it (KIND_LABEL), not folded into the number.
 */
export function formatFigure(value: number, unit: string, estimate: Estimate, kind: FigureKind): string {
  const figure = `${formatNumber(value)} ${unitFor(value, unit)}`.trim();
  if (kind === 'ceiling' || estimate === 'authorized') return `up to ${figure}`;
  if (estimate === 'approximate') return `about ${figure}`;
  return figure;
}
