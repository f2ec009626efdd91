import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, startE2e, waitForMark } from './harness';

let ctx: E2eContext;
beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

type Counts = { addedInGesture: number; addedSettled: number; gestureFrames: number };

describe('gesture frames', () => {
  it('zooming by wheel creates no SVG mark nodes in gesture frames; the settled frame shows the focusable marks of the new window', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    await page.locator('.tl-marks [data-tl-interactive]').first().waitFor();
    const shapes = () =>
      page.evaluate(() => [...document.querySelectorAll('.tl-marks .tl-shape')].map((el) => el.getAttribute('cx') ?? el.getAttribute('x')).join(' '));
    const before = await shapes();
    // Every node added under the marks layer, by whether a gesture frame was on screen when it was added.
    await page.evaluate(() => {
      const w = window as unknown as { counts: Counts };
      w.counts = { addedInGesture: 0, addedSettled: 0, gestureFrames: 0 };
      const gesturing = () => document.querySelector('.tl-plot.is-gesturing') !== null;
      new MutationObserver((records) => {
        let added = 0;
        for (const r of records) added += r.addedNodes.length;
        if (gesturing()) w.counts.addedInGesture += added;
        else w.counts.addedSettled += added;
      }).observe(document.querySelector('.tl-marks')!, { childList: true, subtree: true });
      const count = () => {
        if (gesturing()) w.counts.gestureFrames++;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
    });
    const box = (await page.locator('.tl-plot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 20; i++) {
      await page.mouse.wheel(0, -60);
      await page.waitForTimeout(16);
    }
    await expect.poll(() => page.locator('.tl-plot.is-gesturing').count()).toBe(0);
    const counts = await page.evaluate(() => (window as unknown as { counts: Counts }).counts);
    expect(counts.gestureFrames).toBeGreaterThan(3);
    expect(counts.addedInGesture).toBe(0);
    // Settled: the focusable marks are laid out again for the zoomed window.
    await expect.poll(shapes).not.toBe(before);
    expect(await page.locator('.tl-marks [data-tl-interactive]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
