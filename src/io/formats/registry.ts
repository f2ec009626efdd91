import type { ImportsKey } from '../../i18n/imports.en';
import type { FormatId, FormatSample, ImportFormat } from './importFormat';
import { v1Json } from './v1Json';

/** A format as the registry lists it: its name, and its module, loaded when first needed. */
export interface FormatEntry {
  id: FormatId;
  /** Its name in the catalogue (imports.en.ts), written with FORMAT_NAME_VALUES: the format menu's and the messages'. */
  name: ImportsKey;
  /** Loads the module (a chunk of its own, except v1 JSON): the default load never fetches the others. */
  load: () => Promise<ImportFormat>;
}

/**
 * Every format the app opens, in detection order (the first of equal scores wins).
 * A format module plugs in with one entry here; its chunk is loaded by the worker the
 * first time a file is not plainly v1 JSON, or when the user picks the format.
 */
export const FORMATS: readonly FormatEntry[] = [
  { id: 'v1-json', name: 'formatV1Json', load: async () => v1Json },
  // The other formats (importedFormats.ts), each a chunk; named here so the override menu needs no chunk.
  { id: 'parquet', name: 'formatParquet', load: () => import('./parquet').then((m) => m.parquet) },
  { id: 'acled-csv', name: 'formatAcledCsv', load: () => import('./acledCsv').then((m) => m.acledCsv) },
  { id: 'timelinejs-csv', name: 'formatTimelineJsCsv', load: () => import('./timelineJsCsv').then((m) => m.timelineJsCsv) },
  { id: 'timelinejs-json', name: 'formatTimelineJsJson', load: () => import('./timelineJsJson').then((m) => m.timelineJsJson) },
  { id: 'vis-json', name: 'formatVisJson', load: () => import('./visJson').then((m) => m.visJson) },
  { id: 'json-array', name: 'formatJsonArray', load: () => import('./jsonArray').then((m) => m.jsonArray) },
  { id: 'csv', name: 'formatCsv', load: () => import('./genericCsv').then((m) => m.genericCsv) },
];

/** The values a format's name is written with: the v1 format's says its version. */
export const FORMAT_NAME_VALUES = { version: 1 };

/** A v1 score at least this high settles detection without loading the other formats. */
const CERTAIN = 0.9;

/** How well each format matched a sample, best first. */
export interface Detection {
  /** The best match, or null when no format recognised the file (every score 0). */
  format: ImportFormat | null;
  scores: { id: FormatId; score: number }[];
}

/** The format entry for `id`, or undefined for an id the registry does not list. */
export const formatEntry = (id: string): FormatEntry | undefined => FORMATS.find((f) => f.id === id);

/** A detector that throws is a format that does not recognise the file, not a failed load. */
function score(format: ImportFormat, sample: FormatSample): number {
  try {
    const s = format.detect(sample);
    return Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 0;
  } catch {
    return 0;
  }
}

/**
 * Finds the format of a file from its first bytes (content first; the file name is only a
 * hint the formats may use). v1 JSON is asked first and alone: when it is sure, no other
 * format's code is loaded, which keeps the default dataset's load as lean as it was.
 */
export async function detectFormat(sample: FormatSample, formats: readonly FormatEntry[] = FORMATS): Promise<Detection> {
  const [first, ...rest] = formats;
  const firstFormat = await first.load();
  const firstScore = score(firstFormat, sample);
  const loaded: ImportFormat[] = [firstFormat];
  if (firstScore < CERTAIN) loaded.push(...(await Promise.all(rest.map((f) => f.load()))));
  const scored = loaded.map((format, i) => ({ format, id: formats[i].id, score: i === 0 ? firstScore : score(format, sample) }));
  // Stable: equal scores keep registry order.
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  return {
    format: ranked[0].score > 0 ? ranked[0].format : null,
    scores: ranked.map(({ id, score }) => ({ id, score })),
  };
}
