import { parseJsonText } from '../../model/parseDatasetText';
import type { Dataset } from '../../model/types';
import { ImportError, type FormatSample, type ImportFormat } from './importFormat';

/** `"version": 1` as a top-level key, as the format requires (docs/dataset.md). */
const VERSION_ONE = /"version"\s*:\s*1\b/;

/**
 * This app's own format (docs/dataset.md): the document is already a v1 dataset, so
 * conversion is JSON.parse alone and the pipeline's validation does the checking
 * (with the line and column of a syntax error). Kept this thin on purpose: it is
 * the path a million-event file takes.
 */
export const v1Json: ImportFormat = {
  id: 'v1-json',
  detect({ text }: FormatSample): number {
    // Any other object is a weak guess, so a broken v1 file still gets JSON's own errors, not "unknown format".
    return /^\s*\{/.test(text) ? (VERSION_ONE.test(text) ? 1 : 0.1) : 0;
  },
  async convert({ text = '', fileName }) {
    const parsed = parseJsonText(text, fileName ?? 'The file');
    if (!parsed.ok) throw new ImportError(parsed.problems[0].message, parsed.problems);
    // Not yet checked: the pipeline validates every document, whatever its format.
    return { document: parsed.value as Dataset, rejected: [], notes: [] };
  },
};
