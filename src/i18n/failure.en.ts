import { partTranslator } from './t';

/**
 * The words of a failed load, in English: what the server or the file did, and
 * the error panel's. A section of the catalogue that travels with the code that
 * needs it (io/failureMessages.ts and the panel are loaded only when a load fails).
 */
export const failureEn = {
  errorAddress: 'Address:',
  rejectedLoadTitle: 'Some rows of this file could not be read',
  rejectedLoadDefault: 'Open the default data instead',
  moreProblemsInCopy: '…and {count} more (all are in the copied text).',
  copyProblems: 'Copy problems',
  loadDefault: 'Load the default dataset',
  copied: 'Copied to the clipboard.',
  clipboardUnavailable: 'The clipboard is not available here: select this text and copy it.',
  addressNotAllowed: 'The dataset address is not allowed',
  onlyHttp: 'Only http: and https: addresses can be loaded.',
  serverAnswered: 'The server answered {status}',
  notFound: 'No dataset was found at this address (404). Check the data= parameter.',
  serverStatus: 'The server did not send the dataset (status {status}).',
  fetchFailed: 'The dataset could not be fetched',
  requestFailed:
    'The request failed before the server answered ({detail}): the address may be wrong, the server unreachable, or it may not allow cross-origin requests (CORS).',
  notValidJson: 'The dataset is not valid JSON',
  datasetProblems: { one: 'The dataset has {count} problem', other: 'The dataset has {count} problems' },
  couldNotRead: 'The dataset could not be read',
  // Where a problem is when it has no path inside the data: shown where a path would be.
  placeDocument: '(document)',
  placeColumns: '(columns)',
  placeFile: '(file)',
  placeFormat: '(format)',
  placeLoad: '(load)',
  placeRequest: '(request)',
  placeResponse: '(response)',
  placeUrl: '(url)',
};

/** The words of a failed load in the language in force, and the first paint's. */
export const t = partTranslator('failure', failureEn);
