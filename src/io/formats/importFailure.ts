import { render } from '../../i18n/catalogue';
import { importsEn, type ImportsKey } from '../../i18n/imports.en';
import { IMPORTS_KEY_PREFIX } from '../../i18n/importsKey';
import type { Problem } from '../../model/types';
import { ImportError } from './importFormat';

/** A message of the importers' section said in English, with what the page needs to say it again in its language. */
export function importWords(
  key: ImportsKey,
  params: Record<string, string | number>,
  words?: Record<string, ImportsKey>,
): Pick<Problem, 'message' | 'key' | 'params' | 'words'> {
  const filled = { ...params };
  for (const [name, word] of Object.entries(words ?? {})) filled[name] = render(importsEn[word], params);
  return { message: render(importsEn[key], filled), key: IMPORTS_KEY_PREFIX + key, params, ...(words && { words }) };
}

/**
 * A file that fails as a whole, said by its catalogue key: the worker writes the English
 * (for logs and tests) and keeps the key and values, so the page writes it again in the
 * reader's language (problemMessage). File and column names travel as written; `words`
 * names values that are the catalogue's own words (a mapped column's role).
 */
export function importFailure(key: ImportsKey, params: Record<string, string | number>, words?: Record<string, ImportsKey>): ImportError {
  const said = importWords(key, params, words);
  return new ImportError(said.message, [{ path: '(document)', ...said }]);
}
