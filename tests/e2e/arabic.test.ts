import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_BAD_ROWS, type E2eContext, openPage, seriousAxeViolations, startE2e, waitForMark } from './harness';

let ctx: E2eContext;

beforeAll(async () => {
  ctx = await startE2e();
});
afterAll(async () => {
  await ctx?.close();
});

interface TalksEvent {
  title: string;
  sources: { source: string; quote?: string }[];
  translations: { ar: { title: string; summary: string; place: string } };
}
interface Step {
  event?: string;
  narration: string;
  translations: { ar: { title?: string; narration: string } };
}
const dataset = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as {
  events: (TalksEvent & { id: string })[];
  sources: { publisher: string }[];
  story: Step[];
};
const talks = dataset.events.find((e) => e.id === 'talks-first-round')!;
const eventById = new Map(dataset.events.map((e) => [e.id, e]));

/** A translated text as an Arabic page shows it: its digits Arabic-Indic (٢٠١٤, ٢٬٥٠٠), its quotes (“…”) as written. */
const inArabicDigits = (text: string) =>
  text
    .split(/(“[^”]*”)/)
    .map((part, i) => (i % 2 ? part : part.replace(/(\d),(\d)/g, '$1\u066c$2').replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)))))
    .join('');

/** The page's <html lang dir>. */
const htmlLangDir = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

/**
 * Latin words a reader meets in the names of controls, labels and headings, with where:
 * every button, link, heading, label, legend, summary, table header and option, and every
 * aria-label, placeholder and title. Text inside an element marked lang="en" is the
 * data's own English (quotes, source titles, publishers) or the English switch, and
 * is not counted.
 */
function latinWordsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const inEnglish = (el: Element) => el.closest('[lang]')?.getAttribute('lang')?.startsWith('en') ?? false;
    // The text of an element without its lang="en" descendants.
    const ownText = (el: Element): string => {
      let text = '';
      el.childNodes.forEach((n) => {
        if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
        else if (n instanceof Element && !n.getAttribute('lang')?.startsWith('en') && !n.matches('.visually-hidden[aria-hidden=true]')) text += ownText(n);
      });
      return text;
    };
    const visible = (el: Element) => {
      if (el.closest('[hidden], [aria-hidden=true]')) return false;
      const details = el.closest('details:not([open])');
      return !details || el.closest('summary') !== null;
    };
    const named = 'button, a[href], h1, h2, h3, h4, h5, h6, label, legend, summary, th, caption, option, [role=button], [role=tab], [role=treeitem], [role=img]';
    for (const el of document.querySelectorAll(named)) {
      if (!visible(el) || inEnglish(el)) continue;
      found.push(ownText(el));
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [aria-roledescription]')) {
      if (!visible(el) || inEnglish(el)) continue;
      for (const attr of ['aria-label', 'placeholder', 'title', 'aria-roledescription']) found.push(el.getAttribute(attr) ?? '');
    }
    return found
      .join(' ')
      .replace(/\bhttps?:\/\/\S+/g, ' ')
      .replace(/\b[\w-]+(\.[\w-]+)+\b/g, ' ') // host names ("thenational.ae")
      .match(/[A-Za-z]{2,}/g) ?? [];
  });
}

/**
 * Latin words that belong in the Arabic interface, each for a reason; the test fails on
 * an entry no state of the page below shows, so the list stays what is needed.
 */
const ALLOWED = new Map<string, string>([
  // Names of file formats, which Arabic writes in Latin letters (the Data link, Export, Open data)
  ['JSON', 'format name'], ['CSV', 'format name'], ['SVG', 'format name'], ['PNG', 'format name'], ['Parquet', 'format name'],
  // Other tools whose files can be opened, by their own names (Open data)
  ['TimelineJS', 'a tool’s name'], ['ACLED', 'a data set’s name'],
  ['vis', 'part of the name vis-timeline'], ['timeline', 'part of the name vis-timeline'],
  // Address schemes, which an address must begin with (Open data)
  ['http', 'address scheme'], ['https', 'address scheme'],
  // Key caps as printed on a keyboard (the help dialog)
  ...['Tab', 'Enter', 'Space', 'Escape', 'Shift', 'Home', 'End'].map((key): [string, string] => [key, 'key cap']),
  // The Pentagon's Defense Manpower Data Center, by the acronym Arabic reports use too (a series name)
  ['DMDC', 'acronym in a translated name'],
]);

/** Publishers: proper nouns the dataset gives as they publish them, and does not translate (the chart's table and tree, the sources). */
const PUBLISHER_WORDS = new Set(dataset.sources.flatMap((s) => s.publisher.match(/[A-Za-z]{2,}/g) ?? []));

/**
 * The open-data dialog's Latin words as it opens (returned), and those of the import report
 * it shows for a file with rows left out (set in `states`); the dialog is closed after.
 */
async function openDataStates(page: Page, states: Map<string, string[]>): Promise<string[]> {
  await page.getByRole('button', { name: 'فتح بيانات' }).click();
  const dialog = page.locator('dialog.open-dialog');
  await dialog.waitFor();
  const choosing = await latinWordsOnPage(page);
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'iraq.csv', mimeType: 'text/csv', buffer: Buffer.from(ACLED_BAD_ROWS) });
  await dialog.getByRole('table', { name: 'الصفوف المستبعدة' }).waitFor({ timeout: 20_000 });
  states.set('import report', await latinWordsOnPage(page));
  await dialog.getByRole('button', { name: 'إلغاء' }).click();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return choosing;
}

/** The Latin words of each state a reader can put the page in: as it opens, with the help, Export, Open data, an import report and the story open. */
async function latinWordsInEveryState(page: Page): Promise<Map<string, string[]>> {
  const states = new Map<string, string[]>();
  await waitForMark(page, 'timeline-ready');
  await page.locator('[role=treeitem]').first().waitFor({ state: 'attached' });
  await page.locator('.troops').waitFor();
  states.set('page', await latinWordsOnPage(page));
  await page.locator('[role=treeitem]').first().focus();
  await page.keyboard.press('?');
  await page.locator('dialog.help-dialog').waitFor();
  states.set('help', await latinWordsOnPage(page));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'تصدير' }).click();
  await page.locator('.header-export[aria-expanded=true]').waitFor();
  await page.getByRole('menu').or(page.locator('.export-menu')).first().waitFor();
  states.set('export', await latinWordsOnPage(page));
  await page.getByRole('button', { name: 'تصدير' }).click();
  states.set('open data', await openDataStates(page, states));
  await page.locator('#story-button').click();
  await page.locator('.story .story-narration').waitFor();
  states.set('story', await latinWordsOnPage(page));
  return states;
}

describe('the app in Arabic', () => {
  it('?lang=ar opens right to left in Arabic, with the address keeping lang=ar', async () => {
    const { page, errors } = await openPage(ctx, '/?lang=ar');
    await waitForMark(page, 'timeline-ready');
    expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    // The filters stand at the right of the timeline and the details at its left: the chrome is mirrored.
    const filters = await page.locator('.filters-aside').boundingBox();
    const lanes = await page.locator('.tl-surface').boundingBox();
    const details = await page.locator('.event-detail').boundingBox();
    expect(filters!.x).toBeGreaterThan(lanes!.x + lanes!.width - 1);
    expect(details!.x + details!.width).toBeLessThan(lanes!.x + 1);
    // Time still runs left to right: the first year tick is the leftmost.
    const ticks = await page.locator('[data-testid="time-axis"] .tick text').evaluateAll((els) => els.map((e) => [e.textContent, e.getBoundingClientRect().x] as const));
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.map(([, x]) => x)).toEqual([...ticks.map(([, x]) => x)].sort((a, b) => a - b));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('leaves no English in the names of controls, labels and headings in any state of the page, beyond format and tool names, key caps, address schemes and the data\'s own names', async () => {
    const { page } = await openPage(ctx, '/?lang=ar');
    const states = await latinWordsInEveryState(page);
    const seen = [...states.values()].flat();
    const english = [...states].flatMap(([state, words]) =>
      [...new Set(words)].filter((w) => !ALLOWED.has(w) && !PUBLISHER_WORDS.has(w)).map((w) => `${state}: ${w}`),
    );
    expect(english).toEqual([]);
    // The allowed words are each still needed.
    expect([...ALLOWED.keys()].filter((w) => !seen.includes(w))).toEqual([]);
    await page.context().close();
  });

  it('leaves no English in the names of controls, labels and headings at 390 px either: the phone page, the open-data dialog and an import report', async () => {
    const { page } = await openPage(ctx, '/?lang=ar', { viewport: { width: 390, height: 844 } });
    await waitForMark(page, 'timeline-ready');
    await page.locator('section.reading').waitFor();
    const states = new Map<string, string[]>([['page', await latinWordsOnPage(page)]]);
    states.set('open data', await openDataStates(page, states));
    const english = [...states].flatMap(([state, words]) =>
      [...new Set(words)].filter((w) => !ALLOWED.has(w) && !PUBLISHER_WORDS.has(w)).map((w) => `${state}: ${w}`),
    );
    expect(english).toEqual([]);
    // The report was there to read: its download button names the CSV.
    expect(states.get('import report')!.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows the talks of 27 January 2024 in Arabic, marked as a machine translation, with its quotes in their English', async () => {
    const { page } = await openPage(ctx, '/?lang=ar');
    await waitForMark(page, 'timeline-ready');
    const panel = page.locator('.event-detail');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(talks.translations.ar.title);
    await expect.poll(() => panel.locator('.event-detail-summary').textContent()).toBe(talks.translations.ar.summary);
    expect(await panel.locator('.event-detail-facts').textContent()).toContain(talks.translations.ar.place);
    expect(await panel.locator('.translation-note').textContent()).toBe('ترجمة آلية من الإنجليزية، لم يراجعها إنسان');
    // Quotes stay in the words their source published, marked as English.
    const quotes = panel.locator('blockquote');
    const english = talks.sources.flatMap((s) => (s.quote ? [s.quote] : []));
    await expect.poll(() => quotes.allTextContents()).toEqual(english);
    expect(await quotes.evaluateAll((els) => els.map((e) => e.closest('[lang]')?.getAttribute('lang')))).toEqual(english.map(() => 'en'));
    await page.context().close();
  });

  it('tells the story in Arabic: its first steps narrated and titled in Arabic, marked as a machine translation, quotes in their English', async () => {
    const { page, errors } = await openPage(ctx, '/?lang=ar&story=1', { reducedMotion: 'reduce' });
    await waitForMark(page, 'timeline-ready');
    const story = page.locator('.story');
    for (const [i, step] of dataset.story.slice(0, 3).entries()) {
      await expect.poll(() => story.locator('.story-counter').textContent()).toBe(`${inArabicDigits(String(i + 1))} من ${inArabicDigits(String(dataset.story.length))}`);
      await expect.poll(() => story.locator('.story-narration').textContent()).toBe(inArabicDigits(step.translations.ar.narration));
      expect(await story.locator('.story-narration').getAttribute('lang')).toBeNull();
      expect(await story.locator('h2').textContent()).toBe(inArabicDigits(eventById.get(step.event!)!.translations.ar.title));
      expect(await story.locator('.translation-note').textContent()).toBe('ترجمة آلية من الإنجليزية، لم يراجعها إنسان');
      await story.getByRole('button', { name: 'التالي' }).click();
    }
    // The talks' step quotes the Prime Minister's office as The National published it, marked English.
    const talksStep = dataset.story.findIndex((s) => s.event === 'talks-first-round');
    await page.goto(`${ctx.url}/?lang=ar&story=${talksStep + 1}`);
    await waitForMark(page, 'timeline-ready');
    const quote = story.locator('.story-narration [lang=en]');
    await expect.poll(() => quote.textContent()).toBe(dataset.story[talksStep].narration.match(/“[^”]*”/)![0]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the switch turns the page into English and back, and the choice is remembered', async () => {
    const { page } = await openPage(ctx, '/?lang=ar');
    await waitForMark(page, 'timeline-ready');
    const toEnglish = page.getByRole('button', { name: 'English', exact: true });
    expect(await toEnglish.getAttribute('lang')).toBe('en');
    await toEnglish.click();
    await expect.poll(() => htmlLangDir(page)).toEqual(['en', 'ltr']);
    await expect.poll(() => page.locator('.event-detail h2').textContent()).toBe(talks.title);
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBeNull();
    // Focus stays on the switch, now offering Arabic.
    const toArabic = page.getByRole('button', { name: 'العربية', exact: true });
    expect(await toArabic.getAttribute('lang')).toBe('ar');
    await toArabic.click();
    await expect.poll(() => htmlLangDir(page)).toEqual(['ar', 'rtl']);
    await expect.poll(() => page.locator('.event-detail h2').textContent()).toBe(talks.translations.ar.title);
    // A later visit without ?lang opens in Arabic: the choice was remembered.
    await page.goto(`${ctx.url}/`);
    await waitForMark(page, 'timeline-ready');
    expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
    await page.context().close();
  });

  it('writes numbers in Latin digits when the reader chooses them beside the switch', async () => {
    const { page } = await openPage(ctx, '/?lang=ar');
    await waitForMark(page, 'timeline-ready');
    const status = page.getByRole('status').first();
    await expect.poll(() => status.textContent()).toMatch(/٧١/);
    await page.getByRole('combobox', { name: 'الأرقام' }).selectOption('latn');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/71/);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('axe finds no serious or critical violation in Arabic (%s)', async (scheme) => {
    const { page } = await openPage(ctx, '/?lang=ar', { colorScheme: scheme });
    await waitForMark(page, 'timeline-ready');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
