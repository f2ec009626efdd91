import type { Dataset, KeyedText, Problem } from '../../model/types';

/**
 * The contract between the loading pipeline and one file format (v1 JSON, TimelineJS, ACLED, ...).
 * A format module is pure: it never touches the DOM, `fetch` or `Worker`; the pipeline runs it
 * in the parse worker (or the main-thread fallback) and hands it bytes or text.
 */

/** Identifies a format; the registry lists them in detection order. */
export type FormatId =
  | 'v1-json'
  | 'timelinejs-json'
  | 'timelinejs-csv'
  | 'acled-csv'
  | 'vis-json'
  | 'csv'
  | 'json-array'
  | 'parquet';

/** The start of a file, enough to guess its format without reading all of it. */
export interface FormatSample {
  /** The file's name or the URL's last path segment, when known (a hint only: content decides). */
  fileName?: string;
  /** The first bytes of the file, undecoded (magic numbers such as Parquet's `PAR1`). */
  bytes: Uint8Array;
  /** The first bytes decoded as UTF-8 with any byte-order mark removed; may end mid-line. */
  text: string;
}

/** A whole file as the pipeline has it: text for text formats, bytes for binary ones. */
export interface FormatInput {
  fileName?: string;
  /** Decoded UTF-8 without a byte-order mark; absent for binary formats. */
  text?: string;
  bytes?: ArrayBuffer;
}

/** Which source column fills which field of the v1 event (generic CSV, JSON arrays, Parquet). */
export interface ColumnMapping {
  date: string;
  end?: string;
  title: string;
  /** One or more columns; each cell may hold several actors separated by `actorSeparator`. */
  actors?: string[];
  actorSeparator?: string;
  category?: string;
  summary?: string;
  id?: string;
  place?: string;
  url?: string;
}

/** Progress of a conversion, for the progress bar. */
export interface ConvertProgress {
  /** Bytes of the input consumed so far. */
  bytes: number;
  /** Rows (or items) read so far. */
  rows: number;
}

/** Options the pipeline passes to `convert`. */
export interface ConvertOptions {
  /** Required by formats with `needsMapping`; the user's confirmed (or the guessed) mapping. */
  mapping?: ColumnMapping;
  onProgress?: (progress: ConvertProgress) => void;
  /** Aborted when the user cancels or opens another file. */
  signal?: AbortSignal;
}

/**
 * One row the format could not turn into an event; the good rows still import. What is
 * wrong is a KeyedText: the English, and the key and values the page writes it with.
 */
export interface RejectedRow extends KeyedText {
  /** The row's number as a person sees it in the file: 1-based, the CSV header is row 1. */
  row: number;
  /** The column (or JSON path) at fault, when one is. */
  column?: string;
  /** The offending value as text, cut to a readable length. */
  value?: string;
}

/** What a conversion produced: a v1 document of the good rows, and why the others were left out. */
export interface ImportResult {
  document: Dataset;
  rejected: RejectedRow[];
  /** Facts the user should know, e.g. `event_date read as "d MMMM yyyy" (404 rows)`, said by catalogue key. */
  notes: KeyedText[];
  /**
   * Set when the file gave neither a name nor a title: the catalogue key (imports section) of
   * the word the document's title holds in English ("Imported table"), for the page to say it
   * in the reader's language.
   */
  titleWord?: string;
}

/** The first rows of a tabular file as they are, for the column-mapping dialog. */
export interface TablePreview {
  columns: string[];
  /** Up to 20 rows, each cell as text. */
  rows: string[][];
  /** The format's best guess of the mapping from column names and content. */
  guessedMapping: ColumnMapping | null;
}

/** One entry of the format registry. */
export interface ImportFormat {
  id: FormatId;
  /** True when the file is read as bytes (Parquet), not text. */
  binary?: boolean;
  /** Generic tables that need the user to confirm a column mapping before `convert`. */
  needsMapping?: boolean;
  /** 0 = certainly not this format, 1 = certainly this; the registry picks the highest. */
  detect(sample: FormatSample): number;
  /** The first rows and a guessed mapping; only formats with `needsMapping`. */
  preview?(input: FormatInput): Promise<TablePreview>;
  /** Turns the whole file into a v1 document; throws only for a file that fails as a whole. */
  convert(input: FormatInput, options: ConvertOptions): Promise<ImportResult>;
}

/**
 * A file that fails as a whole (not JSON, no header row, no events at all ...), with each problem
 * at its path, line or row. `convert` and `preview` throw it; the pipeline reports the problems as
 * they are. Any other error a format throws is reported as one problem at `(document)`.
 */
export class ImportError extends Error {
  readonly problems: Problem[];
  constructor(message: string, problems?: Problem[]) {
    super(message);
    this.name = 'ImportError';
    this.problems = problems ?? [{ path: '(document)', message }];
  }
}
