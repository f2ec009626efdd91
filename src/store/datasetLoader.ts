import { DatasetLoadError, openDataset, type DatasetSource, type LoadOutcome } from '../load/loadDataset';
import type { LoadProgress } from '../io/loadProgress';
import type { LoadedDataset } from '../model/loadedDataset';
import type { AppStore } from './appStore';

/**
 * Loads a dataset from a URL, with what reading it found (rows left out) or the
 * dataset alone; injectable so tests need no network.
 */
export type DatasetLoader = (source: DatasetSource, onProgress: (p: LoadProgress) => void, signal?: AbortSignal) => Promise<LoadedDataset | LoadOutcome>;

let current: AbortController | null = null;

/**
 * Loads the dataset at `url` (null = `defaultUrl`) into the store: progress while
 * it loads, then the dataset or a readable LoadError. A newer call aborts an older
 * one, so the last requested dataset always wins. Resolves to the dataset, or null
 * when it failed or was superseded; never rejects.
 */
export async function loadDatasetInto(
  store: AppStore,
  url: string | null,
  defaultUrl: string,
  load: DatasetLoader = openDataset,
): Promise<LoadedDataset | null> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  store.getState().startLoading(url);
  const location = url ?? defaultUrl;
  try {
    const loaded = await load({ url: location }, (p) => store.getState().setProgress(p), controller.signal);
    if (controller.signal.aborted) return null;
    // Rows left out of a ?data= file are reported, as for an opened file: the good rows wait for a press.
    if ('rejected' in loaded && loaded.rejected.length) {
      store.setState({ status: 'report', progress: null, rejectedLoad: { ...loaded, location } });
      return null;
    }
    const dataset = 'rejected' in loaded ? loaded.dataset : loaded;
    store.getState().setDataset(dataset);
    return dataset;
  } catch (error) {
    if (controller.signal.aborted) return null;
    const { title, problems } =
      error instanceof DatasetLoadError
        ? error
        : {
            title: 'The dataset could not be loaded',
            problems: [{ path: '(load)', message: error instanceof Error ? error.message : String(error) }],
          };
    store.getState().setLoadError({ title, location, problems });
    // The page has finished, with an error: browser tests and the screenshot script wait for this.
    globalThis.performance?.mark?.('timeline-error');
    return null;
  } finally {
    if (current === controller) current = null;
  }
}
