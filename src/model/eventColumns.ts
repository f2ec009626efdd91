/**
 * Events as columns of typed arrays, sorted by start time. This is the form the
 * app works on: a million events are a few flat arrays, not a million objects,
 * and a worker can transfer them without copying.
 *
 * Event `i` everywhere in the app means row `i` of these columns.
 */
export interface EventColumns {
  readonly count: number;
  /** Start of the event's `date` at its precision, ms since epoch (UTC). Ascending. */
  readonly start: Float64Array;
  /**
   * Exclusive end, ms: the end of `end`'s period for range events, else the end of
   * `date`'s period (a day event covers its day, a month-precision event its month).
   */
  readonly end: Float64Array;
  /** Precision of `date`: 0 year, 1 month, 2 day, 3 time (see PRECISION_CODES). */
  readonly precision: Uint8Array;
  /** 1 when the event has an `end` (drawn as a bar), else 0. */
  readonly isRange: Uint8Array;
  /** Index into the dataset's categories. */
  readonly category: Uint16Array;
  /** 1..3; 1 when the document gives none. */
  readonly importance: Uint8Array;
  /** Event i's actors are actorIndices[actorOffsets[i] .. actorOffsets[i+1]). Length count+1. */
  readonly actorOffsets: Uint32Array;
  /** Indices into the dataset's actors. */
  readonly actorIndices: Uint16Array;
}

/** Precision codes stored in EventColumns.precision, in order of fineness. */
export const PRECISION_CODES = ['year', 'month', 'day', 'time'] as const;
