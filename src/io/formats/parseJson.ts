import type { FormatInput } from './importFormat';
import { importFailure } from './importFailure';
import type { ImportsKey } from '../../i18n/imports.en';

/**
 * The file's JSON, or an Error saying which file is not JSON and where it breaks
 * ("line 3, column 16"), as the v1 loader reports it; `what` is the catalogue's word for what
 * it was to be read as ("a list of records").
 */
export function parseJsonOrThrow(input: FormatInput, what: ImportsKey): unknown {
  const text = input.text;
  const name = input.fileName;
  if (text === undefined || text.trim() === '') throw importFailure('fileEmpty', { name });
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(detail);
    if (!at) throw importFailure('notJson', { name, detail }, { what });
    // The line and column in the page's digits (numbers, not text), the parser's words as it wrote them.
    const pos = Number(at[1]);
    const before = text.slice(0, pos);
    throw importFailure('notJsonAt', { name, detail, line: before.split('\n').length, column: pos - before.lastIndexOf('\n') }, { what });
  }
}
