import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parquet } from '../../../src/io/formats/parquet';
import type { FormatInput } from '../../../src/io/formats/importFormat';
import { actorNames, convertValid } from './formatTestUtils';

/** Made by scripts/makeParquetFixture.mjs: five rows in three row groups, one with a broken date. */
function fixture(): FormatInput {
  const b = readFileSync('tests/io/formats/fixtures/events.parquet');
  return { fileName: 'events.parquet', bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) };
}

describe('Parquet', () => {
  it('is detected by its PAR1 magic', () => {
    const input = fixture();
    expect(parquet.detect({ text: '', bytes: new Uint8Array(input.bytes!.slice(0, 16)) })).toBe(1);
    expect(parquet.detect({ text: 'a,b', bytes: new TextEncoder().encode('a,b') })).toBe(0);
  });

  it('previews its columns and first rows and guesses the mapping', async () => {
    const preview = await parquet.preview!(fixture());
    expect(preview.columns).toEqual(['event_date', 'headline', 'actors', 'type', 'fatalities']);
    expect(preview.rows[0]).toEqual(['2014-06-10', 'Mosul falls to ISIS', 'ISIS; Iraqi Army', 'Battle', '0']);
    expect(preview.guessedMapping).toMatchObject({ date: 'event_date', title: 'headline', category: 'type', actors: ['actors'], actorSeparator: ';' });
  });

  it('converts through the mapping across row groups, rejecting the broken row by its number', async () => {
    const input = fixture();
    const mapping = (await parquet.preview!(input)).guessedMapping!;
    const progress: number[] = [];
    const result = await convertValid(parquet, input, { mapping, onProgress: (p: { rows: number }) => progress.push(p.rows) });
    expect(result.dataset.events.map((e) => e.title)).toEqual([
      'Mosul falls to ISIS',
      'First US air strikes in Iraq',
      'Mosul declared liberated',
      'First round of US-Iraq talks',
    ]);
    expect(actorNames(result.dataset, 3)).toEqual(['United States', 'Iraq']);
    expect(result.rejected).toMatchObject([{ row: 4, column: 'event_date', value: 'not a date', message: '"not a date" is not a date this app can read' }]);
    expect(progress).toEqual([2, 4, 5]);
  });

  it('says a truncated file is not a complete Parquet file', async () => {
    const input = fixture();
    const cut = { fileName: 'cut.parquet', bytes: input.bytes!.slice(0, 200) };
    await expect(parquet.convert(cut, { mapping: { date: 'event_date', title: 'headline' } })).rejects.toThrow(
      'cut.parquet is not a complete Parquet file',
    );
  });

  it('names a mapped column the file does not have', async () => {
    await expect(parquet.convert(fixture(), { mapping: { date: 'when', title: 'headline' } })).rejects.toThrow('events.parquet has no column "when"');
  });
});
