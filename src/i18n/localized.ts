import type { DatasetMeta, LoadedDataset } from '../model/loadedDataset';
import type { DocumentTranslation, EventTranslation, Series, StoryStep, StoryStepTranslation, Translations } from '../model/types';
import { localDigits } from './format';
import { getDigits, getLocale, GROUP_SEPARATOR, localeKey } from './locale';
import { translatedOrNone } from './translator';

/*
 * The dataset's own words in the reader's language: where the dataset translates a
 * name, title, summary, place or note into the language in force, that translation;
 * else the original. The originals stay what the dataset holds (exports, ids, search
 * keep them): these helpers are for what is shown. A translation is shown marked as
 * one (the details' note, the header's); quotes are never translated (the format has
 * no place for it).
 *
 * A translation's numbers follow the reader's digits, as every number the page writes
 * does (docs/dataset.md, "Translations"): the table holds them in Latin digits, and
 * Arabic-Indic ones are written here when they are in force. Phrases quoted from a
 * source (“…”) and codes with digits in them (F-16, MQ-9) stay as written, and so does
 * an untranslated original.
 */

/** A quoted phrase, a word of Latin letters with digits in it, or a number ("5,200", "8.5", "8:30"). */
const QUOTE_CODE_OR_NUMBER = /“[^”]*”|[A-Za-z][\w-]*\d[\w-]*|\d+(?:[.,:]\d+)*/g;
/** The decimal mark of Arabic-Indic digits (U+066B), as Intl writes it. */
const ARABIC_DECIMAL = '\u066b';

/** A translated text with its numbers in the digits in force; quotes and codes as written. */
export function translatedDigits(text: string): string {
  const digits = getDigits();
  if (digits === 'latn') return text;
  return text.replace(QUOTE_CODE_OR_NUMBER, (m) =>
    m.startsWith('“') || /[A-Za-z]/.test(m) ? m : localDigits(m.replace(/,/g, GROUP_SEPARATOR[digits]).replace(/\./g, ARABIC_DECIMAL)),
  );
}

/** A translation's texts with their numbers in the digits in force, kept per translation while the language and digits stay. */
const shownTranslations = new WeakMap<object, { key: string; shown: Record<string, unknown> }>();
function shownTranslation<T extends object>(translation: T): T {
  if (getDigits() === 'latn') return translation;
  const key = localeKey();
  const kept = shownTranslations.get(translation);
  if (kept?.key === key) return kept.shown as T;
  const shown = Object.fromEntries(Object.entries(translation).map(([k, v]) => [k, typeof v === 'string' ? translatedDigits(v) : v]));
  shownTranslations.set(translation, { key, shown });
  return shown as T;
}

type Translatable<K extends string> = { translations?: Translations<Partial<Record<K, string>>> } & Record<K, string>;

/** An item's `field` (an actor's or category's `name`, a period's `title`) in the language in force where translated. */
export function local<K extends string>(item: Translatable<K>, field: K): string;
export function local<K extends string>(item: Partial<Record<K, string>> & { translations?: Translations<Partial<Record<K, string>>> }, field: K): string | undefined;
export function local<K extends string>(item: Partial<Record<K, string>> & { translations?: Translations<Partial<Record<K, string>>> }, field: K): string | undefined {
  const translated = item.translations?.[getLocale()]?.[field];
  return translated ? translatedDigits(translated) : item[field];
}

/** An actor's, category's or series' name in the language in force. */
export const localName = (item: { name: string; translations?: Translations<{ name?: string }> }): string => local(item, 'name');

/** Row `row`'s title in the language in force where translated, else as written. */
export function localTitle(dataset: LoadedDataset, row: number): string {
  const shown = dataset.text.titleIn(row, getLocale());
  // titleIn falls back to the original: only a title that differs from it is a translation.
  return getDigits() === 'latn' || shown === dataset.text.title(row) ? shown : translatedDigits(shown);
}

/** The dataset's word on its translation into the language in force (who, from what; its title and description as shown), or null when there is none. */
export function documentTranslation(meta: DatasetMeta): DocumentTranslation | null {
  const translation = meta.translations?.[getLocale()];
  return translation ? shownTranslation(translation) : null;
}

/**
 * The dataset's title in its own language, except the importers' word for a file that gave
 * none ("Imported table"), which is the interface's and said in the language in force: what
 * an export writes and names its file by.
 */
export function ownTitle(meta: DatasetMeta): string {
  return (meta.titleWord && translatedOrNone('imports', meta.titleWord)) || meta.title;
}

/** The dataset's title as the page shows it: its translation into the language in force, else ownTitle. */
export function shownTitle(meta: DatasetMeta): string {
  return documentTranslation(meta)?.title ?? ownTitle(meta);
}

/** An event's translation into the language in force, as shown, or null (then everything about it is shown as written). */
export function eventTranslation(event: { translations?: Translations<EventTranslation> }): EventTranslation | null {
  const translation = event.translations?.[getLocale()];
  return translation ? shownTranslation(translation) : null;
}

/** A story step's title and narration in the language in force, as shown, or null (then the step is shown as written). */
export function stepTranslation(step: StoryStep): StoryStepTranslation | null {
  const translation = step.translations?.[getLocale()];
  return translation ? shownTranslation(translation) : null;
}

/**
 * A series as the chart shows it: its name, note and its points' notes in the language
 * in force where translated. `unit` stays as written: it groups the chart's panels and
 * picks the unit's words from the catalogue.
 */
export function localSeries(series: Series): Series {
  const into = series.translations?.[getLocale()];
  const translatedPoint = series.points.some((p) => p.translations?.[getLocale()]?.note);
  if (!into && !translatedPoint) return series;
  const note = local(series, 'note');
  const shown: Series = { ...series, name: localName(series), points: series.points.map((p) => (p.note === undefined ? p : { ...p, note: local(p, 'note') })) };
  if (note !== undefined) shown.note = note;
  return shown;
}
