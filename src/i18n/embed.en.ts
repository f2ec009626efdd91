import { translator } from './translator';

/** The embed dialog's words, in English: a section of the catalogue that travels with the dialog's chunk. */
export const embedEn = {
  embedFrameTitle: '{title}: interactive timeline',
  embedTitle: 'Embed this view',
  embedHow:
    'Paste this into an article. The frame fills the column’s width and grows to fit what it shows; it opens on the view you see now.',
  embedCode: 'Embed code',
  embedCopy: 'Copy the code',
  embedClose: 'Close',
  embedCopied: 'Copied to the clipboard.',
  embedCopyByHand: 'The clipboard is not available here: the code is selected, copy it with Ctrl+C or ⌘C.',
};

/** The embed dialog's words in the language in force. */
export const t = translator('embed', embedEn);
