import { partTranslator } from './t';

/** The export menu's and the exported picture's words, in English: a section of the catalogue that travels with the menu's chunk. */
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
  exportViewSvg: 'View as SVG',
  exportViewPng: 'View as PNG',
  exportDrawing: 'Drawing the view as {format}…',
  exportSavedSvg: 'Saved the view as SVG.',
  exportSavedPng: 'Saved the view as PNG (twice the size on screen).',
  exportSourcePublished: 'Data: {where} (every event there cites its sources) · drawn with Coalition Timeline',
  exportSourceLocal: 'Data: {file} (a local file, not published) · drawn with Coalition Timeline',
  exportAFile: 'a file',
  exportPictureCounts: { one: 'Showing {shown} of {count} event', other: 'Showing {shown} of {count} events' },
  exportKeyEvent: 'event',
  exportKeyKeyEvent: 'key event',
  exportKeyPeriod: 'period',
  exportKeyPartialDate: 'dated to the month or year only',
  exportKeyBadge: 'more events than fit at this zoom',
  exportNoCanvas: 'this browser gave no canvas to draw the picture on',
  exportTooLarge: 'the picture ({width} × {height} px) is too large for this browser to make a PNG',
};

/** The export menu's words in the language in force, and the first paint's. */
export const t = partTranslator('export', exportEn);
