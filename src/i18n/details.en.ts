import { partTranslator } from './t';

/**
 * The event details' words, in English: the panel's headings and facts, and the
 * source list's grades and links (the story's panel lists sources too). A section
 * that travels with the details' chunk.
 */
export const detailsEn = {
  detailEvent: 'Event',
  detailClose: 'Close event details',
  detailUnreadable: 'This event could not be read: {error}',
  /** `{reason}`: why the data's worker stopped (detailWorkerClosed, detailWorkerCrashed or the browser's words). */
  detailGone: 'The data is no longer available in this tab: the background worker that held it stopped ({reason}). Reload the data to continue.',
  detailWorkerClosed: 'it was closed or ran out of memory',
  detailWorkerCrashed: 'it crashed',
  detailReload: 'Reload the data',
  detailCategory: 'Category',
  detailPlace: 'Place',
  detailCoordinates: '({lat}, {lon})',
  detailImportance: 'Importance',
  detailImportance1: 'Minor',
  detailImportance2: 'Notable',
  detailImportance3: 'Key event',
  detailImportanceOf: '{label} ({level} of {max})',
  detailSources: { one: 'Source', other: 'Sources ({count})' },
  gradeMeaningA: 'official or primary source',
  gradeMeaningB: 'established news organisation',
  gradeMeaningC: 'wiki or blog',
  gradeTitle: 'Grade {grade}: {meaning}',
  gradeSpoken: ' (grade {grade}: {meaning})',
  gradesMean: 'What the grades mean',
  sourceReadAt: 'Read at {host}',
  sourceNewTab: ' (opens in a new tab)',
};

/** The details' words in the language in force. */
export const t = partTranslator('details', detailsEn);
