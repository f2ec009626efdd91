import type { DatasetMeta, LoadedDataset } from '../model/loadedDataset';
import type { DocumentTranslation, EventTranslation, Series, Translations } from '../model/types';
import { getLocale } from './locale';

/*
 * The dataset's own words in the reader's language: where the dataset translates a
 * name, title, summary, place or note into the language in force, that translation;
 * else the original. The originals stay what the dataset holds (exports, ids, search
 * keep them): these helpers are for what is shown. A translation is shown marked as
 * one (the details' note, the header's); quotes are never translated (the format has
 * no place for it).
 */

type Translatable<K extends string> = { translations?: Translations<Partial<Record<K, string>>> } & Record<K, string>;

/** An item's `field` (an actor's or category's `name`, a period's `title`) in the language in force where translated. */
export function local<K extends string>(item: Translatable<K>, field: K): string;
export function local<K extends string>(item: Partial<Record<K, string>> & { translations?: Translations<Partial<Record<K, string>>> }, field: K): string | undefined;
export function local<K extends string>(item: Partial<Record<K, string>> & { translations?: Translations<Partial<Record<K, string>>> }, field: K): string | undefined {
  return item.translations?.[getLocale()]?.[field] || item[field];
}

/** An actor's, category's or series' name in the language in force. */
export const localName = (item: { name: string; translations?: Translations<{ name?: string }> }): string => local(item, 'name');

/** Row `row`'s title in the language in force where translated, else as written. */
export const localTitle = (dataset: LoadedDataset, row: number): string => dataset.text.titleIn(row, getLocale());

/** The dataset's word on its translation into the language in force (who, from what), or null when there is none. */
export const documentTranslation = (meta: DatasetMeta): DocumentTranslation | null => meta.translations?.[getLocale()] ?? null;

/** An event's translation into the language in force, or null (then everything about it is shown as written). */
export const eventTranslation = (event: { translations?: Translations<EventTranslation> }): EventTranslation | null =>
  event.translations?.[getLocale()] ?? null;

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
