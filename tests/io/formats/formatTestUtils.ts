import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { FormatInput, ImportFormat, ImportResult } from '../../../src/io/formats/importFormat';
import { validateDataset } from '../../../src/model/validate';
import type { Dataset } from '../../../src/model/types';

/** Third-party files, beside the repository (present in CI too). */
export const EXTERNAL = join(process.cwd(), '../shared/fixtures/external');

export function external(path: string): FormatInput {
  return { fileName: path.split('/').pop(), text: readFileSync(join(EXTERNAL, path), 'utf8') };
}

export function sampleOf(input: FormatInput) {
  const text = (input.text ?? '').slice(0, 64 * 1024);
  return { fileName: input.fileName, text, bytes: input.bytes ? new Uint8Array(input.bytes.slice(0, 64 * 1024)) : new TextEncoder().encode(text) };
}

/** Converts and checks that the document is one the app accepts, returning it as the app will see it. */
export async function convertValid(format: ImportFormat, input: FormatInput, options = {}): Promise<ImportResult & { dataset: Dataset }> {
  const result = await format.convert(input, options);
  const checked = validateDataset(result.document);
  if (!checked.ok) expect(checked.problems.slice(0, 5)).toEqual([]);
  return { ...result, dataset: (checked as { dataset: Dataset }).dataset };
}

export function actorNames(d: Dataset, eventIndex: number): string[] {
  const byId = new Map(d.actors.map((a) => [a.id, a.name]));
  return d.events[eventIndex].actors.map((a) => byId.get(a) ?? `?${a}`);
}
