import type { LoadedDataset } from '../model/loadedDataset';
import type { LoadProgress } from '../store/dataSlice';
import {
  assertAllowedUrl,
  DatasetLoadError,
  type DatasetSource,
  fetchFailure,
  invalidTitle,
  isAbort,
  sourceLocation,
} from './loadErrors';
import { canParseInWorker, parseInWorker, WorkerCrashError } from './parseInWorker';

export { DatasetLoadError, sourceLocation, type DatasetSource };

/**
 * Fetches (or reads), validates and indexes a dataset. The one seam between the
 * app and how documents become a LoadedDataset: in browsers the parse worker does
 * the work; elsewhere the main-thread path, loaded on demand.
 *
 * Rejects with DatasetLoadError for every failure a reader should see, or with the
 * AbortError of `signal` when the load was superseded.
 */
export async function loadDataset(
  source: DatasetSource,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  if (canParseInWorker()) return loadInWorker(source, sourceLocation(source), onProgress, signal);
  const { loadInMainThread } = await import('./loadInMainThread');
  return loadInMainThread(source, onProgress, signal);
}

/**
 * The same load in the parse worker (browsers): fetch, parse and validation leave
 * the main thread, which receives flat arrays, so the page stays responsive at any
 * size. Failures are reported exactly as above.
 */
async function loadInWorker(
  source: DatasetSource,
  location: string,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  if ('url' in source) assertAllowedUrl(location);
  let result;
  try {
    result = await parseInWorker(source, onProgress, signal);
  } catch (error) {
    if (isAbort(error)) throw error;
    if ('url' in source && !(error instanceof WorkerCrashError)) throw fetchFailure(error, location);
    throw new DatasetLoadError('The dataset could not be read', location, [
      { path: '(document)', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  if (!result.ok) throw new DatasetLoadError(invalidTitle(result.problems), location, result.problems);
  return result.dataset;
}
