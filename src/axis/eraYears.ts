import { tickStep } from 'd3-array';
import { timeInterval, type TimeInterval } from 'd3-time';
import { utcDayStart } from '../model/partialDate';

/*
 * Years before 1 CE on an axis. The data's years are astronomical (0 is 1 BCE,
 * -2999 is 3000 BCE), so d3's year ticks every 1000 years fall on -3000, -2000,
 * 0, 1000 and would read "3001 BCE, 2001 BCE, 1 BCE, 1000 CE". A reader counts
 * BCE years back from 1 with no year 0: these intervals put the ticks on round
 * years as counted (3000 BCE, 2000 BCE, 1000 BCE, 1 CE, 1000 CE).
 */

/** ms of 1 January of year 1 CE: a domain starting before it shows eras on its labels. */
export const YEAR_ONE_MS = utcDayStart(1, 1, 1);

/** Whether an axis over this domain labels its years with their era ("3500 BCE", "100 CE"). */
export const showsEra = (domain: readonly [number, number] | readonly number[]): boolean => +domain[0] < YEAR_ONE_MS;

// d3-time's own year length for choosing an interval.
const DURATION_YEAR = 365 * 86_400_000;

/** The year as counted, with no year 0 (-1 is 1 BCE); 1 CE counts as 0 so multiples of k start there. */
const countedYear = (astronomical: number) => (astronomical <= 0 ? astronomical - 1 : astronomical === 1 ? 0 : astronomical);
/** Back from the count: a multiple of k at or above 0 is that year CE, 0 itself being 1 CE. */
const astronomicalYear = (counted: number) => (counted < 0 ? counted + 1 : Math.max(counted, 1));

/** Every k years as counted (k >= 2): 1 January of 3000 BCE, 2000 BCE, ..., 1 CE, 1000 CE. */
export function countedYears(k: number): TimeInterval {
  const at = (date: Date, counted: number) => date.setTime(utcDayStart(astronomicalYear(counted), 1, 1));
  return timeInterval(
    (date) => at(date, Math.floor(countedYear(date.getUTCFullYear()) / k) * k),
    (date, step) => at(date, countedYear(date.getUTCFullYear()) + step * k),
  );
}

/**
 * The tick interval of a domain that starts before 1 CE and whose ticks are
 * years apart (as d3 would choose them, every 2, 5, 10, ... years), or null when
 * d3's own ticks read right: months and days, or single years, are the same in
 * both countings.
 */
export function eraTickInterval(from: number, to: number, count: number): TimeInterval | null {
  if (from >= YEAR_ONE_MS || !(count > 0)) return null;
  if ((to - from) / count <= DURATION_YEAR) return null;
  const k = tickStep(from / DURATION_YEAR, to / DURATION_YEAR, count);
  return k >= 2 ? countedYears(k) : null;
}
