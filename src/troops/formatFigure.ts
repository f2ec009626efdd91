import { t } from '../i18n/figures.en';
import { formatNumber } from '../i18n/format';
import { local } from '../i18n/localized';
import type { Estimate, FigureKind, Series } from '../model/types';

/** A series' unit: its id as the dataset writes it ("troops"), or the series, whose translation of it is then used. */
export type FigureUnit = string | Pick<Series, 'unit' | 'translations'>;

/** Units the catalogue counts in every language; any other is written as the dataset gives it. */
const UNIT_KEY: Record<string, 'figureTroops' | 'figureAttacks'> = { troops: 'figureTroops', attacks: 'figureAttacks' };

/** "1 troops" reads wrong: a plural unit loses its final "s" for exactly one. */
function unitFor(value: number, unit: string): string {
  return value === 1 && /[^s]s$/.test(unit) ? unit.slice(0, -1) : unit;
}

/** A figure with its unit, in the language in force: "2,500 troops", "٢٬٥٠٠ جندي". */
export function figureWithUnit(value: number, unit: FigureUnit): string {
  const number = formatNumber(value);
  const id = typeof unit === 'string' ? unit : unit.unit;
  const key = Object.hasOwn(UNIT_KEY, id) ? UNIT_KEY[id] : undefined;
  if (key) return t(key, { count: value, number });
  const shown = typeof unit === 'string' ? unit : (local(unit, 'unit') ?? unit.unit);
  return t('figureOfUnit', { number, unit: unitFor(value, shown) }).trim();
}

/**
 * A figure as a reader should take it: "5,200 troops" (exact), "about 2,500 troops"
 * (approximate), "up to 3,550 troops" (a ceiling). What kind of figure it is is said
 * beside it (kindLabel), not folded into the number.
 */
export function formatFigure(value: number, unit: FigureUnit, estimate: Estimate, kind: FigureKind): string {
  const figure = figureWithUnit(value, unit);
  if (kind === 'ceiling' || estimate === 'authorized') return t('figureUpTo', { figure });
  if (estimate === 'approximate') return t('figureAbout', { figure });
  return figure;
}
