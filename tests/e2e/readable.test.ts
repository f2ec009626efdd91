import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../bench/generate.mjs';
import { type E2eContext, openPage, seriousAxeViolations, startE2e, waitForMark } from './harness';

let ctx: E2eContext;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-readable-'));
  await writeDataset(join(dir, 'dense-20k.json'), 20_000);
  // WCAG 1.4.12's text-spacing overrides.
  writeFileSync(
    join(dir, 'text-spacing.css'),
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
  );
  ctx = await startE2e([dir]);
});
afterAll(async () => {
  await ctx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the default page and waits until the timeline and the troop chart are drawn. */
async function openDefault(options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(ctx, '/', options);
  await waitForMark(opened.page, 'timeline-ready');
  // Phones open on the reading list, which has no chart.
  if ((options.viewport?.width ?? 1280) >= 600) await opened.page.locator('figure.troops svg').first().waitFor();
  return opened;
}

/** Every visible piece of text on the page with the font size it is drawn at. */
function visibleTextSizes(page: Page) {
  return page.evaluate(() => {
    const out: { text: string; px: number; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // Hidden text (visually-hidden, display none, zero boxes) is for screen readers, not eyes.
      if (style.visibility === 'hidden' || box.width < 2 || box.height < 2 || el.closest('.visually-hidden')) continue;
      out.push({ text: text.slice(0, 30), px: parseFloat(style.fontSize), where: el.className?.toString?.() ?? el.tagName });
    }
    return out;
  });
}

/**
 * The contrast of every timeline mark, lane swatch and troop line against the plot
 * background, from the colours the browser resolved (opacity composited over it).
 */
function markContrasts(page: Page) {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const over = (c: number[], alpha: number, bg: number[]) => c.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
    const opacityOf = (el: Element, prop: 'fill-opacity' | 'stroke-opacity') => {
      let a = parseFloat(getComputedStyle(el)[prop as 'fillOpacity']) || 1;
      for (let e: Element | null = el; e; e = e.parentElement) a *= parseFloat(getComputedStyle(e).opacity);
      return a;
    };
    const plotBg = rgb(getComputedStyle(document.querySelector('.tl-plot, .tl')!).backgroundColor);
    const results: { what: string; ratio: number }[] = [];
    const best = (el: Element, bg: number[]) => {
      const s = getComputedStyle(el);
      const candidates: number[] = [];
      if (s.fill && s.fill !== 'none' && s.fill.startsWith('rgb')) candidates.push(ratio(over(rgb(s.fill), opacityOf(el, 'fill-opacity'), bg), bg));
      if (s.stroke && s.stroke !== 'none' && s.stroke.startsWith('rgb') && parseFloat(s.strokeWidth) > 0)
        candidates.push(ratio(over(rgb(s.stroke), opacityOf(el, 'stroke-opacity'), bg), bg));
      return Math.max(0, ...candidates);
    };
    for (const el of document.querySelectorAll('.tl-mark .tl-shape')) results.push({ what: `mark ${el.closest('.tl-mark')?.getAttribute('aria-label')?.slice(0, 40)}`, ratio: best(el, plotBg) });
    for (const el of document.querySelectorAll('.tl-swatch, .swatch')) {
      const bg = rgb(getComputedStyle(el.closest('.tl-lane-header, .checklist-items, aside, .tl') ?? document.body).backgroundColor);
      results.push({ what: `swatch ${el.parentElement?.textContent?.trim().slice(0, 30)}`, ratio: ratio(rgb(getComputedStyle(el).backgroundColor), bg.length >= 3 && bg[3] !== 0 ? bg : plotBg) });
    }
    const chartBg = rgb(getComputedStyle(document.querySelector('figure.troops')!).backgroundColor);
    for (const el of document.querySelectorAll('.troops-line')) results.push({ what: `troop line ${el.getAttribute('class')}`, ratio: best(el, chartBg) });
    for (const el of document.querySelectorAll('.troops-marker .troops-glyph')) results.push({ what: 'troop marker', ratio: best(el, chartBg) });
    return results;
  });
}

describe('readable for low vision', () => {
  it('draws no visible text under 12 px, axis ticks, mark labels and badges included', async () => {
    const { page } = await openDefault();
    const sizes = await visibleTextSizes(page);
    await page.context().close();
    expect(sizes.length).toBeGreaterThan(100);
    expect(sizes.filter((s) => s.px < 12)).toEqual([]);
  });

  it('scales the text with the browser font size (rem, not px)', async () => {
    const { page } = await openDefault();
    const tick = () => page.locator('[data-testid="time-axis"] .tick text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await tick();
    await page.evaluate(() => (document.documentElement.style.fontSize = '24px'));
    // The larger text resizes the page and the axis is drawn again, its ticks replaced (a tick
    // read while it is being replaced has no computed size): read until the new axis is there.
    await expect.poll(async () => (await tick()) / before, { timeout: 10_000 }).toBeCloseTo(1.5, 1);
    await page.context().close();
  });

  it('clips no text under the WCAG text-spacing overrides', async () => {
    const { page } = await openDefault();
    // A stylesheet from the page's own origin, as a reader's override would be: the page's CSP
    // (style-src 'self') refuses inline styles, and a user stylesheet is not subject to it anyway.
    await page.addStyleTag({ url: '/text-spacing.css' });
    await page.waitForTimeout(300);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('button, label, a, h1, h2, h3, legend, summary, .tl-lane-header, th, td')]
        .filter((el) => {
          const s = getComputedStyle(el);
          const hides = /hidden|clip/.test(s.overflowY) || /hidden|clip/.test(s.overflow);
          return hides && el.getBoundingClientRect().height > 0 && el.scrollHeight > el.clientHeight + 1;
        })
        .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.trim().slice(0, 30)}`),
    );
    await page.context().close();
    expect(clipped).toEqual([]);
  });

  it('reflows at 320 px: no sideways scrolling, and every control stays on screen, in the list and the timeline', async () => {
    const { page } = await openDefault({ viewport: { width: 320, height: 640 } });
    const check = () =>
      page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        offscreen: [...document.querySelectorAll('#views button, #views input, #views select, header button, header select, header a')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            // The actor chips scroll sideways in their own strip, by design.
            return r.width > 0 && !el.closest('.reading-chips') && (r.left < -1 || r.right > 321);
          })
          .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim()),
      }));
    const list = await check();
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.locator('figure.troops svg').first().waitFor();
    const timeline = await check();
    await page.context().close();
    for (const result of [list, timeline]) {
      expect(result.scrollWidth).toBeLessThanOrEqual(320);
      expect(result.offscreen).toEqual([]);
    }
  });
});

describe('contrast and colour', () => {
  it.each(['light', 'dark'] as const)('every mark, swatch and troop line keeps 3:1 against its background (%s)', async (colorScheme) => {
    const { page } = await openDefault({ colorScheme });
    const contrasts = await markContrasts(page);
    await page.context().close();
    expect(contrasts.filter((c) => c.what.startsWith('mark')).length).toBeGreaterThan(30);
    expect(contrasts.filter((c) => c.what.startsWith('swatch')).length).toBeGreaterThanOrEqual(15);
    expect(contrasts.filter((c) => c.what.startsWith('troop line')).length).toBeGreaterThan(0);
    expect(contrasts.filter((c) => c.ratio < 3)).toEqual([]);
  });

  it('in forced colours, swatches stay visible, marks take the system text colour, and axe finds nothing serious', async () => {
    const { page } = await openDefault({ forcedColors: 'active', colorScheme: 'dark' });
    const seen = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const text = getComputedStyle(probe).color;
      probe.remove();
      return {
        text,
        swatches: [...document.querySelectorAll('.tl-swatch')].map((el) => getComputedStyle(el).backgroundColor),
        marks: [...document.querySelectorAll('.tl-mark:not(.is-selected):not(.is-hovered) .tl-shape:not(.tl-shape--uncertain)')].map((el) => getComputedStyle(el).fill),
      };
    });
    const violations = await seriousAxeViolations(page);
    await page.context().close();
    expect(seen.swatches.length).toBeGreaterThanOrEqual(15);
    expect(new Set(seen.swatches)).toEqual(new Set([seen.text]));
    expect(seen.marks.length).toBeGreaterThan(30);
    expect(new Set(seen.marks)).toEqual(new Set([seen.text]));
    expect(violations).toEqual([]);
  }, 180_000);

  it('in forced colours the canvas layer repaints without actor colours when the mode turns on', async () => {
    // 20,000 events: dense lanes are drawn on the canvas as density, in their actor colours.
    const { page } = await openPage(ctx, '/?data=/dense-20k.json', { colorScheme: 'light' });
    await waitForMark(page, 'timeline-ready', 60_000);
    const laneColours = await page.locator('.tl-swatch').evaluateAll((els) =>
      els.map((el) => (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number)),
    );
    /** Canvas pixels within a small distance of some lane's colour. */
    const actorPixels = () =>
      page.locator('.tl canvas').first().evaluate((c: HTMLCanvasElement, colours: number[][]) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) {
          // Density is drawn translucent over the plot; getImageData gives the colour unpremultiplied.
          if (d[i + 3] < 40) continue;
          if (colours.some(([r, g, b]) => Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 24)) n++;
        }
        return n;
      }, laneColours);
    const before = await actorPixels();
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.waitForTimeout(500);
    const after = await actorPixels();
    await page.context().close();
    expect(before).toBeGreaterThan(1000);
    expect(after).toBeLessThan(before / 100);
  });
});

describe('saying what is shown', () => {
  it('the timeline and chart summaries follow a filter change, a hidden series and a zoom', async () => {
    const { page, errors } = await openDefault();
    const timeline = page.getByTestId('timeline-summary');
    const chart = page.getByTestId('chart-summary');
    await expect.poll(() => timeline.textContent()).toMatch(/71 events in view/);
    const before = (await timeline.textContent())!;
    expect(before).toMatch(/Most events: United States/);
    await page.getByRole('checkbox', { name: /^United States/ }).uncheck();
    await expect.poll(() => timeline.textContent()).not.toBe(before);
    const after = (await timeline.textContent())!;
    expect(after).toMatch(/pass the filters/);
    // Events of the United States with another checked actor still pass, fewer of them.
    const usCount = (text: string) => Number(/United States \((\d+)\)/.exec(text)?.[1] ?? 0);
    expect(usCount(after)).toBeLessThan(usCount(before));
    expect(usCount(after)).toBeGreaterThan(0);
    // Both summaries are polite live regions: heard once a change settles, never interrupting.
    expect(await timeline.getAttribute('aria-live')).toBe('polite');
    expect(await chart.getAttribute('aria-live')).toBe('polite');

    await expect.poll(() => chart.textContent()).toMatch(/US troops in Iraq: peak 5,262 troops \(official level, 26 April 2017\); latest about 2,500 troops \(official level, approximate, 27 September 2024\)/);
    await page.getByRole('button', { name: 'US troops in Iraq', exact: true }).click();
    await expect.poll(() => chart.textContent()).toMatch(/1 series hidden\.$/);
    expect(await chart.textContent()).not.toMatch(/US troops in Iraq:/);
    // A zoom rewrites it for the new span once it settles.
    const whole = (await chart.textContent())!;
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => chart.textContent(), { timeout: 5000 }).not.toBe(whole);
    expect(await chart.textContent()).toMatch(/^Figures from \d{1,2} \w+ 20(17|18|19) to \d{1,2} \w+ 20(19|20|21)\. /);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('without colour', () => {
  it('under achromatopsia, lanes and series stay apart by label, position, dash and marker shape', async () => {
    const { page } = await openDefault();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'achromatopsia' });
    await page.waitForTimeout(200);
    const shot = await page.screenshot({ path: 'test-results/achromatopsia.png', fullPage: true });
    // The emulation is on: the page as painted has no hue left (decoded on a blank page, outside the app's CSP).
    const blank = await page.context().newPage();
    const grey = await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, img.width, img.height).data;
      let coloured = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 12) coloured++;
      return coloured / (d.length / 4);
    }, shot.toString('base64'));
    await blank.close();
    expect(grey).toBeLessThan(0.001);
    const seen = await page.evaluate(() => {
      // Lanes: each a row of its own with its actor's name beside it (a direct label).
      const headers = [...document.querySelectorAll('[data-testid="lane-header"]')].map((h) => ({ text: h.textContent?.trim() ?? '', top: h.getBoundingClientRect().top }));
      // Series: within a panel, each line's dash pattern is its own, and the legend shows it.
      const dashes = new Map<string, Set<string>>();
      for (const path of document.querySelectorAll('path.troops-line-official, path.troops-line-count')) {
        const id = path.getAttribute('data-series')!;
        const panel = path.closest('g[clip-path]')!.getAttribute('clip-path')!;
        const key = `${panel}|${path.getAttribute('stroke-dasharray') ?? 'solid'}`;
        dashes.set(key, (dashes.get(key) ?? new Set()).add(id));
      }
      const legend = [...document.querySelectorAll('.troops-toggle line')].map((l) => l.getAttribute('stroke-dasharray') ?? 'solid');
      // Kinds of figure: a shape each.
      const shapes = new Map<string, Set<string>>();
      for (const m of document.querySelectorAll('.troops-marker')) {
        const kind = [...m.classList].find((c) => c.startsWith('troops-marker-'))!;
        const glyph = m.querySelector('.troops-glyph')!;
        shapes.set(kind, (shapes.get(kind) ?? new Set()).add(glyph.tagName === 'circle' ? 'circle' : glyph.getAttribute('d')!));
      }
      return { headers, shared: [...dashes.values()].filter((ids) => ids.size > 1).map((ids) => [...ids]), legend, shapes: [...shapes].map(([k, v]) => [k, [...v]]) };
    });
    await page.context().close();
    expect(seen.headers.length).toBeGreaterThanOrEqual(10);
    expect(new Set(seen.headers.map((h) => h.text)).size).toBe(seen.headers.length);
    expect(new Set(seen.headers.map((h) => Math.round(h.top))).size).toBe(seen.headers.length);
    expect(seen.shared).toEqual([]);
    expect(new Set(seen.legend).size).toBe(seen.legend.length);
    const glyphs = seen.shapes.map(([, v]) => (v as string[]).join());
    expect(new Set(glyphs).size).toBe(seen.shapes.length);
  });
});
