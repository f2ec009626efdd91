import { describe, expect, it } from 'vitest';
import { DateReader } from '../../../src/io/formats/readDate';
import { slideDateText } from '../../../src/io/formats/timelineJsSlides';

describe('dates before 1 CE in imported files', () => {
  it('reads a signed year as ISO 8601 does (astronomical: 0 is 1 BCE), the same as the v1 format', () => {
    const r = new DateReader();
    expect(r.read('-3499')).toEqual({ date: '-3499', format: 'ISO 8601' });
    expect(r.read('-499')).toEqual({ date: '-0499', format: 'year' });
    expect(r.read('0')).toEqual({ date: '0000', format: 'year' });
    expect(r.read('-0043-03-15')).toEqual({ date: '-0043-03-15', format: 'ISO 8601' });
    expect(r.read('602')).toEqual({ date: '0602', format: 'year' });
  });

  it('reads a year with its era written out', () => {
    const r = new DateReader();
    expect(r.read('500 BCE')).toEqual({ date: '-0499', format: 'year with era' });
    expect(r.read('44 BC')).toEqual({ date: '-0043', format: 'year with era' });
    expect(r.read('AD 14')).toEqual({ date: '0014', format: 'year with era' });
    expect(r.read('14 CE')).toEqual({ date: '0014', format: 'year with era' });
    expect(r.read('0 BCE')).toMatchObject({ error: { message: '"0 BCE" is not a year: there is no year 0 (1 BCE is followed by 1 CE)' } });
    expect(r.read('200000 BCE')).toMatchObject({ error: { message: 'year 200000 BCE is out of range: the app shows years 100000 BCE to 9999 CE' } });
  });

  it('reads epoch milliseconds before year 0 into the v1 form, not toISOString\'s six digits', () => {
    const ms = new Date('-003499-06-01T12:30:00Z').getTime();
    expect(new DateReader().readNumber(ms)).toEqual({ date: '-3499-06-01T12:30:00Z', format: 'epoch milliseconds' });
  });

  it('reads TimelineJS negative years as TimelineJS shows them: -3500 is 3500 BCE, -1 is 1 BCE, and rejects year 0', () => {
    expect(slideDateText({ year: '-3500' })).toEqual({ date: '-3499' });
    expect(slideDateText({ year: -1, month: 3 })).toEqual({ date: '0000-03' });
    expect(slideDateText({ year: '602' })).toEqual({ date: '0602' });
    expect(slideDateText({ year: 0 })).toMatchObject({ part: 'year', value: 0, message: { message: 'year 0 is not a year: 1 BCE is -1 and 1 CE is 1' } });
    // 29 February of 5 BCE (astronomical -4, a leap year) exists; of 4 BCE it does not.
    expect(slideDateText({ year: -5, month: 2, day: 29 })).toEqual({ date: '-0004-02-29' });
    expect(slideDateText({ year: -4, month: 2, day: 29 })).toMatchObject({ part: 'day' });
  });
});
