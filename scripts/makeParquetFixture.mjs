// Writes tests/io/formats/fixtures/events.parquet, the small Parquet file the importer tests read.
// Reproducible: the same rows give the same bytes (hyparquet-writer, no timestamps in the file).
//   node scripts/makeParquetFixture.mjs
import { writeFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';

const rows = [
  ['2014-06-10', 'Mosul falls to ISIS', 'ISIS; Iraqi Army', 'Battle', 0],
  ['2014-08-08', 'First US air strikes in Iraq', 'United States', 'Air strike', 0],
  ['2017-07-10', 'Mosul declared liberated', 'Iraqi Army; United States', 'Battle', 0],
  ['not a date', 'A row with a broken date', 'Nobody', 'Battle', 0],
  ['2024-01-27', 'First round of US-Iraq talks', 'United States; Iraq', 'Diplomacy', 0],
];
const buffer = parquetWriteBuffer({
  columnData: [
    { name: 'event_date', data: rows.map((r) => r[0]), type: 'STRING' },
    { name: 'headline', data: rows.map((r) => r[1]), type: 'STRING' },
    { name: 'actors', data: rows.map((r) => r[2]), type: 'STRING' },
    { name: 'type', data: rows.map((r) => r[3]), type: 'STRING' },
    { name: 'fatalities', data: Int32Array.from(rows.map((r) => r[4])), type: 'INT32' },
  ],
  rowGroupSize: 2,
});
writeFileSync(new URL('../tests/io/formats/fixtures/events.parquet', import.meta.url), new Uint8Array(buffer));
console.log(`wrote ${buffer.byteLength} bytes`);
