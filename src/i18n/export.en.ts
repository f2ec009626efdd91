import { partTranslator } from './t';

/** The export menu's words, in English: a section of the catalogue that travels with the menu's chunk. */
export const exportEn = {
  exportCsv: 'Events as CSV',
  exportJson: 'Events as JSON',
  exportCopyLink: 'Copy link',
  exportPreparing: { one: 'Preparing {count} event…', other: 'Preparing {count} events…' },
  exportSaved: { one: 'Saved {count} event as {format}.', other: 'Saved {count} events as {format}.' },
  exportFailed: 'The export failed: {error}',
  exportLinkCopied: 'Link to this view copied.',
  exportLinkWithoutData:
    'Link copied, but it cannot carry the data: it came from a file on this device. Share the file too, or put it online and open it by its address.',
  exportCopyRefused: 'The browser did not allow copying. The link is: {link}',
};

/** The export menu's words in the language in force, and the first paint's. */
export const t = partTranslator('export', exportEn);
