/** Where a load stands, for the progress indicator. The loader owns this type; the store imports it. */
export interface LoadProgress {
  phase: 'fetch' | 'parse' | 'index';
  /** 0..1 when known. */
  fraction: number | null;
  /** Events parsed so far. */
  events: number;
  /** Bytes read so far and the file's size when known (absent where the step does not count bytes). */
  bytes?: { received: number; total: number | null };
  /** Rows of a table read so far (CSV and other tabular formats). */
  rows?: number;
}

/** A step of the load sequence (parse = the format's conversion to a document); finer than LoadProgress, which groups them for the reader. */
export interface StepProgress {
  phase: 'fetch' | 'parse' | 'validate' | 'columns' | 'index';
  /** 0..1 when known. */
  fraction: number | null;
  /** Events parsed so far (0 while fetching). */
  events: number;
  bytes?: { received: number; total: number | null };
  rows?: number;
}

const PHASES: Record<StepProgress['phase'], LoadProgress['phase']> = {
  fetch: 'fetch',
  parse: 'parse',
  validate: 'parse',
  columns: 'index',
  index: 'index',
};

/** The reader's view of a step: what the progress bar shows (byte and row counts pass through). */
export const toLoadProgress = (step: StepProgress): LoadProgress => ({ ...step, phase: PHASES[step.phase] });
