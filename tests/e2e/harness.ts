import AxeBuilder from '@axe-core/playwright';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

/** A served build of the app and a browser to drive it. */
export interface E2eContext {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Serves dist/ (built by `npm run test:e2e`) plus tests/e2e/fixtures and starts Chromium. */
export async function startE2e(extraRoots: string[] = []): Promise<E2eContext> {
  const server = await startStaticServer(['dist', 'tests/e2e/fixtures', ...extraRoots]);
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Options for a fresh browser context (one per page, so tests share no state). */
export interface PageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
}

/**
 * Opens a page in its own context that records console errors and uncaught exceptions.
 * Closing the page's context is the caller's job (`page.context().close()`).
 */
export async function openPage(ctx: E2eContext, path: string, options: PageOptions = {}) {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(ctx.url + path);
  return { page, errors };
}

/** Waits for the app's own signal that data is drawn (or failed). */
export async function waitForMark(page: Page, name: 'timeline-ready' | 'timeline-error', timeout = 20_000) {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });
}

/** The "Showing X of Y events" status (one event in the singular), parsed. */
export async function shownCounts(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.getByRole('status').filter({ hasText: /Showing/ }).first().textContent()) ?? '';
  const m = /Showing ([\d,]+) of ([\d,]+) events?/.exec(text);
  if (!m) throw new Error(`unexpected status text: ${text}`);
  return { shown: Number(m[1].replace(/,/g, '')), total: Number(m[2].replace(/,/g, '')) };
}

/** axe's serious and critical violations on the page, each with a few of its nodes. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // A page with a timeline is complete once its navigation tree (a chunk fetched after the first frame) is in.
  if ((await page.locator('.tl-lanes').count()) > 0) await page.locator('[role=treeitem]').first().waitFor({ state: 'attached' });
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Presses "Open data" and hands the dialog's file input a file; returns the dialog. */
export async function openFileByInput(page: Page, name: string, buffer: Buffer) {
  await page.getByRole('button', { name: 'Open data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open data' });
  await dialog.getByRole('button', { name: 'Choose a file…' }).waitFor();
  await dialog.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  return dialog;
}

/** An ACLED export with a good row, an unreadable date, a negative death toll and a short row: the import report's rows left out. */
export const ACLED_BAD_ROWS = [
  'event_id_cnty,event_date,actor1,event_type,fatalities',
  'IRQ1,9-May-20,Militia,Battles,2',
  'IRQ2,31 Febtember,Militia,Battles,0',
  'IRQ3,10-May-20,Militia,Battles,-4',
  'IRQ4,2020-01-08',
].join('\n');
