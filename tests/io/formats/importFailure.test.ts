import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../../src/i18n/locale';
import { problemMessage } from '../../../src/i18n/problemText';
import { loadLocale } from '../../../src/i18n/translator';
import { acledCsv } from '../../../src/io/formats/acledCsv';
import { genericCsv } from '../../../src/io/formats/genericCsv';
import { recordsOf } from '../../../src/io/formats/jsonArray';
import { MappedRows } from '../../../src/io/formats/columnMapping';
import { parseJsonOrThrow } from '../../../src/io/formats/parseJson';
import { problemsOf } from '../../../src/io/loadSequence';

afterEach(() => applyLocale('en'));

/** The problems the open dialog shows for a file that fails as a whole, in the words it shows them. */
async function shownProblems(convert: () => Promise<unknown>): Promise<string[]> {
  const error = await convert().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).not.toBeNull();
  return problemsOf(error).map(problemMessage);
}

const notAcled = () => acledCsv.convert({ text: 'event_date,notes\n2020-01-01,x\n', fileName: 'events.csv' }, {});
const empty = () => genericCsv.convert({ text: '  \n', fileName: 'mine.csv' }, {});

describe("an importer's whole-file error", () => {
  it('reads in English, word for word as before, on an English page', async () => {
    expect(await shownProblems(notAcled)).toEqual([
      'events.csv is not an ACLED export: it has no "event_id_cnty", "actor1", "event_type" column.',
    ]);
    expect(await shownProblems(empty)).toEqual(['mine.csv is empty.']);
  });

  it('keeps its English message for logs whatever the page language', async () => {
    await loadLocale('ar');
    await expect(empty()).rejects.toThrow('mine.csv is empty.');
  });

  it('reads in Arabic on an Arabic page, naming the file and the missing columns as written', async () => {
    await loadLocale('ar');
    const [acled] = await shownProblems(notAcled);
    // The file's name and the Latin list are set off in isolates (FSI..PDI), so in the right-to-left
    // sentence the list's quotation marks and commas stay where the file has them.
    expect(acled).toBe('\u2068events.csv\u2069 ليس ملف تصدير من ACLED: ليس فيه عمود \u2068"event_id_cnty", "actor1", "event_type"\u2069.');
    expect(await shownProblems(empty)).toEqual(['\u2068mine.csv\u2069 فارغ.']);
  });

  it("reads in Arabic when an empty CSV's preview fails on an Arabic page", async () => {
    await loadLocale('ar');
    expect(await shownProblems(() => genericCsv.preview!({ text: '', fileName: 'blank.csv' }))).toEqual(['\u2068blank.csv\u2069 فارغ.']);
  });

  it('says where a JSON file breaks and what it cannot be read as, line and column in the reader’s digits', async () => {
    const broken = () => Promise.resolve().then(() => parseJsonOrThrow({ text: '{\n  "a": 1,\n  oops\n}', fileName: 'tl.json' }, 'asVisItems'));
    const detail = 'Expected double-quoted property name in JSON at position 14';
    expect(await shownProblems(broken)).toEqual([`tl.json is not valid JSON at line 3, column 3, so it cannot be read as vis-timeline items: ${detail}`]);
    await loadLocale('ar');
    expect(await shownProblems(broken)).toEqual([
      `\u2068tl.json\u2069 ليس JSON صالحًا عند السطر ٣، العمود ٣، فلا يمكن قراءته على أنه عناصر vis-timeline: \u2068${detail}\u2069`,
    ]);
  });

  it('names a mapped column the file does not have and what it was mapped for, in the reader’s language', async () => {
    const mapped = () => Promise.resolve().then(() => new MappedRows(['when', 'what'], { date: 'day', title: 'what' }, null as never, 'mine.csv'));
    expect(await shownProblems(mapped)).toEqual(['mine.csv has no column "day" for the date (its columns: when, what).']);
    const linked = () => Promise.resolve().then(() => new MappedRows(['when', 'what'], { date: 'when', title: 'what', url: 'href' }, null as never, 'mine.csv'));
    expect(await shownProblems(linked)).toEqual(['mine.csv has no column "href" for the link (its columns: when, what).']);
    await loadLocale('ar');
    expect(await shownProblems(mapped)).toEqual(['ليس في \u2068mine.csv\u2069 عمود "\u2068day\u2069" للتاريخ (أعمدته: \u2068when, what\u2069).']);
    expect(await shownProblems(linked)).toEqual(['ليس في \u2068mine.csv\u2069 عمود "\u2068href\u2069" للرابط (أعمدته: \u2068when, what\u2069).']);
  });

  it('calls a file known by no name "the file", in the reader’s words', async () => {
    const nameless = () => genericCsv.convert({ text: '  \n' }, {});
    const noList = () => Promise.resolve().then(() => recordsOf({ rows: 3 }, undefined));
    expect(await shownProblems(nameless)).toEqual(['The file is empty.']);
    expect(await shownProblems(noList)).toEqual(['The file is not a list of records: expected a JSON array of objects.']);
    await loadLocale('ar');
    expect(await shownProblems(nameless)).toEqual(['الملف فارغ.']);
    expect(await shownProblems(noList)).toEqual(['الملف ليس قائمة سجلات: المتوقع مصفوفة JSON من الكائنات.']);
    await expect(nameless()).rejects.toThrow('The file is empty.');
  });
});

describe('how a date column was read, in the reader\'s words', () => {
  it('names a date pattern as written with an example of it from the file, and a kind of date (a year, epoch milliseconds) in words, in English and Arabic', async () => {
    const { DateReader } = await import('../../../src/io/formats/readDate');
    const reader = new DateReader();
    // Numbers, as a JSON list gives them: years, and from 100000 up epoch milliseconds (vis-timeline).
    reader.readNumber(2014);
    reader.readNumber(2015);
    reader.read('9-May-20');
    reader.readNumber(1_400_000_000_000);
    const notes = reader.notes('when');
    expect(notes.map((n) => n.message)).toEqual([
      'when read as "year", like 2014 (2 rows)',
      'when read as "d-MMM-yy", like 9-May-20 (1 row)',
      'when read as "epoch milliseconds", like 1400000000000 (1 row)',
    ]);
    await loadLocale('ar');
    applyLocale('ar');
    const arabic = notes.map(problemMessage);
    expect(arabic[0]).toBe('قُرئ \u2068when\u2069 بصيغة "سنة"، مثل \u20682014\u2069 (صفان)');
    expect(arabic[2]).toContain('"ملّي ثانية منذ حقبة يونكس"');
    // A pattern is the file's own notation: it stays as written, with the file's value in it beside it, each in its own isolate.
    expect(arabic[1]).toBe('قُرئ \u2068when\u2069 بصيغة "\u2068d-MMM-yy\u2069"، مثل \u20689-May-20\u2069 (صف واحد)');
  });
});
