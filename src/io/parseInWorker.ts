import type { LoadedDataset } from '../model/loadedDataset';
import type { Problem } from '../model/types';
import type { LoadProgress } from '../store/dataSlice';
import type { PhaseTiming, WorkerProgress, WorkerRequest, WorkerResponse } from '../worker/protocol';
import { absoluteUrl, createParseWorker, takeEarlyWorker } from './earlyWorker';
import { HttpStatusError } from './httpStatusError';
import type { DatasetSource } from './loadDataset';
import { createWorkerDataset } from './workerDataset';

/** The document was read but is not a valid dataset: the same problems the main-thread parse reports. */
export type WorkerLoadResult = { ok: true; dataset: LoadedDataset } | { ok: false; problems: Problem[] };

/** The worker itself failed (it could not start, or ran out of memory): not the document's fault. */
export class WorkerCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashError';
  }
}

/** True where module workers exist (browsers); tests in Node or jsdom parse on the main thread. */
export const canParseInWorker = () => typeof Worker !== 'undefined';

const PHASES: Record<WorkerProgress['phase'], LoadProgress['phase']> = {
  fetch: 'fetch',
  parse: 'parse',
  validate: 'parse',
  columns: 'index',
  index: 'index',
};

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
let current: Worker | null = null;

/**
 * Fetches (or reads) and parses a dataset in a Web Worker, so the page stays
 * responsive however large it is. Rejects like fetchText does
 * (HttpStatusError, TypeError for a network failure, the signal's AbortError),
 * or with WorkerCrashError; resolves with the validation problems when the
 * document is not a valid dataset.
 */
export function parseInWorker(
  source: DatasetSource,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<WorkerLoadResult> {
  signal?.throwIfAborted();
  // The worker resolves relative URLs against its own script: resolve against the page first.
  const href = 'url' in source ? absoluteUrl(source.url) : null;
  // The page may have started this very load before the app ran (main.tsx): adopt it.
  const early = takeEarlyWorker(href ?? '');
  const worker = early?.worker ?? createParseWorker();
  return new Promise<WorkerLoadResult>((resolve, reject) => {
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
      if (message.type === 'progress') {
        const { phase, fraction, events } = message.progress;
        onProgress({ phase: PHASES[phase], fraction, events });
      } else if (message.type === 'loaded') {
        finish();
        measurePhases(message.phases);
        const dataset = createWorkerDataset(worker, message.document);
        current?.terminate();
        current = worker;
        resolve({ ok: true, dataset });
      } else if (message.type === 'failed') {
        const { failure } = message;
        if (failure.kind === 'invalid') {
          finish();
          worker.terminate();
          resolve({ ok: false, problems: failure.problems });
        } else if (failure.kind === 'http') fail(new HttpStatusError(failure.status, failure.statusText));
        else if (failure.kind === 'network') fail(new TypeError(failure.message));
        else fail(new WorkerCrashError(failure.message));
      }
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
    if (early) {
      // What it said before we listened, in order; a reply that settles the load ends the replay.
      for (const e of early.backlog) {
        if (settled) break;
        if ('data' in e) onMessage(e);
        else onError(e);
      }
      return;
    }
    const request: WorkerRequest =
      'url' in source ? { type: 'load', url: absoluteUrl(source.url) } : { type: 'load', file: source.file, name: source.name };
    worker.postMessage(request);
  });
}
