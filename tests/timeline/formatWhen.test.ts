import { describe, expect, it } from 'vitest';
import { formatAt, formatWhen } from '../../src/timeline/formatWhen';
import { loadDataset } from './fixture';

describe('formatWhen', () => {
  it('prints each date at the precision it was given, never a made-up day', () => {
    const d = loadDataset([
      { id: 'year', date: '2017' },
      { id: 'month', date: '2014-06' },
      { id: 'day', date: '2014-06-10' },
      { id: 'range', date: '2016-10', end: '2017-07' },
      { id: 'days', date: '2016-10-17', end: '2017-07-09' },
    ]);
    const at = (id: string) => formatWhen(d.columns, d.text.indexOf(id));
    expect(at('year')).toBe('2017');
    expect(at('month')).toBe('June 2014');
    expect(at('day')).toBe('10 June 2014');
    expect(at('range')).toBe('October 2016 – July 2017');
    expect(at('days')).toBe('17 October 2016 – 9 July 2017');
  });
});

describe('formatAt', () => {
  it('gives no words for a missing instant instead of throwing (Intl rejects an invalid date)', () => {
    expect(formatAt(Number.NaN, 2)).toBe('');
    expect(formatAt(Date.UTC(2024, 0, 27), 2)).toBe('27 January 2024');
  });
});
