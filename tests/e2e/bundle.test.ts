import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET_BYTES = 130 * 1024;

describe('bundle budget', () => {
  it('the JavaScript the default page can load is at most 130 KB gzipped', () => {
    const assets = join('dist', 'assets');
    // Every emitted script counts, lazy chunks and the parse worker included:
    // a stricter reading than "what the first paint needs".
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
    console.log(`JS gzipped: ${(total / 1024).toFixed(1)} KB in ${scripts.length} files`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('the default dataset ships as a separate asset, not inside the JavaScript', () => {
    const assets = readdirSync(join('dist', 'assets'));
    expect(assets.some((f) => /^coalition.*\.json$/.test(f))).toBe(true);
  });
});
