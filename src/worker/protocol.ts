import type { FormatId, RejectedRow } from '../io/formats/importFormat';
import type { DatasetSource } from '../io/loadErrors';
import type { StepProgress } from '../io/loadProgress';
import type { ParseChoice, ParsedDocument, SniffResult } from '../io/loadSequence';
import type { ClassedRows } from '../model/buildEventIndex';
import type { KeyedText, Problem, TimelineEvent } from '../model/types';

/** A step of the worker's load, for the progress bar. */
export type WorkerProgress = StepProgress;

export type { ParsedDocument };

/** Why the worker could not produce a dataset, in the terms loadDataset reports. */
export type WorkerFailure =
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'network'; message: string }
  | { kind: 'invalid'; title?: KeyedText; problems: Problem[] }
  | { kind: 'internal'; message: string };

/** When a phase of the worker's load began, in epoch ms (timeOrigin + now), for performance measures. */
export interface PhaseTiming {
  phase: WorkerProgress['phase'] | 'send';
  at: number;
}

/** The file the worker read for the last sniff, named instead of sent again. */
export type StagedSource = { staged: true };

/** Main thread -> worker. */
export type WorkerRequest =
  /** Reads the source (or the staged file), parses it as `format` (else detected) and keeps the dataset. */
  | ({ type: 'load' } & (DatasetSource | StagedSource) & ParseChoice)
  /** Reads the source (or looks again at the staged file) and says what format it is, with a preview for mapping. */
  | ({ type: 'sniff' } & (DatasetSource | StagedSource) & { format?: FormatId })
  | { type: 'getEvent'; id: number; row: number }
  | { type: 'search'; id: number; query: string };

/** Worker -> main thread. */
export type WorkerResponse =
  | { type: 'progress'; progress: WorkerProgress }
  | {
      type: 'loaded';
      document: ParsedDocument;
      phases: PhaseTiming[];
      /** The format that read the file, and the rows it left out (never any for v1 JSON, which is all or nothing). */
      format: FormatId;
      rejected: RejectedRow[];
      notes: KeyedText[];
      /** A Web Lock the worker holds while it lives: its release tells the page the worker has gone. */
      lock?: string;
    }
  | { type: 'sniffed'; sniff: SniffResult }
  | { type: 'failed'; failure: WorkerFailure }
  | { type: 'event'; id: number; event: TimelineEvent | null }
  /** `error`: the search could not run (its code could not be fetched). */
  | { type: 'search'; id: number; mask: Uint8Array | null; error?: string };

/** The buffers of a ParsedDocument, to move rather than copy. */
export function documentTransferList(doc: ParsedDocument): ArrayBuffer[] {
  const c = doc.columns;
  const views = [c.start, c.end, c.precision, c.isRange, c.category, c.importance, c.actorOffsets, c.actorIndices];
  const { index } = doc;
  const classed = (c: ClassedRows) => [c.rows, c.offsets, c.maxDuration, c.active];
  const indexViews = [index.rowClass, index.laneStart, index.laneRowsFlat, index.laneRowsByEndFlat, index.laneStartsFlat, index.laneEndsFlat, index.laneKeyStart, index.laneKeyRowsFlat, ...classed(index.all), ...(index.classedLanes ?? []).flatMap(classed)];
  const buffers = new Set<ArrayBuffer>();
  for (const v of [...views, ...indexViews, doc.stats.actorTotals, doc.stats.categoryTotals, doc.ids.bytes, doc.ids.offsets, doc.titles.bytes, doc.titles.offsets, doc.idTable, doc.order]) {
    buffers.add(v.buffer as ArrayBuffer);
  }
  return [...buffers];
}
