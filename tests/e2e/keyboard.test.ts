import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, startE2e, waitForMark } from './harness';

let ctx: E2eContext;

beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

/** What has keyboard focus: tag, role and accessible label. */
async function focused(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const el = document.activeElement!;
    return { tag: el.tagName.toLowerCase(), role: el.getAttribute('role'), label: el.getAttribute('aria-label') ?? '' };
  });
}

describe('keyboard alone', () => {
  it('tabs from the zoom buttons and Keys to the timeline tree, goes down to an event, opens its details with Enter and closes them with Escape', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    // Start from the Keys button after the zoom buttons, reached by keyboard like the rest.
    // The tree's code is a chunk fetched after the first frame: tab only once it is there.
    await page.locator('[role=treeitem]').first().waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Keys' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'li', role: 'treeitem' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const item = await focused(page);
    expect(item).toMatchObject({ tag: 'li', role: 'treeitem' });
    const event = { ...item, label: (await page.evaluate(() => document.activeElement!.textContent)) ?? '' };

    await page.keyboard.press('Enter');
    // An event item's label starts with its title, then its date.
    const heading = page.locator('.event-detail h2');
    await expect.poll(async () => event.label.startsWith(`${await heading.textContent()}, `)).toBe(true);
    expect(await focused(page)).toMatchObject({ tag: 'h2' });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.event-detail').count()).toBe(0);
    // Focus goes back to the item the reader opened it from.
    expect(await focused(page)).toEqual(item);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the links of the collapsed figures table out of the tab order', async () => {
    const { page } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    const toggle = page.getByRole('button', { name: 'Show the figures as a table' });
    await toggle.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.troops-table'))).toBe(false);
    await toggle.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.troops-table'))).toBe(true);
    await page.context().close();
  });
});
