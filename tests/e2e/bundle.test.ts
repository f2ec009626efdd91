import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, startE2e, waitForMark } from './harness';

const BUDGET_BYTES = 130 * 1024;
const assets = join('dist', 'assets');
const gzipped = (file: string) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;

let ctx: E2eContext;
beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

describe('bundle budget', () => {
  it('the JavaScript the default page loads is at most 130 KB gzipped', async () => {
    const { page } = await openPage(ctx, '/');
    const loaded = new Set<string>();
    page.on('response', (r) => {
      if (/\.m?js$/.test(new URL(r.url()).pathname)) loaded.add(basename(new URL(r.url()).pathname));
    });
    await page.reload();
    await waitForMark(page, 'timeline-ready');
    await page.context().close();
    // The parse worker is part of loading the default page even where the
    // browser does not report its request to the page.
    for (const f of readdirSync(assets)) if (/worker/i.test(f) && f.endsWith('.js')) loaded.add(f);
    const files = [...loaded];
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((sum, f) => sum + gzipped(f), 0);
    console.log(`default page JS: ${(total / 1024).toFixed(1)} KB gzipped in ${files.length} files: ${files.join(', ')}`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('the default dataset ships as a separate asset, not inside the JavaScript', () => {
    const files = readdirSync(assets);
    expect(files.some((f) => /^coalition.*\.json$/.test(f))).toBe(true);
    const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8'));
    expect(js.some((text) => text.includes('reshuffle the cards and buy time'))).toBe(false);
  });
});
