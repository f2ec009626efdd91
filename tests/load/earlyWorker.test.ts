import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDocumentText } from '../../bench/generate.mjs';
import { startWorkerEarly, takeEarlyWorker } from '../../src/load/earlyWorker';
import { parseInWorker } from '../../src/load/parseInWorker';
import { parseDocument } from '../../src/io/loadSequence';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol';

/** A stand-in Worker: records what it is asked and speaks when the test says so. */
class FakeWorker {
  static made: FakeWorker[] = [];
  requests: WorkerRequest[] = [];
  terminated = false;
  private listeners = new Set<(e: MessageEvent<WorkerResponse>) => void>();
  constructor() {
    FakeWorker.made.push(this);
  }
  addEventListener(type: string, l: (e: MessageEvent<WorkerResponse>) => void) {
    if (type === 'message') this.listeners.add(l);
  }
  removeEventListener(type: string, l: (e: MessageEvent<WorkerResponse>) => void) {
    if (type === 'message') this.listeners.delete(l);
  }
  postMessage(request: WorkerRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  emit(data: WorkerResponse) {
    for (const l of [...this.listeners]) l({ data } as MessageEvent<WorkerResponse>);
  }
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('location', { href: 'http://app.test/index.html', search: '' });
});
afterEach(() => {
  takeEarlyWorker('');
  vi.unstubAllGlobals();
});

describe('startWorkerEarly', () => {
  it('starts the load at once, and the later load of that address adopts it with everything it said meanwhile', async () => {
    startWorkerEarly('data/x.json');
    const [early] = FakeWorker.made;
    expect(early.requests).toEqual([{ type: 'load', url: 'http://app.test/data/x.json' }]);

    // The worker finishes before the app asks for the dataset.
    const parsed = parseDocument(generateDocumentText(200, 3), 'x.json', () => {});
    if (!parsed.ok) throw new Error('generated document did not parse');
    early.emit({ type: 'progress', progress: { phase: 'parse', fraction: null, events: 0 } });
    early.emit({ type: 'loaded', document: parsed.document, phases: [], format: 'v1-json', rejected: [], notes: [] });

    const progress = vi.fn();
    const result = await parseInWorker({ url: 'data/x.json' }, progress);
    expect(result.ok && result.dataset.columns.count).toBe(200);
    expect(progress).toHaveBeenCalledWith({ phase: 'parse', fraction: null, events: 0 });
    expect(FakeWorker.made).toHaveLength(1);
    expect(early.requests).toHaveLength(1);
  });

  it('is ended when the app loads another address, which gets a worker of its own', () => {
    startWorkerEarly('a.json');
    void parseInWorker({ url: 'b.json' }, () => {});
    const [early, own] = FakeWorker.made;
    expect(early.terminated).toBe(true);
    expect(own.requests).toEqual([{ type: 'load', url: 'http://app.test/b.json' }]);
  });

  it('starts nothing for an address that is not http or https', () => {
    startWorkerEarly('javascript:alert(1)');
    expect(FakeWorker.made).toHaveLength(0);
  });
});
