import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../bench/generate.mjs';
import { type E2eContext, openPage, shownCounts, startE2e, waitForMark } from './harness';

// Issue 9 item 5: opening another dataset must release the old one (its worker, its
// columns). Counts of live objects after a forced GC, not timings or heap sizes.

const N = 20_000;
let ctx: E2eContext;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-reload-'));
  await writeDataset(join(dir, 'reload-20k.json'), N);
  ctx = await startE2e([dir]);
});
afterAll(async () => {
  await ctx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** How many objects with this constructor's prototype are alive on the page's heap, after a GC. */
async function liveObjects(cdp: CDPSession, ctor: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: `${ctor}.prototype`, objectGroup: 'count' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId!, objectGroup: 'count' });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'count' });
  return result.value as number;
}

/** Bytes of ArrayBuffer backing stores alive on the page's main thread (the columns live there), after a GC. */
async function bufferBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
  return usage.backingStorageSize ?? 0;
}

/**
 * Waits until the page has finished what it does after a load: the staged first render
 * mounts the chart, the tree and the summary a frame or more after `timeline-ready`, and
 * dense lanes build their density pyramids in idle time. A baseline taken before that is
 * short of one dataset's worth by the pyramids and the later stages' buffers.
 */
async function settled(page: Page) {
  for (let i = 0; i < 3; i++) {
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 2000 }))),
        ),
    );
  }
}

/** Opens `url` the way Back/Forward across a data= change does (the app's reload path), and waits for it. */
async function openAnother(page: Page, url: string, loadsSoFar: number) {
  await page.evaluate((u) => {
    history.pushState(null, '', `?data=${encodeURIComponent(u)}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  // Each load puts its worker's phases on the performance timeline once.
  await page.waitForFunction((k) => performance.getEntriesByName('dataset-worker:send').length > k, loadsSoFar, { timeout: 30_000 });
  await settled(page);
}

describe('opening another dataset', () => {
  it('leaves one parse worker and one dataset of column buffers after the second and the fifth load', async () => {
    const { page, errors } = await openPage(ctx, '/?data=/reload-20k.json');
    const cdp = await page.context().newCDPSession(page);
    await waitForMark(page, 'timeline-ready', 60_000);
    expect(await shownCounts(page)).toEqual({ shown: N, total: N });
    await settled(page);
    const workers1 = await liveObjects(cdp, 'Worker');
    const buffers1 = await bufferBytes(cdp);
    expect(buffers1).toBeGreaterThan(N * 8);
    expect(workers1).toBe(1);

    await openAnother(page, '/reload-20k.json?copy=2', 1);
    expect(await shownCounts(page)).toEqual({ shown: N, total: N });
    expect(page.workers()).toHaveLength(1);
    expect(await liveObjects(cdp, 'Worker')).toBe(1);
    // A leaked dataset would keep its own column buffers: about twice the bytes.
    const buffers2 = await bufferBytes(cdp);
    expect(buffers2).toBeLessThan(buffers1 * 1.5);

    for (let n = 3; n <= 5; n++) await openAnother(page, `/reload-20k.json?copy=${n}`, n - 1);
    expect(page.workers()).toHaveLength(1);
    expect(await liveObjects(cdp, 'Worker')).toBe(1);
    expect(await bufferBytes(cdp)).toBeLessThan(buffers1 * 1.5);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
