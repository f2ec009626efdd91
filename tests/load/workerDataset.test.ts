import { describe, expect, it } from 'vitest';
import { generateDocumentText } from '../../bench/generate.mjs';
import { createWorkerDataset, DatasetGoneError } from '../../src/load/workerDataset';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { validateDataset } from '../../src/model/validate';
import { parseDocument, type ParseSuccess } from '../../src/io/loadSequence';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol';
import { buildEventSearchText, matchMask } from '../../src/worker/searchText';

/** A stand-in for the worker that answers the way parseWorker.ts does, asynchronously, until it is closed. */
function fakeWorker(parsed: ParseSuccess) {
  const listeners: ((e: MessageEvent<WorkerResponse>) => void)[] = [];
  const errorListeners: ((e: ErrorEvent) => void)[] = [];
  const requests: WorkerRequest[] = [];
  const search = buildEventSearchText(parsed.dataset.events, parsed.order);
  let closed = false;
  const reply = (message: WorkerResponse) =>
    setTimeout(() => listeners.forEach((l) => l({ data: message } as MessageEvent<WorkerResponse>)), 0);
  return {
    requests,
    /** What a worker does when it is closed or killed: it never answers again, and says nothing. */
    close: () => {
      closed = true;
    },
    crash: (message: string) => errorListeners.forEach((l) => l({ message } as ErrorEvent)),
    addEventListener: (type: 'message' | 'error', l: (e: never) => void) => {
      if (type === 'message') listeners.push(l as (e: MessageEvent<WorkerResponse>) => void);
      else errorListeners.push(l as (e: ErrorEvent) => void);
    },
    postMessage(request: WorkerRequest) {
      requests.push(request);
      if (closed) return;
      if (request.type === 'getEvent') {
        const ok = request.row >= 0 && request.row < parsed.order.length;
        reply({ type: 'event', id: request.id, event: ok ? parsed.dataset.events[parsed.order[request.row]] : null });
      } else if (request.type === 'search') {
        reply({ type: 'search', id: request.id, mask: matchMask(search, request.query) });
      }
    },
  };
}

function setup() {
  const text = generateDocumentText(2_000, 11);
  const parsed = parseDocument(text, 'x.json', () => {});
  if (!parsed.ok) throw new Error('generated document did not parse');
  const reference = validateDataset(JSON.parse(text));
  if (!reference.ok) throw new Error('generated document is invalid');
  const worker = fakeWorker(parsed);
  return { worker, dataset: createWorkerDataset(worker, parsed.document), inMemory: createInMemoryDataset(reference.dataset) };
}

describe('a dataset backed by the parse worker', () => {
  it('sends the same span and actor/category totals the in-memory dataset works out', () => {
    const { dataset, inMemory } = setup();
    const sent = dataset.stats();
    const computed = inMemory.stats();
    expect(sent.span).toEqual(computed.span);
    expect([...sent.actorTotals]).toEqual([...computed.actorTotals]);
    expect([...sent.categoryTotals]).toEqual([...computed.categoryTotals]);
    expect(sent.actorTotals.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2_000);
  });

  it('answers the same events, ids, titles and searches as the in-memory dataset, even when asked concurrently', async () => {
    const { dataset, inMemory } = setup();
    const rows = [0, 1, 999, 1_999];
    const [events, expected] = await Promise.all([
      Promise.all(rows.map((r) => dataset.getEvent(r))),
      Promise.all(rows.map((r) => inMemory.getEvent(r))),
    ]);
    expect(events).toEqual(expected);
    for (const r of rows) {
      expect(dataset.text.id(r)).toBe(inMemory.text.id(r));
      expect(dataset.text.title(r)).toBe(inMemory.text.title(r));
      expect(dataset.text.indexOf(inMemory.text.id(r))).toBe(r);
    }
    const [mosul, hit] = await Promise.all([dataset.search('mosul'), dataset.search('HIT')]);
    expect(mosul).toEqual(await inMemory.search('mosul'));
    expect(hit).toEqual(await inMemory.search('HIT'));
    expect(dataset.columns.count).toBe(2_000);
  });

  it('rejects a row that does not exist, and answers a blank search without asking the worker', async () => {
    const { dataset, worker } = setup();
    await expect(dataset.getEvent(2_000)).rejects.toThrow(RangeError);
    const asked = worker.requests.length;
    await expect(dataset.search('   ')).resolves.toBeNull();
    expect(worker.requests.length).toBe(asked);
  });
});

/** Web Locks as the browser keeps them for one worker: held while it lives, granted to the next asker when it ends. */
function lifeLock() {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const locks = {
    request: ((_name: string, callback: () => unknown) => held.then(() => callback())) as unknown as LockManager['request'],
  };
  return { locks, workerEnds: release };
}

describe('a dataset whose worker dies after the load', () => {
  function setupWithLock() {
    const { worker, inMemory } = setup();
    const { locks, workerEnds } = lifeLock();
    const parsed = parseDocument(generateDocumentText(2_000, 11), 'x.json', () => {});
    if (!parsed.ok) throw new Error('generated document did not parse');
    const dataset = createWorkerDataset(worker, parsed.document, { lock: 'dataset-worker-1', locks });
    return { worker, dataset, inMemory, workerEnds };
  }

  it('answers while the worker lives', async () => {
    const { dataset, inMemory } = setupWithLock();
    expect(await dataset.getEvent(5)).toEqual(await inMemory.getEvent(5));
  });

  it('rejects the pending and later questions with a clear error once the worker has ended', async () => {
    const { dataset, worker, workerEnds } = setupWithLock();
    worker.close();
    const detail = dataset.getEvent(5);
    const search = dataset.search('mosul');
    workerEnds();
    await expect(detail).rejects.toBeInstanceOf(DatasetGoneError);
    await expect(search).rejects.toThrow(/stopped \(it was closed or ran out of memory\)\. Reload the data to continue\./);
    await expect(dataset.getEvent(6)).rejects.toBeInstanceOf(DatasetGoneError);
  });

  it('rejects at once when the worker reports an error', async () => {
    const { dataset, worker } = setup();
    worker.close();
    const detail = dataset.getEvent(5);
    worker.crash('out of memory');
    await expect(detail).rejects.toThrow(/stopped \(out of memory\)/);
  });
});
