import { render } from '../i18n/catalogue';
import { problemsEn } from '../i18n/problems.en';
import type { ParseFailure } from './loadSequence';
import { importWords } from './formats/importFailure';

/**
 * A file with nothing in it, said in the words the v1 parse has always used, by catalogue
 * key so the page says it in the reader's language. A module of its own: the v1 path
 * imports it only for an empty file, so the default load carries none of these words.
 */
export const emptyFile = (location: string): ParseFailure => ({
  ok: false,
  title: importWords('emptyFileTitle'),
  problems: [{ path: '(document)', message: render(problemsEn.emptyFile, { location }), key: 'emptyFile', params: { location } }],
});
