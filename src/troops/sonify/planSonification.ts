import type { TimedPoint, TimedSeries } from '../timedSeries';

/** One figure of a series as a tone: when it sounds and at what pitch. */
export interface ToneStep {
  /** Seconds from the start of the sweep: time runs left to right across the visible span. */
  at: number;
  /** Hz; higher figures sound higher (equal ratios for equal differences, as pitch is heard). */
  frequency: number;
  point: TimedPoint;
}

/** A series' visible figures as a sweep of tones, with a click at each step. */
export interface SonificationPlan {
  steps: ToneStep[];
  /** Length of the whole sweep in seconds. */
  duration: number;
  /** The lowest and highest figure heard, for the spoken summary. */
  low: number;
  high: number;
}

/** How a sweep sounds: its length and the pitch range the figures map onto. */
export interface SonificationOptions {
  seconds: number;
  lowHz: number;
  highHz: number;
}

const DEFAULTS: SonificationOptions = { seconds: 5, lowHz: 220, highHz: 880 };

/**
 * The figures of `timed` that held (counts and official levels, as the chart's line) somewhere
 * in `domain` (ms), as tones: the figure
 * already holding when the span opens sounds at 0 s, each later step at its place
 * across the span. Pitch maps the lowest figure heard to `lowHz` and the highest to
 * `highHz` on a log scale; a series of one value sounds at the geometric middle.
 */
export function planSonification(
  timed: TimedSeries,
  domain: readonly [number, number],
  options: Partial<SonificationOptions> = {},
): SonificationPlan {
  const { seconds, lowHz, highHz } = { ...DEFAULTS, ...options };
  const [t0, t1] = domain;
  const span = Math.max(1, t1 - t0);
  // Only figures that held are heard as the line: a ceiling or a plan never sounds like a count.
  const points = timed.held;
  // The last step at or before the span's start still holds there; later ones inside it sound in turn.
  let first = 0;
  for (let i = 0; i < points.length; i++) if (points[i].start <= t0) first = i;
  const heard = points.slice(first).filter((p) => p.start <= t1);
  if (heard.length === 0) return { steps: [], duration: 0, low: 0, high: 0 };
  const values = heard.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pitch = (v: number) => (high === low ? Math.sqrt(lowHz * highHz) : lowHz * (highHz / lowHz) ** ((v - low) / (high - low)));
  const steps = heard.map((point) => ({
    at: (Math.max(0, Math.min(span, point.start - t0)) / span) * seconds,
    frequency: pitch(point.value),
    point,
  }));
  return { steps, duration: seconds, low, high };
}
