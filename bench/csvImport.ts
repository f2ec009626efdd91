// Node measurement of the ACLED CSV import against papaparse alone on the same file, in one run.
//   npx rolldown bench/csvImport.ts --platform node --format esm -o /tmp/csvImport.mjs && node /tmp/csvImport.mjs <file.csv>
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { acledCsv } from '../src/io/formats/acledCsv';
import { validateDataset } from '../src/model/validate';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const bytes = Buffer.byteLength(text);

function papaAlone(): Promise<number> {
  return new Promise((resolve) => {
    let rows = 0;
    Papa.parse<string[]>(text, {
      chunkSize: 1 << 20,
      skipEmptyLines: true,
      chunk(results: Papa.ParseResult<string[]>) {
        rows += results.data.length;
      },
      complete: () => resolve(rows),
    });
  });
}

for (let run = 0; run < 2; run++) {
  const t0 = performance.now();
  const rows = await papaAlone();
  const t1 = performance.now();
  const result = await acledCsv.convert({ fileName: file, text }, {});
  const t2 = performance.now();
  const checked = validateDataset(result.document);
  const t3 = performance.now();
  const papa = t1 - t0;
  const convert = t2 - t1;
  console.log(
    JSON.stringify({
      run,
      mb: +(bytes / 1e6).toFixed(1),
      rows: rows - 1,
      events: result.document.events.length,
      rejected: result.rejected.length,
      valid: checked.ok,
      papaMs: Math.round(papa),
      convertMs: Math.round(convert),
      ratio: +(convert / papa).toFixed(2),
      validateMs: Math.round(t3 - t2),
      convertRowsPerS: Math.round((rows - 1) / (convert / 1000)),
      heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
    }),
  );
}
