import type { EventColumns } from './eventColumns';

/**
 * The filters by table: each row's actor combination and category make one key,
 * `combination * categoryCount + category`, where combinations are numbered as they
 * first occur (a million rows hold a few hundred of them). Which keys an actor and
 * category filter lets through is a table of at most 2^16 entries, so a row passes by
 * one lookup, and the counts the checkboxes show come from how many rows each key has
 * (among those the search and the dates leave), not from reading the rows again. Those
 * per-key counts do not depend on the actor or category filter, so an actor toggle
 * reuses them and only writes the masks.
 */
export interface FilterKeys {
  /** Each row's key. */
  keys: Uint16Array;
  /** Per combination: bit a set for each of its actors a. */
  combinations: Uint32Array;
  categoryCount: number;
}

/** Keys in all at most this many (a Uint16 per row); actors at most 32 (a bit each). */
const MAX_KEYS = 1 << 16;
const MAX_ACTORS = 32;
/** Up to this many actors, combinations are numbered through a table indexed by actor bits. */
const TABLE_ACTORS = 16;

const keysCache = new WeakMap<EventColumns, FilterKeys | null>();

/** Each row's key, built once per columns; null when the actors or keys do not fit (the filters then scan the rows). */
export function filterKeysOf(columns: EventColumns, actorCount: number, categoryCount: number): FilterKeys | null {
  const cached = keysCache.get(columns);
  if (cached !== undefined) return cached;
  const built = actorCount <= MAX_ACTORS && categoryCount > 0 ? buildKeys(columns, actorCount, categoryCount) : null;
  keysCache.set(columns, built);
  return built;
}

function buildKeys(columns: EventColumns, actorCount: number, categoryCount: number): FilterKeys | null {
  const { count, category, actorOffsets, actorIndices } = columns;
  const maxCombinations = Math.floor(MAX_KEYS / categoryCount);
  const keys = new Uint16Array(count);
  const combinations: number[] = [];
  const table = actorCount <= TABLE_ACTORS ? new Int32Array(1 << actorCount).fill(-1) : null;
  const map = table ? null : new Map<number, number>();
  for (let i = 0; i < count; i++) {
    let bits = 0;
    for (let j = actorOffsets[i]; j < actorOffsets[i + 1]; j++) bits |= 1 << actorIndices[j];
    let id = table ? table[bits >>> 0] : (map!.get(bits) ?? -1);
    if (id === -1) {
      id = combinations.length;
      if (id >= maxCombinations) return null;
      combinations.push(bits >>> 0);
      if (table) table[bits >>> 0] = id;
      else map!.set(bits, id);
    }
    keys[i] = id * categoryCount + category[i];
  }
  return { keys, combinations: Uint32Array.from(combinations), categoryCount };
}

/** Bit a set for each actor a the filter shows. */
function allowedBits(actorOk: Uint8Array): number {
  let allowed = 0;
  for (let a = 0; a < actorOk.length; a++) if (actorOk[a]) allowed |= 1 << a;
  return allowed;
}

/** The keys an actor and category filter lets through: 1 = some actor of the combination shown, and the category shown. */
export function passingKeys({ combinations, categoryCount }: FilterKeys, actorOk: Uint8Array, categoryOk: Uint8Array): Uint8Array {
  const allowed = allowedBits(actorOk);
  const pass = new Uint8Array(combinations.length * categoryCount);
  for (let c = 0; c < combinations.length; c++) if ((combinations[c] & allowed) !== 0) pass.set(categoryOk, c * categoryCount);
  return pass;
}

/** What the checkboxes and the status show, from the rows per key. */
export function countsOfKeys(
  { combinations, categoryCount }: FilterKeys,
  perKey: Uint32Array,
  actorOk: Uint8Array,
  categoryOk: Uint8Array,
): { shown: number; actorCounts: Uint32Array; categoryCounts: Uint32Array } {
  const allowed = allowedBits(actorOk);
  const actorCounts = new Uint32Array(actorOk.length);
  const categoryCounts = new Uint32Array(categoryCount);
  let shown = 0;
  for (let c = 0; c < combinations.length; c++) {
    const bits = combinations[c];
    const anyActor = (bits & allowed) !== 0;
    let inShownCategories = 0;
    for (let cat = 0; cat < categoryCount; cat++) {
      const rows = perKey[c * categoryCount + cat];
      if (rows === 0) continue;
      // A category's count ignores the category filter; an actor's ignores the actor filter.
      if (anyActor) categoryCounts[cat] += rows;
      if (categoryOk[cat] === 1) inShownCategories += rows;
    }
    if (inShownCategories === 0) continue;
    for (let b = bits; b !== 0; b &= b - 1) actorCounts[31 - Math.clz32(b & -b)] += inShownCategories;
    if (anyActor) shown += inShownCategories;
  }
  return { shown, actorCounts, categoryCounts };
}

/** The mask of rows [first, last) whose key passes, that the search leaves and that meet [lo, hi); 0 elsewhere. */
export function maskOfKeys(columns: EventColumns, { keys }: FilterKeys, pass: Uint8Array, searchMask: Uint8Array | null, lo: number, hi: number, first: number, last: number): Uint8Array {
  const mask = new Uint8Array(columns.count);
  const { start, end } = columns;
  const dated = lo !== -Infinity || hi !== Infinity;
  if (searchMask === null && !dated) for (let i = first; i < last; i++) mask[i] = pass[keys[i]];
  else if (!dated) for (let i = first; i < last; i++) mask[i] = pass[keys[i]] & searchMask![i];
  else if (searchMask === null) for (let i = first; i < last; i++) mask[i] = start[i] >= hi || end[i] <= lo ? 0 : pass[keys[i]];
  else for (let i = first; i < last; i++) mask[i] = start[i] >= hi || end[i] <= lo ? 0 : pass[keys[i]] & searchMask[i];
  return mask;
}

/**
 * How many rows of each key the search leaves among the rows [first, last) that meet
 * [lo, hi), and the mask of those whose key passes (maskOfKeys), in one pass: a new
 * search or span, nothing counted for it yet. No branch on a row's search or dates: a
 * search leaves rows in no predictable pattern.
 */
export function tallyAndMaskKeys(
  columns: EventColumns,
  { keys, combinations, categoryCount }: FilterKeys,
  pass: Uint8Array,
  searchMask: Uint8Array | null,
  lo: number,
  hi: number,
  first: number,
  last: number,
): { perKey: Uint32Array; mask: Uint8Array } {
  const perKey = new Uint32Array(combinations.length * categoryCount);
  const mask = new Uint8Array(columns.count);
  const { start, end } = columns;
  const dated = lo !== -Infinity || hi !== Infinity;
  if (searchMask === null && !dated) {
    for (let i = first; i < last; i++) {
      const k = keys[i];
      perKey[k]++;
      mask[i] = pass[k];
    }
  } else if (!dated) {
    for (let i = first; i < last; i++) {
      const k = keys[i];
      const counted = searchMask![i];
      perKey[k] += counted;
      mask[i] = pass[k] & counted;
    }
  } else {
    for (let i = first; i < last; i++) {
      const k = keys[i];
      const counted = start[i] >= hi || end[i] <= lo ? 0 : searchMask === null ? 1 : searchMask[i];
      perKey[k] += counted;
      mask[i] = pass[k] & counted;
    }
  }
  return { perKey, mask };
}
