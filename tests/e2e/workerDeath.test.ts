import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, startE2e, waitForMark } from './harness';

let ctx: E2eContext;
beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

describe('a parse worker that dies after the load', () => {
  it('the event details say the data is gone and offer to reload it, and the reload brings the details back', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    const workers = page.workers();
    expect(workers.length).toBe(1);
    // What an out-of-memory kill looks like from the page: the worker ends without a word.
    await workers[0].evaluate(() => self.close()).catch(() => {});

    await page.locator('summary', { hasText: 'Events in view' }).click();
    await page.getByRole('list', { name: 'Events in view, by date' }).getByRole('button').nth(1).click();
    const alert = page.locator('.event-detail [role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(/background worker that held it stopped/);
    expect(await page.locator('.event-detail', { hasText: 'Loading…' }).count()).toBe(0);

    const newWorker = page.waitForEvent('worker');
    await alert.getByRole('button', { name: 'Reload the data' }).click();
    await newWorker;
    // The reload shows its progress, then the views again; the events list is open as before.
    const events = page.getByRole('list', { name: 'Events in view, by date' });
    await expect.poll(() => page.getByRole('progressbar').count(), { timeout: 20_000 }).toBe(0);
    if ((await events.count()) === 0) await page.locator('summary', { hasText: 'Events in view' }).click();
    await events.getByRole('button').nth(2).click();
    await expect.poll(() => page.locator('.event-detail-date').count(), { timeout: 10_000 }).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
