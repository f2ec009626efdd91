// Deterministic synthetic datasets in format v1 for the benchmark and the scale tests.
// The same (size, seed) always gives the same bytes: a seeded PRNG, no clock, no Math.random.
//
//   node bench/generate.mjs <size> <out.json> [seed]     e.g. node bench/generate.mjs 100k /tmp/100k.json
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, good enough for test data, identical on every platform. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULT_SEED = 20140610;

const ACTORS = [
  { id: 'us', name: 'United States', kind: 'state' },
  { id: 'coalition', name: 'Global Coalition', kind: 'coalition' },
  { id: 'iraq-gov', name: 'Government of Iraq', kind: 'government' },
  { id: 'peshmerga', name: 'Kurdish Peshmerga', kind: 'armed-group' },
  { id: 'pmf', name: 'Popular Mobilization Forces', kind: 'armed-group' },
  { id: 'isis', name: 'ISIS', kind: 'armed-group' },
  { id: 'uk', name: 'United Kingdom', kind: 'state' },
  { id: 'iran', name: 'Iran', kind: 'state' },
];
/** Relative frequency of each actor above, so lanes have different densities. */
const ACTOR_WEIGHTS = [20, 14, 18, 9, 8, 22, 5, 4];
const CATEGORIES = [
  { id: 'attack', name: 'Attack' },
  { id: 'airstrike', name: 'Airstrike' },
  { id: 'diplomacy', name: 'Diplomacy' },
  { id: 'deployment', name: 'Deployment' },
  { id: 'humanitarian', name: 'Humanitarian' },
];
const VERBS = {
  attack: ['Car bomb in', 'Raid on', 'Ambush near', 'Mortar fire on', 'Assault on'],
  airstrike: ['Airstrike near', 'Drone strike in', 'Strikes around', 'Air raid on'],
  diplomacy: ['Talks in', 'Delegation visits', 'Agreement signed in', 'Envoy meets officials in'],
  deployment: ['Troops arrive in', 'Advisers deployed to', 'Base reopened near', 'Units withdraw from'],
  humanitarian: ['Aid convoy reaches', 'Displaced families return to', 'Clinic reopens in', 'Camp expanded near'],
};
// Accented and apostrophe'd names so search can be checked for accent-insensitivity.
const PLACES = [
  'Mosul', 'Ramadi', 'Fallujah', 'Tikrit', 'Kirkuk', 'Erbil', 'Baghdad', 'Sinjar', 'Qayyarah', "Al-Qa'im",
  'Hīt', 'Bayji', 'Samarra', 'Haditha', 'Tal Afar', 'Makhmur', 'Rutba', 'Baqubah', 'Amirli', 'Ḥawija',
];
const PUBLISHERS = ['Reuters', 'Associated Press', 'CENTCOM', 'Iraqi News Agency', 'The National', 'BBC', 'Rudaw', 'UN OCHA'];
const GRADES = ['A', 'B', 'C'];
const SOURCE_COUNT = 1000;

const T0 = Date.UTC(2014, 0, 1);
const T1 = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

const pad = (n, w = 2) => String(n).padStart(w, '0');
const ymd = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function pickWeighted(rand, weights, total) {
  let r = rand() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** Parses "1k", "10k", "1m", "2500" into an event count. */
export function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(String(text).trim());
  if (!m) throw new Error(`not a size: ${text} (use e.g. 1k, 100k, 1m)`);
  const mult = { '': 1, k: 1_000, m: 1_000_000 }[m[2].toLowerCase()];
  return Math.round(Number(m[1]) * mult);
}

/** One event as a JSON string; `rand` advances identically for every run. */
function eventJson(i, rand) {
  const t = T0 + Math.floor(rand() * (T1 - T0 - 120 * DAY));
  const d = new Date(t);
  const p = rand();
  let date;
  let precision;
  if (p < 0.7) [date, precision] = [ymd(d), 'day'];
  else if (p < 0.85) [date, precision] = [`${ymd(d)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00Z`, 'time'];
  else if (p < 0.97) [date, precision] = [`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, 'month'];
  else [date, precision] = [String(d.getUTCFullYear()), 'year'];

  let end = null;
  if (rand() < 0.1) {
    // Always at least one whole unit after the start, so it is valid at any precision.
    if (precision === 'year') end = String(d.getUTCFullYear() + 1);
    else if (precision === 'month') {
      const e = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1 + Math.floor(rand() * 3), 1));
      end = `${e.getUTCFullYear()}-${pad(e.getUTCMonth() + 1)}`;
    } else end = ymd(new Date(t + (1 + Math.floor(rand() * 90)) * DAY));
  }

  const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)].id;
  const verbs = VERBS[category];
  const place = PLACES[Math.floor(rand() * PLACES.length)];
  const title = `${verbs[Math.floor(rand() * verbs.length)]} ${place} (report ${i + 1})`;

  const actorCount = 1 + Math.floor(rand() * rand() * 3);
  const actors = [];
  while (actors.length < actorCount) {
    const a = ACTORS[pickWeighted(rand, ACTOR_WEIGHTS, 100)].id;
    if (!actors.includes(a)) actors.push(a);
  }
  const ip = rand();
  const importance = ip < 0.7 ? 1 : ip < 0.92 ? 2 : 3;
  const source = `src-${pad(Math.floor(rand() * SOURCE_COUNT), 4)}`;

  const ev = { id: `ev-${pad(i + 1, 7)}`, date };
  if (end) ev.end = end;
  ev.title = title;
  if (rand() < 0.3) ev.summary = `Officials in ${place} confirmed the report; figures were not independently verified.`;
  ev.actors = actors;
  ev.category = category;
  ev.importance = importance;
  ev.sources = [{ source }];
  return JSON.stringify(ev);
}

function headerJson(size, seed) {
  const rand = mulberry32(seed ^ 0x5eed);
  const sources = [];
  for (let s = 0; s < SOURCE_COUNT; s++) {
    const d = new Date(T0 + Math.floor(rand() * (T1 - T0)));
    sources.push({
      id: `src-${pad(s, 4)}`,
      publisher: PUBLISHERS[s % PUBLISHERS.length],
      title: `Situation report ${s + 1}`,
      url: `https://example.org/reports/${s + 1}`,
      published: ymd(d),
      grade: GRADES[s % GRADES.length],
    });
  }
  const head = {
    version: 1,
    title: `Synthetic benchmark dataset: ${size.toLocaleString('en-US')} events (seed ${seed})`,
    description: 'Deterministic synthetic events for measuring the app at scale. Not real events.',
    actors: ACTORS,
    categories: CATEGORIES,
    sources,
  };
  return JSON.stringify(head).slice(0, -1);
}

function seriesJson() {
  const points = [
    ['2014-06', 300, 'authorized'],
    ['2015-06', 3500, 'authorized'],
    ['2016-09', 5000, 'approximate'],
    ['2019-01', 5200, 'approximate'],
    ['2021-01', 2500, 'approximate'],
    ['2024-01', 2500, 'approximate'],
  ].map(([date, value, estimate], k) => ({ date, value, estimate, source: `src-${pad(k, 4)}` }));
  return JSON.stringify([{ id: 'us-troops-iraq', name: 'US troops in Iraq', unit: 'troops', actor: 'us', points }]);
}

/**
 * The document as a sequence of string chunks (about `chunkEvents` events each),
 * so a million events can be written without holding the whole text.
 */
export function* documentChunks(size, seed = DEFAULT_SEED, chunkEvents = 10_000) {
  const rand = mulberry32(seed);
  yield `${headerJson(size, seed)},"events":[`;
  for (let start = 0; start < size; start += chunkEvents) {
    const parts = [];
    for (let i = start; i < Math.min(size, start + chunkEvents); i++) parts.push(eventJson(i, rand));
    yield (start === 0 ? '' : ',') + parts.join(',');
  }
  yield `],"series":${seriesJson()}}`;
}

/** The whole document as one string (fine up to ~10^5 events). */
export function generateDocumentText(size, seed = DEFAULT_SEED) {
  return [...documentChunks(size, seed)].join('');
}

/** Writes the document to `file` (via a temporary file, so a half-written file is never used). */
export async function writeDataset(file, size, seed = DEFAULT_SEED) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  for (const chunk of documentChunks(size, seed)) {
    if (!out.write(chunk)) await new Promise((ok) => out.once('drain', ok));
  }
  await new Promise((ok, fail) => out.end((err) => (err ? fail(err) : ok())));
  renameSync(tmp, file);
  return file;
}

/** Path of the cached dataset for (size, seed) under `dir`, generating it when missing. */
export async function ensureDataset(dir, size, seed = DEFAULT_SEED) {
  const file = resolve(dir, `synthetic-${size}-s${seed}.json`);
  if (!existsSync(file)) await writeDataset(file, size, seed);
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [sizeArg, out, seedArg] = process.argv.slice(2);
  if (!sizeArg || !out) {
    console.error('usage: node bench/generate.mjs <size: 1k|10k|100k|1m|N> <out.json> [seed]');
    process.exit(2);
  }
  const size = parseSize(sizeArg);
  await writeDataset(resolve(out), size, seedArg ? Number(seedArg) : DEFAULT_SEED);
  console.log(`wrote ${size} events to ${out}`);
}
