import type { ConvertOptions, FormatInput, FormatSample, ImportFormat, ImportResult, TablePreview } from './importFormat';
import { importFailure } from './importFailure';
import { abortError } from './csvRows';
import { cellText, guessMapping, MappedRows } from './columnMapping';
import { PREVIEW_ROWS, tableBuilder } from './genericCsv';

/*
 * Parquet (pandas, DuckDB, Arrow exports) through the same column mapping as any
 * table. hyparquet is imported only here, inside preview/convert, so it becomes
 * its own chunk fetched when a file starting with the PAR1 magic is opened. The
 * file is read one row group at a time, only the mapped columns, with progress
 * and a cancel check between groups.
 */

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

function hasMagic(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

function bufferOf(input: FormatInput): ArrayBuffer {
  const name = input.fileName;
  const buffer = input.bytes;
  if (!buffer || buffer.byteLength === 0) throw importFailure('fileEmpty', { name });
  const head = new Uint8Array(buffer, 0, Math.min(4, buffer.byteLength));
  const tail = new Uint8Array(buffer, Math.max(0, buffer.byteLength - 4));
  if (buffer.byteLength < 12 || !hasMagic(head) || !hasMagic(tail)) {
    throw importFailure('parquetTruncated', { name });
  }
  return buffer;
}

async function open(input: FormatInput) {
  const buffer = bufferOf(input);
  const hyparquet = await import('hyparquet');
  let metadata;
  try {
    metadata = hyparquet.parquetMetadata(buffer);
  } catch (e) {
    throw importFailure('parquetUnreadable', { name: input.fileName, detail: e instanceof Error ? e.message : String(e) });
  }
  const columns = hyparquet.parquetSchema(metadata).children.map((c) => c.element.name);
  return { hyparquet, buffer, metadata, columns };
}

export const parquet: ImportFormat = {
  id: 'parquet',
  binary: true,
  needsMapping: true,
  detect(sample: FormatSample): number {
    return hasMagic(sample.bytes) ? 1 : 0;
  },
  async preview(input: FormatInput): Promise<TablePreview> {
    const { hyparquet, buffer, metadata, columns } = await open(input);
    const rows: unknown[][] = [];
    await hyparquet.parquetRead({
      file: buffer,
      metadata,
      rowStart: 0,
      rowEnd: PREVIEW_ROWS,
      onComplete: (data: unknown[][]) => rows.push(...data),
    });
    const text = rows.slice(0, PREVIEW_ROWS).map((r) => columns.map((_, i) => cellText(r[i])));
    return { columns, rows: text, guessedMapping: guessMapping(columns, text) };
  },
  async convert(input: FormatInput, options: ConvertOptions): Promise<ImportResult> {
    const name = input.fileName;
    if (!options.mapping) throw importFailure('needsMapping', { name });
    const { hyparquet, buffer, metadata, columns } = await open(input);
    const m = options.mapping;
    const wanted = [m.date, m.end, m.title, ...(m.actors ?? []), m.category, m.summary, m.id, m.place, m.url].filter(
      (c): c is string => typeof c === 'string' && c !== '',
    );
    const missing = wanted.find((c) => !columns.includes(c));
    if (missing) throw importFailure('noColumn', { name, column: missing, columns: columns.slice(0, 30).join(', ') });
    const read = [...new Set(wanted)];
    const builder = tableBuilder(input, 'Parquet table');
    const mapped = new MappedRows(read, m, builder, name);
    let start = 0;
    for (const group of metadata.row_groups) {
      if (options.signal?.aborted) throw abortError();
      const end = start + Number(group.num_rows);
      let rows: unknown[][] = [];
      await hyparquet.parquetRead({
        file: buffer,
        metadata,
        columns: read,
        rowStart: start,
        rowEnd: end,
        onComplete: (data: unknown[][]) => {
          rows = data;
        },
      });
      // Parquet has no header row: row 1 is the first record.
      for (let i = 0; i < rows.length; i++) mapped.add(rows[i], start + i + 1);
      start = end;
      options.onProgress?.({ bytes: Math.round((buffer.byteLength * start) / Math.max(1, Number(metadata.num_rows))), rows: start });
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
    mapped.finishNotes();
    return builder.finish();
  },
};
