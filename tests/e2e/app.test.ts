import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, seriousAxeViolations, shownCounts, startE2e, waitForMark } from './harness';

let ctx: E2eContext;

beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

/** Visible tick labels of the timeline's time axis. */
async function axisTicks(page: import('playwright-core').Page): Promise<string[]> {
  return page.locator('[data-testid="time-axis"] .tick text').allTextContents();
}

// A whole-page axe scan took 40-56 s on a fresh-clone CI run sharing two cores with other work
// (load average 12-24), against a 60 s test default: give it room rather than fail on load.
const AXE_TIMEOUT = 120_000;

describe('the built app in Chromium', () => {
  it('loads the default dataset with no console error and saves a screenshot', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    const { shown, total } = await shownCounts(page);
    expect(total).toBeGreaterThanOrEqual(50);
    expect(shown).toBe(total);
    await expect(page.getByRole('application', { name: 'Timeline' }).or(page.getByRole('region', { name: 'Timeline' })).count()).resolves.toBe(1);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/default-view.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('unchecking an actor hides its events and its lane', async () => {
    const { page } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    const before = await shownCounts(page);
    const isis = page.getByRole('checkbox', { name: /^ISIS/ });
    await isis.uncheck();
    await expect.poll(async () => (await shownCounts(page)).shown).toBeLessThan(before.shown);
    expect(await isis.isChecked()).toBe(false);
    await expect.poll(() => page.locator('[data-testid="lane-header"]', { hasText: /^ISIS/ }).count()).toBe(0);
    await page.context().close();
  });

  it('zooming in with the button and with the wheel gives finer axis ticks', async () => {
    const { page } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    const yearTicks = await axisTicks(page);
    expect(yearTicks.some((t) => /^20\d\d$/.test(t))).toBe(true);

    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 3; i++) await zoomIn.click();
    // Finer than years: month names appear on the axis.
    await expect.poll(async () => (await axisTicks(page)).some((t) => /[A-Za-z]{3}/.test(t))).toBe(true);

    const surface = page.getByRole('application', { name: 'Timeline' }).or(page.getByRole('region', { name: 'Timeline' }));
    const box = (await surface.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(30);
    }
    // Down to days: tick labels carry day numbers ("Mon 12", "12", "Jan 12").
    await expect.poll(async () => (await axisTicks(page)).some((t) => /\b\d{1,2}\b/.test(t) && !/^20\d\d$/.test(t))).toBe(true);
    await page.context().close();
  });

  it('a double-click on the timeline zooms in twice about the pointer, and Shift+double-click zooms back out', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    // The gestures arrive with the marks, after the first frame.
    await page.locator('.tl-marks [data-tl-interactive]').first().waitFor();
    const box = (await page.locator('.tl-plot').boundingBox())!;
    // In the lane of an actor whose one event is in 2024: its row is empty ground in the middle
    // of the plot before and after the zoom, so no mark is under the pointer (a mark's own
    // double-click does not zoom), whether the focusable marks are drawn yet or not.
    const lane = (await page.locator('[data-testid="lane-header"]', { hasText: 'Harakat al-Nujaba' }).boundingBox())!;
    const at = { x: box.x + box.width / 2, y: lane.y + lane.height / 2 };
    const shown = () => page.evaluate(() => ({ from: new URL(location.href).searchParams.get('from'), to: new URL(location.href).searchParams.get('to') }));
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(async () => (await shown()).from).not.toBeNull();
    const days = ({ from, to }: { from: string | null; to: string | null }) => (Date.parse(to!) - Date.parse(from!)) / 86_400_000;
    const zoomed = await shown();
    // The default view is the dataset's extent, about eleven and a half years; twice the zoom shows half.
    expect(days(zoomed)).toBeGreaterThan(0.45 * 11.5 * 365);
    expect(days(zoomed)).toBeLessThan(0.55 * 11.5 * 365);
    await page.keyboard.down('Shift');
    await page.mouse.dblclick(at.x, at.y);
    await page.keyboard.up('Shift');
    // Back to the whole extent: the address no longer names a span.
    await expect.poll(async () => (await shown()).from).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the URL after filtering restores the same view in a new page', async () => {
    const { page } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    await page.getByRole('checkbox', { name: /^ISIS/ }).uncheck();
    await page.getByRole('searchbox').fill('talks');
    await expect.poll(() => page.url()).toContain('q=talks');
    const filtered = await shownCounts(page);
    const sharedUrl = page.url();
    await page.context().close();

    const { page: again } = await openPage(ctx, sharedUrl.slice(ctx.url.length));
    await waitForMark(again, 'timeline-ready');
    await expect.poll(async () => (await shownCounts(again)).shown).toBe(filtered.shown);
    expect(await again.getByRole('checkbox', { name: /^ISIS/ }).isChecked()).toBe(false);
    expect(await again.getByRole('searchbox').inputValue()).toBe('talks');
    await again.context().close();
  });

  it('?data= with a broken file shows the error panel with paths', async () => {
    const { page, errors } = await openPage(ctx, '/?data=/broken-dates.json');
    await waitForMark(page, 'timeline-error');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('events[1].date');
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('2014-13-01');
    expect(text).toMatch(/events\[2\]\.actors\[0\].*isil/);
    await page.getByRole('button', { name: /default dataset/i }).click();
    await waitForMark(page, 'timeline-ready');
    expect((await shownCounts(page)).total).toBeGreaterThanOrEqual(50);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('?data= with a file that is not JSON names the syntax problem', async () => {
    const { page } = await openPage(ctx, '/?data=/not-json.json');
    await waitForMark(page, 'timeline-error');
    await expect.poll(async () => (await page.getByRole('alert').textContent()) ?? '').toMatch(/JSON/i);
    await page.context().close();
  });

  it.each([
    ['light', { width: 1280, height: 800 }],
    ['dark', { width: 1280, height: 800 }],
    ['light', { width: 360, height: 740 }],
  ] as const)('axe finds no serious or critical violation (%s, %o)', async (scheme, viewport) => {
    const { page } = await openPage(ctx, '/', { viewport, colorScheme: scheme });
    await waitForMark(page, 'timeline-ready');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  }, AXE_TIMEOUT);

  it('axe finds no serious or critical violation with event details and the events-in-view list open (dark)', async () => {
    const { page } = await openPage(ctx, '/', { colorScheme: 'dark' });
    await waitForMark(page, 'timeline-ready');
    await page.locator('summary', { hasText: 'Events in view' }).click();
    await page.getByRole('list', { name: 'Events in view, by date' }).getByRole('button').nth(1).click();
    await expect.poll(() => page.locator('.event-detail h2').textContent()).toBe('ISIS offensive in northern Iraq; Mosul falls');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  }, AXE_TIMEOUT);
});
