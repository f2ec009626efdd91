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

async function exportBytes(page: Page, button: string): Promise<Buffer> {
  const menu = page.getByRole('group', { name: 'Export' });
  if (!(await menu.isVisible().catch(() => false))) await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await download.path())!);
}

const exportFile = async (page: Page, button: string) => (await exportBytes(page, button)).toString('utf8');

/** Width and height of a PNG, from its IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
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

  it.each(['light', 'dark'] as const)('the view as SVG and PNG (%s): title, range, counts and key in the theme shown; the PNG at twice the size', async (colorScheme) => {
    const { page, errors } = await openPage(ctx, '/?from=2016-01-01&to=2017-12-31', { colorScheme });
    await waitForMark(page, 'timeline-ready');
    const { shown, total } = await shownCounts(page);
    const svg = await exportFile(page, 'View as SVG');
    await expect.poll(() => page.getByRole('group', { name: 'Export' }).getByRole('status').textContent()).toBe('Saved the view as SVG.');
    // Parsed by the browser as an SVG document, as an image viewer would (in a blank page: the app's requires Trusted Types).
    const viewer = await page.context().newPage();
    const parsed = await viewer.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: `${root.namespaceURI} ${root.localName}`,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        words: root.textContent ?? '',
        background: doc.querySelector('svg > rect')?.getAttribute('fill'),
        marks: doc.querySelectorAll('#marks > g').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('http://www.w3.org/2000/svg svg');
    expect(parsed.words).toContain((await page.locator('h1.app-title').textContent())!);
    expect(parsed.words).toContain('1 January 2016 – 31 December 2017');
    expect(parsed.words).toContain(`Showing ${shown} of ${total} events`);
    expect(parsed.words).toContain('dated to the month or year only');
    expect(parsed.words).toMatch(/Data: http:\/\/\S+\.json \(every event there cites its sources\)/);
    expect(parsed.marks).toBeGreaterThan(5);
    expect(parsed.background).toMatch(colorScheme === 'dark' ? /^#171a1e$/ : /^#fff(fff)?$/);

    const png = await exportBytes(page, 'View as PNG');
    expect(pngSize(png)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
    if (process.env.EXPORT_LOOK_DIR) {
      writeFileSync(join(process.env.EXPORT_LOOK_DIR, `view-${colorScheme}.svg`), svg);
      writeFileSync(join(process.env.EXPORT_LOOK_DIR, `view-${colorScheme}.png`), png);
    }
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
