import { acledCsv } from './acledCsv';
import { genericCsv } from './genericCsv';
import type { ImportFormat } from './importFormat';
import { jsonArray } from './jsonArray';
import { parquet } from './parquet';
import { timelineJsCsv } from './timelineJsCsv';
import { timelineJsJson } from './timelineJsJson';
import { visJson } from './visJson';

/**
 * The formats beyond v1 JSON, for the registry to list after it. Each `convert`
 * returns a document in the v1 file form (extra fields such as `fatalities` on
 * the event itself): run it through validateDataset like any v1 file. Detection
 * scores: specific formats 0.85-1, generic tables 0.05-0.5, so a file that fits a
 * known layout is never taken for a generic table.
 */
export const importedFormats: readonly ImportFormat[] = [
  parquet,
  acledCsv,
  timelineJsCsv,
  timelineJsJson,
  visJson,
  jsonArray,
  genericCsv,
];
