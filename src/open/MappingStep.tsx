import { useId, useState } from 'react';
import { splitAt } from '../i18n/catalogue';
import { t, type OpenKey } from '../i18n/open.en';
import type { ColumnMapping } from '../io/formats/importFormat';
import type { SniffResult } from '../io/loadSequence';

/** The fields a table's columns can fill, in the order the dialog asks for them. */
const FIELDS: { key: 'date' | 'end' | 'title' | 'category' | 'summary'; label: OpenKey; required?: boolean }[] = [
  { key: 'date', label: 'mapDate', required: true },
  { key: 'end', label: 'mapEndDate' },
  { key: 'title', label: 'mapTitle', required: true },
  { key: 'category', label: 'mapCategory' },
  { key: 'summary', label: 'mapSummary' },
];

/** Props of MappingStep. */
export interface MappingStepProps {
  name: string;
  sniff: SniffResult & { preview: NonNullable<SniffResult['preview']> };
  mapping: ColumnMapping;
  onConfirm: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}

/**
 * Which column is which: the guessed (or remembered) mapping as selects, and the
 * first rows as they will import, so the user sees the effect before confirming.
 */
export function MappingStep({ name, sniff, mapping: initial, onConfirm, onCancel }: MappingStepProps) {
  const [mapping, setMapping] = useState<ColumnMapping>(initial);
  const id = useId();
  const { columns, rows } = sniff.preview;
  const cell = (row: string[], column: string | undefined) => (column === undefined ? '' : (row[columns.indexOf(column)] ?? ''));
  const actors = mapping.actors ?? [];
  const shown = rows.slice(0, 5);
  const [before, after] = splitAt(t('mapIntro'), 'name');

  return (
    <form
      className="open-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(mapping);
      }}
    >
      <p>
        {before}
        <strong>{name}</strong>
        {after}
      </p>
      <div className="open-mapping-fields">
        {FIELDS.map(({ key, label, required }) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>
              {t(label)}
              {required ? '' : t('mapOptional')}
            </label>
            <select
              id={`${id}-${key}`}
              value={mapping[key] ?? ''}
              required={required}
              onChange={(e) => setMapping({ ...mapping, [key]: e.target.value || undefined })}
            >
              {!required && <option value="">{t('mapNone')}</option>}
              {columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        ))}
        <fieldset className="field open-mapping-actors">
          <legend>{t('mapActors')}</legend>
          {columns.map((c) => (
            <label key={c} className="check">
              <input
                type="checkbox"
                checked={actors.includes(c)}
                onChange={(e) => setMapping({ ...mapping, actors: e.target.checked ? [...actors, c] : actors.filter((a) => a !== c) })}
              />
              {c}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="open-table-wrap">
        <table className="open-table">
          <caption>{t('mapPreview', { count: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mapDate')}</th>
              <th scope="col">{t('mapEnd')}</th>
              <th scope="col">{t('mapTitle')}</th>
              <th scope="col">{t('actors')}</th>
              <th scope="col">{t('mapCategory')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={i}>
                <td>{cell(row, mapping.date)}</td>
                <td>{cell(row, mapping.end)}</td>
                <td>{cell(row, mapping.title)}</td>
                <td>{actors.map((a) => cell(row, a)).filter(Boolean).join('; ')}</td>
                <td>{cell(row, mapping.category)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t('mapImport')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
