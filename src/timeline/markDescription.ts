import type { LoadedDataset } from '../model/loadedDataset';
import { formatWhen } from './formatWhen';
import { localName, localTitle } from '../i18n/localized';
import { t } from '../i18n/t';

/** Names of an event's actors, in its own order. */
export function actorNamesOf(dataset: LoadedDataset, row: number): string[] {
  const { actorOffsets, actorIndices } = dataset.columns;
  const names: string[] = [];
  for (let j = actorOffsets[row]; j < actorOffsets[row + 1]; j++) names.push(localName(dataset.meta.actors[actorIndices[j]]));
  return names;
}

/** A screen-reader name for an event mark: title, date at its precision, actors. */
export function describeEvent(dataset: LoadedDataset, row: number): string {
  const params = { title: localTitle(dataset, row), when: formatWhen(dataset.columns, row), actors: actorNamesOf(dataset, row).join(t('listSeparator')) };
  return t(dataset.columns.importance[row] === 3 ? 'markNameKey' : 'markName', params);
}
