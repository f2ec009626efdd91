import { httpUrl } from '../model/httpUrl';
import type { WorkerRequest, WorkerResponse } from '../worker/protocol';

/** A parse worker started before the app, with what it said before anyone listened. */
interface EarlyWorker {
  url: string;
  worker: Worker;
  /** Messages and errors, in the order they came. */
  backlog: (MessageEvent<WorkerResponse> | ErrorEvent)[];
  stopBuffering: () => void;
}

let early: EarlyWorker | null = null;

/** The parse worker's script; one place, so early and late starts load the same file. */
export const createParseWorker = () =>
  new Worker(new URL('../worker/parseWorker.ts', import.meta.url), { type: 'module', name: 'dataset-parser' });

/** The address as the worker is asked for it: resolved against the page (as given where there is no page). */
export const absoluteUrl = (url: string) => (globalThis.location ? new URL(url, globalThis.location.href).href : url);

/**
 * Starts fetching and parsing `url` in the parse worker now, before the app's code
 * has even loaded, so the network and the worker's parse overlap the bundle's
 * evaluation and the first render. The load that asks for the same address later
 * adopts this worker (takeEarlyWorker); any other load ends it. Only http(s)
 * addresses start early, as only those are ever loaded.
 */
export function startWorkerEarly(url: string): void {
  if (typeof Worker === 'undefined' || early) return;
  const href = httpUrl(url, globalThis.location.href)?.href;
  if (!href) return;
  const worker = createParseWorker();
  const backlog: EarlyWorker['backlog'] = [];
  const buffer = (e: MessageEvent<WorkerResponse> | ErrorEvent) => backlog.push(e);
  worker.addEventListener('message', buffer);
  worker.addEventListener('error', buffer);
  const stopBuffering = () => {
    worker.removeEventListener('message', buffer);
    worker.removeEventListener('error', buffer);
  };
  early = { url: href, worker, backlog, stopBuffering };
  const request: WorkerRequest = { type: 'load', url: href };
  worker.postMessage(request);
}

/**
 * The early worker when it is loading `href` (then the caller owns it and replays
 * its backlog), else null; an early worker for another address is ended, as its
 * work can no longer be wanted. Either way there is no early worker afterwards.
 */
export function takeEarlyWorker(href: string): Omit<EarlyWorker, 'url' | 'stopBuffering'> | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  taken.stopBuffering();
  if (taken.url !== href) {
    taken.worker.terminate();
    return null;
  }
  return taken;
}
