import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { utcTicks } from 'd3-time';
import { formatTick } from './tickFormat';

/**
 * A UTC time scale over epoch milliseconds: positions and inversions are plain
 * numbers, and ticks fall on calendar boundaries (years, months, days, hours).
 */
export type TimeScale = ScaleLinear<number, number>;

/**
 * Gives a linear scale over milliseconds the ticks and labels of d3's `scaleUtc`,
 * and keeps them on copies (d3-axis and zoom's `rescaleX` work on copies).
 * `scaleUtc` would bring d3-time-format for a default label format we never
 * show (`formatTick` names the ticks), about 3.5 KB gzipped on first load.
 */
function withCalendarTicks(scale: TimeScale): TimeScale {
  const copy = scale.copy;
  scale.ticks = (count = 10) => {
    const [from, to] = scale.domain();
    return utcTicks(new Date(from), new Date(to), count).map(Number);
  };
  scale.tickFormat = () => (t) => formatTick(new Date(+t));
  scale.copy = () => withCalendarTicks(copy.call(scale));
  return scale;
}

/** A UTC time scale mapping the time domain (ms) onto the range (px). */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  return withCalendarTicks(scaleLinear().domain(domain).range(range));
}
