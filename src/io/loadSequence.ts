import { buildColumns } from '../model/buildColumns';
import { buildEventIndexParts, type EventIndexParts } from '../model/buildEventIndex';
import { columnStats, type ColumnStats } from '../model/columnStats';
import type { EventColumns } from '../model/eventColumns';
import type { DatasetMeta } from '../model/loadedDataset';
import { buildHashTable, invertOrder, packStringLists, type PackedStrings } from '../model/packedText';
import { parseJsonText } from '../model/parseDatasetText';
import type { Dataset, KeyedText, Problem } from '../model/types';
import { datasetMeta } from '../model/datasetMeta';
import { validateDataset, type ValidationResult } from '../model/validate';
import {
  ImportError,
  type ColumnMapping,
  type FormatId,
  type FormatSample,
  type ImportResult,
  type RejectedRow,
  type TablePreview,
} from './formats/importFormat';
import { v1Json } from './formats/v1Json';
import type { StepProgress } from './loadProgress';

/*
 * The one load sequence: source -> bytes -> format -> document -> validate -> columns.
 * The parse worker runs it, and so does the main-thread fallback (through the same
 * worker host), so a file gets the same format, problems and columns either way.
 * Reading the source (fetch, File) is the caller's: this module is pure.
 */

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
  /**
   * Titles in each language the dataset is translated into (the original where an event
   * has no translated title), packed like `titles`; absent when the dataset has no translations.
   */
  translatedTitles?: Record<string, PackedStrings>;
  /** order[row] = the row's index in the document. */
  order: Uint32Array;
  /** Hash table from id to row (see buildHashTable). */
  idTable: Int32Array;
  /** The time index, built here so the main thread only wraps it. */
  index: EventIndexParts;
  /** Span and totals, tallied here so the main thread's first render need not. */
  stats: ColumnStats;
}

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

/** The file could not become a dataset: a headline when the sequence knows a better one, and every problem. */
export type ParseFailure = { ok: false; title?: KeyedText; problems: Problem[] };

export type ParseResult = ParseSuccess | ParseFailure;

/** What the sequence made of a file: the dataset, which format read it, and the rows it left out. */
export type SequenceResult =
  | (ParseSuccess & { format: FormatId; rejected: RejectedRow[]; notes: KeyedText[] })
  | ParseFailure;

/**
 * A file's bytes as read, held in an object so the sequence can let go of them once
 * decoded: at 10^6 events they are 200 MB that need not live beside the text.
 */
export interface StagedFile {
  /** The file name or the URL, as problems and the format's hints name it. */
  location: string;
  bytes: Uint8Array | null;
}

/** The user's choices for the full parse: a format instead of the detected one, a column mapping. */
export interface ParseChoice {
  format?: FormatId;
  mapping?: ColumnMapping;
}

/** What a sniff found: the likely format, how sure each format was, and the first rows for mapping. */
export interface SniffResult {
  /** The detected (or chosen) format; null when no format recognised the file. */
  format: FormatId | null;
  scores: { id: FormatId; score: number }[];
  needsMapping: boolean;
  /** The first rows and a guessed mapping, for formats that need one; null otherwise. */
  preview: TablePreview | null;
  /** The file's size in bytes. */
  size: number;
  /** Why the file cannot be read as that format, when it cannot, with a headline. */
  problems?: Problem[];
  title?: KeyedText;
}

/** Bytes of a file a format sees to guess whether it is its own. */
export const SAMPLE_BYTES = 64 * 1024;

/** The last segment of a URL's path or a file's name: a hint for formats, never the deciding fact. */
export function fileNameOf(address: string): string | undefined {
  const last = address.split(/[?#]/)[0].split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || undefined;
  } catch {
    return last || undefined;
  }
}

/** The start of a file, for detect(). A sample cut inside a UTF-8 sequence ends before it. */
export function sampleOf(file: StagedFile): FormatSample {
  const bytes = (file.bytes ?? new Uint8Array(0)).subarray(0, SAMPLE_BYTES);
  return { fileName: fileNameOf(file.location), bytes, text: new TextDecoder().decode(bytes, { stream: true }) };
}

export function problemsOf(error: unknown): Problem[] {
  if (error instanceof ImportError) return error.problems;
  return [{ path: '(document)', message: error instanceof Error ? error.message : String(error) }];
}

/** A v1 file's text, decoded in one TextDecoder call (much cheaper than many; a BOM is dropped); the bytes go. */
export function decodeText(file: StagedFile): string {
  const text = new TextDecoder().decode(file.bytes ?? new Uint8Array(0));
  file.bytes = null;
  return text;
}

/** A file converted to a v1 document (not yet validated), by the format named. */
export type Converted = ImportResult & { format: FormatId };

/** The v1 path, kept this short on purpose: it is the one a million-event file takes. */
async function convertV1(file: StagedFile): Promise<Converted | ParseFailure> {
  const text = decodeText(file);
  if (!/\S/.test(text)) return (await import('./emptyFile')).emptyFile(file.location);
  try {
    return { ...(await v1Json.convert({ text, fileName: fileNameOf(file.location) }, {})), format: v1Json.id };
  } catch (error) {
    return { ok: false, problems: problemsOf(error) };
  }
}

/**
 * Validates a document with progress, then builds what the main thread draws from:
 * the columns, the packed ids and titles, the id table, the time index and totals.
 */
function validateAndIndex(doc: unknown, onProgress: (p: StepProgress) => void): ParseResult {
  const events = (doc as { events?: unknown } | null)?.events;
  onProgress({ phase: 'validate', fraction: null, events: Array.isArray(events) ? events.length : 0 });
  const validated: ValidationResult = validateDataset(doc, {
    onProgress: (checked, total) => onProgress({ phase: 'validate', fraction: total ? checked / total : null, events: total }),
  });
  if (!validated.ok) return { ok: false, problems: validated.problems };
  const dataset = validated.dataset;
  const n = dataset.events.length;

  onProgress({ phase: 'columns', fraction: null, events: n });
  // The dates validation parsed: a million dates are not parsed twice.
  const { columns, order } = buildColumns(dataset, validated.dates);
  // Packed in document order: the strings sit in memory in the order JSON.parse
  // made them, so this reads sequentially; rows find theirs through `order`.
  const all = dataset.events;
  const languages = Object.keys(dataset.translations ?? {});
  const [ids, titles, ...translated] = packStringLists([
    { count: n, get: (i) => all[i].id },
    { count: n, get: (i) => all[i].title },
    ...languages.map((lang) => ({ count: n, get: (i: number) => all[i].translations?.[lang]?.title ?? all[i].title })),
  ]);

  onProgress({ phase: 'index', fraction: null, events: n });
  const idTable = buildHashTable(ids, invertOrder(order));
  const index = buildEventIndexParts(columns, dataset.actors.length, true);
  const stats = columnStats(columns, dataset.actors.length, dataset.categories.length);
  // The worker keeps its own copy of `order`: the document's is transferred away.
  const document: ParsedDocument = { meta: datasetMeta(dataset), columns, ids, titles, idTable, index, stats, order: order.slice() };
  const translatedTitles = Object.fromEntries(languages.map((lang, k) => [lang, translated[k]]));
  if (languages.length > 0) Object.assign(document, { translatedTitles });
  return { ok: true, document, dataset, order };
}

/**
 * v1 JSON text to a parsed document, at once: the sequence's last steps without
 * detection, for tests and tools that hold a v1 document's text.
 */
export function parseDocument(text: string, location: string, onProgress: (p: StepProgress) => void): ParseResult {
  onProgress({ phase: 'parse', fraction: null, events: 0 });
  const parsed = parseJsonText(text, location);
  return parsed.ok ? validateAndIndex(parsed.value, onProgress) : parsed;
}

/**
 * Runs the sequence over a file already read into bytes: picks the format (the
 * user's, or detected from the content), converts the file to a v1 document,
 * validates it and builds the columns. Never throws for a bad file: a file that
 * fails as a whole comes back as problems; rows a format could not read come back
 * as `rejected` beside the dataset of the good ones. Rejects only with the
 * signal's AbortError.
 */
export async function runLoadSequence(
  file: StagedFile,
  choice: ParseChoice,
  onProgress: (p: StepProgress) => void,
  signal?: AbortSignal,
): Promise<SequenceResult> {
  onProgress({ phase: 'parse', fraction: null, events: 0 });
  // A plain v1 file (the default dataset, a million events) is read without loading the
  // other formats' code; anything else, or a format the user chose, goes to the registry.
  const plainV1 = !choice.format && v1Json.detect(sampleOf(file)) === 1;
  const result = plainV1 ? await convertV1(file) : await (await import('./formatChoice')).convertFile(file, choice, onProgress, signal);
  signal?.throwIfAborted();
  if ('ok' in result) return result;
  const parsed = validateAndIndex(result.document, onProgress);
  if (!parsed.ok) return parsed;
  // The title is the importers' word for an untitled file: the page says it in the reader's language.
  const parsedDocument = parsed.document;
  if (result.titleWord) parsedDocument.meta.titleWord = result.titleWord;
  return { ...parsed, format: result.format, rejected: result.rejected, notes: result.notes };
}

