import { useEffect, useMemo } from 'react';
import type { LoadOutcome } from '../load/parseInWorker';
import { rejectedRowsCsv } from './rejectedRowsCsv';

/** Most rejected rows listed on the page; all of them are in the CSV. */
const SHOWN = 200;

/** Props of RejectedReport. */
export interface RejectedReportProps {
  name: string;
  outcome: LoadOutcome;
  onImport: () => void;
  onCancel: () => void;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The rows a file could not give, each with its row number as in the file, the
 * column, the value and what is wrong; one press imports the good rows, and the
 * rejected ones download as CSV to be mended in a spreadsheet.
 */
export function RejectedReport({ name, outcome, onImport, onCancel }: RejectedReportProps) {
  const { rejected, notes, dataset } = outcome;
  const good = dataset.columns.count;
  const csvUrl = useMemo(() => URL.createObjectURL(new Blob([rejectedRowsCsv(rejected)], { type: 'text/csv' })), [rejected]);
  useEffect(() => () => URL.revokeObjectURL(csvUrl), [csvUrl]);
  const rows = new Set(rejected.map((r) => r.row)).size;

  return (
    <div className="open-report">
      <p role="status">
        {count(good)} {good === 1 ? 'row reads' : 'rows read'} as events; {count(rows)} {rows === 1 ? 'row was' : 'rows were'} left out of{' '}
        <strong>{name}</strong>.
      </p>
      {notes.length > 0 && (
        <ul className="open-notes">
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      <div className="open-table-wrap">
        <table className="open-table">
          <caption>Rows left out</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">What is wrong</th>
            </tr>
          </thead>
          <tbody>
            {rejected.slice(0, SHOWN).map((r, i) => (
              <tr key={i}>
                <td>{r.row}</td>
                <td>{r.column ?? ''}</td>
                <td>
                  <code>{r.value ?? ''}</code>
                </td>
                <td>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rejected.length > SHOWN && <p className="muted">…and {count(rejected.length - SHOWN)} more in the CSV.</p>}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onImport} disabled={good === 0}>
          Import the {count(good)} good {good === 1 ? 'row' : 'rows'}
        </button>
        <a className="button" href={csvUrl} download={`${name.replace(/\.[^.]*$/, '')}-rejected-rows.csv`}>
          Download the rejected rows (CSV)
        </a>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
