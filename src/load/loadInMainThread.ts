import { createDatasetHost } from '../worker/datasetHost';
import type { WorkerRequest, WorkerResponse } from '../worker/protocol';
import type { WorkerLike } from './parseInWorker';

/**
 * The parse worker's host on the main thread, behind the Worker interface, for
 * environments without Workers (tests, odd embeds): the same load sequence and the
 * same replies, only nothing leaves the thread. Replies come in a later task, as a
 * worker's would, so callers cannot come to rely on a synchronous answer. Loaded
 * lazily, so its validator and formats stay out of the JavaScript browsers download.
 */
export function createMainThreadWorker(): WorkerLike {
  const listeners = new Set<(e: MessageEvent<WorkerResponse>) => void>();
  let ended = false;
  const host = createDatasetHost((data) => {
    if (ended) return;
    setTimeout(() => {
      if (!ended) for (const l of [...listeners]) l({ data } as MessageEvent<WorkerResponse>);
    }, 0);
  });
  return {
    postMessage(message: WorkerRequest) {
      if (!ended) setTimeout(() => host.handle(message), 0);
    },
    addEventListener(type: 'message' | 'error', listener: (e: never) => void) {
      if (type === 'message') listeners.add(listener as (e: MessageEvent<WorkerResponse>) => void);
    },
    removeEventListener(type: 'message' | 'error', listener: (e: never) => void) {
      if (type === 'message') listeners.delete(listener as (e: MessageEvent<WorkerResponse>) => void);
    },
    terminate() {
      ended = true;
      listeners.clear();
      host.stop();
    },
  };
}
