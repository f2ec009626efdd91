import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, seriousAxeViolations, startE2e, waitForMark } from './harness';

let ctx: E2eContext;
beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

describe('the phone reading view', () => {
  it.each([360, 390])('at %i px lists the events as cards in date order, with no sideways scroll', async (width) => {
    const { page, errors } = await openPage(ctx, '/', { viewport: { width, height: 800 } });
    await waitForMark(page, 'timeline-ready');
    await page.locator('.reading-card').first().waitFor();
    // Dates as printed, at their precision: "10 Jun 2014", "Jun 2014" or "2014", each a start of its period.
    const starts = (await page.locator('.reading-card-date').allTextContents()).map((d) => Date.parse(`${d} UTC`));
    const years = await page.locator('.reading-year h3').allTextContents();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.context().close();
    expect(errors).toEqual([]);
    expect(starts.length).toBeGreaterThanOrEqual(40);
    expect(starts.every((t) => Number.isFinite(t))).toBe(true);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(years).toEqual([...years].sort());
    expect(years[0]).toBe('2014');
    expect(scrollWidth).toBeLessThanOrEqual(width);
  });

  it('opens an event as a sheet by keyboard and closes it with Escape, focus back on its card', async () => {
    const { page } = await openPage(ctx, '/', { viewport: { width: 390, height: 844 } });
    await waitForMark(page, 'timeline-ready');
    const open = page.getByRole('button', { name: 'ISIS offensive in northern Iraq; Mosul falls' });
    await open.focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: 'Event details' });
    await expect.poll(() => sheet.getByRole('heading', { level: 2 }).textContent()).toBe('ISIS offensive in northern Iraq; Mosul falls');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ISIS offensive in northern Iraq; Mosul falls');
    await page.context().close();
  }, 120_000);

  it('closes the sheet with a swipe down on its handle', async () => {
    const { page } = await openPage(ctx, '/', { viewport: { width: 390, height: 844 } });
    await waitForMark(page, 'timeline-ready');
    await page.getByRole('button', { name: 'ISIS offensive in northern Iraq; Mosul falls' }).click();
    const handle = page.locator('.reading-sheet-handle');
    await handle.waitFor();
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 160, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await page.context().close();
  });

  it('pressing an actor chip filters the list, and Timeline shows the lanes with the same filter', async () => {
    const { page } = await openPage(ctx, '/', { viewport: { width: 390, height: 844 } });
    await waitForMark(page, 'timeline-ready');
    await page.getByRole('group', { name: 'Show actors' }).getByRole('button', { name: /^United States/ }).click();
    await expect.poll(() => page.url()).toContain('actors=');
    const withoutUs = await page.locator('.reading-card').count();
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.locator('.tl-lane-header').first().waitFor();
    const lanes = await page.locator('.tl-lane-header').allTextContents();
    await page.context().close();
    expect(withoutUs).toBeGreaterThan(0);
    expect(lanes.some((l) => l.includes('United States'))).toBe(false);
  });
});
