import { resolveActorColors } from '../model/actorColors';
import type { LoadedDataset } from '../model/loadedDataset';
import type { Actor, Category, Source } from '../model/types';

/** Lookups the panels need, built once per dataset. */
export interface DatasetLookups {
  actorIds: string[];
  categoryIds: string[];
  /** Colour per actor index. */
  actorColors: string[];
  actorById: Map<string, { actor: Actor; color: string }>;
  categoryById: Map<string, Category>;
  sourceById: Map<string, Source>;
}

const cache = new WeakMap<LoadedDataset, DatasetLookups>();

/** The dataset's lookups, memoised on its identity (stable across renders). */
export function datasetLookups(dataset: LoadedDataset): DatasetLookups {
  let lookups = cache.get(dataset);
  if (!lookups) {
    const { actors, categories, sources } = dataset.meta;
    const actorColors = resolveActorColors(actors);
    lookups = {
      actorIds: actors.map((a) => a.id),
      categoryIds: categories.map((c) => c.id),
      actorColors,
      actorById: new Map(actors.map((actor, i) => [actor.id, { actor, color: actorColors[i] }])),
      categoryById: new Map(categories.map((c) => [c.id, c])),
      sourceById: new Map(sources.map((s) => [s.id, s])),
    };
    cache.set(dataset, lookups);
  }
  return lookups;
}
