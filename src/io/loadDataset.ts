import type { LoadedDataset } from '../model/loadedDataset';
import type { Problem } from '../model/types';
import type { LoadProgress } from '../store/dataSlice';
import { fetchWithProgress, HttpStatusError } from './fetchWithProgress';
import { canParseInWorker, parseInWorker, WorkerCrashError } from './parseInWorker';

/** Where a dataset comes from: an http(s) URL, or a file the user opened. */
export type DatasetSource = { url: string } | { file: Blob; name: string };

/**
 * A load that failed, in words a reader can act on: what failed (title), where
 * (location: the URL or file name) and each problem with its path in the document.
 */
export class DatasetLoadError extends Error {
  constructor(
    readonly title: string,
    readonly location: string,
    readonly problems: Problem[],
  ) {
    super(`${title}: ${location}`);
    this.name = 'DatasetLoadError';
  }
}

/** The name a source is reported under. */
export function sourceLocation(source: DatasetSource): string {
  return 'url' in source ? source.url : source.name;
}

/** Lets the progress indicator paint between phases of a synchronous parse. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

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
    return await fetchWithProgress(
      location,
      ({ received, total }) => onProgress({ phase: 'fetch', fraction: total ? received / total : null, events: 0 }),
      signal,
    );
  } catch (error) {
    if (isAbort(error)) throw error;
    throw fetchFailure(error, location);
  }
}

function assertAllowedUrl(location: string): void {
  if (!/^https?:/i.test(new URL(location, 'http://relative.invalid/').protocol)) {
    throw new DatasetLoadError('The dataset address is not allowed', location, [
      { path: '(url)', message: 'Only http: and https: addresses can be loaded.' },
    ]);
  }
}

/** What a failed fetch means to the reader: the server's answer, or no answer at all. */
function fetchFailure(error: unknown, location: string): DatasetLoadError {
  if (error instanceof HttpStatusError) {
    return new DatasetLoadError(`The server answered ${error.message}`, location, [
      {
        path: '(response)',
        message:
          error.status === 404
            ? 'No dataset was found at this address (404). Check the data= parameter.'
            : `The server did not send the dataset (status ${error.status}).`,
      },
    ]);
  }
  return new DatasetLoadError('The dataset could not be fetched', location, [
    {
      path: '(request)',
      message: `The request failed before the server answered (${
        error instanceof Error ? error.message : String(error)
      }): the address may be wrong, the server unreachable, or it may not allow cross-origin requests (CORS).`,
    },
  ]);
}

/** Headline for a document that did not validate: syntax errors are named as such. */
function invalidTitle(problems: Problem[]): string {
  const syntax = problems.length === 1 && problems[0].message.startsWith('not valid JSON');
  if (syntax) return 'The dataset is not valid JSON';
  return problems.length === 1 ? 'The dataset has 1 problem' : `The dataset has ${problems.length.toLocaleString('en-US')} problems`;
}

/**
 * Fetches (or reads), validates and indexes a dataset. The one seam between the
 * app and how documents become a LoadedDataset: the parse may move to a worker
 * behind this signature without the UI noticing.
 *
 * Rejects with DatasetLoadError for every failure a reader should see, or with the
 * AbortError of `signal` when the load was superseded.
 */
export async function loadDataset(
  source: DatasetSource,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const location = sourceLocation(source);
  if (canParseInWorker()) return loadInWorker(source, location, onProgress, signal);
  const text = await readText(source, onProgress, signal);
  signal?.throwIfAborted();
  onProgress({ phase: 'parse', fraction: null, events: 0 });
  await nextTask();
  signal?.throwIfAborted();
  try {
    // Only environments without Workers get here (tests, odd embeds): loading the
    // validator lazily keeps it out of the JavaScript every browser downloads.
    const [{ parseDatasetText }, { createInMemoryDataset }] = await Promise.all([
      import('../model/parseDatasetText'),
      import('../model/inMemoryDataset'),
    ]);
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
