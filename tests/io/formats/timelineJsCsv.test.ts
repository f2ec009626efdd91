import { describe, expect, it } from 'vitest';
import { timelineJsCsv } from '../../../src/io/formats/timelineJsCsv';
import { convertValid, sampleOf } from './formatTestUtils';

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const sheet = [
  HEADER,
  ',,,,,,,,,The war against ISIS,<p>A <b>test</b> sheet</p>,,,,,title,,',
  '2014,6,10,,,,,,,Mosul falls,<p>ISIS takes <b>Mosul</b> &amp; Tikrit</p>,https://example.org/mosul.jpg,AP,Mosul in June,,,Iraq,',
  '2014,1,,,2017,12,,,,Caliphate,,,,,,era,,',
  '2024,1,27,2:30 PM,,,,,27 Jan,Talks,,javascript:alert(1),,,,,US,',
  ',,,,,,,,,No year,,,,,,,US,',
  '2016,2,30,,,,,,,Impossible day,,,,,,,US,',
].join('\r\n');

describe('TimelineJS Google-Sheets template (CSV)', () => {
  it('is detected by its columns', () => {
    expect(timelineJsCsv.detect(sampleOf({ text: sheet }))).toBeGreaterThan(0.9);
    expect(timelineJsCsv.detect(sampleOf({ text: 'date,title\n2014,x' }))).toBe(0);
  });

  it('reads the title slide, eras, events with times, media and groups; bad rows by their spreadsheet row', async () => {
    const { dataset, rejected } = await convertValid(timelineJsCsv, { fileName: 'sheet.csv', text: sheet });
    expect(dataset.title).toBe('The war against ISIS');
    expect(dataset.description).toBe('A test sheet');
    expect(dataset.periods).toEqual([{ title: 'Caliphate', start: '2014-01', end: '2017-12' }]);
    expect(dataset.events.map((e) => [e.date, e.title, e.summary ?? null])).toEqual([
      ['2014-06-10', 'Mosul falls', 'ISIS takes Mosul & Tikrit'],
      ['2024-01-27T14:30Z', 'Talks', null],
    ]);
    const mosul = dataset.events[0];
    const media = dataset.sources.find((s) => s.id === mosul.sources[0].source);
    expect(media).toMatchObject({ publisher: 'AP', title: 'Mosul in June', url: 'https://example.org/mosul.jpg' });
    // A javascript: media URL is never a link: kept as text only.
    expect(dataset.events[1].extra).toMatchObject({ media: 'javascript:alert(1)', display_date: '27 Jan' });
    expect(dataset.sources.some((s) => s.url?.startsWith('javascript'))).toBe(false);
    expect(dataset.actors.map((a) => a.name).sort()).toEqual(['Iraq', 'US']);
    expect(rejected).toMatchObject([
      { row: 6, column: 'Year', value: '', message: 'is empty: every slide needs a year' },
      { row: 7, column: 'Day', value: '30', message: 'is not a day of 2016-02' },
    ]);
  });
});
