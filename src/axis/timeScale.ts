import { utcTicks } from 'd3-time';
import { eraTickInterval } from './eraYears';
import { linearScale, type LinearScale } from './linearScale';

/**
 * A UTC time scale over epoch milliseconds: positions and inversions are plain
 * numbers, and ticks fall on calendar boundaries (years, months, days, hours),
 * the same ticks as d3's `scaleUtc`. Label them with `formatTick`.
 */
export type TimeScale = LinearScale;

/**
 * Calendar ticks as milliseconds: `scaleUtc`'s tick rule without d3-scale and
 * d3-time-format, except that years before 1 CE fall on round years as counted (eraYears.ts).
 */
const utcTickRule = (from: number, to: number, count: number) => {
  const era = eraTickInterval(from, to, count);
  return (era ? era.range(new Date(from), new Date(to + 1)) : utcTicks(new Date(from), new Date(to), count)).map(Number);
};

/** A UTC time scale mapping the time domain (ms) onto the range (px). */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  return linearScale(domain, range, utcTickRule);
}
