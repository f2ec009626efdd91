import type { LoadedDataset } from '../model/loadedDataset';

/** [earliest start, latest end) of a dataset's events in ms; an empty dataset spans nothing: [0, 0]. */
export function dataSpan(dataset: LoadedDataset): [number, number] {
  return dataset.stats().span;
}
