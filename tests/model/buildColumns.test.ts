import { describe, expect, it } from 'vitest';
import { buildColumns } from '../../src/model/buildColumns';
import { datasetWith, event } from './fixtures';
import { validateDataset } from '../../src/model/validate';

const utc = Date.UTC;

describe('buildColumns', () => {
  it('sorts rows by start and records the original index of each row', () => {
    const { columns, order } = buildColumns(
      datasetWith([event('c', '2016-03-01'), event('a', '2014-06-10'), event('b', '2015')]),
    );
    expect(Array.from(order)).toEqual([1, 2, 0]);
    expect(Array.from(columns.start)).toEqual([utc(2014, 5, 10), utc(2015, 0, 1), utc(2016, 2, 1)]);
  });

  it('keeps document order for events that start together', () => {
    const { order } = buildColumns(
      datasetWith([event('x', '2015-01-01'), event('y', '2014'), event('z', '2015-01'), event('w', '2015')]),
    );
    // "2015-01-01", "2015-01" and "2015" all start at 1 January 2015.
    expect(Array.from(order)).toEqual([1, 0, 2, 3]);
  });

  it('ends a point event at the end of its period and a range event at the end of its end period', () => {
    const { columns } = buildColumns(
      datasetWith([
        event('year', '2014'),
        event('month', '2014-06'),
        event('day', '2014-06-10'),
        event('minute', '2014-06-10T12:00Z'),
        event('range', '2014-06-10', { end: '2014-07' }),
      ]),
    );
    // Rows: year, month, day, range (starts with the day, later in the document), minute.
    expect(Array.from(columns.end)).toEqual([
      utc(2015, 0, 1),
      utc(2014, 6, 1),
      utc(2014, 5, 11),
      utc(2014, 7, 1),
      utc(2014, 5, 10, 12, 1),
    ]);
    expect(Array.from(columns.precision)).toEqual([0, 1, 2, 2, 3]);
    expect(Array.from(columns.isRange)).toEqual([0, 0, 0, 1, 0]);
  });

  it('stores categories, importance and actors by index', () => {
    const { columns } = buildColumns(
      datasetWith([
        event('b', '2015', { actors: ['isis', 'us'], category: 'diplomacy', importance: 3 }),
        event('a', '2014', { actors: ['iraq-gov'] }),
      ]),
    );
    expect(Array.from(columns.category)).toEqual([0, 1]);
    expect(Array.from(columns.importance)).toEqual([1, 3]);
    expect(Array.from(columns.actorOffsets)).toEqual([0, 1, 3]);
    expect(Array.from(columns.actorIndices)).toEqual([1, 2, 0]);
  });
});

describe('buildColumns with the dates validation parsed', () => {
  it('gives exactly the columns it builds by parsing the dates itself', async () => {
    const { generateDocumentText } = await import('../../bench/generate.mjs');
    const result = validateDataset(JSON.parse(generateDocumentText(2_000, 7)));
    if (!result.ok || !result.dates) throw new Error('generated document is invalid');
    const parsedHere = buildColumns(result.dataset);
    const reused = buildColumns(result.dataset, result.dates);
    expect(reused.order).toEqual(parsedHere.order);
    for (const key of ['start', 'end', 'precision', 'isRange', 'category', 'importance', 'actorOffsets', 'actorIndices'] as const) {
      expect(Array.from(reused.columns[key]), key).toEqual(Array.from(parsedHere.columns[key]));
    }
  });
});
