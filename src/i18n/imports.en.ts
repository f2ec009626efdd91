import { translator } from './translator';

/**
 * What the importers of other formats (CSV, TimelineJS, ACLED, vis-timeline,
 * Parquet, JSON lists) say about a file, in English. A section of the catalogue
 * that travels with the importers' chunks in the parse worker, which has no other
 * words (so no fallback to the first paint's).
 */
export const importsEn = {
  /** A file known by no name, where a message names the file (as `name`). */
  theFile: 'The file',
  // A file as a whole, before or while a format reads it: the open dialog's headline and what is wrong.
  emptyFileTitle: 'The file is empty',
  /** `format`: a format's name (below). */
  notReadAsTitle: 'The file could not be read as {format}',
  unknownFormatTitle: 'The file is not in a format this app can open',
  /** `formats`: every format's name, as a list. */
  unknownFormat: '{location} is not one of: {formats}. Choose a format if you know which it is.',
  noSuchFormatTitle: 'Unknown format',
  noSuchFormat: 'no format is called "{format}"',
  needsMappingTitle: 'The columns need a mapping',
  noDateGuess: 'No column of {location} reads as a date: open it with "Open data" to choose the columns.',
  noPreview: '{format} has no preview',
  csvUnreadable: 'The CSV could not be read: {detail}',
  // The formats by name: the Open data dialog's format menu, and messages that name a format.
  formatV1Json: 'Coalition Timeline JSON (format {version})',
  formatParquet: 'Parquet table (choose columns)',
  formatAcledCsv: 'ACLED (CSV)',
  formatTimelineJsCsv: 'TimelineJS spreadsheet (CSV)',
  formatTimelineJsJson: 'TimelineJS (JSON)',
  formatVisJson: 'vis-timeline items (JSON)',
  formatJsonArray: 'JSON list of records (choose columns)',
  formatCsv: 'CSV table (choose columns)',
  // Why a row was left out (the import report's "What is wrong", the rejected rows' CSV): what a value is or lacks.
  rowCells: { one: 'has {count} cell, the header has {width}', other: 'has {count} cells, the header has {width}' },
  notCount: 'must be a number of 0 or more',
  notADate: 'is not a date',
  titleEmpty: 'the title is empty',
  linksHttp: 'links must be http(s) URLs',
  periodBackwards: 'period ends before it starts',
  endsBeforeDate: 'ends before its date {date}',
  noTitle: 'has no title',
  duplicateId: 'duplicate id "{id}"',
  notObject: 'must be an object',
  required: 'is required',
  missing: 'is missing',
  notDateParts: 'must be an object of date parts',
  dateEmpty: 'is empty',
  slideNeedsYear: 'is empty: every slide needs a year',
  wholeNumber: 'must be a whole number',
  slideYearZero: 'year 0 is not a year: 1 BCE is -1 and 1 CE is 1',
  /** `year` as the file writes it. */
  yearOutOfRange: 'year {year} is out of range: the app shows years 100000 BCE to 9999 CE',
  noYearZero: '"{value}" is not a year: there is no year 0 (1 BCE is followed by 1 CE)',
  unreadableDate: '"{value}" is not a date this app can read',
  numberNotDate: '{value} is not a date',
  fromTo: 'must be from {min} to {max}',
  /** `month`: year and month as v1 writes them ("2016-02"). */
  notDayOf: 'is not a day of {month}',
  // Notes on a whole import (the report shows them above the rows left out).
  fatalitiesNotNumbers: {
    one: '{count} row had a fatalities value that is not a number.',
    other: '{count} rows had a fatalities value that is not a number.',
  },
  noEventImported: 'No event could be imported: see the rejected rows.',
  noGroups: 'No event has a group: all events are on one lane.',
  /** {example}: the column's first value in that format, as the file writes it. */
  // A document's title when the file gives neither a name nor a title (the header, the page's title, exports).
  untitledTable: 'Imported table',
  untitledAcled: 'ACLED events',
  untitledTimelineJs: 'TimelineJS timeline',
  untitledVis: 'vis-timeline items',
  readAs: { one: '{column} read as "{format}", like {example} ({count} row)', other: '{column} read as "{format}", like {example} ({count} rows)' },
  // Date formats that are read by their kind, not by a date-fns pattern ("d MMMM yyyy" stays as written).
  dateAsYear: 'year',
  dateAsEraYear: 'year with era',
  dateAsEpochMs: 'epoch milliseconds',
  fileEmpty: '{name} is empty.',
  notAcled: '{name} is not an ACLED export: it has no {columns} column.',
  noDateColumn: 'The column mapping names no date column.',
  noTitleColumn: 'The column mapping names no title column.',
  needsMapping: '{name} needs a column mapping: choose the date and title columns.',
  notRecordList: '{name} is not a list of records: expected a JSON array of objects.',
  parquetTruncated: '{name} is not a complete Parquet file: it must start and end with "PAR1" (it may be truncated).',
  parquetUnreadable: '{name} could not be read as Parquet: {detail}',
  noColumn: '{name} has no column "{column}" (its columns: {columns}).',
  /** `role`: one of the role words below (what the mapping wanted the column for). */
  noMappedColumn: '{name} has no column "{column}" for the {role} (its columns: {columns}).',
  noYearColumn: '{name} has no "Year" column, so it is not a TimelineJS spreadsheet.',
  noEventsList: '{name} is not a TimelineJS file: it has no "events" list.',
  /** `detail`: the JSON parser's own words; `what`: one of the "as" words below. */
  notJson: '{name} is not valid JSON, so it cannot be read as {what}: {detail}',
  notJsonAt: '{name} is not valid JSON at line {line}, column {column}, so it cannot be read as {what}: {detail}',
  // Words that fill a message's value (a problem's `words`): what a JSON file was to be read as.
  asRecords: 'a list of records',
  asTimelineJs: 'TimelineJS',
  asVisItems: 'vis-timeline items',
  // The role a mapped column was chosen for ("for the date").
  roleDate: 'date',
  roleEnd: 'end',
  roleTitle: 'title',
  roleActors: 'actors',
  roleCategory: 'category',
  roleSummary: 'summary',
  roleId: 'id',
  rolePlace: 'place',
  roleLink: 'link',
};

/** A message of the importers' section. */
export type ImportsKey = keyof typeof importsEn;

/** The importers' words in the language in force. */
export const t = translator('imports', importsEn);
