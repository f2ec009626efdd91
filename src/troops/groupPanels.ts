import type { Series } from '../model/types';

/** A stacked chart panel: the series that share a unit, and so a y axis. */
export interface Panel {
  unit: string;
  /** Positions of its series in the dataset's series list. */
  series: number[];
  /** The large panel (troops); the others are small charts below it. */
  main: boolean;
}

/**
 * Groups series by unit, one panel per unit, so troop numbers and attack counts
 * never share a y axis. Troops (or else the first unit) get the main panel.
 */
export function groupPanels(series: readonly Series[]): Panel[] {
  const byUnit = new Map<string, number[]>();
  series.forEach((s, i) => {
    const list = byUnit.get(s.unit);
    if (list) list.push(i);
    else byUnit.set(s.unit, [i]);
  });
  const units = [...byUnit.keys()];
  const mainUnit = units.includes('troops') ? 'troops' : units[0];
  const ordered = [mainUnit, ...units.filter((u) => u !== mainUnit)].filter((u) => u !== undefined);
  return ordered.map((unit) => ({ unit, series: byUnit.get(unit)!, main: unit === mainUnit }));
}
