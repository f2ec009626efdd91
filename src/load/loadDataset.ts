import type { LoadedDataset } from '../model/loadedDataset';
import type { LoadProgress } from '../io/loadProgress';
import type { ParseChoice } from '../io/loadSequence';
import { DatasetLoadError, type DatasetSource, isAbort, isAllowedUrl, sourceLocation } from '../io/loadErrors';
import { createParseWorker } from './earlyWorker';
import { canParseInWorker, parseInWorker, WorkerCrashError, type LoadOutcome, type WorkerLike } from './parseInWorker';

export { DatasetLoadError, sourceLocation, type DatasetSource, type LoadOutcome };

/** A parse worker, or where there are no Workers (tests, odd embeds) the same host on the main thread, loaded on demand. */
export async function createLoadWorker(): Promise<WorkerLike> {
  if (canParseInWorker()) return createParseWorker();
  const { createMainThreadWorker } = await import('./loadInMainThread');
  return createMainThreadWorker();
}

/** What a failed load means to the reader, whatever failed: the server, the worker, or the file. */
async function loadFailure(error: unknown, fetched: boolean, location: string): Promise<DatasetLoadError> {
  if (error instanceof DatasetLoadError) return error;
  const { fetchFailure, readFailure } = await import('../io/failureMessages');
  if (fetched && !(error instanceof WorkerCrashError)) return fetchFailure(error, location);
  return readFailure(error, location);
}

/**
 * Fetches (or reads), converts, validates and indexes a dataset: the one seam
 * between the app and how files become a LoadedDataset. The parse worker does the
 * work (in browsers; elsewhere the same sequence on the main thread), so the page
 * stays responsive at any size. `choice` overrides the detected format and gives a
 * column mapping; `worker` is one that already holds the file (after a sniff).
 *
 * Rejects with DatasetLoadError for every failure a reader should see, or with the
 * AbortError of `signal` when the load was superseded.
 */
export async function openDataset(
  source: DatasetSource | { staged: true; name: string },
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
  choice: ParseChoice = {},
  worker?: WorkerLike,
  adopt = true,
): Promise<LoadOutcome> {
  const location = 'staged' in source ? source.name : sourceLocation(source);
  if ('url' in source && !isAllowedUrl(location)) throw (await import('../io/failureMessages')).notAllowed(location);
  let result;
  try {
    const target = worker ?? (canParseInWorker() ? undefined : await createLoadWorker());
    result = await parseInWorker('staged' in source ? { staged: true } : source, onProgress, signal, choice, target, adopt);
  } catch (error) {
    if (isAbort(error)) throw error;
    throw await loadFailure(error, 'url' in source, location);
  }
  if (!result.ok) {
    const { invalidTitle } = await import('../io/failureMessages');
    throw new DatasetLoadError(invalidTitle(result.problems, result.title), location, result.problems);
  }
  const { dataset, format, rejected, notes } = result;
  return { dataset, format, rejected, notes };
}

/** openDataset for the dataset alone: what the store's loader asks for. */
export async function loadDataset(
  source: DatasetSource,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  return (await openDataset(source, onProgress, signal)).dataset;
}
