import { render } from '../../i18n/catalogue';
import { importsEn, type ImportsKey } from '../../i18n/imports.en';
import { IMPORTS_KEY_PREFIX } from '../../i18n/importsKey';
import { ImportError } from './importFormat';

/**
 * A file that fails as a whole, said by its catalogue key: the worker writes the English
 * (for logs and tests) and keeps the key and values, so the page writes it again in the
 * reader's language (problemMessage). File and column names travel as written.
 */
export function importFailure(key: ImportsKey, params: Record<string, string | number>): ImportError {
  const message = render(importsEn[key], params);
  return new ImportError(message, [{ path: '(document)', message, key: IMPORTS_KEY_PREFIX + key, params }]);
}
