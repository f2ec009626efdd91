import { problem } from './problemList';
import type { Problem } from './types';
import { validateDataset, type ValidateOptions, type ValidationResult } from './validate';

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A JSON syntax error as a problem located at its line and column when the engine says where. */
function syntaxProblem(text: string, error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(raw);
  const position = /at position (\d+)/.exec(raw);
  // Drop the engine's position and echoed input: the path carries the location.
  const detail = raw
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  const at = (line: number | string, column: number | string) => problem(`line ${line}, column ${column}`, 'notJson', { detail });
  if (lc) return at(lc[1], lc[2]);
  if (position) {
    const { line, column } = lineColumn(text, Number(position[1]));
    return at(line, column);
  }
  return problem('(document)', 'notJson', { detail });
}

/** JSON text parsed, or the problem that stopped it (empty file, syntax error with its line and column). */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/**
 * Parses a file's text as JSON without throwing. `location` (a URL or file name)
 * names the file in the message for an empty one; a byte-order mark is dropped.
 */
export function parseJsonText(text: string, location: string): JsonParseResult {
  // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    if (body.trim() === '') return { ok: false, problems: [problem('(document)', 'emptyFile', { location })] };
    return { ok: false, problems: [syntaxProblem(body, error)] };
  }
}

/**
 * Parses and validates a dataset file's text. `location` (a URL or file name)
 * names the file in the message for an empty one. JSON syntax errors come back as
 * a problem with the line and column, never as an exception.
 */
export function parseDatasetText(text: string, location: string, options?: ValidateOptions): ValidationResult {
  const parsed = parseJsonText(text, location);
  return parsed.ok ? validateDataset(parsed.value, options) : parsed;
}
