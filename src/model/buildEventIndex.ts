import type { EventColumns } from './eventColumns';
import type { EventIndex } from './eventIndex';
import { CLASS_COUNT, classify, eventIndexFromParts, type EventIndexParts } from './eventIndexFromParts';
import { sortRowsByKey } from './sortRowsByKey';

// The index's query side lives in eventIndexFromParts.ts, so the page that only wraps a
// worker-built index does not carry the builders (and their sort) in its bundle.
export { eventIndexFromParts, type ClassedRows, type EventIndexParts } from './eventIndexFromParts';

const MINUTE = 60_000;

function durationClass(ms: number): number {
  if (ms <= MINUTE) return 0;
  return Math.min(CLASS_COUNT - 1, Math.ceil(Math.log2(ms / MINUTE)));
}

/** A row's end as windows count it: a zero-length event still occupies its instant. */
export function countedEnd(start: Float64Array, end: Float64Array, row: number): number {
  return Math.max(end[row], start[row] + 1);
}

/** Builds the index's arrays; `classifyLanes` does every lane now instead of on first query. */
export function buildEventIndexParts(columns: EventColumns, laneCount: number, classifyLanes = false): EventIndexParts {
  const { count, start, end, actorOffsets, actorIndices } = columns;
  const rowClass = new Uint8Array(count);
  for (let row = 0; row < count; row++) rowClass[row] = durationClass(end[row] - start[row]);

  // Per-lane rows by counting sort over the actor column; rows go in ascending, so each lane stays in start order.
  const laneStart = new Uint32Array(laneCount + 1);
  for (let j = 0; j < actorIndices.length; j++) laneStart[actorIndices[j] + 1]++;
  for (let l = 0; l < laneCount; l++) laneStart[l + 1] += laneStart[l];
  const fill = laneStart.slice(0, laneCount);
  const laneRowsFlat = new Uint32Array(laneStart[laneCount]);
  for (let row = 0; row < count; row++) {
    for (let j = actorOffsets[row]; j < actorOffsets[row + 1]; j++) laneRowsFlat[fill[actorIndices[j]]++] = row;
  }

  const laneRowsByEndFlat = new Uint32Array(laneRowsFlat.length);
  const laneStartsFlat = new Float64Array(laneRowsFlat.length);
  const laneEndsFlat = new Float64Array(laneRowsFlat.length);
  for (let k = 0; k < laneRowsFlat.length; k++) laneStartsFlat[k] = start[laneRowsFlat[k]];
  for (let l = 0; l < laneCount; l++) {
    const rows = laneRowsFlat.subarray(laneStart[l], laneStart[l + 1]);
    const ends = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) ends[i] = countedEnd(start, end, rows[i]);
    const byEnd = sortRowsByKey(rows, ends);
    laneRowsByEndFlat.set(byEnd, laneStart[l]);
    for (let i = 0; i < byEnd.length; i++) laneEndsFlat[laneStart[l] + i] = countedEnd(start, end, byEnd[i]);
  }

  // Each lane's key (importance-3) rows, in lane order: what a lane shown whole draws over its density.
  const { importance } = columns;
  const laneKeyStart = new Uint32Array(laneCount + 1);
  for (let l = 0; l < laneCount; l++) {
    let keys = 0;
    for (let k = laneStart[l]; k < laneStart[l + 1]; k++) if (importance[laneRowsFlat[k]] === 3) keys++;
    laneKeyStart[l + 1] = laneKeyStart[l] + keys;
  }
  const laneKeyRowsFlat = new Uint32Array(laneKeyStart[laneCount]);
  for (let k = 0, j = 0; k < laneRowsFlat.length; k++) if (importance[laneRowsFlat[k]] === 3) laneKeyRowsFlat[j++] = laneRowsFlat[k];

  const allRows = new Uint32Array(count);
  for (let row = 0; row < count; row++) allRows[row] = row;
  const all = classify(allRows, rowClass, start, end);
  const parts: EventIndexParts = { laneCount, rowClass, laneStart, laneRowsFlat, laneRowsByEndFlat, laneStartsFlat, laneEndsFlat, laneKeyStart, laneKeyRowsFlat, all };
  if (classifyLanes) {
    parts.classedLanes = [];
    for (let l = 0; l < laneCount; l++) {
      parts.classedLanes.push(classify(laneRowsFlat.subarray(laneStart[l], laneStart[l + 1]), rowClass, start, end));
    }
  }
  return parts;
}

/**
 * Builds the time index over columns (rows sorted by start) with one lane per
 * actor index 0..laneCount-1. Window queries cost O(classes · log n + k).
 */
export function buildEventIndex(columns: EventColumns, laneCount: number): EventIndex {
  return eventIndexFromParts(columns, buildEventIndexParts(columns, laneCount));
}
