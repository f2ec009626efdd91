import { problemMessage } from '../i18n/problemText';
import type { RejectedRow } from '../io/formats/importFormat';

/** One CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows an import left out, as CSV (RFC 4180, CRLF): the file's row number,
 * the column, the value and what is wrong (in the reader's language), one line each, for a spreadsheet.
 */
export function rejectedRowsCsv(rows: readonly RejectedRow[]): string {
  const lines = ['row,column,value,problem'];
  for (const r of rows) lines.push([String(r.row), r.column ?? '', r.value ?? '', problemMessage(r)].map(field).join(','));
  return lines.join('\r\n') + '\r\n';
}
