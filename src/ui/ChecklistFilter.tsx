import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { normalizeForSearch } from '../model/normalizeText';
import { formatCount } from '../i18n/format';
import type { WindowedRowProps } from './WindowedList';
import { t } from '../i18n/filters.en';

/** One choice in a checklist. */
export interface ChecklistItem {
  id: string;
  name: string;
  /** Events that would show with this item checked (given the other filters). */
  count: number;
  /** Swatch colour, for actors. */
  color?: string;
}

/** Props of ChecklistFilter. */
export interface ChecklistFilterProps {
  /** Fieldset legend, e.g. "Actors". */
  legend: string;
  items: readonly ChecklistItem[];
  /** Ids shown; null = all. */
  selected: readonly string[] | null;
  onToggle: (id: string) => void;
  /** Check everything (null) or nothing ([]). */
  onSetAll: (all: boolean) => void;
}

/** The windowed list is fetched only by a file with that many items: the default page's lists are short. */
const WindowedList = lazy(() => import('./WindowedList').then((m) => ({ default: m.WindowedList })));

/** Above this many items the checklist gets a box that narrows it by name. */
export const CHECKLIST_SEARCH_FROM = 20;

/**
 * Above this many items the checklist scrolls in a box of its own and draws only the
 * rows in view (WindowedList): UCDP's 660 actors were 660 rows and 4,000 nodes.
 */
export const CHECKLIST_WINDOW_FROM = 60;

/**
 * A fieldset of checkboxes with "All" / "None" shortcuts and per-item counts. A long
 * list (hundreds of actors in an imported file) gets a "Find" box that narrows the
 * items shown by name, folding case and accents; ticks are kept for hidden items.
 * A longer one is windowed: one Tab stop, arrows and Home/End between its rows.
 */
export function ChecklistFilter({ legend, items, selected, onToggle, onSetAll }: ChecklistFilterProps) {
  const baseId = useId();
  const [find, setFind] = useState('');
  const searchable = items.length > CHECKLIST_SEARCH_FROM;
  const windowed = items.length > CHECKLIST_WINDOW_FROM;
  const folded = useMemo(() => (searchable ? items.map((i) => normalizeForSearch(i.name)) : []), [items, searchable]);
  const needle = searchable ? normalizeForSearch(find) : '';
  // Indices into items, so each checkbox keeps its id whatever the search.
  const listed = items.flatMap((_, i) => (!needle || folded[i].includes(needle) ? [i] : []));
  const isChecked = (id: string) => selected === null || selected.includes(id);
  const checkedCount = selected === null ? items.length : items.filter((i) => selected.includes(i.id)).length;
  const what = legend.toLowerCase();
  // One item's row; a windowed list adds its place in the whole list and the roving tab stop.
  const row = (i: number, place?: WindowedRowProps, tabIndex?: 0 | -1) => {
    const item = items[i];
    const id = `${baseId}-${i}`;
    return (
      <li key={item.id} {...place}>
        <input type="checkbox" id={id} checked={isChecked(item.id)} onChange={() => onToggle(item.id)} tabIndex={tabIndex} />
        <label htmlFor={id}>
          {item.color && <span className="swatch" style={{ background: item.color }} aria-hidden="true" />}
          <span className="checklist-name">{item.name}</span>{' '}
          <span className="checklist-count" aria-hidden="true">
            {formatCount(item.count)}
          </span>
          <span className="visually-hidden">{t('checklistItemEvents', { count: item.count })}</span>
        </label>
      </li>
    );
  };
  return (
    <fieldset className="checklist">
      <legend className="checklist-legend">
        {legend}
        <span className="checklist-tally">{t('checklistOf', { shown: checkedCount, total: items.length })}</span>
      </legend>
      <div className="checklist-shortcuts">
        <button
          type="button"
          className="link-button"
          onClick={() => onSetAll(true)}
          disabled={selected === null}
          aria-label={t('checklistShowAll', { what })}
        >
          {t('checklistAll')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => onSetAll(false)}
          disabled={checkedCount === 0}
          aria-label={t('checklistShowNone', { what })}
        >
          {t('checklistNone')}
        </button>
      </div>
      {searchable && (
        <div className="checklist-find">
          <label htmlFor={`${baseId}-find`}>{t('checklistFind', { what })}</label>
          <input id={`${baseId}-find`} type="search" value={find} onChange={(e) => setFind(e.target.value)} autoComplete="off" />
          {needle && (
            <span className="checklist-find-count" aria-live="polite">
              {listed.length === 0 ? t('checklistNoMatch') : t('checklistOf', { shown: listed.length, total: items.length })}
            </span>
          )}
        </div>
      )}
      {windowed ? (
        // Its chunk is in within a frame or two of the panel: no rows until then, never all of them.
        <Suspense fallback={null}>
          <WindowedList keys={listed} className="checklist-items" renderRow={row} />
        </Suspense>
      ) : (
        <ul className="checklist-items">{listed.map((i) => row(i))}</ul>
      )}
    </fieldset>
  );
}
