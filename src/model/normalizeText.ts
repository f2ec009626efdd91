const COMBINING_MARKS = /\p{M}+/gu;
const SPACES = /\s+/g;
const SINGLE_QUOTES = /[\u2018\u2019\u02bc]/g;
const DOUBLE_QUOTES = /[\u201c\u201d]/g;

/**
 * Folds text for search: lower case, accents removed (NFD, then combining marks
 * dropped), typographic quotes made plain, runs of white space made one space.
 * Both the query and the searched text go through it, so "sudani" finds
 * "Al Sudani" and "Sudaní", and "Da'esh" finds "Da’esh".
 */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ')
    .trim();
}
