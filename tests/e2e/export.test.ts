import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { type E2eContext, openPage, shownCounts, startE2e, waitForMark } from './harness';

let ctx: E2eContext;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-export-'));
  ctx = await startE2e([dir]);
});
afterAll(async () => {
  await ctx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function exportFile(page: Page, button: string): Promise<string> {
  const menu = page.getByRole('group', { name: 'Export' });
  if (!(await menu.isVisible().catch(() => false))) await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

/** Filters ISIS out of the default story, so the export is of a real subset. */
async function filterOutIsis(page: Page) {
  const before = await shownCounts(page);
  await page.getByRole('checkbox', { name: /^ISIS/ }).uncheck();
  await expect.poll(async () => (await shownCounts(page)).shown).toBeLessThan(before.shown);
  return shownCounts(page);
}

describe('taking the data away', () => {
  it('the CSV has exactly as many rows as "Showing X", and the JSON opens again to the same events', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    const { shown, total } = await filterOutIsis(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);

    const csv = Papa.parse<Record<string, string>>(await exportFile(page, 'Events as CSV'), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(shown);
    await expect.poll(() => page.getByRole('group', { name: 'Export' }).getByRole('status').textContent()).toContain(`Saved ${shown} events as CSV`);

    const json = JSON.parse(await exportFile(page, 'Events as JSON')) as unknown;
    const again = validateDataset(json);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.dataset.events.map((e) => e.id)).toEqual(csv.data.map((r) => r.id));

    // And the exported JSON, served back, opens in the app to the same count.
    writeFileSync(join(dir, 'exported.json'), JSON.stringify(json));
    await page.goto(`${ctx.url}/?data=/exported.json`);
    await waitForMark(page, 'timeline-ready');
    expect(await shownCounts(page)).toEqual({ shown, total: shown });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('"Copy link" copies the current view\'s address', async () => {
    const context = await ctx.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${ctx.url}/?q=Mosul`);
    await waitForMark(page, 'timeline-ready');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Export' }).getByRole('status').textContent()).toBe('Link to this view copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('q=Mosul');
    await context.close();
  });
});
