import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openFileByInput, openPage, shownCounts, startE2e, waitForMark } from './harness';

/** Third-party files, beside the repository (present in CI too). */
const EXTERNAL = '../shared/fixtures/external';

let ctx: E2eContext;
beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

const title = (page: Page) => page.locator('h1.app-title').textContent();

/** The app on its default data, then `path` opened through "Open data" and its file input. */
async function openExternal(path: string) {
  const opened = await openPage(ctx, '/');
  await waitForMark(opened.page, 'timeline-ready');
  const file = path.startsWith('tests/') ? path : join(EXTERNAL, path);
  const dialog = await openFileByInput(opened.page, path.split('/').pop()!, readFileSync(file));
  return { ...opened, dialog };
}

/** Waits for the shown dataset to be the one titled `expected`. */
const titled = (page: Page, expected: string | RegExp) =>
  expect.poll(() => title(page), { timeout: 20_000 }).toMatch(typeof expected === 'string' ? new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : expected);

/** The lane names, top to bottom. */
const laneNames = (page: Page) => page.locator('[data-testid="lane-header"] .tl-lane-name').allTextContents();

describe('every kind of third-party file opens in the app by the file input', () => {
  it('TimelineJS eras.json: its three eras are shaded periods behind the lanes, its title slide the title', async () => {
    const { page, errors } = await openExternal('timelinejs3/eras.json');
    await titled(page, 'Eras Test');
    expect(await shownCounts(page)).toEqual({ shown: 20, total: 20 });
    const bands = page.locator('[data-testid="period-bands"] .tl-period');
    await expect.poll(() => bands.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await bands.nth(i).isVisible()).toBe(true);
    expect(await bands.allTextContents()).toEqual(['Era Test 650-700', 'Era Test 600-650', 'Era Test 700-720']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('TimelineJS group_sample.json: each group is a lane of its own', async () => {
    const { page, errors } = await openExternal('timelinejs3/group_sample.json');
    await expect.poll(async () => (await shownCounts(page)).total, { timeout: 20_000 }).toBe(7);
    expect(await laneNames(page)).toHaveLength(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('TimelineJS error_message_test.json: the event with no start date is reported by its row, and the 16 good rows import', async () => {
    const { page, dialog, errors } = await openExternal('timelinejs3/error_message_test.json');
    const report = dialog.getByRole('table', { name: 'Rows left out' });
    await report.waitFor({ timeout: 20_000 });
    expect(await report.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^10\s+events\[9\]\.start_date\s+is missing$/)]);
    expect(await dialog.getByRole('status').first().textContent()).toMatch(/16 rows read as events; 1 row was left out of error_message_test\.json/);
    await dialog.getByRole('button', { name: 'Import the 16 good rows' }).click();
    await expect.poll(async () => (await shownCounts(page)).total, { timeout: 20_000 }).toBe(16);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('vis-timeline basic.json: its six items, one of them a range', async () => {
    const { page, errors } = await openExternal('vis-timeline/basic.json');
    await expect.poll(async () => (await shownCounts(page)).total, { timeout: 20_000 }).toBe(6);
    expect((await shownCounts(page)).shown).toBe(6);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ACLED, the 2020 layout: 404 rows in, 404 events out, with their actors as lanes and filters', async () => {
    const { page, errors } = await openExternal('acled-rpanlilio-2020-05/acled_iraq_syria_subset.csv');
    await expect.poll(async () => (await shownCounts(page)).total, { timeout: 20_000 }).toBe(404);
    expect((await shownCounts(page)).shown).toBe(404);
    for (const actor of ['Unidentified Military Forces', 'Military Forces of Iran (1989-)']) {
      expect(await page.getByRole('checkbox', { name: new RegExp(`^${actor.replace(/[()]/g, '\\$&')} \\(\\d+ events?\\)$`) }).count()).toBe(1);
    }
    expect((await laneNames(page)).length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ACLED, the current layout: both events, dated "01 November 2024"', async () => {
    const { page, errors } = await openExternal('acled-geosentinel-sample/acled_data_sample.csv');
    await expect.poll(async () => (await shownCounts(page)).total, { timeout: 20_000 }).toBe(2);
    expect(await page.getByRole('checkbox', { name: /^Protesters \(Yemen\)/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('UCDP weekly battle deaths through the mapping, with the title column changed by the user', async () => {
    const { page, dialog, errors } = await openExternal('ucdp-ged-iraq-weekly/iraq.csv');
    const confirm = dialog.getByRole('button', { name: 'Import with these columns' });
    await confirm.waitFor({ timeout: 20_000 });
    await dialog.getByLabel('Date', { exact: true }).selectOption('year');
    await dialog.getByLabel('Title', { exact: true }).selectOption('battle_deaths');
    await confirm.click();
    await expect.poll(async () => (await shownCounts(page)).total, { timeout: 30_000 }).toBe(1617);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('UCDP conflict-years through the guessed mapping: 660 actors, the 20 busiest as lanes, every lane on Show all, an actor found by name', async () => {
    const { page, dialog, errors } = await openExternal('ucdp-prio-acd-201/ucdp-prio-acd-201.csv');
    const confirm = dialog.getByRole('button', { name: 'Import with these columns' });
    await confirm.waitFor({ timeout: 20_000 });
    await confirm.click();
    await expect.poll(async () => (await shownCounts(page)).total, { timeout: 30_000 }).toBe(2448);
    expect((await shownCounts(page)).shown).toBe(2448);
    const cap = page.getByTestId('lane-cap');
    await expect.poll(() => cap.textContent()).toMatch(/^Showing the 20 busiest of 660 actors/);
    const names = await laneNames(page);
    expect(names).toHaveLength(20);
    expect(names[0]).toBe('Government of Myanmar (Burma)');
    await page.getByRole('button', { name: 'Show all 660' }).click();
    await expect.poll(async () => (await laneNames(page)).length).toBe(660);
    await page.getByRole('button', { name: 'Show top 20' }).click();
    await expect.poll(async () => (await laneNames(page)).length).toBe(20);
    const actors = page.getByRole('group', { name: /Actors/ });
    await actors.getByRole('searchbox', { name: 'Find actors' }).fill('government of iraq');
    await expect.poll(() => actors.getByRole('checkbox').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Parquet through the mapping: the broken row is reported by its number and the four good rows import', async () => {
    const { page, dialog, errors } = await openExternal('tests/io/formats/fixtures/events.parquet');
    const confirm = dialog.getByRole('button', { name: 'Import with these columns' });
    await confirm.waitFor({ timeout: 20_000 });
    await confirm.click();
    const report = dialog.getByRole('table', { name: 'Rows left out' });
    await report.waitFor({ timeout: 20_000 });
    expect(await report.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^4\s+event_date\s+not a date\s+"not a date" is not a date this app can read$/)]);
    await dialog.getByRole('button', { name: 'Import the 4 good rows' }).click();
    await expect.poll(async () => (await shownCounts(page)).total, { timeout: 20_000 }).toBe(4);
    expect(await laneNames(page)).toEqual(expect.arrayContaining(['United States', 'Iraq']));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
