import { translator } from './translator';

/**
 * What the importers of other formats (CSV, TimelineJS, ACLED, vis-timeline,
 * Parquet, JSON lists) say about a file, in English. A section of the catalogue
 * that travels with the importers' chunks in the parse worker, which has no other
 * words (so no fallback to the first paint's).
 */
export const importsEn = {
  readAs: { one: '{column} read as "{format}" ({count} row)', other: '{column} read as "{format}" ({count} rows)' },
};

/** The importers' words in the language in force. */
export const t = translator('imports', importsEn);
