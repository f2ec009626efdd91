import { buildColumns } from '../model/buildColumns';
import { buildEventIndexParts } from '../model/buildEventIndex';
import { columnStats } from '../model/columnStats';
import type { DatasetMeta } from '../model/loadedDataset';
import { parseDatasetText } from '../model/parseDatasetText';
import { validateDataset, type ValidationResult } from '../model/validate';
import type { Dataset, Problem } from '../model/types';
import { buildHashTable, invertOrder, packStringLists } from './packedText';
import type { ParsedDocument, WorkerProgress } from './protocol';

/** A parsed document, plus what the worker keeps to answer later questions. */
export interface ParseSuccess {
  ok: true;
  /** What goes to the main thread (transferable arrays and small metadata). */
  document: ParsedDocument;
  /** Stays in the worker: the full events, for getEvent and search. */
  dataset: Dataset;
  /** order[row] = index of the row's event in dataset.events. */
  order: Uint32Array;
}

export type ParseResult = ParseSuccess | { ok: false; problems: Problem[] };

/** The dataset without its events: small, cheap to structured-clone. */
export function datasetMeta(dataset: Dataset): DatasetMeta {
  const { title, description, actors, categories, sources, series } = dataset;
  return description === undefined
    ? { title, actors, categories, sources, series }
    : { title, description, actors, categories, sources, series };
}

/**
 * parseDatasetText, with a progress report between JSON.parse and validation (when
 * the event count is first known). Anything JSON.parse rejects goes through
 * parseDatasetText itself, so syntax errors, empty files and a byte-order mark are
 * reported exactly as on the main thread.
 */
function parseAndValidate(text: string, location: string, onProgress: (p: WorkerProgress) => void): ValidationResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return parseDatasetText(text, location);
  }
  const events = (doc as { events?: unknown } | null)?.events;
  onProgress({ phase: 'validate', fraction: null, events: Array.isArray(events) ? events.length : 0 });
  return validateDataset(doc, {
    onProgress: (checked, total) => onProgress({ phase: 'validate', fraction: total ? checked / total : null, events: total }),
  });
}

/**
 * The worker's job as a pure function: text -> validated dataset -> columns and
 * packed text. Validation is the model's own (parseDatasetText), so a document
 * gets exactly the same problems, paths and events here as on the main thread.
 */
export function parseDocument(text: string, location: string, onProgress: (p: WorkerProgress) => void): ParseResult {
  onProgress({ phase: 'parse', fraction: null, events: 0 });
  const parsed = parseAndValidate(text, location, onProgress);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const dataset = parsed.dataset;
  const n = dataset.events.length;

  onProgress({ phase: 'columns', fraction: null, events: n });
  // The dates validation parsed: a million dates are not parsed twice.
  const { columns, order } = buildColumns(dataset, parsed.dates);
  // Packed in document order: the strings sit in memory in the order JSON.parse
  // made them, so this reads sequentially; rows find theirs through `order`.
  const events = dataset.events;
  const [ids, titles] = packStringLists([
    { count: n, get: (i) => events[i].id },
    { count: n, get: (i) => events[i].title },
  ]);

  onProgress({ phase: 'index', fraction: null, events: n });
  const idTable = buildHashTable(ids, invertOrder(order));
  const index = buildEventIndexParts(columns, dataset.actors.length, true);
  const stats = columnStats(columns, dataset.actors.length, dataset.categories.length);
  // The worker keeps its own copy of `order`: the document's is transferred away.
  const document: ParsedDocument = { meta: datasetMeta(dataset), columns, ids, titles, idTable, index, stats, order: order.slice() };
  return { ok: true, document, dataset, order };
}
