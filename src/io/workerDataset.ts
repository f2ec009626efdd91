import { eventIndexFromParts } from '../model/eventIndexFromParts';
import type { EventText, LoadedDataset } from '../model/loadedDataset';
import type { TimelineEvent } from '../model/types';
import { lookupPacked, type PackedStrings } from '../worker/packedText';
import type { ParsedDocument, WorkerRequest, WorkerResponse } from '../worker/protocol';

/** Decodes packed string k; the timeline asks for the few rows it labels, so nothing is cached. */
function decodeAt(decoder: TextDecoder, packed: PackedStrings, k: number): string {
  return decoder.decode(packed.bytes.subarray(packed.offsets[k], packed.offsets[k + 1]));
}

/** Event ids and titles read straight from the worker's UTF-8 bytes, decoded on demand. */
export function packedEventText(doc: Pick<ParsedDocument, 'ids' | 'titles' | 'idTable' | 'order'>): EventText {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const { order } = doc;
  const count = order.length;
  return {
    id: (i) => (i >= 0 && i < count ? decodeAt(decoder, doc.ids, order[i]) : ''),
    title: (i) => (i >= 0 && i < count ? decodeAt(decoder, doc.titles, order[i]) : ''),
    indexOf: (id) => lookupPacked(doc.idTable, doc.ids, order, encoder.encode(id)),
  };
}

/** A worker that answers numbered requests; replies are matched back by number. */
interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerResponse>) => void): void;
}

/**
 * A LoadedDataset whose columns and text arrived from the parse worker and whose
 * full events stay there: getEvent and search are questions to the worker, so the
 * main thread holds only typed arrays and bytes however large the dataset.
 */
export function createWorkerDataset(worker: WorkerPort, doc: ParsedDocument): LoadedDataset {
  const { meta, columns } = doc;
  let nextId = 1;
  const pending = new Map<number, (reply: WorkerResponse) => void>();
  worker.addEventListener('message', (e) => {
    const reply = e.data;
    if (reply.type !== 'event' && reply.type !== 'search') return;
    const settle = pending.get(reply.id);
    pending.delete(reply.id);
    settle?.(reply);
  });
  const ask = (request: (id: number) => WorkerRequest) =>
    new Promise<WorkerResponse>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
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
      return reply.type === 'search' ? reply.mask : null;
    },
  };
}
