import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_BAD_ROWS, type E2eContext, openFileByInput, openPage, shownCounts, startE2e, waitForMark } from './harness';

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

/** The harness's bad rows, and a repeated id. */
const ACLED_BAD_ROWS_AND_REPEAT = `${ACLED_BAD_ROWS}\nIRQ1,11-May-20,Militia,Battles,1`;

describe('the rows left out on a phone', () => {
  it.each([
    ['English', '/', 'Open data', 'Rows left out'],
    ['Arabic', '/?lang=ar', 'فتح بيانات', 'الصفوف المستبعدة'],
  ])('at 390 px in %s each row left out reads as a card, no value broken inside a word, and it is still a table to assistive technology', async (_, path, openLabel, caption) => {
    const { page, errors } = await openPage(ctx, path, { viewport: { width: 390, height: 844 } });
    await waitForMark(page, 'timeline-ready');
    await page.getByRole('button', { name: openLabel }).click();
    const dialog = page.locator('dialog.open-dialog');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'iraq.csv', mimeType: 'text/csv', buffer: Buffer.from(ACLED_BAD_ROWS_AND_REPEAT) });
    const table = dialog.getByRole('table', { name: caption });
    await table.waitFor({ timeout: 20_000 });

    const layout = await table.evaluate((el) => {
      const wrap = el.parentElement!;
      // The lines a text node's words fall on: one top per line box each word touches.
      const linesOfWords = (node: Text) =>
        [...node.data.matchAll(/\S+/g)].map((m) => {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          return [m[0], new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size] as const;
        });
      const firstRow = el.querySelector('tbody tr')!;
      return {
        overflows: wrap.scrollWidth > wrap.clientWidth + 1,
        brokenWords: [...el.querySelectorAll('tbody code')].flatMap((c) => linesOfWords(c.firstChild as Text)).filter(([, lines]) => lines > 1),
        cellTops: [...firstRow.querySelectorAll('td')].map((td) => Math.round(td.getBoundingClientRect().top)),
      };
    });
    expect(layout.overflows).toBe(false);
    expect(layout.brokenWords).toEqual([]);
    // A card: the row's cells one under another, not four narrow columns side by side.
    expect(layout.cellTops).toEqual([...layout.cellTops].sort((a, b) => a - b));
    expect(new Set(layout.cellTops).size).toBe(4);

    // Chromium's accessibility tree still has the table: four column headers, and cells named by their
    // values alone (the card's header words are shown, not said twice).
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
    await cdp.detach();
    const named = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? '');
    expect(named('table')).toContain(caption);
    expect(named('columnheader')).toHaveLength(4);
    expect(named('cell')).toContain('31 Febtember');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
