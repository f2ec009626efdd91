/**
 * A copy of `s` that shares no memory with the text it was cut from.
 *
 * V8 makes a substring of 13 characters or more (what papaparse hands over for every
 * longer cell, and what trim() returns) a view into its parent string, so one note
 * kept from a 340 MB CSV keeps all 340 MB alive in the worker for as long as the
 * dataset is open. Prepending a character and slicing it off again makes V8 copy the
 * characters into a string of their own. Used for every string a format keeps.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
