import type { EventColumns } from './eventColumns';
import type { DatasetMeta } from './loadedDataset';
import { parsePartialDate } from './partialDate';

/** What the user narrowed the events to. A null list means "all". */
export interface FilterSpec {
  actors: readonly string[] | null;
  categories: readonly string[] | null;
  /** Partial date strings, inclusive by period ("2016" to "2017" covers both years). Unparseable = open. */
  from: string | null;
  to: string | null;
}

/** What passes the filters, and the counts the filter checkboxes show. */
export interface VisibilityResult {
  /** 1 = row passes every filter. */
  mask: Uint8Array;
  shown: number;
  /** Per actor index: rows having that actor that pass every filter except the actor filter. */
  actorCounts: Uint32Array;
  /** Per category index: rows in that category passing every filter except the category filter. */
  categoryCounts: Uint32Array;
}

/** Ids -> 0/1 lookup table by index; null = every index allowed. */
function allowedTable(items: readonly { id: string }[], ids: readonly string[] | null): Uint8Array {
  const table = new Uint8Array(items.length);
  if (ids === null) return table.fill(1);
  const wanted = new Set(ids);
  for (let i = 0; i < items.length; i++) if (wanted.has(items[i].id)) table[i] = 1;
  return table;
}

/**
 * Applies the filters to every row in one pass over the typed columns, with no
 * per-row allocation: a million rows take a few milliseconds.
 *
 * An event is in the date range when its [start, end) intersects
 * [from's period start, to's period end). An event with several actors passes the
 * actor filter when any of its actors is shown.
 */
export function computeVisibility(
  columns: EventColumns,
  meta: DatasetMeta,
  filters: FilterSpec,
  searchMask: Uint8Array | null,
): VisibilityResult {
  const n = columns.count;
  const actorOk = allowedTable(meta.actors, filters.actors);
  const categoryOk = allowedTable(meta.categories, filters.categories);
  const from = filters.from === null ? null : parsePartialDate(filters.from);
  const to = filters.to === null ? null : parsePartialDate(filters.to);
  const lo = from ? from.start : -Infinity;
  const hi = to ? to.end : Infinity;

  const mask = new Uint8Array(n);
  const actorCounts = new Uint32Array(meta.actors.length);
  const categoryCounts = new Uint32Array(meta.categories.length);
  const { start, end, category, actorOffsets, actorIndices } = columns;
  let shown = 0;
  for (let i = 0; i < n; i++) {
    if (start[i] >= hi || end[i] <= lo) continue;
    if (searchMask !== null && searchMask[i] === 0) continue;
    const a0 = actorOffsets[i];
    const a1 = actorOffsets[i + 1];
    let anyActor = 0;
    for (let j = a0; j < a1; j++) anyActor |= actorOk[actorIndices[j]];
    const cat = category[i];
    const catPass = categoryOk[cat];
    if (anyActor) categoryCounts[cat]++;
    if (catPass) {
      for (let j = a0; j < a1; j++) actorCounts[actorIndices[j]]++;
      if (anyActor) {
        mask[i] = 1;
        shown++;
      }
    }
  }
  return { mask, shown, actorCounts, categoryCounts };
}
