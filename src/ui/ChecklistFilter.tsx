import { useId } from 'react';
import { formatCount } from './datasetLookups';

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

/** A fieldset of checkboxes with "All" / "None" shortcuts and per-item counts. */
export function ChecklistFilter({ legend, items, selected, onToggle, onSetAll }: ChecklistFilterProps) {
  const baseId = useId();
  const isChecked = (id: string) => selected === null || selected.includes(id);
  const checkedCount = selected === null ? items.length : items.filter((i) => selected.includes(i.id)).length;
  return (
    <fieldset className="checklist">
      <legend className="checklist-legend">
        {legend}
        <span className="checklist-tally">
          {checkedCount} of {items.length}
        </span>
      </legend>
      <div className="checklist-shortcuts">
        <button
          type="button"
          className="link-button"
          onClick={() => onSetAll(true)}
          disabled={selected === null}
          aria-label={`Show all ${legend.toLowerCase()}`}
        >
          All
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => onSetAll(false)}
          disabled={checkedCount === 0}
          aria-label={`Show no ${legend.toLowerCase()}`}
        >
          None
        </button>
      </div>
      <ul className="checklist-items">
        {items.map((item, i) => {
          const id = `${baseId}-${i}`;
          return (
            <li key={item.id}>
              <input type="checkbox" id={id} checked={isChecked(item.id)} onChange={() => onToggle(item.id)} />
              <label htmlFor={id}>
                {item.color && <span className="swatch" style={{ background: item.color }} aria-hidden="true" />}
                <span className="checklist-name">{item.name}</span>{' '}
                <span className="checklist-count" aria-hidden="true">
                  {formatCount(item.count)}
                </span>
                <span className="visually-hidden">
                  ({formatCount(item.count)} {item.count === 1 ? 'event' : 'events'})
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
