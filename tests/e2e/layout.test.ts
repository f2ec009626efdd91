import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, startE2e, waitForMark } from './harness';

let ctx: E2eContext;

beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

describe('layout', () => {
  it.each([360, 1280])('at %i px wide nothing scrolls sideways and no SVG text runs past the page', async (width) => {
    const { page } = await openPage(ctx, '/', { viewport: { width, height: 800 }, colorScheme: 'light' });
    await waitForMark(page, 'timeline-ready');
    const { scrollWidth, innerWidth, overrun } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // SVG text does not wrap and an overflowing SVG does not widen the page: check it directly.
      overrun: [...document.querySelectorAll('svg text')]
        .filter((t) => t.getBoundingClientRect().right > window.innerWidth + 1)
        .map((t) => t.textContent),
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(overrun).toEqual([]);
    await page.context().close();
  });
});
