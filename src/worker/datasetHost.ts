import { HttpStatusError } from '../io/httpStatusError';
import { isAbort, sourceLocation } from '../io/loadErrors';
import { runLoadSequence, type StagedFile } from '../io/loadSequence';
import type { Dataset } from '../model/types';
import { documentTransferList, type PhaseTiming, type WorkerFailure, type WorkerProgress, type WorkerRequest, type WorkerResponse } from './protocol';
import { readSource } from './readSource';
/** Progress messages at most this often: each one costs the main thread a render. */
const PROGRESS_INTERVAL_MS = 50;

/** Slice of work per task while folding the search text: getEvent replies wait at most this long. */
const FOLD_SLICE_MS = 25;

/** Sends one reply, moving the listed buffers where the transport can. */
export type Reply = (message: WorkerResponse, transfer?: Transferable[]) => void;

/** Answers the protocol's requests; `stop` ends any load in progress (the worker is being let go). */
export interface DatasetHost {
  handle(request: WorkerRequest): void;
  stop(): void;
}

function failureOf(error: unknown): WorkerFailure {
  if (error instanceof HttpStatusError) return { kind: 'http', status: error.status, statusText: error.statusText };
  return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
}

const epochNow = () => performance.timeOrigin + performance.now();

/**
 * The worker's side of the protocol, independent of where it runs: the parse worker
 * (parseWorker.ts) wires it to postMessage, the main-thread fallback to a local port,
 * so both run the same load sequence and answer getEvent and search the same way.
 * It keeps the parsed events, so the main thread never holds a million event objects.
 */
export function createDatasetHost(send: Reply): DatasetHost {
  /** `search` finds a query's rows: the search code is a chunk of its own, fetched after the load. */
  let loaded: { dataset: Dataset; order: Uint32Array; search: Promise<(query: string) => Uint8Array | null> } | null = null;
  /** The file the last sniff read, kept for the load that follows it. */
  let staged: StagedFile | null = null;
  const stopper = new AbortController();
  let phases: PhaseTiming[] = [];
  let lastProgressAt = -Infinity;

  function progress(p: WorkerProgress) {
    const changed = phases.at(-1)?.phase !== p.phase;
    if (changed) phases.push({ phase: p.phase, at: epochNow() });
    const now = performance.now();
    // A new step and the end of one always show; in between, at most one message per interval.
    if (!changed && p.fraction !== 1 && now - lastProgressAt < PROGRESS_INTERVAL_MS) return;
    lastProgressAt = now;
    send({ type: 'progress', progress: p });
  }

  /** The file a request names: the staged one, or its source read now (null once a failure was sent). */
  async function fileOf(request: Extract<WorkerRequest, { type: 'load' | 'sniff' }>): Promise<StagedFile | null> {
    if ('staged' in request) {
      if (staged) return staged;
      send({ type: 'failed', failure: { kind: 'internal', message: 'No file was read before this request.' } });
      return null;
    }
    const onBytes = ({ received, total }: { received: number; total: number | null }) =>
      progress({ phase: 'fetch', fraction: total ? received / total : null, events: 0, bytes: { received, total } });
    try {
      return { location: sourceLocation(request), bytes: await readSource(request, onBytes, stopper.signal) };
    } catch (error) {
      if (!isAbort(error)) send({ type: 'failed', failure: failureOf(error) });
      return null;
    }
  }

  async function sniff(request: Extract<WorkerRequest, { type: 'sniff' }>) {
    const file = await fileOf(request);
    if (!file) return;
    staged = file;
    try {
      // The formats' code is a chunk of its own, loaded on the first sniff.
      const { sniffFile } = await import('../io/formatChoice');
      send({ type: 'sniffed', sniff: await sniffFile(file, request.format) });
    } catch (error) {
      send({ type: 'failed', failure: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } });
    }
  }

  async function load(request: Extract<WorkerRequest, { type: 'load' }>) {
    phases = [{ phase: 'fetch', at: epochNow() }];
    const file = await fileOf(request);
    if (!file) return;
    // The sequence lets go of the bytes once decoded; so must the stage.
    staged = null;
    try {
      const result = await runLoadSequence(file, { format: request.format, mapping: request.mapping }, progress, stopper.signal);
      if (!result.ok) {
        send({ type: 'failed', failure: { kind: 'invalid', title: result.title, problems: result.problems } });
        return;
      }
      // The search code is fetched while the main thread draws: no first paint waits for it.
      // Once here it folds the search text in slices, so the first keystroke is fast and a
      // click on an event meanwhile still gets its details at once.
      const { events } = result.dataset;
      const search = import('./searchText').then((m) => {
        const builder = m.eventSearchTextBuilder(events, result.order);
        const fold = () => {
          if (!stopper.signal.aborted && builder.step(FOLD_SLICE_MS) === null) setTimeout(fold, 0);
        };
        setTimeout(fold, 0);
        return (query: string) => m.matchMask(builder.finish(), query);
      });
      // A failure is said to each search that asks (below).
      search.catch(() => {});
      loaded = { dataset: result.dataset, order: result.order, search };
      phases.push({ phase: 'send', at: epochNow() });
      const { document, format, rejected, notes } = result;
      send({ type: 'loaded', document, phases, format, rejected, notes }, documentTransferList(document));
    } catch (error) {
      if (isAbort(error)) return;
      send({ type: 'failed', failure: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } });
    }
  }

  return {
    handle(request) {
      switch (request.type) {
        case 'load':
          void load(request);
          return;
        case 'sniff':
          void sniff(request);
          return;
        case 'getEvent': {
          const event = loaded && request.row >= 0 && request.row < loaded.order.length ? loaded.dataset.events[loaded.order[request.row]] : null;
          send({ type: 'event', id: request.id, event });
          return;
        }
        case 'search': {
          if (!loaded) {
            send({ type: 'search', id: request.id, mask: null });
            return;
          }
          loaded.search.then(
            (find) => {
              const mask = find(request.query);
              send({ type: 'search', id: request.id, mask }, mask ? [mask.buffer] : []);
            },
            (error: unknown) => send({ type: 'search', id: request.id, mask: null, error: String(error) }),
          );
          return;
        }
      }
    },
    stop() {
      stopper.abort(new DOMException('The load was cancelled', 'AbortError'));
      loaded = null;
      staged = null;
    },
  };
}
