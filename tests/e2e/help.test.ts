import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_BINDINGS, keyGlyph } from '../../src/axis/keymap';
import { type E2eContext, openPage, seriousAxeViolations, startE2e, waitForMark } from './harness';

// Issue 11 item 2: `?` and a visible "Keys" button open the list of every key and gesture.

let ctx: E2eContext;
beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

describe('the list of keys and gestures', () => {
  it.each([
    ['light', 'none'],
    ['dark', 'none'],
    ['dark', 'active'],
  ] as const)('opens on ?, lists every key of the keymap, keeps focus inside, and closes on Escape back where it was (%s, forced colours %s)', async (colorScheme, forcedColors) => {
    const { page, errors } = await openPage(ctx, '/', { colorScheme, forcedColors });
    await waitForMark(page, 'timeline-ready');
    const keys = page.getByRole('button', { name: 'Keys' });
    await keys.waitFor();
    // From the timeline tree, as a keyboard user would ask.
    await page.locator('[role=treeitem]').first().waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Keys' }).focus();
    await page.keyboard.press('Tab');
    const before = await page.evaluate(() => document.activeElement?.id);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keys and gestures' });
    await dialog.waitFor();
    const listed = await dialog.locator('kbd').allTextContents();
    for (const b of KEY_BINDINGS) expect(listed).toContain(`${b.shift ? 'Shift + ' : ''}${keyGlyph(b.key)}`);
    await page.screenshot({ path: `test-results/help-dialog-${colorScheme}-${forcedColors}.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Twelve presses of Tab and Shift+Tab never leave the dialog.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(before);
    // The visible button opens it too.
    await keys.click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keys');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
