import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../src/i18n/locale';
import { problemMessage } from '../../src/i18n/problemText';
import { loadLocale } from '../../src/i18n/translator';
import { convertFile, sniffFile } from '../../src/io/formatChoice';
import type { ParseChoice, StagedFile } from '../../src/io/loadSequence';
import type { KeyedText } from '../../src/model/types';

afterEach(() => applyLocale('en'));

/** A file as the worker holds it; each read consumes its bytes, so each call stages it again. */
const staged = (location: string, text: string) => (): StagedFile => ({ location, bytes: new TextEncoder().encode(text) });

/** The headline and the problems the open dialog shows for a file that fails as a whole, as the page writes them. */
async function shown(read: () => Promise<{ title?: KeyedText; problems?: { message: string }[] } | object>) {
  const r = (await read()) as { title?: KeyedText; problems?: KeyedText[] };
  expect(r.problems).toBeDefined();
  return { title: r.title && problemMessage(r.title), problems: (r.problems ?? []).map(problemMessage) };
}

const convert = (file: () => StagedFile, choice: ParseChoice = {}) => () => convertFile(file(), choice, () => {});
const FSI = '\u2068';
const PDI = '\u2069';

describe('a file that no format can read, or that fails as a whole before its rows', () => {
  it('an empty file with the format detected: "The file is empty", in English and in Arabic', async () => {
    const sniff = () => sniffFile(staged('blank.csv', ' \n\n')());
    expect(await shown(sniff)).toEqual({ title: 'The file is empty', problems: ['blank.csv is empty'] });
    await loadLocale('ar');
    expect(await shown(sniff)).toEqual({ title: 'الملف فارغ', problems: ['blank.csv فارغ'] });
  });

  it('a file no format recognises (blanks read without a sniff first) lists every format by its menu name', async () => {
    const sniff = convert(staged('notes.bin', ' \t '));
    expect(await shown(sniff)).toEqual({
      title: 'The file is not in a format this app can open',
      problems: [
        'notes.bin is not one of: Coalition Timeline JSON (format 1), Parquet table (choose columns), ACLED (CSV), TimelineJS spreadsheet (CSV), TimelineJS (JSON), vis-timeline items (JSON), JSON list of records (choose columns), CSV table (choose columns). Choose a format if you know which it is.',
      ],
    });
    await loadLocale('ar');
    expect(await shown(sniff)).toEqual({
      title: 'الملف ليس بصيغة يستطيع هذا التطبيق فتحها',
      problems: [
        `${FSI}notes.bin${PDI} ليس بأيّ من هذه الصيغ: JSON الجدول الزمني للتحالف (الصيغة ١)، جدول Parquet (اختيار الأعمدة)، ACLED (CSV)، جدول بيانات TimelineJS (CSV)، TimelineJS (JSON)، عناصر vis-timeline (JSON)، قائمة سجلات JSON (اختيار الأعمدة)، جدول CSV (اختيار الأعمدة). اختر صيغة إن كنت تعرفها.`,
      ],
    });
  });

  it('a file read as the format chosen for it names that format in the headline', async () => {
    const asAcled = convert(staged('events.csv', 'event_date,notes\n2020-01-01,x\n'), { format: 'acled-csv' });
    const english = await shown(asAcled);
    expect(english.title).toBe('The file could not be read as ACLED (CSV)');
    expect(english.problems).toEqual(['events.csv is not an ACLED export: it has no "event_id_cnty", "actor1", "event_type" column.']);
    await loadLocale('ar');
    expect((await shown(asAcled)).title).toBe('تعذّرت قراءة الملف بصيغة ACLED (CSV)');
    const asVis = convert(staged('items.json', '{"a": 1}'), { format: 'vis-json' });
    expect((await shown(asVis)).title).toBe('تعذّرت قراءة الملف بصيغة عناصر vis-timeline (JSON)');
  });

  it('a format the registry does not have, and a table with no date column to guess', async () => {
    const unknown = convert(staged('a.csv', 'x\n1\n'), { format: 'nope' as never });
    expect(await shown(unknown)).toEqual({ title: 'Unknown format', problems: ['no format is called "nope"'] });
    const dateless = convert(staged('people.csv', 'name,city\nAda,London\nAlan,Wilmslow\n'), { format: 'csv' });
    expect(await shown(dateless)).toEqual({
      title: 'The columns need a mapping',
      problems: ['No column of people.csv reads as a date: open it with "Open data" to choose the columns.'],
    });
    await loadLocale('ar');
    expect(await shown(unknown)).toEqual({ title: 'صيغة غير معروفة', problems: [`لا صيغة باسم "${FSI}nope${PDI}"`] });
    expect(await shown(dateless)).toEqual({
      title: 'الأعمدة تحتاج إلى مطابقة',
      problems: [`لا عمود في ${FSI}people.csv${PDI} يُقرأ تاريخًا: افتحه عبر "فتح بيانات" لاختيار الأعمدة.`],
    });
  });
});
