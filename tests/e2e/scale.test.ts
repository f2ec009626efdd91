import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../bench/generate.mjs';
import { writeAcledCsv } from '../../bench/generateCsv.mjs';
import { normalizeForSearch } from '../../src/model/normalizeText';
import type { Dataset } from '../../src/model/types';
import { type E2eContext, openPage, shownCounts, startE2e, waitForMark } from './harness';

const N = 100_000;
/** Enough ACLED-shaped rows for a file of several megabytes, as an analyst's export would be. */
const CSV_ROWS = 20_000;
let ctx: E2eContext;
let dir: string;
let doc: Dataset;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-scale-'));
  const file = await writeDataset(join(dir, 'scale-100k.json'), N);
  doc = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  await writeAcledCsv(join(dir, 'acled-20k.csv'), CSV_ROWS);
  ctx = await startE2e([dir]);
});
afterAll(async () => {
  await ctx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('100,000 events in Chromium', () => {
  it('are parsed in a worker and shown with fewer than 3,000 DOM nodes', async () => {
    const { page, errors } = await openPage(ctx, '/?data=/scale-100k.json');
    await waitForMark(page, 'timeline-ready', 60_000);
    expect(await shownCounts(page)).toEqual({ shown: N, total: N });
    await expect(page.getByRole('status').filter({ hasText: 'Showing 100,000 of 100,000 events' }).count()).resolves.toBeGreaterThan(0);
    const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
    expect(nodes).toBeLessThan(3000);
    // The parse ran off the main thread: the page has the parse worker.
    expect(page.workers().length).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search is answered by the worker with the same rows the document holds', async () => {
    const { page } = await openPage(ctx, '/?data=/scale-100k.json');
    await waitForMark(page, 'timeline-ready', 60_000);
    const q = 'hawija';
    const expected = doc.events.filter(
      (e) => normalizeForSearch(e.title).includes(q) || (e.summary !== undefined && normalizeForSearch(e.summary).includes(q)),
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(N);
    const box = page.getByRole('searchbox', { name: /Search/ });
    await box.fill('Hawija');
    await box.press('Enter');
    await expect.poll(async () => (await shownCounts(page)).shown, { timeout: 10_000 }).toBe(expected);
    await page.close();
  });
});

describe('an ACLED export of several megabytes opened by link', () => {
  it('is read as ACLED, not as the app\'s JSON, and every row is shown', async () => {
    expect(statSync(join(dir, 'acled-20k.csv')).size).toBeGreaterThan(5_000_000);
    const { page, errors } = await openPage(ctx, '/?data=/acled-20k.csv');
    await waitForMark(page, 'timeline-ready', 60_000);
    expect(await shownCounts(page)).toEqual({ shown: CSV_ROWS, total: CSV_ROWS });
    // ACLED's actors became lanes: the generator's Iraqi army is one of them.
    await expect(page.getByText('Military Forces of Iraq (2014-)', { exact: true }).count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
