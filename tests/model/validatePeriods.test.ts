import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { validDocument } from './fixtures';
import { problemMessage } from '../../src/i18n/problemText';

function check(periods: unknown) {
  const result = validateDataset({ ...validDocument(), periods });
  return result.ok ? { ok: true, periods: result.dataset.periods } : { ok: false, problems: result.problems.map((p) => `${p.path}: ${problemMessage(p)}`) };
}

describe('periods (shaded bands, TimelineJS eras)', () => {
  it('keeps valid periods on the dataset', () => {
    const periods = [{ title: 'Caliphate', start: '2014-06', end: '2017-07' }];
    expect(check(periods)).toEqual({ ok: true, periods });
  });

  it('accepts a period within one month, compared as periods', () => {
    expect(check([{ title: 'June', start: '2014-06-10', end: '2014-06' }]).ok).toBe(true);
  });

  it('reports a period that ends before it starts, a bad date and a missing title by path', () => {
    expect(
      check([
        { title: 'Backwards', start: '2016', end: '2015' },
        { title: 'Bad', start: '2014-13', end: '2015' },
        { start: '2014', end: '2015' },
        { title: 'Extra', start: '2014', end: '2015', colour: 'red' },
      ]),
    ).toEqual({
      ok: false,
      problems: [
        'periods[0].end: ends before its start',
        'periods[1].start: "2014-13" is not a date',
        'periods[2].title: is required',
        'periods[3].colour: unknown key',
      ],
    });
  });

  it('reports periods that are not a list', () => {
    expect(check('2014')).toEqual({ ok: false, problems: ['periods: must be a list'] });
  });
});
