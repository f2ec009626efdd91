import { eventIndexFromParts } from '../model/eventIndexFromParts';
import type { EventText, LoadedDataset } from '../model/loadedDataset';
import type { TimelineEvent } from '../model/types';
import { lookupPacked } from '../model/packedLookup';
import type { PackedStrings } from '../model/packedText';
import type { ParsedDocument, WorkerRequest, WorkerResponse } from '../worker/protocol';

/** Decodes packed string k; the timeline asks for the few rows it labels, so nothing is cached. */
function decodeAt(decoder: TextDecoder, packed: PackedStrings, k: number): string {
  return decoder.decode(packed.bytes.subarray(packed.offsets[k], packed.offsets[k + 1]));
}

/** Event ids and titles read straight from the worker's UTF-8 bytes, decoded on demand. */
export function packedEventText(doc: Pick<ParsedDocument, 'ids' | 'titles' | 'translatedTitles' | 'idTable' | 'order'>): EventText {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const { order } = doc;
  const count = order.length;
  return {
    id: (i) => (i >= 0 && i < count ? decodeAt(decoder, doc.ids, order[i]) : ''),
    title: (i) => (i >= 0 && i < count ? decodeAt(decoder, doc.titles, order[i]) : ''),
    titleIn: (i, lang) => (i >= 0 && i < count ? decodeAt(decoder, doc.translatedTitles?.[lang] ?? doc.titles, order[i]) : ''),
    indexOf: (id) => lookupPacked(doc.idTable, doc.ids, order, encoder.encode(id)),
  };
}

/** The worker ended without a word (its lock was released): closed, or killed for memory. */
export const WORKER_CLOSED = 'it was closed or ran out of memory';
/** The worker's error event came without a message. */
export const WORKER_CRASHED = 'it crashed';

/** The data's worker stopped (it crashed, ran out of memory or was closed): the dataset must be loaded again. */
export class DatasetGoneError extends Error {
  /** Why the worker stopped: WORKER_CLOSED, WORKER_CRASHED or the browser's own words; the UI says it in the reader's language. */
  constructor(readonly reason: string) {
    super(`The data is no longer available in this tab: the background worker that held it stopped (${reason}). Reload the data to continue.`);
    this.name = 'DatasetGoneError';
  }
}

/** A worker that answers numbered requests; replies are matched back by number. */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
}

/** The part of the Web Locks API used to learn that a worker has gone. */
export type LockManagerLike = Pick<LockManager, 'request'>;

/** How a worker dataset learns that its worker has died. */
export interface LivenessOptions {
  /**
   * A lock the worker holds for as long as it lives (sent with the columns). The
   * browser releases a worker's locks when it ends, however it ends, so asking for
   * the same lock is a wait for the worker's death.
   */
  lock?: string;
  /** Where to ask for it; navigator.locks by default. */
  locks?: LockManagerLike | undefined;
}

/**
 * A LoadedDataset whose columns and text arrived from the parse worker and whose
 * full events stay there: getEvent and search are questions to the worker, so the
 * main thread holds only typed arrays and bytes however large the dataset.
 *
 * A worker can die after the load (out of memory, closed): it then says nothing, and
 * a question would wait for ever. So an error event, or the release of the lock the
 * worker holds while it lives, ends every pending question at once; pending and
 * later questions reject with DatasetGoneError, which the UI turns into "reload the data".
 */
export function createWorkerDataset(worker: WorkerPort, doc: ParsedDocument, liveness: LivenessOptions = {}): LoadedDataset {
  const { meta, columns } = doc;
  let nextId = 1;
  const pending = new Map<number, { resolve: (reply: WorkerResponse) => void; reject: (error: Error) => void }>();
  let gone: DatasetGoneError | null = null;
  const die = (reason: string) => {
    gone ??= new DatasetGoneError(reason);
    for (const { reject } of pending.values()) reject(gone);
    pending.clear();
  };
  const { lock, locks = globalThis.navigator?.locks } = liveness;
  if (lock && locks) void locks.request(lock, () => die(WORKER_CLOSED));

  worker.addEventListener('message', (e) => {
    const reply = e.data;
    if (reply.type !== 'event' && reply.type !== 'search') return;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    waiting?.resolve(reply);
  });
  worker.addEventListener('error', (e) => die(e.message || WORKER_CRASHED));
  const ask = (request: (id: number) => WorkerRequest) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      if (gone) return reject(gone);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage(request(id));
    });

  return {
    meta,
    columns,
    index: eventIndexFromParts(columns, doc.index),
    stats: () => doc.stats,
    text: packedEventText(doc),
    async getEvent(i: number): Promise<TimelineEvent> {
      const reply = await ask((id) => ({ type: 'getEvent', id, row: i }));
      if (reply.type !== 'event' || reply.event === null) throw new RangeError(`No event at row ${i}`);
      return reply.event;
    },
    async search(query: string): Promise<Uint8Array | null> {
      if (query.trim() === '') return null;
      const t0 = performance.now();
      const reply = await ask((id) => ({ type: 'search', id, query }));
      // On the performance timeline, so the benchmark can tell the worker's share of a search.
      performance.measure('dataset-search', { start: t0, end: performance.now() });
      if (reply.type === 'search' && reply.error !== undefined) throw new Error(reply.error);
      return reply.type === 'search' ? reply.mask : null;
    },
  };
}
