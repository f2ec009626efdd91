// The parse worker: runs the load sequence (src/io/loadSequence.ts) off the main
// thread and answers getEvent and search from the events it keeps. All of it is the
// dataset host's; this file connects the host to the worker's messages, and holds
// the lock whose release tells the page that this worker has gone.
import { createDatasetHost } from './datasetHost';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { warmIntlSoon } from './warmIntl';

/**
 * Takes a Web Lock for as long as this worker lives (never released by hand: the
 * browser releases it when the worker ends, by a crash, close() or terminate()).
 * Resolves with its name once held; undefined where there are no Web Locks.
 */
function holdLifeLock(): Promise<string | undefined> {
  const locks = self.navigator.locks;
  if (!locks) return Promise.resolve(undefined);
  const name = `dataset-worker-${performance.timeOrigin}-${Math.random()}`;
  return new Promise((held) => {
    void locks.request(name, () => {
      held(name);
      return new Promise<never>(() => {});
    });
  });
}

const post = (message: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

const host = createDatasetHost((message, transfer) => {
  // Nothing is sent after 'loaded' until the page asks, so waiting for the lock keeps the order.
  if (message.type === 'loaded') void holdLifeLock().then((lock) => post({ ...message, lock }, transfer));
  else post(message, transfer);
});

self.onmessage = (e: MessageEvent<WorkerRequest>) => host.handle(e.data);
// After the load request's first task (its fetch starts there): ICU's data for the page's formatters.
warmIntlSoon();
