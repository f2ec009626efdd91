import { ownTitle } from '../i18n/localized';
import type { DatasetMeta } from '../model/loadedDataset';
import type { Dataset, TimelineEvent } from '../model/types';

/**
 * The events that pass the filters as a v1 document that opens again in the app
 * (docs/dataset.md): only the actors, categories and sources they use, extra
 * fields written back onto each event as in any v1 file, series, periods and translations kept.
 */
export function eventsToDocument(events: readonly TimelineEvent[], meta: DatasetMeta): Dataset {
  const actors = new Set<string>();
  const categories = new Set<string>();
  const sources = new Set<string>();
  const out = events.map((e) => {
    for (const a of e.actors) actors.add(a);
    categories.add(e.category);
    for (const c of e.sources) sources.add(c.source);
    const { extra, ...rest } = e;
    return (extra ? { ...extra, ...rest } : rest) as TimelineEvent;
  });
  for (const s of meta.series) {
    if (s.actor) actors.add(s.actor);
    for (const p of s.points) sources.add(p.source);
  }
  const doc: Dataset = {
    version: 1,
    // The importers' word for an untitled file is written as the reader sees it: the document is theirs now.
    title: ownTitle(meta),
    actors: meta.actors.filter((a) => actors.has(a.id)),
    categories: meta.categories.filter((c) => categories.has(c.id)),
    sources: meta.sources.filter((s) => sources.has(s.id)),
    events: out,
    series: meta.series,
  };
  if (meta.description !== undefined) doc.description = meta.description;
  if (meta.periods) doc.periods = meta.periods;
  // The events keep their translations; the document must keep saying who made them.
  if (meta.translations) doc.translations = meta.translations;
  return doc;
}

export function eventsToJson(events: readonly TimelineEvent[], meta: DatasetMeta): string {
  return `${JSON.stringify(eventsToDocument(events, meta), null, 2)}\n`;
}
