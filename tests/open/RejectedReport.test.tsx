import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../src/i18n/locale';
import { loadLocale } from '../../src/i18n/translator';
import { acledCsv } from '../../src/io/formats/acledCsv';
import { timelineJsCsv } from '../../src/io/formats/timelineJsCsv';
import type { RejectedRow } from '../../src/io/formats/importFormat';
import { RejectedReport } from '../../src/open/RejectedReport';
import { rejectedRowsCsv } from '../../src/open/rejectedRowsCsv';

afterEach(() => applyLocale('en'));

const FSI = '\u2068';
const PDI = '\u2069';

/** An ACLED export with a good row, a bad date, a negative death toll, a short row and a repeated id. */
const ACLED_TEXT = [
  'event_id_cnty,event_date,actor1,event_type,fatalities',
  'IRQ1,2020-01-05,Militia,Battles,2',
  'IRQ2,31 Febtember,Militia,Battles,0',
  'IRQ3,2020-01-07,Militia,Battles,-4',
  'IRQ4,2020-01-08',
  'IRQ1,2020-01-09,Militia,Battles,1',
].join('\n');

async function acledRejected(): Promise<RejectedRow[]> {
  return (await acledCsv.convert({ text: ACLED_TEXT, fileName: 'iraq.csv' }, {})).rejected;
}

/** The report's "What is wrong" column, as the reader sees it. */
function wrongColumn(rejected: RejectedRow[]): string[] {
  const outcome = { rejected, notes: [], dataset: { columns: { count: 1 } } } as never;
  render(<RejectedReport name="iraq.csv" outcome={outcome} onImport={() => {}} onCancel={() => {}} />);
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  return rows.map((r) => within(r).getAllByRole('cell')[3].textContent ?? '');
}

describe("the import report's rows left out", () => {
  it('says what is wrong with each row word for word in English', async () => {
    expect(wrongColumn(await acledRejected())).toEqual([
      '"31 Febtember" is not a date this app can read',
      'must be a number of 0 or more',
      'has 2 cells, the header has 5',
      'duplicate id "IRQ1"',
    ]);
  });

  it('says it in Arabic on an Arabic page, the file’s values set off as written', async () => {
    await loadLocale('ar');
    expect(wrongColumn(await acledRejected())).toEqual([
      `"${FSI}31 Febtember${PDI}" ليس تاريخًا يستطيع هذا التطبيق قراءته`,
      'يجب أن يكون عددًا، صفرًا أو أكثر',
      'فيه خليتان، وفي الترويسة ٥',
      `معرّف مكرّر "${FSI}IRQ1${PDI}"`,
    ]);
  });

  it("writes a TimelineJS slide's month out of range in the reader's digits", async () => {
    const text = ['Year,Month,Day,Headline', '2016,13,1,Thirteenth month', '2016,2,30,Thirtieth of February'].join('\n');
    const convert = async () => (await timelineJsCsv.convert({ text, fileName: 'tl.csv' }, {})).rejected;
    expect(wrongColumn(await convert())).toEqual(['must be from 1 to 12', 'is not a day of 2016-02']);
    document.body.innerHTML = '';
    await loadLocale('ar');
    expect(wrongColumn(await convert())).toEqual(['يجب أن يكون من ١ إلى ١٢', `ليس يومًا من ${FSI}2016-02${PDI}`]);
  });

  it("the rejected rows' CSV says what is wrong in the reader's language, the header as a spreadsheet reads it", async () => {
    const english = rejectedRowsCsv(await acledRejected()).split('\r\n');
    expect(english[0]).toBe('row,column,value,problem');
    expect(english[2]).toBe("4,fatalities,'-4,must be a number of 0 or more");
    await loadLocale('ar');
    const arabic = rejectedRowsCsv(await acledRejected()).split('\r\n');
    expect(arabic[0]).toBe('row,column,value,problem');
    expect(arabic[2]).toBe("4,fatalities,'-4,يجب أن يكون عددًا، صفرًا أو أكثر");
    expect(arabic[3]).toBe('5,,"IRQ4,2020-01-08",فيه خليتان، وفي الترويسة ٥');
  });

  it("gives the import's notes in the reader's language: how dates were read, how many death tolls were not numbers", async () => {
    const notesShown = async () => {
      const { rejected, notes } = await acledCsv.convert({ text: ACLED_TEXT, fileName: 'iraq.csv' }, {});
      const { unmount } = render(<RejectedReport name="iraq.csv" outcome={{ rejected, notes, dataset: { columns: { count: 1 } } } as never} onImport={() => {}} onCancel={() => {}} />);
      const shown = Array.from(document.querySelectorAll('.open-notes li'), (li) => li.textContent);
      unmount();
      return shown;
    };
    expect(await notesShown()).toEqual(['event_date read as "ISO 8601", like 2020-01-05 (3 rows)', '1 row had a fatalities value that is not a number.']);
    await loadLocale('ar');
    expect(await notesShown()).toEqual([`قُرئ ${FSI}event_date${PDI} بصيغة "${FSI}ISO 8601${PDI}"، مثل ${FSI}2020-01-05${PDI} (٣ صفوف)`, 'في صف واحد قيمة fatalities ليست عددًا.']);
  });

  it('gives every cell its column header’s word, which the narrow dialog’s card shows beside it', async () => {
    await loadLocale('ar');
    render(<RejectedReport name="iraq.csv" outcome={{ rejected: await acledRejected(), notes: [], dataset: { columns: { count: 1 } } } as never} onImport={() => {}} onCancel={() => {}} />);
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['الصف', 'العمود', 'القيمة', 'ما الخطأ']);
    for (const row of within(screen.getByRole('table')).getAllByRole('row').slice(1)) {
      expect(within(row).getAllByRole('cell').map((td) => td.dataset.label)).toEqual(headers);
    }
  });

  it("numbers the rows in the reader's digits and keeps the file's values in their own direction", async () => {
    await loadLocale('ar');
    render(<RejectedReport name="iraq.csv" outcome={{ rejected: await acledRejected(), notes: [], dataset: { columns: { count: 1 } } } as never} onImport={() => {}} onCancel={() => {}} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['٣', '٤', '٥', '٦']);
    const value = within(rows[0]).getAllByRole('cell')[2].querySelector('code')!;
    expect(value).toHaveTextContent('31 Febtember');
    expect(value).toHaveAttribute('dir', 'ltr');
    // A value without letters is set left to right, not turned round by the Arabic line: "-4", not "4-".
    const minus = within(rows[1]).getAllByRole('cell')[2].querySelector('code')!;
    expect(minus).toHaveTextContent('-4');
    expect(minus).toHaveAttribute('dir', 'ltr');
  });
});
