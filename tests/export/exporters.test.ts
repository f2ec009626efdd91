import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { eventsToDocument, eventsToJson } from '../../src/export/datasetJson';
import { csvCell, eventsToCsv } from '../../src/export/eventsCsv';
import { linkCarriesData } from '../../src/export/ExportMenu';
import { shownEvents } from '../../src/export/shownEvents';
import { acledCsv } from '../../src/io/formats/acledCsv';
import { genericCsv } from '../../src/io/formats/genericCsv';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { validateDataset } from '../../src/model/validate';
import type { Dataset } from '../../src/model/types';
import { external } from '../io/formats/formatTestUtils';
import { sampleDataset } from '../store/fixtures';

function coalition(): Dataset {
  const checked = validateDataset(JSON.parse(readFileSync('data/coalition.json', 'utf8')));
  if (!checked.ok) throw new Error('data/coalition.json does not validate');
  return checked.dataset;
}

/** The in-memory dataset and a mask showing every other event. */
async function halfShown(doc: Dataset) {
  const loaded = createInMemoryDataset(doc);
  const mask = new Uint8Array(doc.events.length);
  for (let i = 0; i < mask.length; i += 2) mask[i] = 1;
  return { loaded, mask, events: await shownEvents(loaded, mask) };
}

describe('events as CSV', () => {
  it('has one row per shown event, actors by name joined by "; " and the source URLs', async () => {
    const doc = coalition();
    const { loaded, mask, events } = await halfShown(doc);
    const rows = Papa.parse<Record<string, string>>(eventsToCsv(events, loaded.meta), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(mask.reduce((n, v) => n + v, 0));
    const first = events[0];
    const byId = new Map(doc.actors.map((a) => [a.id, a.name]));
    expect(rows[0].id).toBe(first.id);
    expect(rows[0].title).toBe(first.title);
    expect(rows[0].actors).toBe(first.actors.map((a) => byId.get(a)).join('; '));
    const urls = first.sources.map((c) => doc.sources.find((s) => s.id === c.source)?.url).filter(Boolean);
    expect(rows[0].source_urls.split(' ')).toEqual(urls);
  });

  it('keeps extra fields such as ACLED fatalities as columns', async () => {
    const result = await acledCsv.convert(external('acled-rpanlilio-2020-05/acled_iraq_syria_subset.csv'), {});
    const checked = validateDataset(result.document);
    if (!checked.ok) throw new Error('ACLED import does not validate');
    const loaded = createInMemoryDataset(checked.dataset);
    const events = await shownEvents(loaded, new Uint8Array(404).fill(1));
    const rows = Papa.parse<Record<string, string>>(eventsToCsv(events, loaded.meta), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(404);
    const total = rows.reduce((n, r) => n + Number(r.fatalities), 0);
    expect(total).toBe(checked.dataset.events.reduce((n, e) => n + Number(e.extra?.fatalities ?? 0), 0));
    expect(total).toBeGreaterThan(0);
  });

  it('quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('events as JSON v1', () => {
  it('opens again to the same events, with only the actors, categories and sources they use', async () => {
    const doc = coalition();
    const { loaded, events } = await halfShown(doc);
    const again = validateDataset(JSON.parse(eventsToJson(events, loaded.meta)));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.dataset.events).toEqual(events);
    const used = new Set(events.flatMap((e) => e.actors).concat(doc.series.flatMap((s) => (s.actor ? [s.actor] : []))));
    expect(again.dataset.actors.map((a) => a.id).sort()).toEqual([...used].sort());
    expect(again.dataset.series).toEqual(doc.series);
  });

  it('keeps the translations and the word on who made them, so a translated file opens again translated', async () => {
    const doc = coalition();
    const { loaded, events } = await halfShown(doc);
    const again = validateDataset(JSON.parse(eventsToJson(events, loaded.meta)));
    if (!again.ok) throw new Error(again.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(again.dataset.translations?.ar).toMatchObject({ from: 'en', by: 'machine' });
    expect(again.dataset.events[0].translations?.ar?.title).toBe(events[0].translations?.ar?.title);
    expect(again.dataset.actors[0].translations).toEqual(doc.actors.find((a) => a.id === again.dataset.actors[0].id)?.translations);
  });

  it('writes extra fields back onto each event, so an ACLED import round-trips with its fatalities', async () => {
    const result = await acledCsv.convert(external('acled-geosentinel-sample/acled_data_sample.csv'), {});
    const checked = validateDataset(result.document);
    if (!checked.ok) throw new Error('ACLED import does not validate');
    const loaded = createInMemoryDataset(checked.dataset);
    const events = await shownEvents(loaded, new Uint8Array(2).fill(1));
    const written = eventsToDocument(events, loaded.meta);
    expect(written.events[0]).not.toHaveProperty('extra');
    expect(written.events[0]).toHaveProperty('fatalities', 0);
    const again = validateDataset(JSON.parse(JSON.stringify(written)));
    expect(again.ok && again.dataset.events).toEqual(events);
  });
});

describe('dates before 1 CE', () => {
  /** The sample dataset moved to antiquity: a year, a day and a range from BCE into CE. */
  function ancient(): Dataset {
    const doc = sampleDataset();
    const dates: [string, string?][] = [['-3499'], ['-0043-03-15'], ['-0030', '0014'], ['0602-05'], ['0999-12-31']];
    // The fixture's hostile link (javascript:) is another test's; this one is about dates.
    const sources = doc.sources.map(({ url, ...s }) => (url?.startsWith('https:') ? { ...s, url } : s));
    return { ...doc, sources, events: doc.events.map((e, i) => ({ ...e, date: dates[i][0], ...(dates[i][1] ? { end: dates[i][1] } : { end: undefined }) })) };
  }

  it('round-trip through JSON v1 to the same events', async () => {
    const doc = ancient();
    const loaded = createInMemoryDataset(doc);
    const events = await shownEvents(loaded, new Uint8Array(doc.events.length).fill(1));
    expect(events.map((e) => e.date)).toEqual(['-3499', '-0043-03-15', '-0030', '0602-05', '0999-12-31']);
    const again = validateDataset(JSON.parse(eventsToJson(events, loaded.meta)));
    expect(again.ok && again.dataset.events).toEqual(events);
  });

  it('round-trip through CSV: the file written opens again with the same dates', async () => {
    const doc = ancient();
    const loaded = createInMemoryDataset(doc);
    const events = await shownEvents(loaded, new Uint8Array(doc.events.length).fill(1));
    const csv = eventsToCsv(events, loaded.meta);
    const input = { text: csv, fileName: 'ancient.csv' };
    const preview = await genericCsv.preview!(input);
    const result = await genericCsv.convert(input, { mapping: { ...preview.guessedMapping!, date: 'date', end: 'end' } });
    expect(result.rejected).toEqual([]);
    const back = validateDataset(result.document);
    if (!back.ok) throw new Error('the CSV export does not open again');
    expect(back.dataset.events.map((e) => [e.date, e.end])).toEqual(events.map((e) => [e.date, e.end]));
  });
});

describe('copy link', () => {
  it('knows a local file cannot travel in a link, while a URL or the default data can', () => {
    expect(linkCarriesData('https://example.org/data.json')).toBe(true);
    expect(linkCarriesData('./data/coalition.json')).toBe(true);
    expect(linkCarriesData('my-export.csv')).toBe(false);
    expect(linkCarriesData(null)).toBe(false);
  });
});
