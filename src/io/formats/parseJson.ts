import type { FormatInput } from './importFormat';
import { importFailure } from './importFailure';

/**
 * The file's JSON, or an Error saying which file is not JSON and where it breaks
 * ("line 3, column 16"), as the v1 loader reports it.
 */
export function parseJsonOrThrow(input: FormatInput, what: string): unknown {
  const text = input.text;
  const name = input.fileName ?? 'The file';
  if (text === undefined || text.trim() === '') throw importFailure('fileEmpty', { name });
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const pos = Number(at[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${pos - before.lastIndexOf('\n')}`;
    }
    throw new Error(`${name} is not valid JSON${where}, so it cannot be read as ${what}: ${message}`);
  }
}
