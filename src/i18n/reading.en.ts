import { partTranslator } from './t';

/** The phone reading view's words, in English: a section of the catalogue that travels with the view's chunk. */
export const readingEn = {
  readingHeading: 'Events in date order',
  readingShowActors: 'Show actors',
  readingNoEvents: 'No events match the filters.',
  readingUpFrom: ' (up from {figure})',
  readingDownFrom: ' (down from {figure})',
  readingMore: 'Show {page} more of {count} left',
  readingDetails: 'Event details',
  readingSources: { one: ' · {count} source', other: ' · {count} sources' },
};

/** The reading view's words in the language in force, and the first paint's. */
export const t = partTranslator('reading', readingEn);
