import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../bench/generate.mjs';
import { type E2eContext, openPage, startE2e, waitForMark } from './harness';

/*
 * The built page runs under a strict Content-Security-Policy with Trusted Types
 * (vite.config.ts). Every violation fires a
 * securitypolicyviolation event and a console error; these tests fail on any.
 */

let ctx: E2eContext;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-csp-'));
  // Large enough that the parse worker, not the main thread, reads it.
  await writeDataset(join(dir, 'csp-20k.json'), 20_000);
  ctx = await startE2e([dir]);
});
afterAll(async () => {
  await ctx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

const policyErrors = (errors: string[]) => errors.filter((e) => /Content Security Policy|Trusted Type|TrustedScript|TrustedHTML/i.test(e));

describe('Content-Security-Policy and Trusted Types', () => {
  it('the built page carries a strict policy: no inline or eval script, no plugins, no base, Trusted Types required', async () => {
    const { page } = await openPage(ctx, '/');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain('connect-src');
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await page.context().close();
  });

  it('refuses HTML written from a string and a script from another origin (the policy is enforced, not just present)', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    const outcome = await page.evaluate(() => {
      const results: string[] = [];
      try {
        const div = document.createElement('div');
        div.innerHTML = '<img src=x onerror="window.__pwned=1">';
        results.push('innerHTML allowed');
      } catch {
        results.push('innerHTML refused');
      }
      try {
        const s = document.createElement('script');
        s.src = 'https://evil.example/x.js';
        results.push('foreign script allowed');
      } catch {
        results.push('foreign script refused');
      }
      return results;
    });
    expect(outcome).toEqual(['innerHTML refused', 'foreign script refused']);
    expect(policyErrors(errors).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it.each([
    ['the default story', '/'],
    ['a dataset read by the parse worker through ?data=', '/?data=/csp-20k.json'],
  ])('%s loads, zooms and opens an event with no policy violation', async (_name, path) => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(ctx.url + path);
    await waitForMark(page, 'timeline-ready', 60_000);
    await page.getByRole('button', { name: /zoom in/i }).first().click();
    const mark = page.locator('.tl-marks [role="button"], .tl-marks button').first();
    if ((await mark.count()) > 0) await mark.click();
    await page.getByRole('combobox', { name: /theme/i }).selectOption('dark');
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    expect(policyErrors(errors)).toEqual([]);
    await context.close();
  });
});
