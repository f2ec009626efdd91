import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acledCsv } from '../../../src/io/formats/acledCsv';
import { genericCsv } from '../../../src/io/formats/genericCsv';
import { importedFormats } from '../../../src/io/formats/importedFormats';
import { jsonArray } from '../../../src/io/formats/jsonArray';
import { timelineJsJson } from '../../../src/io/formats/timelineJsJson';
import { visJson } from '../../../src/io/formats/visJson';
import { actorNames, convertValid, EXTERNAL, external, sampleOf } from './formatTestUtils';

/** Every data file of the shared third-party fixtures, as "folder/file". */
const files = readdirSync(EXTERNAL)
  .filter((d) => !d.endsWith('.md'))
  .flatMap((d) => readdirSync(join(EXTERNAL, d)).filter((f) => !f.endsWith('.md')).map((f) => `${d}/${f}`));

function detected(path: string) {
  const input = external(path);
  const sample = sampleOf(input);
  return [...importedFormats].sort((a, b) => b.detect(sample) - a.detect(sample))[0];
}

describe('every third-party fixture imports', () => {
  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  it.each(files)('%s is detected and becomes a valid document', async (path) => {
    const input = external(path);
    const format = detected(path);
    const mapping = format.needsMapping ? (await format.preview!(input)).guessedMapping : undefined;
    if (format.needsMapping) expect(mapping, 'a guessed mapping').not.toBeNull();
    const result = await convertValid(format, input, { mapping: mapping ?? undefined });
    // cosmo.json holds only cosmological years: every one is rejected with a reason, none silently lost.
    expect(result.dataset.events.length + result.rejected.length).toBeGreaterThan(0);
    for (const r of result.rejected) expect(r.row).toBeGreaterThanOrEqual(1);
  });

  it('detects each file as its own format', () => {
    expect(Object.fromEntries(files.map((f) => [f, detected(f).id]))).toEqual({
      'acled-geosentinel-sample/acled_data_sample.csv': 'acled-csv',
      'acled-rpanlilio-2020-05/acled_iraq_syria_subset.csv': 'acled-csv',
      'almende-vis/wk2014.json': 'json-array',
      'timelinejs3/cosmo.json': 'timelinejs-json',
      'timelinejs3/eras.json': 'timelinejs-json',
      'timelinejs3/error_message_test.json': 'timelinejs-json',
      'timelinejs3/group_sample.json': 'timelinejs-json',
      'timelinejs3/houston_timeline3.json': 'timelinejs-json',
      'timelinejs3/marktwain.json': 'timelinejs-json',
      'timelinejs3/women_in_computing.json': 'timelinejs-json',
      'ucdp-ged-iraq-weekly/iraq.csv': 'csv',
      'ucdp-prio-acd-201/ucdp-prio-acd-201.csv': 'csv',
      'vis-timeline/basic.json': 'vis-json',
    });
  });
});

describe('TimelineJS examples', () => {
  it('eras become three shaded periods and the title slide the dataset title', async () => {
    const { dataset } = await convertValid(timelineJsJson, external('timelinejs3/eras.json'));
    expect(dataset.title).toBe('Eras Test');
    expect(dataset.description).toContain('Timeline_of_the_Middle_Ages');
    expect(dataset.periods).toEqual([
      { title: 'Era Test 650-700', start: '0650', end: '0700' },
      { title: 'Era Test 600-650', start: '0600', end: '0650' },
      { title: 'Era Test 700-720', start: '0700', end: '0720' },
    ]);
    expect(dataset.events).toHaveLength(20);
    expect(dataset.events[0]).toMatchObject({ date: '0602', end: '0629', title: 'Last great Roman-Persian War.' });
  });

  it('groups become four lanes, with day-and-time dates', async () => {
    const { dataset } = await convertValid(timelineJsJson, external('timelinejs3/group_sample.json'));
    expect(dataset.actors).toHaveLength(4);
    expect(dataset.events).toHaveLength(7);
    expect(dataset.events[0].date).toBe('2016-11-13T09:30Z');
    expect(new Set(dataset.events.map((e) => e.actors.length))).toEqual(new Set([1]));
  });

  it('cosmo.json: a BCE year imports as TimelineJS shows it; cosmological years are rejected row by row', async () => {
    const result = await convertValid(timelineJsJson, external('timelinejs3/cosmo.json'));
    // TimelineJS shows year -3500 as "3500 BCE": the astronomical year -3499.
    expect(result.dataset.events.map((e) => [e.title, e.date])).toEqual([['oldest known depiction of a wheeled vehicle', '-3499']]);
    expect(result.rejected.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.rejected[0]).toMatchObject({
      row: 1,
      column: 'events[0].start_date.year',
      value: '-13800000000',
      message: 'year -13800000000 is out of range: the app shows years 100000 BCE to 9999 CE',
    });
    expect(result.rejected[5]).toMatchObject({ value: '-315000', column: 'events[5].start_date.year' });
  });

  it('error_message_test.json: the event without a start date is reported by its row, the others import', async () => {
    const result = await convertValid(timelineJsJson, external('timelinejs3/error_message_test.json'));
    expect(result.rejected).toMatchObject([{ row: 10, column: 'events[9].start_date', message: 'is missing' }]);
    expect(result.dataset.events).toHaveLength(16);
    expect(result.dataset.events[0]).toMatchObject({ date: '1900-01-05T06:45:56Z', end: '1902-01-05T06:45:56Z' });
  });

  it('women_in_computing: an empty group puts every event on one lane; HTML text reads as text', async () => {
    const { dataset } = await convertValid(timelineJsJson, external('timelinejs3/women_in_computing.json'));
    expect(dataset.actors.map((a) => a.name)).toEqual(['No group']);
    for (const e of dataset.events) expect(`${e.title} ${e.summary ?? ''}`).not.toMatch(/<[a-z]/i);
  });

  it('houston: http(s) media becomes a cited link; unique ids and string date parts are read', async () => {
    const { dataset } = await convertValid(timelineJsJson, external('timelinejs3/houston_timeline3.json'));
    expect(dataset.title).toMatch(/^Whitney Houston/);
    expect(dataset.events[0]).toMatchObject({ date: '1963-08-09', title: 'A Musical Heritage' });
    const linked = dataset.sources.filter((s) => s.url);
    expect(linked.length).toBeGreaterThan(0);
    for (const s of linked) expect(s.url).toMatch(/^https?:\/\//);
  });
});

describe('vis-timeline', () => {
  it('basic.json: six items, one a range', async () => {
    const { dataset } = await convertValid(visJson, external('vis-timeline/basic.json'));
    expect(dataset.events.map((e) => [e.id, e.date, e.end ?? null, e.title])).toEqual([
      ['1', '2014-04-20', null, 'item 1'],
      ['2', '2014-04-14', null, 'item 2'],
      ['3', '2014-04-18', null, 'item 3'],
      ['4', '2014-04-16', '2014-04-19', 'item 4'],
      ['5', '2014-04-25', null, 'item 5'],
      ['6', '2014-04-27', null, 'item 6'],
    ]);
  });
});

describe('ACLED', () => {
  it('the 2020 layout: 404 rows in, 404 events out, with their actors, places and fatalities', async () => {
    const result = await convertValid(acledCsv, external('acled-rpanlilio-2020-05/acled_iraq_syria_subset.csv'));
    const { dataset } = result;
    expect(result.rejected).toEqual([]);
    expect(dataset.events).toHaveLength(404);
    expect(result.notes.map((n) => n.message)).toContain('event_date read as "d-MMM-yy", like 9-May-20 (404 rows)');
    const first = dataset.events[0];
    expect(first).toMatchObject({ id: 'SYR78126', date: '2020-05-09', place: { name: 'Al-Bukamal, Deir-ez-Zor, Syria', lat: 34.4546, lon: 40.9116 } });
    expect(actorNames(dataset, 0)).toEqual(['Unidentified Military Forces', 'Military Forces of Iran (1989-)']);
    expect(first.extra).toMatchObject({ fatalities: 0, sub_event_type: 'Air/drone strike' });
    expect(dataset.categories.find((c) => c.id === first.category)?.name).toBe('Explosions/Remote violence');
    expect(dataset.sources.find((s) => s.id === first.sources[0].source)?.publisher).toBe('Liveuamap');
    expect(dataset.events.filter((e) => e.place?.name.endsWith('Iraq'))).toHaveLength(91);
    // Lanes are ranked by how many events they hold.
    const counts = dataset.actors.map((a) => dataset.events.filter((e) => e.actors.includes(a.id)).length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('the current layout: "01 November 2024" dates and associated actors', async () => {
    const result = await convertValid(acledCsv, external('acled-geosentinel-sample/acled_data_sample.csv'));
    expect(result.dataset.events.map((e) => [e.id, e.date])).toEqual([
      ['PSE62716', '2024-11-01'],
      ['YEM93235', '2024-11-01'],
    ]);
    expect(actorNames(result.dataset, 1)).toEqual(['Protesters (Yemen)', 'Government of Yemen (2017-) Houthi']);
    expect(result.notes.map((n) => n.message)).toEqual(['event_date read as "d MMMM yyyy", like 01 November 2024 (2 rows)']);
  });
});

describe('UCDP through the column mapping', () => {
  it('the conflict-year file: guessed mapping reads year as the date and the two sides as actors', async () => {
    const input = external('ucdp-prio-acd-201/ucdp-prio-acd-201.csv');
    const preview = await genericCsv.preview!(input);
    expect(preview.rows).toHaveLength(20);
    expect(preview.guessedMapping).toMatchObject({ date: 'year', actors: ['side_a', 'side_b'], place: 'location' });
    const { dataset, rejected } = await convertValid(genericCsv, input, { mapping: preview.guessedMapping! });
    expect(rejected).toEqual([]);
    expect(dataset.events).toHaveLength(2448);
  });

  it('a mapping chosen by the user: Iraq v. IS conflict-years 2014-2019 name the coalition side', async () => {
    const input = external('ucdp-prio-acd-201/ucdp-prio-acd-201.csv');
    const { dataset } = await convertValid(genericCsv, input, {
      mapping: { date: 'year', title: 'side_b', actors: ['side_a', 'side_a_2nd'], actorSeparator: ',', place: 'location' },
    });
    const iraqIs = dataset.events.filter((e) => e.place?.name === 'Iraq' && e.title === 'IS' && e.date >= '2014');
    expect(iraqIs.map((e) => e.date)).toEqual(['2014', '2015', '2016', '2017', '2018', '2019']);
    const names = new Set(dataset.actors.map((a) => a.name));
    expect(names.has('Government of United States of America')).toBe(true);
  });

  it('the weekly battle-deaths file imports by year', async () => {
    const input = external('ucdp-ged-iraq-weekly/iraq.csv');
    const { dataset } = await convertValid(genericCsv, input, { mapping: { date: 'year', title: 'battle_deaths' } });
    expect(dataset.events).toHaveLength(1617);
    expect(dataset.events[0].date).toBe('1989');
  });

  it('almende wk2014.json through the JSON mapping: local date-times read as UTC', async () => {
    const input = external('almende-vis/wk2014.json');
    const { dataset } = await convertValid(jsonArray, input, {
      mapping: { date: 'start', title: 'description', actors: ['player1', 'player2'] },
    });
    expect(dataset.events).toHaveLength(15);
    expect(dataset.events[0]).toMatchObject({ date: '2014-06-28T13:00', title: 'round of 16' });
    expect(actorNames(dataset, 0)).toEqual(['Brazil', 'Chile']);
  });
});

describe('the registry', () => {
  it('lists every imported format, loading its module', async () => {
    const { FORMATS } = await import('../../../src/io/formats/registry');
    for (const format of importedFormats) {
      const entry = FORMATS.find((f) => f.id === format.id);
      expect(entry?.id).toBe(format.id);
      expect(await entry!.load()).toBe(format);
    }
  });

  it('detects ACLED through the registry', async () => {
    const { detectFormat } = await import('../../../src/io/formats/registry');
    const detection = await detectFormat(sampleOf(external('acled-rpanlilio-2020-05/acled_iraq_syria_subset.csv')));
    expect(detection.format?.id).toBe('acled-csv');
  });
});
