import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, startE2e, waitForMark } from './harness';

let ctx: E2eContext;
beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

type Counts = {
  addedInGesture: number;
  addedSettled: number;
  gestureFrames: number;
  /** Nodes added to the troop chart while it moved its drawing for a gesture, and the frames it did so. */
  chartInGesture: number;
  chartSettled: number;
  chartFrames: number;
  /** Nodes added to the overview while the timeline drew a gesture frame. */
  overviewInGesture: number;
};

describe('gesture frames', () => {
  it('zooming by wheel creates no SVG nodes in gesture frames (marks, troop chart, overview); the settled frame shows the focusable marks and the chart of the new window', async () => {
    // Tall enough for the troop chart to be on screen under the timeline: below the fold it
    // does not follow gesture frames at all (TroopPlot, useOnScreen).
    const { page, errors } = await openPage(ctx, '/', { viewport: { width: 1280, height: 2200 } });
    await waitForMark(page, 'timeline-ready');
    await page.locator('.tl-marks [data-tl-interactive]').first().waitFor();
    // The troop chart mounts a frame or two after the lanes.
    await page.locator('.troops-svg .troops-line').first().waitFor();
    const shapes = () =>
      page.evaluate(() => [...document.querySelectorAll('.tl-marks .tl-shape')].map((el) => el.getAttribute('cx') ?? el.getAttribute('x')).join(' '));
    const before = await shapes();
    const chartTicks = () => page.evaluate(() => [...document.querySelectorAll('.troops-axis-x .tick text')].map((t) => t.textContent).join(' '));
    const ticksBefore = await chartTicks();
    // Every node added under the marks layer, by whether a gesture frame was on screen when it was added.
    await page.evaluate(() => {
      const w = window as unknown as { counts: Counts };
      w.counts = { addedInGesture: 0, addedSettled: 0, gestureFrames: 0, chartInGesture: 0, chartSettled: 0, chartFrames: 0, overviewInGesture: 0 };
      const gesturing = () => document.querySelector('.tl-plot.is-gesturing') !== null;
      const following = () => document.querySelector('.troops-svg.is-following') !== null;
      const addedBy = (records: MutationRecord[]) => records.reduce((n, r) => n + r.addedNodes.length, 0);
      new MutationObserver((records) => {
        if (following()) w.counts.chartInGesture += addedBy(records);
        else w.counts.chartSettled += addedBy(records);
      }).observe(document.querySelector('.troops-svg')!, { childList: true, subtree: true });
      new MutationObserver((records) => {
        if (gesturing()) w.counts.overviewInGesture += addedBy(records);
      }).observe(document.querySelector('.tl-overview')!, { childList: true, subtree: true });
      new MutationObserver((records) => {
        let added = 0;
        for (const r of records) added += r.addedNodes.length;
        if (gesturing()) w.counts.addedInGesture += added;
        else w.counts.addedSettled += added;
      }).observe(document.querySelector('.tl-marks')!, { childList: true, subtree: true });
      const count = () => {
        if (gesturing()) w.counts.gestureFrames++;
        if (following()) w.counts.chartFrames++;
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
    // The chart follows the zoom by moving what it drew, and the overview by moving its brush.
    expect(counts.chartFrames).toBeGreaterThan(3);
    expect(counts.chartInGesture).toBe(0);
    expect(counts.overviewInGesture).toBe(0);
    // Settled: the focusable marks are laid out again for the zoomed window.
    await expect.poll(shapes).not.toBe(before);
    expect(await page.locator('.tl-marks [data-tl-interactive]').count()).toBeGreaterThan(0);
    // ... and the chart renders its own ticks for it.
    await expect.poll(chartTicks).not.toBe(ticksBefore);
    expect(await page.locator('.troops-svg.is-following').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
