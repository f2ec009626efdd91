import Papa from 'papaparse';
import type { ConvertProgress } from './importFormat';
import { importFailure } from './importFailure';

/*
 * CSV is read with papaparse in chunks of CHUNK_CHARS, rows as arrays (header
 * objects would cost an allocation per row the formats do not need). Between
 * chunks the parser pauses for a macrotask, so a cancel message reaches the
 * worker and the AbortSignal is seen; progress is reported once per chunk.
 */

const CHUNK_CHARS = 1 << 20;

/** What readCsvRows calls for every row after the header. */
export interface CsvRowHandler {
  /** Receives the header's cells; return false to stop (the file is not what the format expects). */
  header?(cells: string[]): void;
  /** `row` is the record's number as in the file: the header is row 1. */
  row(cells: string[], row: number): void;
}

/** Input and options for readCsvRows. */
export interface CsvReadOptions {
  onProgress?: (progress: ConvertProgress) => void;
  signal?: AbortSignal;
  /** Bytes per character of the text, for reporting progress in bytes of the file. */
  bytesPerChar?: number;
}

/** The error a cancelled conversion rejects with (name "AbortError", as fetch uses). */
export function abortError(): Error {
  const e = new Error('The import was cancelled');
  e.name = 'AbortError';
  return e;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Streams `text` through papaparse: the first record to `handler.header`, every
 * later non-empty record to `handler.row`. Resolves with the number of data rows;
 * rejects with an AbortError when `signal` aborts, or with the handler's error.
 */
export function readCsvRows(text: string, handler: CsvRowHandler, options: CsvReadOptions = {}): Promise<number> {
  const { onProgress, signal } = options;
  const bytesPerChar = options.bytesPerChar ?? 1;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    let record = 0;
    let failed = false;
    Papa.parse<string[]>(text, {
      chunkSize: CHUNK_CHARS,
      skipEmptyLines: true,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        try {
          const data = results.data;
          for (let i = 0; i < data.length; i++) {
            record++;
            if (record === 1) handler.header?.(data[i]);
            else handler.row(data[i], record);
          }
        } catch (e) {
          failed = true;
          parser.abort();
          reject(e instanceof Error ? e : new Error(String(e)));
          return;
        }
        onProgress?.({ bytes: Math.round(results.meta.cursor * bytesPerChar), rows: Math.max(0, record - 1) });
        parser.pause();
        void nextTask().then(() => {
          if (signal?.aborted) {
            failed = true;
            parser.abort();
            reject(abortError());
          } else parser.resume();
        });
      },
      complete() {
        if (!failed) resolve(Math.max(0, record - 1));
      },
      error(e: Error) {
        failed = true;
        reject(importFailure('csvUnreadable', { detail: e.message }));
      },
    });
  });
}

/** The first `max` records of a CSV (header first), parsed from the start of the text only. */
export function csvHead(text: string, max: number): string[][] {
  const result = Papa.parse<string[]>(text, { preview: max, skipEmptyLines: true });
  return result.data;
}

/** The header cells of a CSV sample, trimmed, or [] when the first line is not a CSV header. */
export function csvHeader(sample: string): string[] {
  const firstLine = sample.slice(0, 64 * 1024);
  const head = csvHead(firstLine, 1);
  return head.length > 0 ? head[0].map((c) => c.trim()) : [];
}

/** A header cell's position by any of its names, ignoring case; -1 when absent. */
export function columnIndex(header: readonly string[], ...names: string[]): number {
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    const i = lower.indexOf(name.toLowerCase());
    if (i >= 0) return i;
  }
  return -1;
}
