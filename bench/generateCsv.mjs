// Deterministic ACLED-shaped CSV for the benchmark (issue 8: CSV beside the JSON figures).
// The columns and value shapes of ACLED's current export (the header of
// ../shared/fixtures/external/acled-geosentinel-sample): "01 November 2024" dates, actors with
// "; "-joined associated actors, quoted notes with commas, a fatalities count. Seeded PRNG, so
// the same (size, seed) gives the same bytes everywhere.
//
//   node bench/generateCsv.mjs <size> <out.csv> [seed]
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, ensureDataset, mulberry32, parseSize } from './generate.mjs';

export const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ACTORS = [
  ['Military Forces of Iraq (2014-)', 'State forces'],
  ['Islamic State (Iraq)', 'Rebel group'],
  ['Military Forces of the United States (2021-)', 'External/Other forces'],
  ['Popular Mobilization Forces', 'Political militia'],
  ['Military Forces of Iraq (2014-) Kurdistan Regional Government - Peshmerga', 'State forces'],
  ['Unidentified Armed Group (Iraq)', 'Political militia'],
  ['Protesters (Iraq)', 'Protesters'],
  ['Civilians (Iraq)', 'Civilians'],
  ['Military Forces of Turkey (2016-)', 'External/Other forces'],
  ['Police Forces of Iraq (2014-)', 'State forces'],
];
const ASSOC = ['', '', '', 'Kataib Hezbollah', 'Asaib Ahl al-Haq; Kataib Hezbollah', 'Tribal Militia (Iraq)', 'Global Coalition Against Daesh'];
const TYPES = [
  ['Political violence', 'Battles', 'Armed clash'],
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
  ['Political violence', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['Political violence', 'Violence against civilians', 'Attack'],
  ['Demonstrations', 'Protests', 'Peaceful protest'],
  ['Strategic developments', 'Strategic developments', 'Arrests'],
];
const PLACES = [
  ['Ninewa', 'Mosul', 'Mosul', 36.34, 43.13],
  ['Al-Anbar', 'Ramadi', 'Ramadi', 33.42, 43.3],
  ['Al-Anbar', 'Falluja', 'Falluja', 33.35, 43.78],
  ['Salah al-Din', 'Tikrit', 'Tikrit', 34.6, 43.68],
  ['Kirkuk', 'Kirkuk', 'Kirkuk', 35.47, 44.39],
  ['Erbil', 'Erbil', 'Erbil', 36.19, 44.01],
  ['Baghdad', 'Karkh', 'Baghdad', 33.34, 44.4],
  ['Diyala', 'Baquba', 'Baquba', 33.75, 44.64],
];
const SOURCES = ['Shafaq News', 'Rudaw', 'Xinhua', 'Kurdistan 24', 'Iraqi News Agency', 'Baghdad Today; Shafaq News'];

const T0 = Date.UTC(2014, 0, 1);
const T1 = Date.UTC(2025, 0, 1);
const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function row(i, rand) {
  const d = new Date(T0 + Math.floor(rand() * (T1 - T0)));
  const date = `${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const [disorder, type, sub] = TYPES[Math.floor(rand() * TYPES.length)];
  const [a1, i1] = ACTORS[Math.floor(rand() * ACTORS.length)];
  const [a2, i2] = rand() < 0.7 ? ACTORS[Math.floor(rand() * ACTORS.length)] : ['', ''];
  const [admin1, admin2, location, lat, lon] = PLACES[Math.floor(rand() * PLACES.length)];
  const fatalities = rand() < 0.6 ? 0 : Math.floor(rand() * rand() * 40);
  // Shorter than real notes, so the 1M file (about 350 MB) stays well under a browser string's 512 MB limit.
  const notes = `${sub}, ${location}: ${fatalities} fatalities.`;
  return [
    `IRQ${i + 1}`, q(date), d.getUTCFullYear(), 1 + Math.floor(rand() * 3), q(disorder), q(type), q(sub),
    q(a1), q(ASSOC[Math.floor(rand() * ASSOC.length)]), q(i1), q(a2), '', q(i2), q(a2 ? `${i1}-${i2}` : `${i1} only`),
    type === 'Violence against civilians' ? 'Civilian targeting' : '', 368, 'Middle East', 'Iraq', q(admin1), q(admin2), '',
    q(location), (lat + rand() * 0.1).toFixed(4), (lon + rand() * 0.1).toFixed(4), 1 + Math.floor(rand() * 3),
    q(SOURCES[Math.floor(rand() * SOURCES.length)]), 'National', q(notes), fatalities, '', 1700000000 + i,
  ].join(',');
}

/** Writes `size` rows (plus the header) to `file`, via a temporary file. */
export async function writeAcledCsv(file, size, seed = DEFAULT_SEED) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  const rand = mulberry32(seed ^ 0xac1ed);
  out.write(`${ACLED_HEADER}\n`);
  for (let start = 0; start < size; start += 10_000) {
    const lines = [];
    for (let i = start; i < Math.min(size, start + 10_000); i++) lines.push(row(i, rand));
    if (!out.write(`${lines.join('\n')}\n`)) await new Promise((ok) => out.once('drain', ok));
  }
  await new Promise((ok, fail) => out.end((err) => (err ? fail(err) : ok())));
  renameSync(tmp, file);
  return file;
}

/** Path of the cached CSV for (size, seed) under `dir`, generating it when missing. */
export async function ensureAcledCsv(dir, size, seed = DEFAULT_SEED) {
  const file = resolve(dir, `acled-${size}-s${seed}.csv`);
  if (!existsSync(file)) await writeAcledCsv(file, size, seed);
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [sizeArg, out, seedArg] = process.argv.slice(2);
  if (!sizeArg || !out) {
    console.error('usage: node bench/generateCsv.mjs <size: 100k|1m|N> <out.csv> [seed]');
    process.exit(2);
  }
  await writeAcledCsv(resolve(out), parseSize(sizeArg), seedArg ? Number(seedArg) : DEFAULT_SEED);
  console.log(`wrote ${sizeArg} ACLED-shaped rows to ${out}`);
}

/**
 * The app's address for a bench size: '/' for `default`, else `/?data=` of the generated file
 * ('100k', '1m' for JSON; '100k-csv', '1m-csv' for ACLED-shaped CSV), generated when missing.
 */
export async function benchPagePath(dataDir, size, seed = DEFAULT_SEED) {
  if (size === 'default') return '/';
  const csv = size.endsWith('-csv');
  const count = parseSize(csv ? size.slice(0, -4) : size);
  const file = csv ? await ensureAcledCsv(dataDir, count, seed) : await ensureDataset(dataDir, count, seed);
  return `/?data=${encodeURIComponent(`/${basename(file)}`)}`;
}
