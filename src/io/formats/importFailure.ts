import { render } from '../../i18n/catalogue';
import { importsEn, type ImportsKey } from '../../i18n/imports.en';
import { IMPORTS_KEY_PREFIX } from '../../i18n/importsKey';
import type { KeyedText } from '../../model/types';
import { ImportError } from './importFormat';

/** Values a message's words are: one catalogue key, or a list of them (written as the language writes a list). */
export type ImportsWords = Record<string, ImportsKey | readonly ImportsKey[]>;

/**
 * A message of the importers' section in English, with what the page needs to write it
 * again in the reader's language (problemMessage). `words` names values that are the
 * catalogue's own words (a mapped column's role, format names); a `name` left undefined
 * (a file known by no name) is the catalogue's "The file", in the reader's words too.
 */
export function importWords(key: ImportsKey, values: Record<string, string | number | undefined> = {}, words: ImportsWords = {}): KeyedText {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) params[name] = value;
  const named: ImportsWords = 'name' in values && values.name === undefined ? { ...words, name: 'theFile' } : words;
  const filled = { ...params };
  const word = (k: ImportsKey) => render(importsEn[k], params);
  for (const [name, w] of Object.entries(named)) filled[name] = typeof w === 'string' ? word(w) : w.map(word).join(', ');
  const said: KeyedText = { message: render(importsEn[key], filled), key: IMPORTS_KEY_PREFIX + key, params };
  if (Object.keys(named).length > 0) said.words = named;
  return said;
}

/**
 * A file that fails as a whole, said by its catalogue key (importWords): the worker writes
 * the English (for logs and tests) and keeps the key and values, so the page writes it again
 * in the reader's language. File and column names travel as written.
 */
export function importFailure(key: ImportsKey, values: Record<string, string | number | undefined>, words?: ImportsWords): ImportError {
  const said = importWords(key, values, words);
  return new ImportError(said.message, [{ path: '(document)', ...said }]);
}
