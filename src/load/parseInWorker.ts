import type { FormatId, RejectedRow } from '../io/formats/importFormat';
import { HttpStatusError } from '../io/httpStatusError';
import type { DatasetSource } from '../io/loadErrors';
import { toLoadProgress, type LoadProgress } from '../io/loadProgress';
import type { ParseChoice, SniffResult } from '../io/loadSequence';
import type { LoadedDataset } from '../model/loadedDataset';
import type { KeyedText, Problem } from '../model/types';
import type { PhaseTiming, StagedSource, WorkerRequest, WorkerResponse } from '../worker/protocol';
import { absoluteUrl, createParseWorker, takeEarlyWorker } from './earlyWorker';
import { createWorkerDataset } from './workerDataset';

/** A dataset and what reading it found: the format, and the rows left out (row number, column, why). */
export interface LoadOutcome {
  dataset: LoadedDataset;
  format: FormatId;
  rejected: RejectedRow[];
  notes: KeyedText[];
}

/** The document was read but is not a valid dataset: the same problems the main-thread parse reports. */
export type WorkerLoadResult = ({ ok: true } & LoadOutcome) | { ok: false; title?: KeyedText; problems: Problem[] };

/** The worker itself failed (it could not start, or ran out of memory): not the document's fault. */
export class WorkerCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashError';
  }
}

/** What the loader needs of a worker: a real Worker, or the main-thread stand-in. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent<WorkerResponse>) => void): void;
  removeEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
  terminate(): void;
}

/** True where module workers exist (browsers); tests in Node or jsdom parse on the main thread. */
export const canParseInWorker = () => typeof Worker !== 'undefined';

/**
 * Puts the worker's phases on the page's performance timeline (as measures named
 * "dataset-worker:<phase>"), so profiles and the benchmark show where load time went.
 */
function measurePhases(phases: PhaseTiming[]): void {
  const toPage = (epochMs: number) => Math.max(0, epochMs - performance.timeOrigin);
  const end = performance.timeOrigin + performance.now();
  phases.forEach(({ phase, at }, i) => {
    const until = i + 1 < phases.length ? phases[i + 1].at : end;
    performance.measure(`dataset-worker:${phase}`, { start: toPage(at), end: toPage(until) });
  });
}

/** The worker behind the dataset on screen; replaced (and ended) when another dataset loads. */
let current: WorkerLike | null = null;

/** The request for a source, with URLs resolved against the page (the worker would resolve them against its script). */
function sourceRequest(source: DatasetSource | StagedSource): DatasetSource | StagedSource {
  return 'url' in source ? { url: absoluteUrl(source.url) } : source;
}

/**
 * Sends one request and listens until a reply settles it: `settle` returns the value
 * for a final reply, or undefined to keep listening. Rejects like fetch does
 * (HttpStatusError, TypeError for a network failure, the signal's AbortError), or
 * with WorkerCrashError; on any rejection the worker is ended.
 */
function exchange<T>(
  worker: WorkerLike,
  request: WorkerRequest | null,
  settle: (message: WorkerResponse) => { value: T } | undefined,
  onProgress: (progress: LoadProgress) => void,
  signal: AbortSignal | undefined,
  backlog: (MessageEvent<WorkerResponse> | ErrorEvent)[] = [],
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = () => {
      settled = true;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: unknown) => {
      finish();
      worker.terminate();
      reject(error);
    };
    const onAbort = () => fail(signal?.reason);
    const onError = (e: ErrorEvent) => fail(new WorkerCrashError(e.message || 'The dataset parser stopped unexpectedly.'));
    const onMessage = (e: MessageEvent<WorkerResponse>) => {
      const message = e.data;
      if (message.type === 'progress') return onProgress(toLoadProgress(message.progress));
      if (message.type === 'failed') {
        const { failure } = message;
        if (failure.kind === 'http') fail(new HttpStatusError(failure.status, failure.statusText));
        else if (failure.kind === 'network') fail(new TypeError(failure.message));
        else if (failure.kind === 'internal') fail(new WorkerCrashError(failure.message));
      }
      const result = settle(message);
      if (result && !settled) {
        finish();
        resolve(result.value);
      }
    };
    if (signal?.aborted) return fail(signal.reason);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
    // What an early worker said before we listened, in order; a reply that settles the load ends the replay.
    for (const e of backlog) {
      if (settled) return;
      if ('data' in e) onMessage(e);
      else onError(e);
    }
    if (request && !settled) worker.postMessage(request);
  });
}

/** Makes `worker` the one behind the dataset on screen, ending the one before it. */
export function adoptWorker(worker: WorkerLike): void {
  if (current !== worker) current?.terminate();
  current = worker;
}

/** The load request's answer: the dataset (the worker now serves it), or the document's problems. */
function settleLoad(worker: WorkerLike, adopt: boolean) {
  return (message: WorkerResponse): { value: WorkerLoadResult } | undefined => {
    if (message.type === 'failed' && message.failure.kind === 'invalid') {
      worker.terminate();
      return { value: { ok: false, title: message.failure.title, problems: message.failure.problems } };
    }
    if (message.type !== 'loaded') return undefined;
    measurePhases(message.phases);
    const dataset = createWorkerDataset(worker, message.document, { lock: message.lock });
    if (adopt) adoptWorker(worker);
    const { format, rejected, notes } = message;
    return { value: { ok: true, dataset, format, rejected, notes } };
  };
}

/**
 * Fetches (or reads) and parses a dataset in `worker` (by default a new parse
 * worker, or the one the page started early for this very address), so the page
 * stays responsive however large it is. Resolves with the dataset, or with the
 * problems when the file is not a valid dataset; rejects as `exchange` says.
 * `adopt` = false leaves the dataset on screen (and its worker) alone until the
 * caller shows the new one (adoptWorker): the open dialog's report comes first.
 */
export function parseInWorker(
  source: DatasetSource | StagedSource,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
  choice: ParseChoice = {},
  worker?: WorkerLike,
  adopt = true,
): Promise<WorkerLoadResult> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const request = sourceRequest(source);
  // The page may have started this very load before the app ran (earlyLoad.ts): adopt it.
  // Any other load ends an early worker, whose work can no longer be wanted.
  const adoptable = !worker && 'url' in request && !choice.format && !choice.mapping;
  const early = takeEarlyWorker(adoptable ? request.url : '');
  const target = worker ?? early?.worker ?? createParseWorker();
  const message: WorkerRequest | null = early ? null : { type: 'load', ...request, ...choice };
  return exchange(target, message, settleLoad(target, adopt), onProgress, signal, early?.backlog);
}

/**
 * Reads a source in `worker` and asks what format it is, with the first rows for a
 * table that needs a mapping. The worker keeps the file: parse it next with
 * `parseInWorker({ staged: true }, ..., worker)` without reading it again.
 */
export function sniffInWorker(
  worker: WorkerLike,
  source: DatasetSource | StagedSource,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
  format?: FormatId,
): Promise<SniffResult> {
  const message: WorkerRequest = format ? { type: 'sniff', ...sourceRequest(source), format } : { type: 'sniff', ...sourceRequest(source) };
  return exchange(worker, message, (m) => (m.type === 'sniffed' ? { value: m.sniff } : undefined), onProgress, signal);
}
