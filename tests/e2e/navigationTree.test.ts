import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../bench/generate.mjs';
import type { Dataset } from '../../src/model/types';
import { type E2eContext, openPage, startE2e, waitForMark } from './harness';

// Issue 11 item 1: the timeline as a tree a screen reader can move through (lane, period,
// event), read from Chromium's accessibility tree, and walked by keyboard alone.

let ctx: E2eContext;
let dir: string;
const coalition = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as Dataset;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-tree-'));
  await writeDataset(join(dir, 'tree-100k.json'), 100_000);
  ctx = await startE2e([dir]);
});
afterAll(async () => {
  await ctx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface AxItem {
  name: string;
  level: number;
  posinset: number;
  setsize: number;
  expanded: boolean | null;
  focused: boolean;
}

/**
 * The tree items in Chromium's accessibility tree (CDP Accessibility.getFullAXTree), in tree
 * order: name, level, expanded and focused as exposed to assistive technology. The protocol does
 * not report positions, so aria-posinset/aria-setsize are read from the same items in the DOM.
 */
async function axTreeItems(page: Page, scope = '.tl-tree'): Promise<AxItem[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[]; ignored: boolean }[];
  };
  await cdp.detach();
  const dom = await page.$$eval(`${scope} [role=treeitem]`, (els) =>
    els.map((el) => ({
      label: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
      posinset: Number(el.getAttribute('aria-posinset')),
      setsize: Number(el.getAttribute('aria-setsize')),
    })),
  );
  const prop = (n: (typeof nodes)[number], name: string) => n.properties?.find((p) => p.name === name)?.value.value;
  // Both trees are on the page: keep the items of the one asked for (by their DOM twins' names).
  const names = new Set(dom.map((d) => d.label));
  const items = nodes.filter((n) => !n.ignored && n.role?.value === 'treeitem' && names.has(n.name?.value ?? ''));
  expect(items).toHaveLength(dom.length);
  // The protocol's node list is not in document order: order and place them by their DOM twin.
  const order = (n: (typeof items)[number]) => dom.findIndex((d) => d.label === n.name?.value);
  return items
    .map((n) => {
      const k = order(n);
      expect(k).toBeGreaterThanOrEqual(0);
      return {
        k,
        name: n.name?.value ?? '',
        level: Number(prop(n, 'level')),
        posinset: dom[k].posinset,
        setsize: dom[k].setsize,
        expanded: prop(n, 'expanded') === undefined ? null : Boolean(prop(n, 'expanded')),
        focused: Boolean(prop(n, 'focused')),
      };
    })
    .sort((a, b) => a.k - b.k)
    .map((item) => ({ ...item, k: undefined }));
}

/** The tree once the focused item (as assistive technology sees it) is at `level`. */
async function axTreeWhenFocusedAt(page: Page, level: number, scope?: string): Promise<AxItem[]> {
  await expect.poll(async () => (await axTreeItems(page, scope)).find((i) => i.focused)?.level, { timeout: 5000 }).toBe(level);
  return axTreeItems(page, scope);
}

/** Tab from the Keys button (after the zoom buttons) into the timeline: the tree's one tab stop. */
async function enterTree(page: Page) {
  // The tree's code is a chunk fetched after the first frame: tab only once it is there.
  await page.locator('[role=treeitem]').first().waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Keys' }).focus();
  await page.keyboard.press('Tab');
}

const focusedItem = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    return {
      role: el.getAttribute('role'),
      level: Number(el.getAttribute('aria-level')),
      label: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
      t0: el.hasAttribute('data-t0') ? Number(el.getAttribute('data-t0')) : null,
      t1: el.hasAttribute('data-t1') ? Number(el.getAttribute('data-t1')) : null,
      leaf: !el.hasAttribute('aria-expanded'),
    };
  });

describe('the timeline as a tree', () => {
  it('at 71 events: lanes at level 1, the axis periods at level 2 with their dates, counts and top event, events at level 3', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    await enterTree(page);
    let items = await axTreeWhenFocusedAt(page, 1);
    const lanes = items.filter((i) => i.level === 1);
    // Virtualised: the focused lane and up to six either side, each with its true position.
    expect(lanes.length).toBe(Math.min(7, coalition.actors.length));
    expect(lanes.map((l) => l.posinset)).toEqual(lanes.map((_, k) => k + 1));
    expect(lanes.every((l) => l.setsize === coalition.actors.length)).toBe(true);
    const us = coalition.events.filter((e) => e.actors.includes('us')).length;
    expect(lanes[0]).toMatchObject({ name: expect.stringMatching(new RegExp(`^United States: ${us} events`)), focused: true, expanded: false });

    await page.keyboard.press('ArrowDown');
    items = await axTreeWhenFocusedAt(page, 2);
    expect(items[0].expanded).toBe(true);
    const periods = items.filter((i) => i.level === 2);
    expect(periods.length).toBeGreaterThan(1);
    expect(periods[0].name).toMatch(/^20\d\d( to 20\d\d)?: \d+ events?(, most important: |: )\S/);
    // The periods' counts add up to the lane's events: every event is in exactly one period.
    const counts = periods.map((p) => Number(/: (\d+) events?/.exec(p.name)![1]));
    expect(periods[0].setsize).toBe(periods.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(us);

    await page.keyboard.press('ArrowDown');
    items = await axTreeWhenFocusedAt(page, 3);
    const events = items.filter((i) => i.level === 3);
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ expanded: null, focused: true, posinset: 1 });
    expect(events[0].setsize).toBe(counts[0]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 100,000 events: a dense period opens into finer periods down to its events, with the DOM holding only the focused path', async () => {
    const { page, errors } = await openPage(ctx, '/?data=/tree-100k.json');
    await waitForMark(page, 'timeline-ready', 60_000);
    await enterTree(page);
    await page.keyboard.press('ArrowDown');
    const top = await focusedItem(page);
    expect(top.level).toBe(2);
    expect(Number(/: ([\d,]+) events/.exec(top.label)![1].replace(/,/g, ''))).toBeGreaterThan(1000);
    let item = top;
    let presses = 0;
    while (!item.leaf && presses < 12) {
      await page.keyboard.press('ArrowDown');
      presses++;
      item = await focusedItem(page);
    }
    expect(item.leaf).toBe(true);
    expect(item.level).toBeGreaterThanOrEqual(4);
    const items = await axTreeWhenFocusedAt(page, item.level);
    // Levels 1 .. leaf are all present, each with its siblings' true count.
    for (let level = 1; level <= item.level; level++) expect(items.some((i) => i.level === level)).toBe(true);
    const leaves = items.filter((i) => i.level === item.level);
    const parent = items.filter((i) => i.level === item.level - 1 && i.expanded)[0];
    // The leaves' parent says how many events it holds, and holds that many.
    expect(leaves[0].setsize).toBe(Number(/: ([\d,]+) events?/.exec(parent.name)![1].replace(/,/g, '')));
    // Only the focused path and a few siblings either side are rendered.
    expect(await page.locator('[role=treeitem]').count()).toBeLessThan(13 * item.level);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Ten events spread through the default dataset; each is walked to from the tree's tab stop
  // the way a screen-reader user would: lane by name, then the period holding its date, then
  // the event by its title. The figure in the name is the median when it was written.
  it('reaches ten chosen events by keyboard alone in a median of 10 keystrokes each (bound 15)', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    const targets = coalition.events.filter((_, k) => k % 7 === 3).slice(0, 10);
    expect(targets).toHaveLength(10);
    const actorName = (id: string) => coalition.actors.find((a) => a.id === id)!.name;
    const strokes: number[] = [];
    for (const target of targets) {
      await enterTree(page);
      let n = 1;
      const press = async (key: string) => {
        await page.keyboard.press(key);
        n++;
        if (n > 60) throw new Error(`gave up on ${target.id}: at ${JSON.stringify(await focusedItem(page))}`);
      };
      const at = Date.parse(target.date.length === 4 ? `${target.date}-01-01` : target.date.length === 7 ? `${target.date}-01` : target.date);
      // Back to the first lane, as on a fresh tab into the timeline (not counted: Escape
      // climbs out of wherever the last walk ended).
      while ((await focusedItem(page)).level > 1) await page.keyboard.press('Escape');
      await page.keyboard.press('Home');
      n = 1;
      while (!(await focusedItem(page)).label.startsWith(`${actorName(target.actors[0])}:`)) await press('ArrowRight');
      await press('ArrowDown');
      for (;;) {
        const item = await focusedItem(page);
        if (item.leaf) break;
        if (item.t0 !== null && at < item.t0) await press('ArrowLeft');
        else if (item.t1 !== null && at >= item.t1) await press('ArrowRight');
        else await press('ArrowDown');
      }
      for (;;) {
        const item = await focusedItem(page);
        if (item.label.startsWith(`${target.title},`)) break;
        await press('ArrowRight');
      }
      strokes.push(n);
    }
    const sorted = [...strokes].sort((a, b) => a - b);
    const median = (sorted[4] + sorted[5]) / 2;
    console.info(`keystrokes per event: ${strokes.join(', ')}; median ${median}`);
    expect(median).toBeLessThanOrEqual(15);
    expect(Math.max(...strokes)).toBeLessThanOrEqual(30);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the troop chart as a tree', () => {
  /** Tab from the chart's last Listen button into the chart: its tree's one tab stop. */
  async function enterChartTree(page: Page) {
    await page.locator('.troops-tree [role=treeitem]').first().waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Later figure' }).focus();
    await page.keyboard.press('Tab');
  }

  it('at the default data: series at level 1, steps at level 2 with dates, figure, kind and change, figures at level 3; every figure once', async () => {
    const { page, errors } = await openPage(ctx, '/');
    await waitForMark(page, 'timeline-ready');
    await enterChartTree(page);
    let items = await axTreeWhenFocusedAt(page, 1, '.troops-tree');
    const series = items.filter((i) => i.level === 1);
    expect(series.map((s) => s.name.split(':')[0])).toEqual(coalition.series.map((s) => s.name));
    expect(series.every((s) => s.setsize === coalition.series.length)).toBe(true);
    const iraq = coalition.series[0];
    const stepCount = Number(/ in (\d+) steps?/.exec(series[0].name)![1]);
    expect(series[0]).toMatchObject({ focused: true, expanded: false });
    expect(series[0].name).toMatch(new RegExp(`^${iraq.name}: ${iraq.points.length} figures in \\d+ steps, 15 October 2014 to 27 September 2024$`));

    await page.keyboard.press('ArrowDown');
    items = await axTreeWhenFocusedAt(page, 2, '.troops-tree');
    const first = items.find((i) => i.level === 2 && i.focused)!;
    expect(first).toMatchObject({ posinset: 1, setsize: stepCount });
    expect(first.name).toMatch(/^15 October 2014 to April 2015: about 1,400 troops, official level, approximate, the first figure$/);
    // The focused step's text is on screen, over the chart, not clipped away.
    const box = await page.evaluate(() => {
      const label = document.getElementById(document.activeElement!.getAttribute('aria-labelledby')!)!;
      const r = label.getBoundingClientRect();
      return { w: r.width, h: r.height, top: r.top, bottom: r.bottom, vh: innerHeight };
    });
    expect(box.w).toBeGreaterThan(100);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.vh);

    // Every step, left to right: the figures under each add up to the series' points.
    let figures = 0;
    const names: string[] = [];
    for (let k = 0; k < stepCount; k++) {
      const label = await page.evaluate(() => document.getElementById(document.activeElement!.getAttribute('aria-labelledby')!)!.textContent!);
      names.push(label);
      figures += Number(/; (\d+) figures$/.exec(label)?.[1] ?? 1);
      await page.keyboard.press('ArrowRight');
    }
    expect(figures).toBe(iraq.points.length);
    expect(names.some((n) => /: 3,100 troops, official level, up 100 from the step before/.test(n))).toBe(true);
    expect(names.some((n) => /up to 3,550 troops, authorized ceiling, approximate, 450 above the official level in force \(3,100 troops\)/.test(n))).toBe(true);

    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    items = await axTreeWhenFocusedAt(page, 3, '.troops-tree');
    const leaf = items.find((i) => i.focused)!;
    expect(leaf).toMatchObject({ level: 3, posinset: 1, expanded: null });
    expect(leaf.name).toMatch(/^2,500 troops, 15 January 2021, official level\. Source: /);
    // Enter shows the figure's source on the chart; the item is selected, focus stays on it.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('2,500 troops');
    expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-selected'))).toBe('true');
    await page.screenshot({ path: 'test-results/chart-tree-focused.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
