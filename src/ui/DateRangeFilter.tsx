import { useId, useState } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { useStore } from 'zustand';
import { showSpan, shownSpan } from '../axis/shownSpan';
import { dataSpan } from '../store/dataSpan';
import { t } from '../i18n/filters.en';
import { utcDayStart } from '../model/partialDate';
import { dayString, partialDateBounds, rangeToSpan, spanToRange } from '../store/dateRange';

/** Before this the browser's date picker cannot hold the data's days (it has no year 0 or BCE) or is typed year by year. */
const DATE_PICKER_FROM = utcDayStart(1000, 1, 1);

/**
 * A typed day the app can show: a real date whose year is complete (in a date
 * picker not 0002 mid-typing; as text, ISO 8601's, "-3499-06-01" for 3500 BCE).
 */
function isCommittable(value: string, asText: boolean): boolean {
  if (!(asText ? /^-?\d{4,5}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/).test(value)) return false;
  return (asText || Number(value.slice(0, 4)) >= 1000) && partialDateBounds(value) !== null;
}

/** Start of a day as written, ms (text before year 0 does not sort as the days do). */
const dayStart = (day: string) => partialDateBounds(day)?.[0] ?? NaN;

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
  const last = Math.max(span0, span1 - 1);
  const min = dayString(span0);
  const max = dayString(last);
  // Data reaching before year 1000 (BCE, or years the picker would read as they are typed) is edited as text.
  const asText = span0 < DATE_PICKER_FROM;
  // The window may reach into the margin around the data; the inputs stay within it.
  const clampDay = (ms: number) => dayString(Math.min(Math.max(ms, span0), last));
  const shownFrom = from ? clampDay(partialDateBounds(from)?.[0] ?? span0) : min;
  const shownTo = to ? clampDay((partialDateBounds(to)?.[1] ?? span1) - 1) : max;
  const valueFrom = draft.from ?? shownFrom;
  const valueTo = draft.to ?? shownTo;
  const committable = (v: string) => isCommittable(v, asText);
  const invalid = committable(valueFrom) && committable(valueTo) && dayStart(valueFrom) > dayStart(valueTo);

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
    if (!committable(f) || !committable(t) || dayStart(f) > dayStart(t)) return;
    // Ends that still show the data's first/last day stay open.
    showRange(f === min && !from ? null : f, t === max && !to ? null : t);
  };

  return (
    <fieldset className="date-range">
      <legend>{t('datesLegend')}</legend>
      <div className="date-range-inputs">
        <div className="field">
          <label htmlFor={fromId}>{t('datesFrom')}</label>
          <input
            id={fromId}
            {...(asText ? { type: 'text', inputMode: 'numeric' as const, spellCheck: false, placeholder: t('datesPattern') } : { type: 'date', min, max })}
            value={valueFrom}
            aria-invalid={invalid || undefined}
            aria-describedby={hintId}
            onChange={(e) => edit('from', e.target.value)}
            onBlur={() => setDraft((d) => ({ ...d, from: undefined }))}
          />
        </div>
        <div className="field">
          <label htmlFor={toId}>{t('datesTo')}</label>
          <input
            id={toId}
            {...(asText ? { type: 'text', inputMode: 'numeric' as const, spellCheck: false, placeholder: t('datesPattern') } : { type: 'date', min, max })}
            value={valueTo}
            aria-invalid={invalid || undefined}
            aria-describedby={hintId}
            onChange={(e) => edit('to', e.target.value)}
            onBlur={() => setDraft((d) => ({ ...d, to: undefined }))}
          />
        </div>
      </div>
      <p id={hintId} className={invalid ? 'field-hint field-error' : 'field-hint'}>
        {invalid
          ? t('datesReversed')
          : asText
            ? t('dateRangeTextHint')
            : t('datesHint')}
      </p>
    </fieldset>
  );
}
