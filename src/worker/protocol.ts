import type { ClassedRows, EventIndexParts } from '../model/buildEventIndex';
import type { ColumnStats } from '../model/columnStats';
import type { EventColumns } from '../model/eventColumns';
import type { DatasetMeta } from '../model/loadedDataset';
import type { Problem, TimelineEvent } from '../model/types';
import type { PackedStrings } from './packedText';

/** A step of the worker's load, for the progress bar. */
export interface WorkerProgress {
  phase: 'fetch' | 'parse' | 'validate' | 'columns' | 'index';
  /** 0..1 when known. */
  fraction: number | null;
  /** Events parsed so far (0 while fetching). */
  events: number;
}

/** Everything the main thread needs to draw a dataset: flat arrays and small metadata. */
export interface ParsedDocument {
  meta: DatasetMeta;
  columns: EventColumns;
  /**
   * Event ids in document order (packing in the order JSON.parse allocated the
   * strings reads memory sequentially: several times faster than row order at 10^6);
   * shares its byte buffer with `titles`. Row r's strings are number order[r].
   */
  ids: PackedStrings;
  titles: PackedStrings;
  /** order[row] = the row's index in the document. */
  order: Uint32Array;
  /** Hash table from id to row (see buildHashTable). */
  idTable: Int32Array;
  /** The time index, built here so the main thread only wraps it. */
  index: EventIndexParts;
  /** Span and totals, tallied here so the main thread's first render need not. */
  stats: ColumnStats;
}

/** Why the worker could not produce a dataset, in the terms loadDataset reports. */
export type WorkerFailure =
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'network'; message: string }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'internal'; message: string };

/** When a phase of the worker's load began, in epoch ms (timeOrigin + now), for performance measures. */
export interface PhaseTiming {
  phase: WorkerProgress['phase'] | 'send';
  at: number;
}

/** Main thread -> worker. */
export type WorkerRequest =
  | { type: 'load'; url: string }
  | { type: 'load'; file: Blob; name: string }
  | { type: 'getEvent'; id: number; row: number }
  | { type: 'search'; id: number; query: string };

/** Worker -> main thread. */
export type WorkerResponse =
  | { type: 'progress'; progress: WorkerProgress }
  | { type: 'loaded'; document: ParsedDocument; phases: PhaseTiming[] }
  | { type: 'failed'; failure: WorkerFailure }
  | { type: 'event'; id: number; event: TimelineEvent | null }
  | { type: 'search'; id: number; mask: Uint8Array | null };

/** The buffers of a ParsedDocument, to move rather than copy. */
export function documentTransferList(doc: ParsedDocument): ArrayBuffer[] {
  const c = doc.columns;
  const views = [c.start, c.end, c.precision, c.isRange, c.category, c.importance, c.actorOffsets, c.actorIndices];
  const { index } = doc;
  const classed = (c: ClassedRows) => [c.rows, c.offsets, c.maxDuration, c.active];
  const indexViews = [index.rowClass, index.laneStart, index.laneRowsFlat, index.laneRowsByEndFlat, index.laneStartsFlat, index.laneEndsFlat, ...classed(index.all), ...(index.classedLanes ?? []).flatMap(classed)];
  const buffers = new Set<ArrayBuffer>();
  for (const v of [...views, ...indexViews, doc.stats.actorTotals, doc.stats.categoryTotals, doc.ids.bytes, doc.ids.offsets, doc.titles.bytes, doc.titles.offsets, doc.idTable, doc.order]) {
    buffers.add(v.buffer as ArrayBuffer);
  }
  return [...buffers];
}
