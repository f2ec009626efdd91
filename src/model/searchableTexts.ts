import type { TimelineEvent } from './types';

/**
 * The texts a search looks in: the event's title and summary, then each of their
 * translations, so a reader who types in Arabic finds the events the dataset
 * translated. An untranslated event costs nothing more than its two fields.
 */
export function searchableTexts(e: TimelineEvent): (string | undefined)[] {
  if (e.translations === undefined) return [e.title, e.summary];
  const texts = [e.title, e.summary];
  for (const tag in e.translations) texts.push(e.translations[tag].title, e.translations[tag].summary);
  return texts;
}
