import type { LoadedDataset } from '../model/loadedDataset';

const spans = new WeakMap<LoadedDataset, [number, number]>();

/**
 * [earliest start, latest end) of a dataset's events in ms; computed once per
 * dataset (the latest end needs a scan: columns are sorted by start only).
 * An empty dataset spans nothing: [0, 0].
 */
export function dataSpan(dataset: LoadedDataset): [number, number] {
  let span = spans.get(dataset);
  if (!span) {
    const { start, end, count } = dataset.columns;
    let last = count ? end[0] : 0;
    for (let i = 1; i < count; i++) if (end[i] > last) last = end[i];
    span = [count ? start[0] : 0, last];
    spans.set(dataset, span);
  }
  return span;
}
