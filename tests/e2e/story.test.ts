import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eContext, openPage, seriousAxeViolations, startE2e, waitForMark } from './harness';

let ctx: E2eContext;

beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

const counter = (page: Page) => page.locator('.story-counter').textContent();
const search = (page: Page) => page.evaluate(() => location.search);
const title = (page: Page) => page.locator('.story h2').textContent();
/** The axis's tick labels: where the timeline is looking. */
const ticks = (page: Page) => page.locator('[data-testid="time-axis"] .tick text').allTextContents();

describe('the story in Chromium', () => {
  it('starts from the Story button, steps by button and key, one URL per step, Back and Forward', async () => {
    const { page, errors } = await openPage(ctx, '/', { reducedMotion: 'reduce' });
    await waitForMark(page, 'timeline-ready');
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    await expect.poll(() => counter(page)).toBe('1 of 12');
    expect(await title(page)).toBe('ISIS offensive in northern Iraq; Mosul falls');
    expect(await search(page)).toBe('?story=1');
    // The timeline zoomed to June 2014; the troop chart shares its axis, so it follows.
    await expect.poll(() => ticks(page)).toContain('Jun');
    await page.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => search(page)).toBe('?story=2');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => search(page)).toBe('?story=3');
    expect(await title(page)).toBe('Iraq declares victory over ISIS');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => search(page)).toBe('?story=2');
    await page.getByRole('button', { name: /Previous/ }).click();
    await expect.poll(() => counter(page)).toBe('1 of 12');
    await page.goBack();
    await expect.poll(() => counter(page)).toBe('2 of 12');
    await page.goBack();
    await expect.poll(() => counter(page)).toBe('3 of 12');
    await page.goForward();
    await expect.poll(() => counter(page)).toBe('2 of 12');
    // Back past the first step (3, 2, 1, then the page as it opened): out of the story.
    for (const step of ['3', '2', '1']) {
      await page.goBack();
      await expect.poll(() => counter(page)).toBe(`${step} of 12`);
    }
    await page.goBack();
    await expect.poll(() => page.locator('.story').count()).toBe(0);
    expect(await page.locator('.event-detail h2').textContent()).toBe('First round of US–Iraq talks on ending the coalition mission');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a shared link (and a reload) opens at its step, and Escape leaves the story where it was', async () => {
    const { page, errors } = await openPage(ctx, '/?story=10', { reducedMotion: 'reduce' });
    await waitForMark(page, 'timeline-ready');
    await expect.poll(() => counter(page)).toBe('10 of 12');
    expect(await title(page)).toBe('First round of US–Iraq talks on ending the coalition mission');
    await page.reload();
    await waitForMark(page, 'timeline-ready');
    await expect.poll(() => counter(page)).toBe('10 of 12');
    // Its narration and its sources, and how far it is from the step before.
    expect(await page.locator('.story-narration').textContent()).toContain('the first round of bilateral dialogue');
    expect(await page.locator('.story-sources > summary').textContent()).toMatch(/^Sources \(5\): The National/);
    expect(await page.locator('.story-when').textContent()).toContain('1 day later');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await expect.poll(() => ticks(page)).toContain('Feb');
    const before = await ticks(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.story').count()).toBe(0);
    // Free exploration from the step's view: the same span, the step's event selected, in the address.
    expect(await ticks(page)).toEqual(before);
    // The details are a chunk of their own and the address follows once the span has settled.
    await expect.poll(() => page.locator('.event-detail h2').textContent()).toBe('First round of US–Iraq talks on ending the coalition mission');
    await expect.poll(() => search(page)).toMatch(/^\?from=2023-1\d-\d\d(T\d\d%3A\d\dZ)?&to=2024-0\d-\d\d(T\d\d%3A\d\dZ)?&event=talks-first-round$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('event-detail-title');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('eases to a step when motion is welcome, and jumps under reduced motion', async () => {
    const axisAfterOneFrame = async (motion: 'reduce' | 'no-preference') => {
      const { page } = await openPage(ctx, '/?story=1', { reducedMotion: motion });
      await waitForMark(page, 'timeline-ready');
      await expect.poll(() => counter(page)).toBe('1 of 12');
      await page.waitForTimeout(400);
      // Click, then read the axis two frames later: an animation is still on its way.
      const early = await page.evaluate(async () => {
        (document.querySelector('.story-nav .button-primary') as HTMLButtonElement).click();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return [...document.querySelectorAll('[data-testid="time-axis"] .tick text')].map((t) => t.textContent).join(' ');
      });
      await page.waitForTimeout(800);
      const settled = (await ticks(page)).join(' ');
      await page.context().close();
      return { early, settled };
    };
    const reduced = await axisAfterOneFrame('reduce');
    expect(reduced.early).toBe(reduced.settled);
    const eased = await axisAfterOneFrame('no-preference');
    expect(eased.early).not.toBe(eased.settled);
    expect(eased.settled).toBe(reduced.settled);
  });

  it('fills a phone screen, turns with a swipe, and has no target under 24 px', async () => {
    const { page, errors } = await openPage(ctx, '/?story=2', { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await waitForMark(page, 'timeline-ready');
    const screen = page.getByRole('dialog', { name: 'Obama: US will lead a broad coalition to degrade and destroy ISIL' });
    await screen.waitFor();
    const box = (await screen.boundingBox())!;
    expect([box.width, box.height]).toEqual([390, 844]);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.story-screen button, .story-screen summary')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width < 24 || r.height < 24).length,
    );
    expect(small).toBe(0);
    const swipe = async (from: number, to: number) => {
      await page.locator('.story-narration').dispatchEvent('pointerdown', { clientX: from, clientY: 400, pointerType: 'touch', isPrimary: true });
      await page.locator('.story-narration').dispatchEvent('pointerup', { clientX: to, clientY: 405, pointerType: 'touch', isPrimary: true });
    };
    await swipe(320, 60);
    await expect.poll(() => counter(page)).toBe('3 of 12');
    await swipe(60, 320);
    await expect.poll(() => counter(page)).toBe('2 of 12');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.story-screen').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    [1280, 800, 'light'],
    [1280, 800, 'dark'],
    [390, 844, 'light'],
    [390, 844, 'dark'],
  ] as const)('screenshot of a story step at %i px, %s', async (width, height, colorScheme) => {
    const { page, errors } = await openPage(ctx, '/?story=7', { viewport: { width, height }, reducedMotion: 'reduce', colorScheme });
    await waitForMark(page, 'timeline-ready');
    await expect.poll(() => counter(page)).toBe('7 of 12');
    await page.locator('figure.troops').or(page.locator('.story-screen')).first().waitFor();
    await page.waitForTimeout(600);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/story-${width}-${colorScheme}.png` });
    // Nothing runs off the side on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
