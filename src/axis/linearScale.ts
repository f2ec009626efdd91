import { nice, ticks } from 'd3-array';

/** Tick positions for a domain, as `ticks(from, to, count)` of d3-array does for numbers. */
export type TickRule = (from: number, to: number, count: number) => number[];

/**
 * A linear map from a two-number domain onto a pixel range: the part of d3's
 * `scaleLinear` this app uses, in a shape d3-axis (`axisBottom(scale)`) and
 * d3-zoom (`transform.rescaleX(scale)`) accept. d3-scale itself would bring
 * d3-format for its default tick labels, which this app never shows.
 */
export interface LinearScale {
  /** Pixel position of a value (a Date counts as its milliseconds). */
  (value: number | { valueOf(): number }): number;
  /** Value at a pixel position. */
  invert(px: number): number;
  domain(): [number, number];
  domain(domain: readonly (number | { valueOf(): number })[]): LinearScale;
  range(): [number, number];
  range(range: readonly number[]): LinearScale;
  /** About `count` round tick values inside the domain. */
  ticks(count?: number): number[];
  /** Widens the domain to round values, as d3's `scale.nice(count)`. */
  nice(count?: number): LinearScale;
  /** An independent scale with the same domain, range and tick rule. */
  copy(): LinearScale;
}

/** A linear scale from `domain` onto `range`; ticks follow `tickRule` (d3-array's by default). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  tickRule: TickRule = ticks,
): LinearScale {
  let [d0, d1] = [+domain[0], +domain[1]];
  let [r0, r1] = [+range[0], +range[1]];

  // A zero-width domain maps to the middle of the range, as in d3.
  const scale = ((value: number | { valueOf(): number }) => {
    const t = d1 === d0 ? 0.5 : (+value - d0) / (d1 - d0);
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;
  scale.invert = (px) => {
    const t = r1 === r0 ? 0.5 : (px - r0) / (r1 - r0);
    return d0 * (1 - t) + d1 * t;
  };
  scale.domain = ((next?: readonly (number | { valueOf(): number })[]) => {
    if (!next) return [d0, d1];
    [d0, d1] = [+next[0], +next[next.length - 1]];
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1];
    [r0, r1] = [+next[0], +next[next.length - 1]];
    return scale;
  }) as LinearScale['range'];
  scale.ticks = (count = 10) => tickRule(d0, d1, count);
  scale.nice = (count = 10) => {
    // d3-array's nice works on an ascending span; keep the domain's direction.
    const [lo, hi] = nice(Math.min(d0, d1), Math.max(d0, d1), count);
    [d0, d1] = d0 <= d1 ? [lo, hi] : [hi, lo];
    return scale;
  };
  scale.copy = () => linearScale([d0, d1], [r0, r1], tickRule);
  return scale;
}
