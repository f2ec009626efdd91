import { YEAR_ONE_MS } from '../axis/eraYears';
import { formatInstant } from '../i18n/formatDate';
import type { EventColumns } from '../model/eventColumns';

/**
 * One instant printed at a precision code (0 year, 1 month, 2 day, 3 time), UTC;
 * `era` writes "CE" after a year from 1 on (the end of a span that starts BCE).
 */
export const formatAt = formatInstant;

/**
 * When row `i` happened, at the precision its date was given: "June 2014",
 * "2017", "12 June 2014", or a range "June 2014 – March 2015". Never a made-up day.
 */
export function formatWhen(columns: EventColumns, i: number): string {
  const precision = columns.precision[i];
  const from = formatAt(columns.start[i], precision);
  if (!columns.isRange[i]) return from;
  // `end` is exclusive: the last moment inside the range names its period.
  const to = formatAt(columns.end[i] - 1, Math.min(precision, 2), columns.start[i] < YEAR_ONE_MS);
  return to === from ? from : `${from} – ${to}`;
}
