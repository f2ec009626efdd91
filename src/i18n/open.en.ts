import { partTranslator } from './t';

/**
 * The open-data dialog's words, in English: choosing a file or an address, the
 * format, the column mapping, the progress, the rows left out and a failed open.
 * A section of the catalogue that travels with the dialog's chunk.
 */
export const openEn = {
  openDrop: 'Drop the file to open it',
  close: 'Close',
  openIntro:
    'A timeline file or a spreadsheet: this app’s JSON, TimelineJS, ACLED, vis-timeline, any CSV or JSON list, Parquet. The file stays on this device.',
  openChooseFile: 'Choose a file…',
  openOrDrop: 'or drop one anywhere on the page',
  openFileInput: 'File to open',
  openAddress: 'Or an address (http or https)',
  openAddressExample: 'https://…/events.csv',
  open: 'Open',
  openRecent: 'Recent',
  /** When a recent file was opened: its day and time on this device's clock. */
  openRecentWhen: '{day}, {time}',
  openRecentEntry: { one: '{size} · {count} event · opened {when}', other: '{size} · {count} events · opened {when}' },
  openDeleteRecent: 'Delete {name} from Recent',
  delete: 'Delete',
  cancel: 'Cancel',
  openFormat: 'Format',
  openDetect: 'Detect from the content',
  openDetected: 'Detect from the content ({format})',
  openFile: 'File:',
  openUnchanged: 'The data on screen is unchanged.',
  openChooseAnother: 'Choose another file',
  openCouldNotOpen: 'The file could not be opened',
  openCouldNotRead: 'The file could not be read',
  openRecentFull:
    'This file was opened but not kept under Recent: the browser’s storage for this site is full. Delete a recent file, or free space, to keep it.',
  openRecentRefused: 'This file was opened but not kept under Recent: the browser refused to store it ({error}).',
  // Progress
  openOpening: 'Opening {name}',
  openStarting: 'Starting…',
  openReadingBytes: 'Reading: {received}',
  openReadingBytesOf: 'Reading: {received} of {total}',
  openReadingRows: 'Reading rows: {count}',
  openReadingRowsOf: 'Reading rows: {count} ({received} of {total})',
  openBuilding: { one: 'Building the timeline: {count} event', other: 'Building the timeline: {count} events' },
  sizeBytes: { one: '{count} byte', other: '{count} bytes' },
  sizeKilobytes: '{size} KB',
  sizeMegabytes: '{size} MB',
  // Column mapping
  mapIntro: 'Say which column of {name} holds what. The guess comes from the column names and contents.',
  mapDate: 'Date',
  mapEndDate: 'End date',
  mapTitle: 'Title',
  mapCategory: 'Category',
  mapSummary: 'Summary',
  mapOptional: ' (optional)',
  mapNone: '(none)',
  mapActors: 'Actors (lanes)',
  mapEnd: 'End',
  mapPreview: { one: 'The first row as it will import', other: 'The first {count} rows as they will import' },
  mapImport: 'Import with these columns',
  // Rows left out
  reportRead: { one: '{count} row reads as events; ', other: '{count} rows read as events; ' },
  reportLeftOut: { one: '{count} row was left out of {name}.', other: '{count} rows were left out of {name}.' },
  reportCaption: 'Rows left out',
  reportRow: 'Row',
  reportColumn: 'Column',
  reportValue: 'Value',
  reportWrong: 'What is wrong',
  reportMore: '…and {count} more in the CSV.',
  reportImport: { one: 'Import the {count} good row', other: 'Import the {count} good rows' },
  reportDownload: 'Download the rejected rows (CSV)',
};

/** The open-data dialog's words in the language in force, and the first paint's. */
export const t = partTranslator('open', openEn);

/** Key of an open-dialog message (its own or the first paint's). */
export type OpenKey = Parameters<typeof t>[0];
