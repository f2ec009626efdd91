import type { ProblemList } from './problemList';

/*
 * Translations (docs/dataset.md, "Translations"): the document says once per
 * language who translated and from what language; each actor, category, series,
 * point, period and event may then carry its texts in that language. One
 * hand-written checker for all of them, since events (up to a million) are checked
 * by a loop, not a schema, and the two must say the same things.
 */

/** A BCP 47-style language tag: "ar", "ar-IQ", "zh-Hant". */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const BY = ['machine', 'machine-edited', 'editor'];

type Json = Record<string, unknown>;
/** A JSON object (not null, not a list). */
export const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The fields an event may translate. */
export const EVENT_FIELDS = ['title', 'summary', 'place'];

/** The small lists' items and the fields each may translate (a series' points are under `points`). */
const LISTS: [string, string[]][] = [
  ['actors', ['name']],
  ['categories', ['name']],
  ['series', ['name', 'unit', 'note']],
  ['periods', ['title']],
];

/**
 * An item's `translations` at `path` (`events[3].translations`): each language a tag
 * the document declares, each entry an object of non-empty texts among `fields` (a
 * `quote` is not among them: quotes are never translated). With `languages` null it checks the declaration itself (the
 * document's `translations`, which also holds `from` and `translator`) and calls
 * `declared` with each good tag and entry.
 */
export function checkTranslations(
  p: ProblemList,
  path: string,
  raw: unknown,
  fields: readonly string[],
  languages: ReadonlySet<string> | null,
  declared?: (tag: string, entry: Json) => void,
): void {
  if (!isObject(raw)) return p.add(path, 'notObject');
  for (const tag in raw) {
    const at = `${path}.${tag}`;
    const entry = raw[tag];
    const good = LANGUAGE_TAG.test(tag);
    if (!good) p.add(at, 'languageTag');
    else if (languages && !languages.has(tag)) p.add(at, 'languageUndeclared');
    if (!isObject(entry)) {
      p.add(at, 'notObject');
      continue;
    }
    for (const key in entry) {
      const text = entry[key];
      // The declaration also says from what language, by whom (checked by the caller) and who in words.
      if (!languages && (key === 'from' || key === 'by')) continue;
      if (!fields.includes(key) && (languages || key !== 'translator')) p.add(`${at}.${key}`, 'unknownKey');
      else if (typeof text !== 'string') p.add(`${at}.${key}`, 'notString');
      else if (text === '') p.add(`${at}.${key}`, 'notEmpty');
    }
    if (good) declared?.(tag, entry);
  }
}

/**
 * The document's top-level `translations`: language tag -> { from, by, translator?, title?, description? }.
 * Returns the languages it declares, so items may only be translated into a declared one.
 */
export function checkDocumentTranslations(p: ProblemList, raw: unknown): Set<string> {
  const languages = new Set<string>();
  if (raw !== undefined) {
    checkTranslations(p, 'translations', raw, ['title', 'description'], null, (tag, entry) => {
      languages.add(tag);
      if (!BY.includes(entry.by as string)) p.add(`translations.${tag}.by`, entry.by === undefined ? 'required' : 'translatedByValue');
      const from = entry.from;
      if (typeof from !== 'string' || !LANGUAGE_TAG.test(from)) p.add(`translations.${tag}.from`, from === undefined ? 'required' : 'languageTag');
    });
  }
  return languages;
}

/** Each item of `list` at `key` with translations, checked. */
function checkList(p: ProblemList, key: string, list: unknown, fields: readonly string[], languages: ReadonlySet<string>): void {
  if (Array.isArray(list)) {
    list.forEach((item: unknown, i) => {
      if (isObject(item) && item.translations !== undefined) checkTranslations(p, `${key}[${i}].translations`, item.translations, fields, languages);
      if (key === 'series' && isObject(item)) checkList(p, `series[${i}].points`, item.points, ['note'], languages);
    });
  }
}

/** The translations of every actor, category, series, series point and period of the document. */
export function checkListTranslations(p: ProblemList, doc: Record<string, unknown>, languages: ReadonlySet<string>): void {
  for (const [key, fields] of LISTS) checkList(p, key, doc[key], fields, languages);
}
