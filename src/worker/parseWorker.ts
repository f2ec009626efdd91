// The parse worker: fetches (or reads) a dataset, parses and validates it, and sends
// the main thread flat transferable arrays. It keeps the parsed events to answer
// getEvent and search, so the main thread never holds a million event objects.
import { HttpStatusError } from '../io/httpStatusError';
import type { Dataset } from '../model/types';
import { parseDocument } from './parseDocument';
import { documentTransferList, type PhaseTiming, type WorkerFailure, type WorkerProgress, type WorkerRequest, type WorkerResponse } from './protocol';
import { fetchText, readStreamText } from '../io/fetchText';
import { eventSearchTextBuilder, searchRows, type SearchTextBuilder } from './searchText';

/** Progress messages at most this often: each one costs the main thread a render. */
const PROGRESS_INTERVAL_MS = 50;

let loaded: { dataset: Dataset; order: Uint32Array; search: SearchTextBuilder } | null = null;

/** Slice of work per task while folding the search text: getEvent replies wait at most this long. */
const FOLD_SLICE_MS = 25;

const send = (message: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

let phases: PhaseTiming[] = [];
const epochNow = () => performance.timeOrigin + performance.now();

let lastProgressAt = -Infinity;
function progress(p: WorkerProgress, force = false) {
  if (phases.at(-1)?.phase !== p.phase) phases.push({ phase: p.phase, at: epochNow() });
  const now = performance.now();
  if (!force && now - lastProgressAt < PROGRESS_INTERVAL_MS) return;
  lastProgressAt = now;
  send({ type: 'progress', progress: p });
}

function failureOf(error: unknown): WorkerFailure {
  if (error instanceof HttpStatusError) return { kind: 'http', status: error.status, statusText: error.statusText };
  return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
}

async function readSource(request: Extract<WorkerRequest, { type: 'load' }>): Promise<string> {
  const onBytes = ({ received, total }: { received: number; total: number | null }) =>
    progress({ phase: 'fetch', fraction: total ? received / total : null, events: 0 });
  return 'url' in request ? fetchText(request.url, onBytes) : readStreamText(request.file.stream(), request.file.size, onBytes);
}

async function load(request: Extract<WorkerRequest, { type: 'load' }>) {
  phases = [{ phase: 'fetch', at: epochNow() }];
  let text: string;
  try {
    text = await readSource(request);
  } catch (error) {
    send({ type: 'failed', failure: failureOf(error) });
    return;
  }
  const location = 'url' in request ? request.url : request.name;
  try {
    const result = parseDocument(text, location, (p) => progress(p, true));
    text = '';
    if (!result.ok) {
      send({ type: 'failed', failure: { kind: 'invalid', problems: result.problems } });
      return;
    }
    const search = eventSearchTextBuilder(result.dataset.events, result.order);
    loaded = { dataset: result.dataset, order: result.order, search };
    phases.push({ phase: 'send', at: epochNow() });
    send({ type: 'loaded', document: result.document, phases }, documentTransferList(result.document));
    // Fold the search text now, while the main thread draws, so the first keystroke is
    // fast; in slices, so a click on an event meanwhile still gets its details at once.
    const fold = () => {
      if (search.step(FOLD_SLICE_MS) === null) setTimeout(fold, 0);
    };
    setTimeout(fold, 0);
  } catch (error) {
    send({ type: 'failed', failure: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } });
  }
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const request = e.data;
  switch (request.type) {
    case 'load':
      void load(request);
      return;
    case 'getEvent': {
      const event = loaded && request.row >= 0 && request.row < loaded.order.length ? loaded.dataset.events[loaded.order[request.row]] : null;
      send({ type: 'event', id: request.id, event });
      return;
    }
    case 'search': {
      const mask = loaded ? searchRows(loaded.search.finish(), request.query) : null;
      send({ type: 'search', id: request.id, mask }, mask ? [mask.buffer] : []);
      return;
    }
  }
};
