// Writes a language's translations from scripts/translations/<lang>.json into a dataset
// (docs/dataset.md, "Translations"). Only "translations" keys are written: titles, summaries,
// names and quotes are left as they are.
//
// Each entry of the table carries "of", a hash of the English it was translated from. An entry
// whose English has changed since is stale: it is not written, and the script says so (a stale
// translation cannot be seen otherwise). --stamp marks entries without "of" as translated from
// the English as it is now: run it once after translating, never to silence a stale entry.
//
// Usage: node scripts/translate.mjs <lang> [--stamp] [dataset]   (default data/coalition.json)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where each list's entries live in the table, and which English field each translated key comes from. */
export const FIELDS = {
  actors: { name: (x) => x.name },
  categories: { name: (x) => x.name },
  series: { name: (x) => x.name, unit: (x) => x.unit, note: (x) => x.note },
  periods: { title: (x) => x.title },
  events: { title: (x) => x.title, summary: (x) => x.summary, place: (x) => x.place?.name },
};
/** A story step's texts; a step is named by its event, or by its date range (`2023-10-17/2024-01-24`). */
const STEP_FIELDS = { title: (x) => x.title, narration: (x) => x.narration };
export const stepKey = (step) => step.event ?? `${step.from}/${step.to ?? ''}`;
const DOCUMENT_FIELDS = { title: (d) => d.title, description: (d) => d.description };
/** Keys of a table entry that are not translated text. */
const NOT_TEXT = new Set(['of', 'from', 'by', 'translator']);

/** Hash of the original texts an entry translates, in the entry's key order. */
export function originalHash(entry, fields, item) {
  const texts = Object.keys(entry)
    .filter((k) => !NOT_TEXT.has(k))
    .map((k) => fields[k]?.(item) ?? null);
  return createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 16);
}

/** The translation as the dataset holds it: the texts (and an entry's own "by"), without the table's stamp. */
const textsOf = (entry) => Object.fromEntries(Object.entries(entry).filter(([k]) => k !== 'of'));

/** Sets (or, for undefined texts, removes) an item's translation into `lang`, keeping its other languages. */
function setTranslation(item, lang, texts) {
  const translations = { ...item.translations };
  delete translations[lang];
  if (texts) translations[lang] = texts;
  if (Object.keys(translations).length) item.translations = translations;
  else delete item.translations;
}

/**
 * Compares a table with a dataset: what is missing from the table, what is stale, and the
 * dataset with the current translations written in. Pure: nothing is read or written.
 */
export function applyTranslations(doc, lang, table, { stamp = false } = {}) {
  const missing = [];
  const stale = [];
  const unstamped = [];
  const out = structuredClone(doc);

  const apply = (label, item, entry, fields, write) => {
    if (!entry) {
      missing.push(label);
      return;
    }
    const hash = originalHash(entry, fields, item);
    if (entry.of === undefined && stamp) entry.of = hash;
    if (entry.of === undefined) unstamped.push(label);
    else if (entry.of !== hash) stale.push(label);
    else return write(textsOf(entry));
    write(undefined);
  };

  // The language's declaration (from, by, translator) is written even when the title is stale:
  // the items translated into it must still say who translated them.
  const declared = table.document ?? {};
  const declaration = { from: declared.from, by: declared.by, ...(declared.translator ? { translator: declared.translator } : {}) };
  apply('document', out, table.document, DOCUMENT_FIELDS, (texts) => {
    out.translations = { ...out.translations, [lang]: { ...declaration, ...texts } };
  });

  for (const [key, fields] of Object.entries(FIELDS)) {
    for (const item of out[key] ?? []) {
      const id = item.id ?? item.title;
      apply(`${key}/${id}`, item, table[key]?.[id], fields, (texts) => setTranslation(item, lang, texts));
    }
  }
  // A series' points have no ids: a point is named by its date and kind, which are unique in a series.
  const pointFields = { note: (x) => x.note };
  const pointKey = (pt) => `${pt.date} ${pt.kind ?? (pt.estimate === 'authorized' ? 'ceiling' : 'count')}`;
  const pointLabels = new Set();
  for (const series of out.series ?? []) {
    for (const pt of series.points ?? []) {
      if (pt.note === undefined) continue;
      const label = `points/${series.id}/${pointKey(pt)}`;
      pointLabels.add(label);
      apply(label, pt, table.points?.[series.id]?.[pointKey(pt)], pointFields, (texts) => setTranslation(pt, lang, texts));
    }
  }
  for (const [id, points] of Object.entries(table.points ?? {})) {
    for (const key of Object.keys(points)) if (!pointLabels.has(`points/${id}/${key}`)) pointLabels.add(`unused:points/${id}/${key}`);
  }

  const stepLabels = new Set();
  for (const step of Array.isArray(out.story) ? out.story : []) {
    const label = `story/${stepKey(step)}`;
    stepLabels.add(label);
    apply(label, step, table.story?.[stepKey(step)], STEP_FIELDS, (texts) => setTranslation(step, lang, texts));
  }

  const known = new Set(Object.keys(FIELDS).flatMap((key) => (out[key] ?? []).map((x) => `${key}/${x.id ?? x.title}`)));
  const unused = Object.keys(FIELDS).flatMap((key) => Object.keys(table[key] ?? {}).map((id) => `${key}/${id}`)).filter((l) => !known.has(l));
  unused.push(...Object.keys(table.story ?? {}).map((k) => `story/${k}`).filter((l) => !stepLabels.has(l)));
  unused.push(...[...pointLabels].filter((l) => l.startsWith('unused:')).map((l) => l.slice(7)));
  return { doc: out, missing, stale, unstamped, unused };
}

/** The dataset's keys in their documented order, with "translations" after the description. */
function ordered(doc) {
  const { translations, ...rest } = doc;
  const out = {};
  for (const [k, v] of Object.entries(rest)) {
    out[k] = v;
    if (k === 'description' && translations) out.translations = translations;
  }
  if (translations && !out.translations) out.translations = translations;
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const lang = args.find((a) => !a.startsWith('--'));
  const path = args.filter((a) => !a.startsWith('--'))[1] ?? 'data/coalition.json';
  if (!lang) {
    console.error('Usage: node scripts/translate.mjs <lang> [--stamp] [dataset]');
    process.exit(2);
  }
  const tablePath = new URL(`./translations/${lang}.json`, import.meta.url);
  const table = JSON.parse(readFileSync(tablePath, 'utf8'));
  const stamp = args.includes('--stamp');
  const result = applyTranslations(JSON.parse(readFileSync(path, 'utf8')), lang, table, { stamp });
  writeFileSync(path, JSON.stringify(ordered(result.doc), null, 2) + '\n');
  if (stamp) writeFileSync(tablePath, JSON.stringify(table, null, 2) + '\n');
  console.log(`${lang}: written into ${path}`);
  if (result.missing.length) console.log(`not translated (${result.missing.length}): ${result.missing.join(', ')}`);
  if (result.stale.length) console.log(`stale, not written (the original changed since): ${result.stale.join(', ')}`);
  if (result.unstamped.length) console.log(`not stamped, not written (run with --stamp once translated): ${result.unstamped.join(', ')}`);
  if (result.unused.length) console.log(`in the table but not in the dataset: ${result.unused.join(', ')}`);
  process.exitCode = result.stale.length || result.unstamped.length ? 1 : 0;
}
