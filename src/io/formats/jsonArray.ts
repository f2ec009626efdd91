import type { ConvertOptions, FormatInput, FormatSample, ImportFormat, ImportResult, TablePreview } from './importFormat';
import { importFailure, importWords } from './importFailure';
import { abortError } from './csvRows';
import { cellText, guessMapping, MappedRows } from './columnMapping';
import { PREVIEW_ROWS, tableBuilder } from './genericCsv';
import { parseJsonOrThrow } from './parseJson';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The list of records in a JSON file: a top-level array, or the one array under "data", "items" or "rows". */
export function recordsOf(doc: unknown, name: string | undefined): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (isObject(doc)) {
    for (const key of ['data', 'items', 'rows', 'records']) if (Array.isArray(doc[key])) return doc[key] as unknown[];
  }
  throw importFailure('notRecordList', { name });
}

/** Column names: the keys of the first records, in first-seen order. */
export function columnsOf(records: unknown[], scan = 1000): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < Math.min(records.length, scan); i++) {
    const r = records[i];
    if (isObject(r)) for (const k in r) seen.add(k);
  }
  return [...seen];
}

/** Any JSON array of objects, through a column mapping the user confirms. */
export const jsonArray: ImportFormat = {
  id: 'json-array',
  needsMapping: true,
  detect(sample: FormatSample): number {
    const t = sample.text.trimStart();
    if (t.startsWith('[')) return /^\[\s*\{/.test(t) ? 0.5 : 0.2;
    return /^\{\s*"(data|items|rows|records)"\s*:\s*\[/.test(t) ? 0.4 : 0;
  },
  preview(input: FormatInput): Promise<TablePreview> {
    try {
      const records = recordsOf(parseJsonOrThrow(input, 'asRecords'), input.fileName);
      const columns = columnsOf(records);
      const rows = records.slice(0, PREVIEW_ROWS).map((r) => columns.map((c) => (isObject(r) ? cellText(r[c]) : '')));
      return Promise.resolve({ columns, rows, guessedMapping: guessMapping(columns, rows) });
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  },
  convert(input: FormatInput, options: ConvertOptions): Promise<ImportResult> {
    if (options.signal?.aborted) return Promise.reject(abortError());
    const name = input.fileName;
    const records = recordsOf(parseJsonOrThrow(input, 'asRecords'), name);
    if (!options.mapping) throw importFailure('needsMapping', { name });
    const columns = columnsOf(records);
    const builder = tableBuilder(input, 'JSON records');
    const mapped = new MappedRows(columns, options.mapping, builder, name);
    const cells: unknown[] = new Array(columns.length);
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (!isObject(r)) {
        builder.reject(i + 1, `[${i}]`, r, importWords('notObject'));
        continue;
      }
      for (let j = 0; j < columns.length; j++) cells[j] = r[columns[j]];
      mapped.add(cells, i + 1);
    }
    mapped.finishNotes();
    options.onProgress?.({ bytes: input.text?.length ?? 0, rows: records.length });
    return Promise.resolve(builder.finish());
  },
};
