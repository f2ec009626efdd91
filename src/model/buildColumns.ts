import type { EventColumns } from './eventColumns';
import { parsePartialDateInto } from './partialDate';
import { stableOrderByKey } from './sortOrder';
import type { Dataset } from './types';

/** Columns and the permutation that produced them. */
export interface BuiltColumns {
  columns: EventColumns;
  /** order[row] = index of that row's event in dataset.events. */
  order: Uint32Array;
}

/**
 * Reads the event objects once, in document order (sequential memory access;
 * visiting a million objects in sorted order instead is several times slower),
 * into columns that are still in document order.
 */
function readEvents(dataset: Dataset): EventColumns {
  const events = dataset.events;
  const n = events.length;
  const actorIndex = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const categoryIndex = new Map(dataset.categories.map((c, i) => [c.id, i]));
  const scratch = new Float64Array(2);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const precision = new Uint8Array(n);
  const isRange = new Uint8Array(n);
  const category = new Uint16Array(n);
  const importance = new Uint8Array(n);
  const actorOffsets = new Uint32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) total += events[i].actors.length;
  const actorIndices = new Uint16Array(total);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    const p = parsePartialDateInto(e.date, scratch, 0);
    if (p < 0) throw new Error(`events[${i}].date: "${e.date}" is not a date`);
    precision[i] = p;
    start[i] = scratch[0];
    end[i] = scratch[1];
    if (e.end !== undefined) {
      if (parsePartialDateInto(e.end, scratch, 0) < 0) throw new Error(`events[${i}].end: "${e.end}" is not a date`);
      end[i] = scratch[1];
      isRange[i] = 1;
    }
    category[i] = categoryIndex.get(e.category) ?? 0;
    importance[i] = e.importance ?? 1;
    const actors = e.actors;
    for (let j = 0; j < actors.length; j++) actorIndices[k++] = actorIndex.get(actors[j]) ?? 0;
    actorOffsets[i + 1] = k;
  }
  return { count: n, start, end, precision, isRange, category, importance, actorOffsets, actorIndices };
}

/** The same columns with row r taken from row order[r]. */
function permuteColumns(doc: EventColumns, order: Uint32Array): EventColumns {
  const n = doc.count;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let row = 0; row < n; row++) {
    const i = order[row];
    start[row] = doc.start[i];
    end[row] = doc.end[i];
  }
  const precision = new Uint8Array(n);
  const isRange = new Uint8Array(n);
  const importance = new Uint8Array(n);
  const category = new Uint16Array(n);
  for (let row = 0; row < n; row++) {
    const i = order[row];
    precision[row] = doc.precision[i];
    isRange[row] = doc.isRange[i];
    importance[row] = doc.importance[i];
    category[row] = doc.category[i];
  }
  const actorOffsets = new Uint32Array(n + 1);
  const actorIndices = new Uint16Array(doc.actorIndices.length);
  const docOffsets = doc.actorOffsets;
  const docActors = doc.actorIndices;
  let w = 0;
  for (let row = 0; row < n; row++) {
    const i = order[row];
    actorOffsets[row] = w;
    for (let j = docOffsets[i]; j < docOffsets[i + 1]; j++) actorIndices[w++] = docActors[j];
  }
  actorOffsets[n] = w;
  return { count: n, start, end, precision, isRange, category, importance, actorOffsets, actorIndices };
}

/**
 * Turns a validated dataset's events into typed-array columns sorted by start
 * (ties keep document order). A range event ends at the end of its `end`'s period;
 * any other event covers its date's period (a day, a month, a year, or one minute).
 * Expects a dataset that passed validateDataset: dates parse and ids resolve.
 */
export function buildColumns(dataset: Dataset): BuiltColumns {
  const doc = readEvents(dataset);
  const order = stableOrderByKey(doc.start);
  // Already in order (the usual case for a hand-written file): the columns are final.
  let identity = true;
  for (let row = 0; row < order.length && identity; row++) identity = order[row] === row;
  return { columns: identity ? doc : permuteColumns(doc, order), order };
}
