import type { EventColumns } from './eventColumns';
import { parsePartialDateInto } from './partialDate';
import type { Dataset } from './types';

/** Columns and the permutation that produced them. */
export interface BuiltColumns {
  columns: EventColumns;
  /** order[row] = index of that row's event in dataset.events. */
  order: Uint32Array;
}

/** Indices 0..n-1 sorted by key, ties by index (stable). Linear when already sorted, the usual case. */
function sortedOrder(key: Float64Array): Uint32Array {
  const n = key.length;
  const order = new Uint32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && key[i] < key[i - 1]) sorted = false;
  }
  if (!sorted) order.sort((a, b) => key[a] - key[b] || a - b);
  return order;
}

/**
 * Turns a validated dataset's events into typed-array columns sorted by start
 * (ties keep document order). A range event ends at the end of its `end`'s period;
 * any other event covers its date's period (a day, a month, a year, or one minute).
 * Expects a dataset that passed validateDataset: dates parse and ids resolve.
 */
export function buildColumns(dataset: Dataset): BuiltColumns {
  const events = dataset.events;
  const n = events.length;
  const actorIndex = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const categoryIndex = new Map(dataset.categories.map((c, i) => [c.id, i]));

  // Parse every date once, in document order, into scratch columns.
  const scratch = new Float64Array(2);
  const docStart = new Float64Array(n);
  const docEnd = new Float64Array(n);
  const docPrecision = new Uint8Array(n);
  let actorTotal = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    const precision = parsePartialDateInto(e.date, scratch, 0);
    if (precision < 0) throw new Error(`events[${i}].date: "${e.date}" is not a date`);
    docPrecision[i] = precision;
    docStart[i] = scratch[0];
    docEnd[i] = scratch[1];
    if (e.end !== undefined) {
      if (parsePartialDateInto(e.end, scratch, 0) < 0) throw new Error(`events[${i}].end: "${e.end}" is not a date`);
      docEnd[i] = scratch[1];
    }
    actorTotal += e.actors.length;
  }

  const order = sortedOrder(docStart);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const precision = new Uint8Array(n);
  const isRange = new Uint8Array(n);
  const category = new Uint16Array(n);
  const importance = new Uint8Array(n);
  const actorOffsets = new Uint32Array(n + 1);
  const actorIndices = new Uint16Array(actorTotal);
  let k = 0;
  for (let row = 0; row < n; row++) {
    const i = order[row];
    const e = events[i];
    start[row] = docStart[i];
    end[row] = docEnd[i];
    precision[row] = docPrecision[i];
    isRange[row] = e.end === undefined ? 0 : 1;
    category[row] = categoryIndex.get(e.category) ?? 0;
    importance[row] = e.importance ?? 1;
    actorOffsets[row] = k;
    const actors = e.actors;
    for (let j = 0; j < actors.length; j++) actorIndices[k++] = actorIndex.get(actors[j]) ?? 0;
  }
  actorOffsets[n] = k;

  return {
    columns: { count: n, start, end, precision, isRange, category, importance, actorOffsets, actorIndices },
    order,
  };
}
