import type { LoadedDataset } from '../model/loadedDataset';
import { formatWhen } from './formatWhen';
import { localName, localTitle } from '../i18n/localized';

/** Names of an event's actors, in its own order. */
export function actorNamesOf(dataset: LoadedDataset, row: number): string[] {
  const { actorOffsets, actorIndices } = dataset.columns;
  const names: string[] = [];
  for (let j = actorOffsets[row]; j < actorOffsets[row + 1]; j++) names.push(localName(dataset.meta.actors[actorIndices[j]]));
  return names;
}

/** A screen-reader name for an event mark: title, date at its precision, actors. */
export function describeEvent(dataset: LoadedDataset, row: number): string {
  const key = dataset.columns.importance[row] === 3 ? ', key event' : '';
  return `${localTitle(dataset, row)}, ${formatWhen(dataset.columns, row)}, ${actorNamesOf(dataset, row).join(', ')}${key}`;
}
