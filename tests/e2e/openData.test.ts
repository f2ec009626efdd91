import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openFileByInput, openPage, shownCounts, startE2e, waitForMark } from './harness';

let ctx: E2eContext;
beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

const HARBOUR = 'tests/e2e/fixtures/open/harbour-log.json';
const title = (page: Page) => page.locator('h1.app-title').textContent();

/** Presses "Open data" and hands the dialog's file input a file from disk. */
const openFile = (page: Page, path: string, name = path.split('/').pop()!, buffer = readFileSync(path)) => openFileByInput(page, name, buffer);

describe('opening your own data', () => {
  it('opens a file chosen through "Open data", and the dialog closes on the new timeline', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    const dialog = await openFile(page, HARBOUR);
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Harbour log (opened file)');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await shownCounts(page)).toEqual({ shown: 3, total: 3 });
    // A local file has no address: no "Data (JSON)" link to the previous dataset, no data= in the URL.
    expect(await page.getByRole('link', { name: 'Data (JSON)' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('data')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a file dropped anywhere on the page, showing the drop target while it is dragged', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    const text = readFileSync(HARBOUR, 'utf8');
    const dataTransfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'harbour-log.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    // The drop target is drawn by the open dialog's chunk, fetched on the first dragenter.
    await expect.poll(() => page.locator('.drop-overlay').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Harbour log (opened file)');
    expect(await page.locator('.drop-overlay').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a pasted address, which the URL then carries as data=', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    await page.getByRole('button', { name: 'Open data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open data' });
    await dialog.getByLabel('Or an address (http or https)').fill(`${ctx.url}/open/harbour-log.json`);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Harbour log (opened file)');
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe(`${ctx.url}/open/harbour-log.json`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a file that fails as a whole after a good one explains why and leaves the good one on screen', async () => {
    const { page } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    await openFile(page, HARBOUR);
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Harbour log (opened file)');

    const dialog = await openFile(page, 'tests/e2e/fixtures/not-json.json');
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/not valid JSON/);
    expect(await alert.textContent()).toMatch(/not-json\.json/);
    expect(await alert.textContent()).toMatch(/The data on screen is unchanged/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await title(page)).toBe('Harbour log (opened file)');
    expect(await shownCounts(page)).toEqual({ shown: 3, total: 3 });

    // Nor does an empty one. (Not "a file in no known format": the generic CSV format reads any text.)
    const junk = await openFile(page, '', 'empty.csv', Buffer.from('  \n'));
    await junk.getByRole('alert').waitFor({ timeout: 15_000 });
    expect(await junk.getByRole('alert').textContent()).toMatch(/The file is empty.*empty\.csv.*The data on screen is unchanged/s);
    await junk.getByRole('button', { name: 'Close' }).click();
    expect(await title(page)).toBe('Harbour log (opened file)');
    await page.context().close();
  });

  it('?data= naming a CSV with bad rows shows the rows left out, and "Import the 3 good rows" shows the rest', async () => {
    const { page, errors } = await openPage(ctx, '/?data=/open/bad-rows.csv');
    const report = page.getByRole('table', { name: 'Rows left out' });
    await report.waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { name: 'Some rows of this file could not be read' }).count()).toBe(1);
    const rows = await report.locator('tbody tr').allInnerTexts();
    expect(rows).toEqual([expect.stringMatching(/^4\s+date\s+not a date\s+.*not a date/), expect.stringMatching(/^6\s+date\s+.*empty/)]);
    const csv = page.getByRole('link', { name: 'Download the rejected rows (CSV)' });
    expect(await csv.getAttribute('download')).toBe('bad-rows-rejected-rows.csv');
    await page.getByRole('button', { name: 'Import the 3 good rows' }).click();
    await waitForMark(page, 'timeline-ready');
    expect(await shownCounts(page)).toEqual({ shown: 3, total: 3 });
    expect(new URL(page.url()).searchParams.get('data')).toBe('/open/bad-rows.csv');
    expect(await page.getByRole('table', { name: 'Rows left out' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps opened files under Recent, reopens one with a press, and deletes it', async () => {
    const { page } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    await openFile(page, HARBOUR);
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Harbour log (opened file)');
    // Kept once the dialog lists it (the write is asynchronous): only then leave the page.
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.getByRole('dialog', { name: 'Open data' }).getByRole('region', { name: 'Recent' }).waitFor({ timeout: 10_000 });
    await page.goto(ctx.url + '/');
    await waitForMark(page, 'timeline-ready');
    await page.getByRole('button', { name: 'Open data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open data' });
    const recent = dialog.getByRole('region', { name: 'Recent' });
    await recent.waitFor({ timeout: 10_000 });
    expect(await recent.textContent()).toMatch(/harbour-log\.json.*3 events/);
    await recent.getByRole('button', { name: 'harbour-log.json', exact: true }).click();
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Harbour log (opened file)');
    await page.getByRole('button', { name: 'Open data' }).click();
    await dialog.getByRole('button', { name: 'Delete harbour-log.json from Recent' }).click();
    await expect.poll(() => dialog.getByRole('region', { name: 'Recent' }).count()).toBe(0);
    await page.context().close();
  });
});
