import type { EventColumns } from '../model/eventColumns';
import { utcDayStart } from '../model/partialDate';
import type { DatasetMeta } from '../model/loadedDataset';
import { YEAR_ONE_MS } from '../axis/eraYears';
import { formatAt } from '../timeline/formatWhen';
import { localName } from '../i18n/localized';
import { t } from '../i18n/summary.en';

/** What the timeline shows, in numbers: the basis of its spoken and written summary. */
export interface ViewSummary {
  from: number;
  to: number;
  /** Events passing the filters that overlap [from, to). */
  inView: number;
  /** Events passing the filters. */
  shown: number;
  total: number;
  /** The three actors with the most events in view, most first. */
  leading: { name: string; count: number }[];
  /** The calendar month (UTC) in which most events in view start, or null when none does. */
  busiestMonth: { start: number; count: number } | null;
}

/** Rows a summary counts between looks at the clock (a slice is several of these steps). */
export const SUMMARY_STEP_ROWS = 8_192;
/** A slice of a summary stops after this long, ms: a slice is then far from a long task (50 ms) on a slow machine too. */
export const SUMMARY_SLICE_MS = 8;

/**
 * A summary counted a slice at a time: `step(rows)` counts the next `rows` rows and
 * returns true while rows are left; `result()` gives the summary once they are all
 * counted. At 10^6 rows one pass is a task of about 100 ms, so the view summary is
 * counted in slices, each in a task of its own (useSettledText).
 * `dataEnd`, the latest end of any event (ColumnStats.span[1]), spares a second pass.
 */
export function viewSummarizer(columns: EventColumns, meta: DatasetMeta, mask: Uint8Array, from: number, to: number, dataEnd?: number) {
  const { start, end, actorOffsets, actorIndices } = columns;
  const perActor = new Uint32Array(meta.actors.length);
  let inView = 0;
  let shown = 0;
  let monthStart = NaN;
  let monthEnd = -Infinity;
  let monthCount = 0;
  let busiest: { start: number; count: number } | null = null;
  let next = 0;
  const step = (rows: number): boolean => {
    const stop = Math.min(columns.count, next + rows);
    for (let i = next; i < stop; i++) {
      if (mask[i] !== 1) continue;
      shown++;
      if (start[i] >= to || end[i] <= from) continue;
      inView++;
      for (let j = actorOffsets[i]; j < actorOffsets[i + 1]; j++) perActor[actorIndices[j]]++;
      // Rows are sorted by start, so months come in order: one running count.
      if (start[i] >= monthEnd) {
        if (monthCount > (busiest?.count ?? 0)) busiest = { start: monthStart, count: monthCount };
        const d = new Date(start[i]);
        monthStart = utcDayStart(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
        monthEnd = d.getUTCMonth() === 11 ? utcDayStart(d.getUTCFullYear() + 1, 1, 1) : utcDayStart(d.getUTCFullYear(), d.getUTCMonth() + 2, 1);
        monthCount = 0;
      }
      if (start[i] >= from) monthCount++;
    }
    next = stop;
    return next < columns.count;
  };
  const result = (): ViewSummary => {
    let month = busiest;
    if (monthCount > (month?.count ?? 0)) month = { start: monthStart, count: monthCount };
    // The view is padded past the data (room around the first and last marks): say the range as
    // far as there is data, not the padding's invented dates.
    let shownFrom = from;
    let shownTo = to;
    if (columns.count > 0) {
      let last = dataEnd ?? -Infinity;
      if (dataEnd === undefined) for (let i = 0; i < columns.count; i++) last = Math.max(last, end[i]);
      shownFrom = Math.max(from, start[0]);
      shownTo = Math.min(to, last);
    }
    const leading = [...perActor.keys()]
      .filter((a) => perActor[a] > 0)
      .sort((a, b) => perActor[b] - perActor[a] || a - b)
      .slice(0, 3)
      .map((a) => ({ name: localName(meta.actors[a]), count: perActor[a] }));
    return { from: shownFrom, to: shownTo, inView, shown, total: columns.count, leading, busiestMonth: month };
  };
  return { step, result };
}

/** Counts what the filters (`mask`) leave in the window [from, to): one pass over the rows. */
export function summarizeView(
  columns: EventColumns,
  meta: DatasetMeta,
  mask: Uint8Array,
  from: number,
  to: number,
  dataEnd?: number,
): ViewSummary {
  const summarizer = viewSummarizer(columns, meta, mask, from, to, dataEnd);
  summarizer.step(Infinity);
  return summarizer.result();
}

/** The summary as one paragraph, in the language in force: range, counts, leading actors, the busiest month. */
export function summaryText(s: ViewSummary): string {
  const range = t('summaryRange', { from: formatAt(s.from, 2), to: formatAt(s.to - 1, 2, s.from < YEAR_ONE_MS) });
  const filtered = s.shown < s.total ? t('summaryFiltered', { shown: s.shown }) : '';
  const parts = [t('summaryInView', { range, inView: s.inView, count: s.total, filtered })];
  if (s.leading.length) {
    const leaders = s.leading.map((l) => t('summaryLeader', { name: l.name, count: l.count })).join(t('listSeparator'));
    parts.push(t('summaryLeading', { leaders }));
  }
  if (s.busiestMonth) parts.push(t('summaryBusiest', { month: formatAt(s.busiestMonth.start, 1), count: s.busiestMonth.count }));
  return parts.join(' ');
}
