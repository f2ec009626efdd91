import { useEffect, useMemo } from 'react';
import { splitAt } from '../i18n/catalogue';
import { formatCount } from '../i18n/format';
import { t } from '../i18n/open.en';
import { problemMessage } from '../i18n/problemText';
import { writtenDirection } from '../i18n/writtenDirection';
import type { LoadOutcome } from '../load/parseInWorker';
import { rejectedRowsCsv } from './rejectedRowsCsv';

/** The table's columns, by their header's catalogue key: the header row, and each cell's word in a card. */
const HEADERS = ['reportRow', 'reportColumn', 'reportValue', 'reportWrong'] as const;

/** Most rejected rows listed on the page; all of them are in the CSV. */
const SHOWN = 200;

/** Props of RejectedReport. */
export interface RejectedReportProps {
  name: string;
  outcome: Pick<LoadOutcome, 'dataset' | 'rejected' | 'notes'>;
  onImport: () => void;
  onCancel: () => void;
  /** What the cancel button says (default: the catalogue's "Cancel"). */
  cancelLabel?: string;
}

/**
 * The rows a file could not give, each with its row number as in the file, the
 * column, the value and what is wrong; one press imports the good rows, and the
 * rejected ones download as CSV to be mended in a spreadsheet.
 */
export function RejectedReport({ name, outcome, onImport, onCancel, cancelLabel }: RejectedReportProps) {
  const { rejected, notes, dataset } = outcome;
  const good = dataset.columns.count;
  const csvUrl = useMemo(() => URL.createObjectURL(new Blob([rejectedRowsCsv(rejected)], { type: 'text/csv' })), [rejected]);
  useEffect(() => () => URL.revokeObjectURL(csvUrl), [csvUrl]);
  const rows = new Set(rejected.map((r) => r.row)).size;
  const [before, after] = splitAt(t('reportLeftOut', { count: rows }), 'name');

  return (
    <div className="open-report">
      <p role="status">
        {t('reportRead', { count: good })}
        {before}
        <strong>
          <bdi>{name}</bdi>
        </strong>
        {after}
      </p>
      {notes.length > 0 && (
        <ul className="open-notes">
          {notes.map((n, i) => (
            <li key={i}>{problemMessage(n)}</li>
          ))}
        </ul>
      )}
      {/*
        A table that turns into a card per row in a narrow dialog (open.css): the roles are
        written out because a browser may drop a table's semantics once its display is changed,
        and each cell carries its header's word for the card's label.
      */}
      <div className="open-table-wrap">
        <table className="open-table" role="table">
          <caption>{t('reportCaption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {HEADERS.map((key) => (
                <th key={key} scope="col" role="columnheader">
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rejected.slice(0, SHOWN).map((r, i) => (
              <tr key={i} role="row">
                <td role="cell" data-label={t(HEADERS[0])}>
                  {formatCount(r.row)}
                </td>
                {/* The file's own words, each in its own direction: "31 Febtember" and "-4" stay as written in a right-to-left table. */}
                <td role="cell" data-label={t(HEADERS[1])}>
                  {r.column !== undefined && <bdi>{r.column}</bdi>}
                </td>
                <td role="cell" data-label={t(HEADERS[2])}>
                  {r.value !== undefined && <code dir={writtenDirection(r.value)}>{r.value}</code>}
                </td>
                <td role="cell" data-label={t(HEADERS[3])}>
                  {problemMessage(r)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rejected.length > SHOWN && <p className="muted">{t('reportMore', { count: rejected.length - SHOWN })}</p>}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onImport} disabled={good === 0}>
          {t('reportImport', { count: good })}
        </button>
        <a className="button" href={csvUrl} download={`${name.replace(/\.[^.]*$/, '')}-rejected-rows.csv`}>
          {t('reportDownload')}
        </a>
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel ?? t('cancel')}
        </button>
      </div>
    </div>
  );
}
