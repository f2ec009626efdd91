import { createInMemoryDataset } from '../model/inMemoryDataset';
import type { LoadedDataset } from '../model/loadedDataset';
import { parseDatasetText } from '../model/parseDatasetText';
import type { LoadProgress } from '../store/dataSlice';
import { fetchText } from './fetchText';
import {
  assertAllowedUrl,
  DatasetLoadError,
  type DatasetSource,
  fetchFailure,
  invalidTitle,
  isAbort,
  sourceLocation,
} from './loadErrors';

/** Lets the progress indicator paint between phases of a synchronous parse. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readText(
  source: DatasetSource,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<string> {
  if (!('url' in source)) {
    onProgress({ phase: 'fetch', fraction: null, events: 0 });
    return source.file.text();
  }
  const location = source.url;
  assertAllowedUrl(location);
  try {
    return await fetchText(
      location,
      ({ received, total }) => onProgress({ phase: 'fetch', fraction: total ? received / total : null, events: 0 }),
      signal,
    );
  } catch (error) {
    if (isAbort(error)) throw error;
    throw fetchFailure(error, location);
  }
}

/**
 * The load on the main thread, for environments without Workers (tests, odd embeds).
 * Browsers use the parse worker; this module is loaded lazily so its validator and
 * fetch code stay out of the JavaScript every browser downloads.
 */
export async function loadInMainThread(
  source: DatasetSource,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const location = sourceLocation(source);
  const text = await readText(source, onProgress, signal);
  signal?.throwIfAborted();
  onProgress({ phase: 'parse', fraction: null, events: 0 });
  await nextTask();
  signal?.throwIfAborted();
  try {
    const parsed = parseDatasetText(text, location);
    if (!parsed.ok) throw new DatasetLoadError(invalidTitle(parsed.problems), location, parsed.problems);
    onProgress({ phase: 'index', fraction: null, events: parsed.dataset.events.length });
    await nextTask();
    signal?.throwIfAborted();
    return createInMemoryDataset(parsed.dataset);
  } catch (error) {
    if (error instanceof DatasetLoadError || isAbort(error)) throw error;
    throw new DatasetLoadError('The dataset could not be read', location, [
      { path: '(document)', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
}
