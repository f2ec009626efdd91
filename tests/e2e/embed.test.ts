import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, startE2e } from './harness';

let ctx: E2eContext;
/** A static host that also serves the build under a deep path, as a newspaper's CMS might. */
let hostRoot: string;
const DEEP = '/news/2024/timeline/index.html';

beforeAll(async () => {
  hostRoot = mkdtempSync(join(tmpdir(), 'embed-host-'));
  mkdirSync(join(hostRoot, 'news/2024'), { recursive: true });
  symlinkSync(resolve('dist'), join(hostRoot, 'news/2024/timeline'));
  ctx = await startE2e([hostRoot]);
});
afterAll(async () => {
  await ctx?.close();
  rmSync(hostRoot, { recursive: true, force: true });
});

/** The host page's body has 8 px margins: a 616 px window holds a 600 px frame, wider than a phone's view. */

/** The heights the frame has posted to the host page, in order. */
const heights = (page: Page) => page.evaluate(() => (window as unknown as { heights: number[] }).heights);

describe('the embed in Chromium', () => {
  it.each([
    ['at the site root', '/'],
    ['under a deep static path', DEEP],
  ])('%s: timeline only, posts its height, taller when the detail opens, full-view link keeps the view', async (_where, path) => {
    const view = `${path}?actors=us,iraq-gov,iri&from=2023-10-01&to=2024-02-29&embed=1`;
    const { page, errors } = await openPage(ctx, `/embed-host.html?src=${encodeURIComponent(view)}`, { viewport: { width: 616, height: 400 } });
    const frame = page.frameLocator('#frame');
    await expect.poll(async () => (await heights(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await frame.locator('.tl-marks g.tl-mark').first().waitFor();
    // No dashboard around it: no header, no filters, no side panels.
    expect(await frame.locator('.app-header').count()).toBe(0);
    expect(await frame.locator('.filters-aside').count()).toBe(0);
    expect(await frame.getByRole('button', { name: /^Filters/ }).count()).toBe(0);
    expect(await frame.locator('.event-detail').count()).toBe(0);
    // The link opens the full timeline on the same view, from wherever the page is hosted.
    const link = frame.getByRole('link', { name: 'Open the full timeline' });
    expect(await link.getAttribute('href')).toBe(`${path}?actors=us,iraq-gov,iri&from=2023-10-01&to=2024-02-29`);
    expect(await link.getAttribute('target')).toBe('_blank');
    await page.waitForTimeout(500);
    const before = (await heights(page)).at(-1)!;
    // The host sized the frame to what the page said.
    expect(await page.locator('#frame').evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBe(before);
    if (path === '/') {
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/embed-600x400.png' });
    }
    // Opening an event's detail makes the page taller, and the host hears of it.
    // By keyboard: a pressed mark opens its event on Enter, as a click does.
    await frame.locator('.tl-marks g.tl-mark').first().press('Enter');
    await frame.locator('.event-detail h2').waitFor();
    await expect.poll(async () => (await heights(page)).at(-1)!).toBeGreaterThan(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the story in an embed, with its link to the full timeline at the same step', async () => {
    const { page, errors } = await openPage(ctx, `/embed-host.html?src=${encodeURIComponent('/?story=8&embed=1')}`, {
      viewport: { width: 616, height: 400 },
      reducedMotion: 'reduce',
      colorScheme: 'dark',
    });
    const frame = page.frameLocator('#frame');
    await expect.poll(() => frame.locator('.story-counter').textContent(), { timeout: 20_000 }).toBe('8 of 12');
    expect(await frame.getByRole('link', { name: 'Open the full timeline' }).getAttribute('href')).toBe('/?story=8');
    await page.waitForTimeout(600);
    await page.screenshot({ path: 'test-results/embed-story-600x400-dark.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the Embed dialog gives an iframe snippet of the current view', async () => {
    const { page, errors } = await openPage(ctx, '/?from=2016-01-01&to=2016-12-31&event=mosul-offensive-begins');
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page.getByLabel('Embed code').inputValue();
    expect(code).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?from=2016-01-01&amp;to=2016-12-31&amp;event=mosul-offensive-begins&amp;embed=1" title="[^"]+: interactive timeline" width="100%"/,
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Embed');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
