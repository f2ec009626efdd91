import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openFileByInput, openPage, seriousAxeViolations, shownCounts, startE2e, waitForMark } from './harness';

/** Third-party files, beside the repository (present in CI too). */
const EXTERNAL = '../shared/fixtures/external';

let ctx: E2eContext;
beforeAll(async () => {
  // The files are served too, so a link can name one with ?data=.
  ctx = await startE2e([EXTERNAL]);
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

  it('TimelineJS cosmo.json: the cosmological years are reported row by row, and 3500 BCE opens with BCE on the axis', async () => {
    const { page, dialog, errors } = await openExternal('timelinejs3/cosmo.json');
    const report = dialog.getByRole('table', { name: 'Rows left out' });
    await report.waitFor({ timeout: 20_000 });
    const rows = await report.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => Number(r.split(/\s/)[0]))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[5]).toMatch(/-315000.*the app shows years 100000 BCE to 9999 CE/);
    await dialog.getByRole('button', { name: 'Import the 1 good row' }).click();
    await titled(page, 'Cosmological Scale Timeline');
    expect(await shownCounts(page)).toEqual({ shown: 1, total: 1 });
    await expect.poll(() => page.getByTestId('time-axis').locator('.tick text').allTextContents()).toContain('3500 BCE');
    await page.locator('.events-in-view summary').click();
    await expect.poll(() => page.locator('.events-in-view-list li').allInnerTexts()).toEqual([expect.stringMatching(/^3500 BCE\s+oldest known depiction of a wheeled vehicle$/)]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a TimelineJS file of antiquity: its events in date order across the change of era, BCE and CE on the axis and in the details', async () => {
    const { page, errors } = await openExternal('tests/e2e/fixtures/antiquity-timelinejs.json');
    await titled(page, 'Antiquity (test file)');
    expect(await shownCounts(page)).toEqual({ shown: 7, total: 7 });
    // The axis reuses its tick nodes frame to frame (aria-hidden, so their order in the
    // document is nobody's reading order): read them as a reader sees them, left to right.
    const ticksLeftToRight = async () =>
      (
        await page
          .getByTestId('time-axis')
          .locator('.tick text')
          .evaluateAll((texts) => texts.map((el) => ({ x: el.getBoundingClientRect().x, text: el.textContent ?? '' })))
      )
        .sort((a, b) => a.x - b.x)
        .map((p) => p.text);
    // The new data's first frame is laid out in a task of its own after the commit that titles it.
    await expect.poll(ticksLeftToRight).toEqual(expect.arrayContaining(['3000 BCE', '1000 BCE', '1 CE']));
    const ticks = await ticksLeftToRight();
    // Ticks read left to right, earliest first.
    const counted = ticks.map((t) => (t.endsWith(' BCE') ? -Number(t.slice(0, -4)) : Number(t.replace(' CE', ''))));
    expect(counted).toEqual([...counted].sort((a, b) => a - b));
    await page.locator('.events-in-view summary').click();
    const list = page.locator('.events-in-view-list li');
    await expect.poll(() => list.count()).toBe(7);
    expect((await list.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))).toEqual([
      '3500 BCE A wheeled vehicle is drawn at Bronocice',
      '2560 BCE The Great Pyramid is finished',
      '21 Apr 753 BCE Rome is founded, as told',
      '15 Mar 44 BCE Caesar is killed',
      '27 BCE Augustus rules',
      '24 Oct 79 Vesuvius erupts',
      '602 A year under 1000',
    ]);
    await list.nth(4).getByRole('button').click();
    await expect.poll(() => page.locator('.event-detail time').first().textContent()).toBe('27 BCE – 14 CE');
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
    // More actors than the list draws at once (it is windowed): find each, as a reader would.
    const find = page.getByRole('group', { name: /Actors/ }).getByRole('searchbox', { name: 'Find actors' });
    for (const actor of ['Unidentified Military Forces', 'Military Forces of Iran (1989-)']) {
      await find.fill(actor);
      const box = page.getByRole('checkbox', { name: new RegExp(`^${actor.replace(/[()]/g, '\\$&')} \\(\\d+ events?\\)$`) });
      await expect.poll(() => box.count()).toBe(1);
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

  it('UCDP conflict-years through the guessed mapping: 660 actors, the 20 busiest as lanes, every lane on Show all, an actor found by name; the actor checklist draws at most 60 rows and End reaches the last', async () => {
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
    // The checklist draws the rows in view, not all 660; each says its place among them.
    const boxes = actors.getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBeGreaterThan(5);
    expect(await boxes.count()).toBeLessThanOrEqual(60);
    expect(await actors.locator('li[aria-setsize="660"]').count()).toBe(await boxes.count());
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Keyboard alone reaches the last actor: Tab into the list, End; Space ticks it off.
    await actors.getByRole('searchbox', { name: 'Find actors' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    const focused = () => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'));
    await expect.poll(focused).toBe('660');
    const last = await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('.checklist-name')?.textContent);
    expect(last).toBeTruthy();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('.checklist-name')?.textContent)).toBe(last);
    expect(await boxes.count()).toBeLessThanOrEqual(60);
    await actors.getByRole('button', { name: 'Show all actors' }).click();
    await actors.getByRole('searchbox', { name: 'Find actors' }).fill('government of iraq');
    await expect.poll(() => actors.getByRole('checkbox').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ACLED by link: "Show all" goes into the address (lanes=all), and reloading that link shows every lane again', async () => {
    const { page, errors } = await openPage(ctx, '/?data=/acled-rpanlilio-2020-05/acled_iraq_syria_subset.csv');
    await waitForMark(page, 'timeline-ready', 30_000);
    const cap = page.getByTestId('lane-cap');
    await expect.poll(() => cap.textContent(), { timeout: 20_000 }).toMatch(/^Showing the 20 busiest of 100 actors/);
    expect(await laneNames(page)).toHaveLength(20);
    await page.getByRole('button', { name: 'Show all 100' }).click();
    await expect.poll(async () => (await laneNames(page)).length).toBe(100);
    await expect.poll(() => new URL(page.url()).searchParams.get('lanes')).toBe('all');
    await page.reload();
    await waitForMark(page, 'timeline-ready', 30_000);
    await expect.poll(async () => (await laneNames(page)).length, { timeout: 20_000 }).toBe(100);
    await expect.poll(() => cap.textContent()).toMatch(/^Showing all 100 actors/);
    // Back to the busiest: the address drops the parameter, and Back returns to all of them.
    await page.getByRole('button', { name: 'Show top 20' }).click();
    await expect.poll(async () => (await laneNames(page)).length).toBe(20);
    expect(new URL(page.url()).searchParams.has('lanes')).toBe(false);
    await page.goBack();
    await expect.poll(async () => (await laneNames(page)).length).toBe(100);
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
