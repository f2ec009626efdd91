import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { type E2eContext, openPage, shownCounts, startE2e, waitForMark } from './harness';

// A dataset on another origin (another port), served with and without CORS.
let ctx: E2eContext;
let withCors: { url: string; close: () => Promise<void> };
let withoutCors: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  ctx = await startE2e();
  withCors = await startStaticServer(['data'], { cors: true });
  withoutCors = await startStaticServer(['data']);
});
afterAll(async () => {
  await Promise.all([ctx?.close(), withCors?.close(), withoutCors?.close()]);
});

describe('?data= on another origin', () => {
  it('loads a dataset from an origin that allows CORS', async () => {
    const { page, errors } = await openPage(ctx, `/?data=${encodeURIComponent(`${withCors.url}/coalition.json`)}`);
    await waitForMark(page, 'timeline-ready');
    const { total } = await shownCounts(page);
    expect(total).toBeGreaterThanOrEqual(50);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('explains a refused cross-origin request instead of showing a blank page', async () => {
    const { page } = await openPage(ctx, `/?data=${encodeURIComponent(`${withoutCors.url}/coalition.json`)}`);
    await waitForMark(page, 'timeline-error');
    const text = (await page.getByRole('alert').textContent()) ?? '';
    expect(text).toContain(withoutCors.url);
    expect(text).toMatch(/CORS/);
    await expect(page.getByRole('button', { name: /default dataset/i }).count()).resolves.toBe(1);
    await page.context().close();
  });
});
