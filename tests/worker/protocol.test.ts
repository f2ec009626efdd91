import { describe, expect, it } from 'vitest';
import { generateDocumentText } from '../../bench/generate.mjs';
import { parseDocument } from '../../src/io/loadSequence';
import { documentTransferList } from '../../src/worker/protocol';

const ROWS = 4000;

/** Every path in `value` with what sits there, depth first. */
function* walk(value: unknown, path = 'document'): Generator<[string, unknown]> {
  yield [path, value];
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
  for (const [key, child] of Object.entries(value)) yield* walk(child, `${path}.${key}`);
}

describe("the worker's 'loaded' message", () => {
  const result = parseDocument(generateDocumentText(ROWS), 'bench.json', () => {});
  if (!result.ok) throw new Error('the generated dataset did not parse');
  const { document } = result;
  const moved = new Set(documentTransferList(document));

  it('moves every typed array it holds (transferred, not copied by structured clone)', () => {
    const views = [...walk(document)].filter(([, v]) => ArrayBuffer.isView(v)) as [string, ArrayBufferView][];
    expect(views.length).toBeGreaterThan(20);
    const copied = views.filter(([, v]) => !moved.has(v.buffer as ArrayBuffer)).map(([p]) => p);
    expect(copied).toEqual([]);
  });

  it('carries nothing that grows with the rows outside those buffers (no array, object or text of row count)', () => {
    // Sizes of every plain array, object and string at two row counts: what grows with the rows would be structured-cloned.
    const sizes = (rows: number) => {
      const parsed = parseDocument(generateDocumentText(rows), 'bench.json', () => {});
      if (!parsed.ok) throw new Error('the generated dataset did not parse');
      const out = new Map<string, number>();
      for (const [path, v] of walk(parsed.document)) {
        if (ArrayBuffer.isView(v)) continue;
        if (typeof v === 'string') out.set(path, v.length);
        else if (v !== null && typeof v === 'object') out.set(path, Object.keys(v).length);
      }
      return out;
    };
    const small = sizes(ROWS / 2);
    const big = sizes(ROWS * 2);
    const growing = [...big].filter(([path, n]) => n >= 100 && n > 1.5 * (small.get(path) ?? 0)).map(([path, n]) => `${path} (${small.get(path)} -> ${n})`);
    expect(growing).toEqual([]);
    // What does travel as plain data is the dataset's own description: actors, categories, sources, series.
    expect(big.get('document.meta.actors')).toBe(small.get('document.meta.actors'));
  });
});
