import { bisectLeft, bisectRight } from 'd3-array';
import type { ColumnStats } from './columnStats';
import type { EventColumns } from './eventColumns';
import { countsOfKeys, filterKeysOf, maskOfKeys, passingKeys, tallyAndMaskKeys, type FilterKeys } from './filterKeys';
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

/** Per-dataset tallies that do not depend on the filters, worked out once per columns. */
interface ColumnTotals {
  /** Rows per actor and per category: the counts when nothing is filtered. */
  actorTotals: Uint32Array;
  categoryTotals: Uint32Array;
  /**
   * Bit a set for each actor a of the row (at most BITMASK_ACTORS actors), built on
   * the first filtered scan: the unfiltered first render does not wait for it.
   */
  actorBits: Uint32Array | null;
}

/** Up to this many actors, each row's actors are one bitmask and rows are tallied per actor combination. */
const BITMASK_ACTORS = 12;
const totalsCache = new WeakMap<EventColumns, ColumnTotals>();

function totalsOf(columns: EventColumns, actorCount: number, categoryCount: number, known?: ColumnStats): ColumnTotals {
  // Columns belong to one dataset, so they fix the actor and category counts too.
  const cached = totalsCache.get(columns);
  if (cached) return cached;
  if (known) {
    const totals = { actorTotals: known.actorTotals, categoryTotals: known.categoryTotals, actorBits: null };
    totalsCache.set(columns, totals);
    return totals;
  }
  const { count, category, actorIndices } = columns;
  const actorTotals = new Uint32Array(actorCount);
  const categoryTotals = new Uint32Array(categoryCount);
  for (let j = 0; j < actorIndices.length; j++) actorTotals[actorIndices[j]]++;
  for (let i = 0; i < count; i++) categoryTotals[category[i]]++;
  const totals = { actorTotals, categoryTotals, actorBits: null };
  totalsCache.set(columns, totals);
  return totals;
}

function actorBitsOf(columns: EventColumns, totals: ColumnTotals): Uint32Array {
  if (totals.actorBits) return totals.actorBits;
  const { count, actorOffsets, actorIndices } = columns;
  const actorBits = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let bits = 0;
    for (let j = actorOffsets[i]; j < actorOffsets[i + 1]; j++) bits |= 1 << actorIndices[j];
    actorBits[i] = bits;
  }
  return (totals.actorBits = actorBits);
}

/** Masks made by the unfiltered path: known to show every row without reading them. */
const fullMasks = new WeakSet<Uint8Array>();

/** True when `mask` came from computeVisibility with nothing filtered (every row 1; treat as read only). */
export function showsEveryRow(mask: Uint8Array): boolean {
  return fullMasks.has(mask);
}

/** For an undated mask the actor filter narrowed: the mask of its other filters (see laneMaskOf). */
const laneMasks = new WeakMap<Uint8Array, Uint8Array>();
/** The last mask of the category and search filters alone, per columns, with what it was made of. */
const otherFilterMasks = new WeakMap<EventColumns, { categories: string | null; searchMask: Uint8Array | null; mask: Uint8Array }>();

/**
 * The mask that gives the same rows as `mask` inside the lane of any actor the actor
 * filter shows: `mask` itself, or for an undated mask the actor filter narrowed, the
 * mask of its other filters (categories, search) alone. A row of a shown actor's lane
 * passes the actor filter (any of its actors shown lets it through), so in that lane
 * the two masks agree; and the other filters' mask stays the same object while only
 * actors are toggled, so a lane's time arrays (src/timeline/laneTimes.ts), built from
 * it, are built once, not on every toggle (nothing but actors filtered: the lanes are
 * the index's own arrays). Not for the lane of an actor the filter hides.
 */
export function laneMaskOf(mask: Uint8Array): Uint8Array {
  return laneMasks.get(mask) ?? mask;
}

/** Rows passing the category and search filters, memoised on them (the last one per columns). */
function otherFiltersMask(columns: EventColumns, categoryOk: Uint8Array, categories: readonly string[] | null, searchMask: Uint8Array | null): Uint8Array {
  const key = categories === null ? null : categories.join('\u0000');
  const last = otherFilterMasks.get(columns);
  if (last && last.categories === key && last.searchMask === searchMask) return last.mask;
  const n = columns.count;
  const mask = new Uint8Array(n);
  if (key === null && searchMask === null) {
    mask.fill(1);
    fullMasks.add(mask);
  } else {
    const { category } = columns;
    if (searchMask === null) for (let i = 0; i < n; i++) mask[i] = categoryOk[category[i]];
    else for (let i = 0; i < n; i++) mask[i] = categoryOk[category[i]] & searchMask[i];
  }
  otherFilterMasks.set(columns, { categories: key, searchMask, mask });
  return mask;
}

/**
 * Applies the filters to every row in one pass over the typed columns, with no
 * per-row allocation: a million rows take a few milliseconds.
 *
 * An event is in the date range when its [start, end) intersects
 * [from's period start, to's period end). An event with several actors passes the
 * actor filter when any of its actors is shown. `stats`, when known (the dataset's),
 * spares the first call its tally of the totals.
 */
export function computeVisibility(
  columns: EventColumns,
  meta: DatasetMeta,
  filters: FilterSpec,
  searchMask: Uint8Array | null,
  stats?: ColumnStats,
): VisibilityResult {
  const n = columns.count;
  const totals = totalsOf(columns, meta.actors.length, meta.categories.length, stats);
  const { actors, categories, from: fromText, to: toText } = filters;
  if (actors === null && categories === null && fromText === null && toText === null && searchMask === null) {
    // Nothing filtered: every row shows and the counts are the totals.
    const mask = new Uint8Array(n).fill(1);
    fullMasks.add(mask);
    return { mask, shown: n, actorCounts: totals.actorTotals.slice(), categoryCounts: totals.categoryTotals.slice() };
  }
  const actorOk = allowedTable(meta.actors, actors);
  const categoryOk = allowedTable(meta.categories, categories);
  const from = fromText === null ? null : parsePartialDate(fromText);
  const to = toText === null ? null : parsePartialDate(toText);
  const lo = from ? from.start : -Infinity;
  const hi = to ? to.end : Infinity;
  const keys = filterKeysOf(columns, meta.actors.length, meta.categories.length);
  const result = keys
    ? byKeys(columns, keys, actorOk, categoryOk, lo, hi, searchMask)
    : scan(columns, meta.actors.length <= BITMASK_ACTORS ? actorBitsOf(columns, totals) : null, actorOk, categoryOk, lo, hi, searchMask, meta.categories.length).dated;
  if (actors !== null && from === null && to === null) laneMasks.set(result.mask, otherFiltersMask(columns, categoryOk, categories, searchMask));
  return result;
}

/** The last few rows-per-key tallies per columns, with the search and dates they count: the undated and the settled span's. */
const tallies = new WeakMap<EventColumns, { searchMask: Uint8Array | null; lo: number; hi: number; perKey: Uint32Array }[]>();
const KEPT_TALLIES = 4;

/**
 * computeVisibility by key (src/model/filterKeys.ts): the rows per key are kept for the
 * search and dates they count, so a toggle of actors or categories writes the mask and
 * counts from the table; a new search or span counts them once, in a pass without branches.
 */
function byKeys(columns: EventColumns, keys: FilterKeys, actorOk: Uint8Array, categoryOk: Uint8Array, lo: number, hi: number, searchMask: Uint8Array | null): VisibilityResult {
  const [first, last] = rowsMeeting(columns, lo, hi);
  let kept = tallies.get(columns);
  if (!kept) tallies.set(columns, (kept = []));
  const pass = passingKeys(keys, actorOk, categoryOk);
  const tally = kept.find((t) => t.searchMask === searchMask && t.lo === lo && t.hi === hi);
  if (tally) return { mask: maskOfKeys(columns, keys, pass, searchMask, lo, hi, first, last), ...countsOfKeys(keys, tally.perKey, actorOk, categoryOk) };
  const { perKey, mask } = tallyAndMaskKeys(columns, keys, pass, searchMask, lo, hi, first, last);
  kept.unshift({ searchMask, lo, hi, perKey });
  kept.length = Math.min(kept.length, KEPT_TALLIES);
  return { mask, ...countsOfKeys(keys, perKey, actorOk, categoryOk) };
}

/**
 * computeVisibility twice in one pass over the rows: `undated` for the filters at any
 * date (from/to ignored) and `dated` for the filters with their from/to. A filter change
 * needs both (the timeline draws the first, the counts and the status say the second),
 * and at 10^6 rows the pass is bound by reading the columns, not by the counting.
 */
export function computeVisibilityPair(
  columns: EventColumns,
  meta: DatasetMeta,
  filters: FilterSpec,
  searchMask: Uint8Array | null,
  stats?: ColumnStats,
): { undated: VisibilityResult; dated: VisibilityResult } {
  const undatedSpec = { ...filters, from: null, to: null };
  const narrowed = filters.actors !== null || filters.categories !== null || searchMask !== null;
  // Nothing but dates filtered: the undated result reads no row, so there is nothing to share.
  if (!narrowed) {
    return { undated: computeVisibility(columns, meta, undatedSpec, searchMask, stats), dated: computeVisibility(columns, meta, filters, searchMask, stats) };
  }
  // By key, each result is a light pass of its own (the undated over every row, the dated over its span's).
  if (filterKeysOf(columns, meta.actors.length, meta.categories.length)) {
    return { undated: computeVisibility(columns, meta, undatedSpec, searchMask, stats), dated: computeVisibility(columns, meta, filters, searchMask, stats) };
  }
  const totals = totalsOf(columns, meta.actors.length, meta.categories.length, stats);
  const actorOk = allowedTable(meta.actors, filters.actors);
  const categoryOk = allowedTable(meta.categories, filters.categories);
  const from = filters.from === null ? null : parsePartialDate(filters.from);
  const to = filters.to === null ? null : parsePartialDate(filters.to);
  const bits = meta.actors.length <= BITMASK_ACTORS ? actorBitsOf(columns, totals) : null;
  const { undated, dated } = scan(columns, bits, actorOk, categoryOk, from ? from.start : -Infinity, to ? to.end : Infinity, searchMask, meta.categories.length, true);
  if (filters.actors !== null) laneMasks.set(undated!.mask, otherFiltersMask(columns, categoryOk, filters.categories, searchMask));
  return { undated: undated!, dated };
}

/** Counts of one pass, before the per-combination tallies are spread over the actors. */
interface Tally {
  mask: Uint8Array;
  shown: number;
  actorCounts: Uint32Array;
  categoryCounts: Uint32Array;
  perCombination: Uint32Array;
}

const newTally = (n: number, actorCount: number, categoryCount: number, combinations: number): Tally => ({
  mask: new Uint8Array(n),
  shown: 0,
  actorCounts: new Uint32Array(actorCount),
  categoryCounts: new Uint32Array(categoryCount),
  perCombination: new Uint32Array(combinations),
});

/** The tally as a result: each actor combination's count added to each of its actors. */
function resultOf({ mask, shown, actorCounts, categoryCounts, perCombination }: Tally): VisibilityResult {
  const actorCount = actorCounts.length;
  for (let combination = 1; combination < perCombination.length; combination++) {
    const c = perCombination[combination];
    if (c) for (let a = 0; a < actorCount; a++) if (combination & (1 << a)) actorCounts[a] += c;
  }
  return { mask, shown, actorCounts, categoryCounts };
}

/** Per columns: the latest end among rows 0..i, non-decreasing, so bisectable. */
const runningEnds = new WeakMap<EventColumns, Float64Array>();

/**
 * The rows that can meet [lo, hi), as an index range of the start-sorted columns: none
 * before the first row whose running latest end passes lo (every earlier row ends by lo),
 * none from the first row starting at hi. A settled zoom at 10^6 rows then reads the
 * rows of its window, not the million (the settle of a gesture re-filters by date).
 */
function rowsMeeting(columns: EventColumns, lo: number, hi: number): [number, number] {
  const { start, end, count } = columns;
  let ends = runningEnds.get(columns);
  if (!ends) {
    ends = new Float64Array(count);
    let latest = -Infinity;
    for (let i = 0; i < count; i++) ends[i] = latest = Math.max(latest, end[i]);
    runningEnds.set(columns, ends);
  }
  const from = lo === -Infinity ? 0 : bisectRight(ends, lo);
  const to = hi === Infinity ? count : bisectLeft(start, hi);
  return [from, Math.max(from, to)];
}

/**
 * The pass over the rows: the result for the rows in [lo, hi), and with `undated` also the
 * result at any date from the same reads (computeVisibilityPair). With `actorBits` (few
 * actors) the actor test is one AND and actor counts are tallied per actor combination,
 * spread over the actors at the end; otherwise each row's actor list is read.
 */
function scan(
  columns: EventColumns,
  actorBits: Uint32Array | null,
  actorOk: Uint8Array,
  categoryOk: Uint8Array,
  lo: number,
  hi: number,
  searchMask: Uint8Array | null,
  categoryCount: number,
  undated = false,
): { dated: VisibilityResult; undated: VisibilityResult | null } {
  const n = columns.count;
  const actorCount = actorOk.length;
  let allowed = 0;
  for (let a = 0; a < actorCount; a++) if (actorOk[a]) allowed |= 1 << a;
  const combinations = actorBits ? 1 << actorCount : 0;
  const d = newTally(n, actorCount, categoryCount, combinations);
  const u = undated ? newTally(n, actorCount, categoryCount, combinations) : null;
  // Locals, not the tallies' properties, in the loop over 10^6 rows; without `undated` the
  // undated arrays are the dated ones and are never written (every write tests `both`).
  const both = u !== null;
  const [dMask, dActors, dCategories, dCombinations] = [d.mask, d.actorCounts, d.categoryCounts, d.perCombination];
  const [uMask, uActors, uCategories, uCombinations] = u ? [u.mask, u.actorCounts, u.categoryCounts, u.perCombination] : [dMask, dActors, dCategories, dCombinations];
  let dShown = 0;
  let uShown = 0;
  const { start, end, category, actorOffsets, actorIndices } = columns;
  // Without the undated result, the rows outside the range are never read.
  const [first, last] = both ? [0, n] : rowsMeeting(columns, lo, hi);
  for (let i = first; i < last; i++) {
    const inRange = !(start[i] >= hi || end[i] <= lo);
    if (!inRange && !both) continue;
    if (searchMask !== null && searchMask[i] === 0) continue;
    let anyActor = 0;
    if (actorBits) anyActor = actorBits[i] & allowed;
    else for (let j = actorOffsets[i]; j < actorOffsets[i + 1]; j++) anyActor |= actorOk[actorIndices[j]];
    const cat = category[i];
    if (anyActor) {
      if (both) uCategories[cat]++;
      if (inRange) dCategories[cat]++;
    }
    if (categoryOk[cat] !== 1) continue;
    if (actorBits) {
      if (both) uCombinations[actorBits[i]]++;
      if (inRange) dCombinations[actorBits[i]]++;
    } else {
      for (let j = actorOffsets[i]; j < actorOffsets[i + 1]; j++) {
        if (both) uActors[actorIndices[j]]++;
        if (inRange) dActors[actorIndices[j]]++;
      }
    }
    if (anyActor) {
      if (both) {
        uMask[i] = 1;
        uShown++;
      }
      if (inRange) {
        dMask[i] = 1;
        dShown++;
      }
    }
  }
  d.shown = dShown;
  if (u) u.shown = uShown;
  return { dated: resultOf(d), undated: u && resultOf(u) };
}
