import { afterEach, describe, expect, it } from 'vitest';
import { eventsToDocument } from '../../src/export/datasetJson';
import { applyLocale } from '../../src/i18n/locale';
import { ownTitle, shownTitle } from '../../src/i18n/localized';
import { loadLocale } from '../../src/i18n/translator';
import { runLoadSequence } from '../../src/io/loadSequence';
import { validateDataset } from '../../src/model/validate';

afterEach(() => applyLocale('en'));

/** A TimelineJS file with one event and, unless `title` is given, no title slide. */
const timelineJs = (title?: string) =>
  new TextEncoder().encode(
    JSON.stringify({
      ...(title ? { title: { text: { headline: title } } } : {}),
      events: [{ start_date: { year: 2014, month: 6, day: 10 }, text: { headline: 'Mosul falls' } }],
    }),
  );

async function load(location: string, title?: string) {
  const result = await runLoadSequence({ location, bytes: timelineJs(title) }, {}, () => {});
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document.meta;
}

describe('the title of a file that gives none', () => {
  it('is the importers’ word, said in the reader’s language in the header and in what an export writes', async () => {
    // An address with no file name at its end, and no title slide: the file says nothing of what it is.
    const meta = await load('https://example.org/timelines/');
    expect(meta.title).toBe('TimelineJS timeline');
    expect(shownTitle(meta)).toBe('TimelineJS timeline');
    await loadLocale('ar');
    expect(shownTitle(meta)).toBe('خط زمني من TimelineJS');
    // The exported v1 document carries the word as the reader saw it, and opens again.
    const exported = eventsToDocument([], meta);
    expect(exported.title).toBe('خط زمني من TimelineJS');
    expect(ownTitle(meta)).toBe('خط زمني من TimelineJS');
    expect(validateDataset(JSON.parse(JSON.stringify(exported))).ok).toBe(true);
  });

  it('is not a word of the interface when the file has a name or a title of its own: those stay as written in Arabic too', async () => {
    await loadLocale('ar');
    const named = await load('https://example.org/mosul.json');
    expect(named.titleWord).toBeUndefined();
    expect(shownTitle(named)).toBe('mosul.json');
    const titled = await load('https://example.org/timelines/', 'The fall of Mosul');
    expect(titled.titleWord).toBeUndefined();
    expect(shownTitle(titled)).toBe('The fall of Mosul');
  });
});
