import { describe, expect, it } from 'vitest';
import { rejectedRowsCsv } from '../../src/open/rejectedRowsCsv';

describe('rejectedRowsCsv', () => {
  it('writes one line per rejected row, with the row number as in the file, the column, the value and the problem', () => {
    const csv = rejectedRowsCsv([
      { row: 4, column: 'event_date', value: '31 Feb 2020', message: 'not a date' },
      { row: 9, message: 'the row has 3 cells, the header 5' },
    ]);
    expect(csv).toBe('row,column,value,problem\r\n4,event_date,31 Feb 2020,not a date\r\n9,,,"the row has 3 cells, the header 5"\r\n');
  });

  it('quotes commas, quotes and line breaks, and defuses values a spreadsheet would run as formulas', () => {
    const csv = rejectedRowsCsv([{ row: 2, column: 'title', value: '=HYPERLINK("x")\n"a", b', message: 'too long' }]);
    expect(csv.split('\r\n')[1]).toBe(`2,title,"'=HYPERLINK(""x"")\n""a"", b",too long`);
  });
});
