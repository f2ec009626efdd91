const COMBINING_MARKS = /\p{M}+/gu;
const SPACES = /\s+/g;
const SINGLE_QUOTES = /[\u2018\u2019\u02bc]/g;
const DOUBLE_QUOTES = /[\u201c\u201d]/g;
/** Anything but printable ASCII: such text may need the full Unicode path. */
const NOT_PLAIN = /[^\x20-\x7e]/;
const SPACES_TO_FOLD = /^ | $| {2}/;

/**
 * Folds text for search: lower case, accents removed (NFD, then combining marks
 * dropped), typographic quotes made plain, runs of white space made one space.
 * Both the query and the searched text go through it, so "sudani" finds
 * "Al Sudani" and "Sudaní", and "Da'esh" finds "Da’esh".
 */
export function normalizeForSearch(s: string): string {
  // Most titles are printable ASCII: skip NFD and the Unicode passes, which
  // dominate the cost of indexing a million events for search.
  if (!NOT_PLAIN.test(s)) {
    const lower = s.toLowerCase();
    return SPACES_TO_FOLD.test(lower) ? lower.replace(SPACES, ' ').trim() : lower;
  }
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ')
    .trim();
}
