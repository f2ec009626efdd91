import type { DatasetMeta } from './loadedDataset';
import type { Dataset } from './types';

/**
 * The dataset without its events: small, cheap to structured-clone. One builder for
 * the worker's load sequence and the in-memory dataset.
 */
export function datasetMeta(dataset: Dataset): DatasetMeta {
  // Everything but the events: a new top-level key (the story, the translations) travels by itself.
  const meta: Partial<Dataset> = { ...dataset };
  delete meta.events;
  delete meta.version;
  return meta as DatasetMeta;
}
