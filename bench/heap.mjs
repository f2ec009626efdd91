// Heap, worker and live-object readings through the DevTools protocol, shared by the bench's
// load runs and its reload (memory) scenario.

/** The page's dedicated workers, as DevTools targets (a terminated worker is gone from this list). */
export async function workerTargets(browser) {
  const b = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await b.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'worker');
  } finally {
    await b.detach().catch(() => {});
  }
}

/**
 * The parse worker's heap after a GC. Playwright has no CDP session for workers, so
 * this attaches to the worker target through the browser session (non-flat protocol).
 */
export async function workerHeap(browser) {
  const b = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await b.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'worker' && t.title === 'dataset-parser');
    if (!target) return null;
    const { sessionId } = await b.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const replies = new Map();
    let nextId = 0;
    b.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message);
      replies.get(m.id)?.(m.result);
    });
    const call = (method, params = {}) =>
      new Promise((ok) => {
        const id = ++nextId;
        replies.set(id, ok);
        void b.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
    await call('HeapProfiler.collectGarbage');
    return await call('Runtime.getHeapUsage');
  } catch {
    return null;
  } finally {
    await b.detach().catch(() => {});
  }
}

/** Main-thread heap after a full GC (V8 heap and ArrayBuffer backing stores), and the parse worker's. */
export async function heapAfterGc(browser, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const main = await cdp.send('Runtime.getHeapUsage');
  return { main, worker: await workerHeap(browser) };
}

/**
 * How many objects with `ctor`'s prototype are alive on the page's main-thread heap
 * (Runtime.queryObjects, after a GC): e.g. 'Worker' objects still referenced after their
 * dataset was replaced, or detached 'HTMLCanvasElement's.
 */
export async function liveObjects(cdp, ctor) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: `${ctor}.prototype`, objectGroup: 'bench' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId, objectGroup: 'bench' });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench' });
  return result.value;
}
