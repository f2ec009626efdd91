import { DocumentBuilder } from './documentBuilder';
import { importFailure, importWords } from './importFailure';
import type { ConvertOptions, FormatInput, FormatSample, ImportFormat, ImportResult, TablePreview } from './importFormat';
import { csvHead, readCsvRows } from './csvRows';
import { guessMapping, MappedRows } from './columnMapping';

/** Rows the mapping dialog shows and guesses from. */
export const PREVIEW_ROWS = 20;

/** A builder for a generic table, citing the file itself. */
export function tableBuilder(input: FormatInput, kind: string): DocumentBuilder {
  return new DocumentBuilder({
    title: input.fileName,
    untitled: 'untitledTable',
    fileSource: { publisher: input.fileName ?? kind, title: kind },
    noActorName: 'No actor',
  });
}

/** Any CSV with a header row, through a column mapping the user confirms. */
export const genericCsv: ImportFormat = {
  id: 'csv',
  needsMapping: true,
  detect(sample: FormatSample): number {
    const t = sample.text;
    if (t.trim() === '' || /^\s*[[{]/.test(t)) return 0;
    const lines = t.split(/\r?\n/, 3).filter((l) => l.trim() !== '');
    if (lines.length === 0) return 0;
    const delimiters = [',', ';', '\t'];
    return delimiters.some((d) => lines[0].includes(d)) ? 0.3 : 0.05;
  },
  preview(input: FormatInput): Promise<TablePreview> {
    const text = input.text ?? '';
    if (text.trim() === '') return Promise.reject(importFailure('fileEmpty', { name: input.fileName }));
    const head = csvHead(text.slice(0, 1 << 20), PREVIEW_ROWS + 1);
    const columns = (head[0] ?? []).map((c) => c.trim());
    const rows = head.slice(1).map((r) => columns.map((_, i) => r[i] ?? ''));
    return Promise.resolve({ columns, rows, guessedMapping: guessMapping(columns, rows) });
  },
  async convert(input: FormatInput, options: ConvertOptions): Promise<ImportResult> {
    const text = input.text ?? '';
    const name = input.fileName;
    if (text.trim() === '') throw importFailure('fileEmpty', { name });
    const mapping = options.mapping;
    if (!mapping) throw importFailure('needsMapping', { name });
    const builder = tableBuilder(input, 'CSV table');
    let rows: MappedRows | undefined;
    let width = 0;
    await readCsvRows(
      text,
      {
        header(cells) {
          const columns = cells.map((c) => c.trim());
          width = columns.length;
          rows = new MappedRows(columns, mapping, builder, name);
        },
        row(cells, row) {
          if (cells.length < width && cells.length === 1) {
            builder.reject(row, undefined, cells[0], importWords('rowCells', { count: 1, width }));
            return;
          }
          rows!.add(cells, row);
        },
      },
      { onProgress: options.onProgress, signal: options.signal },
    );
    rows?.finishNotes();
    return builder.finish();
  },
};
