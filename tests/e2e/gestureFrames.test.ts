import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, startE2e, waitForMark } from './harness';

let ctx: E2eContext;
beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

describe('gesture frames', () => {
  it('zooming by wheel creates no SVG mark nodes until the gesture settles, then shows the focusable marks again', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    await page.locator('.tl-marks [data-tl-interactive]').first().waitFor();
    const shapes = () => page.evaluate(() => [...document.querySelectorAll('.tl-marks .tl-shape')].map((el) => `${el.getAttribute('cx') ?? el.getAttribute('x')},${el.getAttribute('d') ?? ''}`).join(' '));
    const before = await shapes();
    const plot = page.locator('.tl-plot');
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Count every node added under the marks layer from the first wheel event on.
    await page.evaluate(() => {
      const w = window as unknown as { added: number; gestureFrames: number };
      w.added = 0;
      w.gestureFrames = 0;
      new MutationObserver((records) => {
        for (const r of records) w.added += r.addedNodes.length;
      }).observe(document.querySelector('.tl-marks')!, { childList: true, subtree: true });
      const count = () => {
        if (document.querySelector('.tl-plot.is-gesturing')) w.gestureFrames++;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
    });
    // Wheel events 16 ms apart, as a trackpad sends them, without waiting for the page between them.
    await page.evaluate(async () => {
      const target = document.querySelector('.tl-plot')!;
      const r = target.getBoundingClientRect();
      for (let i = 0; i < 20; i++) {
        target.dispatchEvent(
          new WheelEvent('wheel', { deltaY: -60, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true }),
        );
        await new Promise((resolve) => setTimeout(resolve, 16));
      }
    });
    const during = await page.evaluate(() => (window as unknown as { added: number; gestureFrames: number }));
    expect(during.gestureFrames).toBeGreaterThan(3);
    expect(during.added).toBe(0);
    // Settled: the focusable marks are laid out again for the new window.
    await expect.poll(() => page.locator('.tl-plot.is-gesturing').count()).toBe(0);
    await expect.poll(shapes).not.toBe(before);
    expect(await page.locator('.tl-marks [data-tl-interactive]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
