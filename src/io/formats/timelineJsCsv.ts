import { DocumentBuilder } from './documentBuilder';
import { importFailure } from './importFailure';
import type { ConvertOptions, FormatInput, FormatSample, ImportFormat, ImportResult } from './importFormat';
import { columnIndex, csvHeader, readCsvRows } from './csvRows';
import { SlideReader, type Slide } from './timelineJsSlides';

/*
 * The TimelineJS Google-Sheets template, saved as CSV: one row per slide, columns
 * Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date,
 * Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type,
 * Group, Background. Type "title" is the title slide, "era" an era. Each row
 * becomes a TimelineJS slide and goes through the same SlideReader as the JSON.
 */

const COLUMNS = {
  year: ['Year'],
  month: ['Month'],
  day: ['Day'],
  time: ['Time'],
  endYear: ['End Year'],
  endMonth: ['End Month'],
  endDay: ['End Day'],
  endTime: ['End Time'],
  display: ['Display Date'],
  headline: ['Headline'],
  text: ['Text'],
  media: ['Media'],
  credit: ['Media Credit'],
  caption: ['Media Caption'],
  type: ['Type'],
  group: ['Group'],
  id: ['Unique ID', 'unique_id'],
} as const;

type Key = keyof typeof COLUMNS;

/** "13:30", "13:30:05", "1:30 PM" -> hour and minute parts, or the text as is (reported as not a number). */
function timeParts(text: string): { hour?: string; minute?: string } {
  const s = text.trim();
  if (s === '') return {};
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([AaPp][Mm])?$/.exec(s);
  if (!m) return { hour: s };
  let hour = Number(m[1]);
  if (m[3]) hour = (hour % 12) + (/p/i.test(m[3]) ? 12 : 0);
  return { hour: String(hour), minute: m[2] ?? '0' };
}

export const timelineJsCsv: ImportFormat = {
  id: 'timelinejs-csv',
  detect(sample: FormatSample): number {
    const header = csvHeader(sample.text);
    if (columnIndex(header, 'Year') < 0 || columnIndex(header, 'Headline') < 0) return 0;
    return columnIndex(header, 'End Year') >= 0 || columnIndex(header, 'Display Date') >= 0 ? 0.95 : 0.7;
  },
  async convert(input: FormatInput, options: ConvertOptions): Promise<ImportResult> {
    const text = input.text ?? '';
    if (text.trim() === '') throw importFailure('fileEmpty', { name: input.fileName });
    const builder = new DocumentBuilder({
      title: input.fileName,
      untitled: 'untitledTimelineJs',
      fileSource: { publisher: input.fileName ?? 'TimelineJS spreadsheet', title: 'TimelineJS spreadsheet' },
      noActorName: 'No group',
    });
    const reader = new SlideReader(builder);
    const at: Record<Key, number> = {} as Record<Key, number>;
    let header: string[] = [];
    const field = (name: string): string => {
      const map: Record<string, Key> = {
        'start_date.year': 'year', 'start_date.month': 'month', 'start_date.day': 'day', 'start_date.hour': 'time',
        'start_date.minute': 'time', start_date: 'year', 'end_date.year': 'endYear', 'end_date.month': 'endMonth',
        'end_date.day': 'endDay', 'end_date.hour': 'endTime', 'end_date.minute': 'endTime', end_date: 'endYear',
        unique_id: 'id',
      };
      const key = map[name];
      return key && at[key] >= 0 ? header[at[key]] : name;
    };
    await readCsvRows(
      text,
      {
        header(cells) {
          header = cells.map((c) => c.trim());
          for (const key of Object.keys(COLUMNS) as Key[]) at[key] = columnIndex(header, ...COLUMNS[key]);
          if (at.year < 0) throw importFailure('noYearColumn', { name: input.fileName });
        },
        row(cells, row) {
          const cell = (key: Key) => (at[key] >= 0 ? (cells[at[key]] ?? '') : '');
          const start = { year: cell('year'), month: cell('month'), day: cell('day'), ...timeParts(cell('time')) };
          const end = { year: cell('endYear'), month: cell('endMonth'), day: cell('endDay'), ...timeParts(cell('endTime')) };
          const slide: Slide = {
            start_date: start,
            end_date: end,
            display_date: cell('display'),
            text: { headline: cell('headline'), text: cell('text') },
            media: { url: cell('media'), credit: cell('credit'), caption: cell('caption') },
            group: cell('group'),
            unique_id: cell('id'),
          };
          const type = cell('type').trim().toLowerCase();
          const loc = { row, field };
          if (type === 'title') reader.title(slide);
          else if (type === 'era') reader.era(slide, loc);
          else reader.event(slide, loc);
        },
      },
      { onProgress: options.onProgress, signal: options.signal },
    );
    reader.finishNotes();
    return builder.finish();
  },
};
