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

  it('the header cuts a long description to two lines and "More about this data" shows all of it', async () => {
    const { page } = await openPage(ctx, '/', { viewport: { width: 1280, height: 800 } });
    await waitForMark(page, 'timeline-ready');
    const description = page.locator('.app-description');
    const cut = () => description.evaluate((p) => p.scrollHeight > p.clientHeight + 1);
    expect(await cut()).toBe(true);
    const more = page.getByRole('button', { name: 'More about this data' });
    await more.click();
    expect(await cut()).toBe(false);
    await expect.poll(() => description.textContent()).toMatch(/grades: A official/);
    await page.getByRole('button', { name: 'Less' }).click();
    expect(await cut()).toBe(true);
    await page.context().close();
  });

  it('on a phone the description starts hidden and "More about this data" shows it', async () => {
    const { page } = await openPage(ctx, '/', { viewport: { width: 360, height: 740 } });
    await waitForMark(page, 'timeline-ready');
    const description = page.locator('.app-description');
    expect(await description.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'More about this data' }).click();
    expect(await description.isVisible()).toBe(true);
    await page.context().close();
  });

  it('the filter list shows every actor and category name whole', async () => {
    const { page } = await openPage(ctx, '/', { viewport: { width: 1280, height: 800 } });
    await waitForMark(page, 'timeline-ready');
    // The filters mount in a task after the timeline's first frame.
    await page.locator('.filters-aside .checklist-name').first().waitFor();
    const cut = await page.locator('.filters-aside .checklist-name').evaluateAll((names) =>
      names.filter((n) => n.scrollWidth > n.clientWidth + 1 || n.scrollHeight > n.clientHeight + 1).map((n) => n.textContent),
    );
    expect(cut).toEqual([]);
    expect(await page.locator('.filters-aside .checklist-name').count()).toBeGreaterThan(10);
    await page.context().close();
  });
});
