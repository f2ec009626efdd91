import type { LoadedDataset } from '../model/loadedDataset';
import { formatWhen } from './formatWhen';

/** Names of an event's actors, in its own order. */
export function actorNamesOf(dataset: LoadedDataset, row: number): string[] {
  const { actorOffsets, actorIndices } = dataset.columns;
  const names: string[] = [];
  for (let j = actorOffsets[row]; j < actorOffsets[row + 1]; j++) names.push(dataset.meta.actors[actorIndices[j]].name);
  return names;
}

/** A screen-reader name for an event mark: title, date at its precision, actors. */
export function describeEvent(dataset: LoadedDataset, row: number): string {
  const key = dataset.columns.importance[row] === 3 ? ', key event' : '';
  return `${dataset.text.title(row)}, ${formatWhen(dataset.columns, row)}, ${actorNamesOf(dataset, row).join(', ')}${key}`;
}
