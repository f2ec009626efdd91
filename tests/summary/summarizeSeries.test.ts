import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/model/types';
import { chartSummaryText, seriesInView } from '../../src/summary/summarizeSeries';
import { toTimedSeries } from '../../src/troops/timedSeries';

const iraq = toTimedSeries({
  id: 'iraq',
  name: 'US troops in Iraq',
  unit: 'troops',
  points: [
    { date: '2014-10-15', value: 1400, estimate: 'approximate', kind: 'official', source: 'a' },
    { date: '2016-07-11', value: 4647, estimate: 'exact', kind: 'ceiling', source: 'a' },
    { date: '2017-04-26', value: 5262, estimate: 'exact', kind: 'official', source: 'a' },
    { date: '2021-01-15', value: 2500, estimate: 'exact', kind: 'official', source: 'a' },
    { date: '2024-09-27', value: 2500, estimate: 'approximate', kind: 'official', source: 'a' },
  ],
} satisfies Series);

describe('the troop chart summary', () => {
  it('says the peak and the latest figure with their kind and date', () => {
    const s = seriesInView(iraq, Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1));
    expect(chartSummaryText([s], 0, Date.UTC(2014, 9, 15), Date.UTC(2024, 8, 28))).toBe(
      'Figures from 15 October 2014 to 27 September 2024. US troops in Iraq: peak 5,262 troops (official level, 26 April 2017); latest about 2,500 troops (official level, approximate, 27 September 2024).',
    );
  });

  it('follows the zoom: the figure in force when the span opens counts, a ceiling is no peak while a figure held', () => {
    const s = seriesInView(iraq, Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1));
    expect(s.peak?.value).toBe(1400);
    expect(s.latest?.kind).toBe('ceiling');
  });

  it('says a series has no figure in view, and how many the legend hides', () => {
    const s = seriesInView(iraq, Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1));
    expect(chartSummaryText([s], 2, Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1))).toBe(
      'Figures from 1 January 2000 to 31 December 2000. US troops in Iraq: no figure in view. 2 series hidden.',
    );
    expect(chartSummaryText([], 1, 0, 1)).toBe('Every series is hidden: turn one on in the legend.');
  });
});
