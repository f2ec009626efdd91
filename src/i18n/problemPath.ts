import { t } from './failure.en';

/** The places a problem can be without a path inside the data, as the pure modules write them. */
const PLACES = {
  '(document)': 'placeDocument',
  '(columns)': 'placeColumns',
  '(file)': 'placeFile',
  '(format)': 'placeFormat',
  '(load)': 'placeLoad',
  '(request)': 'placeRequest',
  '(response)': 'placeResponse',
  '(url)': 'placeUrl',
} as const;

/** A place without a path inside the data ("(document)", "(columns)") in the reader's words; null for a path into the data. */
export const problemPlace = (path: string): string | null => (Object.hasOwn(PLACES, path) ? t(PLACES[path as keyof typeof PLACES]) : null);

/**
 * A problem's path as the reader reads it: a place in the reader's words (problemPlace);
 * a path into the data (`events[3].date`) as written, since it names what is in the file.
 */
export const problemPath = (path: string): string => problemPlace(path) ?? path;
