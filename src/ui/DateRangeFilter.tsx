import { useId, useState } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { useStore } from 'zustand';
import { showSpan, shownSpan } from '../axis/shownSpan';
import { dataSpan } from '../store/dataSpan';
import { dayString, partialDateBounds, rangeToSpan, spanToRange } from '../store/dateRange';

/** A typed day the app can show: a real date whose year is complete (not 0002 mid-typing). */
function isCommittable(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && Number(value.slice(0, 4)) >= 1000 && partialDateBounds(value) !== null;
}

const clampDay = (day: string, min: string, max: string) => (day < min ? min : day > max ? max : day);

/**
 * From/To date inputs: the shown span written as days. Editing them shows those
 * days (and so limits the events counted to them); zooming or brushing the timeline
 * changes them. When everything is shown they read the first and last day of the data.
 */
export function DateRangeFilter({ dataset }: { dataset: LoadedDataset }) {
  const fromId = useId();
  const toId = useId();
  const hintId = useId();
  const { from, to } = spanToRange(useStore(shownSpan, (s) => s.settled));
  const [draft, setDraft] = useState<{ from?: string; to?: string }>({});
  const whole = dataSpan(dataset);
  const [span0, span1] = whole;
  const showRange = (f: string | null, t: string | null) => showSpan(f || t ? rangeToSpan(f, t, whole) : null);
  const min = dayString(span0);
  const max = dayString(Math.max(span0, span1 - 1));
  // The window may reach into the margin around the data; the inputs stay within it.
  const shownFrom = from ? clampDay(dayString(partialDateBounds(from)?.[0] ?? span0), min, max) : min;
  const shownTo = to ? clampDay(dayString((partialDateBounds(to)?.[1] ?? span1) - 1), min, max) : max;
  const valueFrom = draft.from ?? shownFrom;
  const valueTo = draft.to ?? shownTo;
  const invalid = isCommittable(valueFrom) && isCommittable(valueTo) && valueFrom > valueTo;

  const edit = (end: 'from' | 'to', value: string) => {
    const next = { ...draft, [end]: value };
    setDraft(next);
    const f = next.from ?? shownFrom;
    const t = next.to ?? shownTo;
    if (value === '') {
      // A cleared input opens that end of the range.
      showRange(end === 'from' ? null : from, end === 'to' ? null : to);
      return;
    }
    if (!isCommittable(f) || !isCommittable(t) || f > t) return;
    // Ends that still show the data's first/last day stay open.
    showRange(f === min && !from ? null : f, t === max && !to ? null : t);
  };

  return (
    <fieldset className="date-range">
      <legend>Dates</legend>
      <div className="date-range-inputs">
        <div className="field">
          <label htmlFor={fromId}>From</label>
          <input
            id={fromId}
            type="date"
            min={min}
            max={max}
            value={valueFrom}
            aria-invalid={invalid || undefined}
            aria-describedby={hintId}
            onChange={(e) => edit('from', e.target.value)}
            onBlur={() => setDraft((d) => ({ ...d, from: undefined }))}
          />
        </div>
        <div className="field">
          <label htmlFor={toId}>To</label>
          <input
            id={toId}
            type="date"
            min={min}
            max={max}
            value={valueTo}
            aria-invalid={invalid || undefined}
            aria-describedby={hintId}
            onChange={(e) => edit('to', e.target.value)}
            onBlur={() => setDraft((d) => ({ ...d, to: undefined }))}
          />
        </div>
      </div>
      <p id={hintId} className={invalid ? 'field-hint field-error' : 'field-hint'}>
        {invalid ? '“From” is after “To”.' : 'Zooms the timeline; follows the overview brush.'}
      </p>
    </fieldset>
  );
}
