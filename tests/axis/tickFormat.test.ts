import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axisContext, formatTick, tickCountFor } from '../../src/axis/tickFormat';
import { applyLocale, chooseDigits } from '../../src/i18n/locale';

const ticksFor = (from: Date, to: Date, width = 1000) =>
  scaleUtc().domain([from, to]).range([0, width]).ticks(tickCountFor(width)).map((d) => formatTick(d));

describe('tick format by span', () => {
  it('labels a decade with years', () => {
    const labels = ticksFor(new Date(Date.UTC(2014, 0, 1)), new Date(Date.UTC(2025, 0, 1)));
    expect(labels).toContain('2014');
    expect(labels.every((t) => /^20\d\d$/.test(t))).toBe(true);
  });

  it('labels a few months with month names and the year at its boundary', () => {
    const labels = ticksFor(new Date(Date.UTC(2016, 9, 1)), new Date(Date.UTC(2017, 3, 1)));
    expect(labels).toEqual(['Oct', 'Nov', 'Dec', '2017', 'Feb', 'Mar', 'Apr']);
  });

  it('labels a fortnight with days', () => {
    const labels = ticksFor(new Date(Date.UTC(2017, 5, 25)), new Date(Date.UTC(2017, 6, 8)));
    expect(labels).toContain('27 Jun');
    expect(labels).toContain('Jul');
  });

  it('writes days of the month and hours in the digits the reader chose', () => {
    chooseDigits('arab');
    try {
      expect(formatTick(new Date(Date.UTC(2024, 0, 27)))).toBe('٢٧ Jan');
      expect(formatTick(new Date(Date.UTC(2024, 0, 27, 9, 5)))).toBe('٠٩:٠٥');
      expect(axisContext(Date.UTC(2019, 8, 3), Date.UTC(2019, 8, 22))).toBe('٣ – ٢١ Sep ٢٠١٩');
    } finally {
      chooseDigits(null);
    }
  });

  it('writes a tick again in the language and digits chosen after it was first written', () => {
    const tick = new Date(Date.UTC(2024, 0, 27));
    expect(formatTick(tick)).toBe('27 Jan');
    chooseDigits('arab');
    try {
      expect(formatTick(tick)).toBe('٢٧ Jan');
      applyLocale('ar');
      expect(formatTick(tick)).toBe(`٢٧ ${new Intl.DateTimeFormat('ar-u-nu-arab', { month: 'short', timeZone: 'UTC' }).format(tick)}`);
    } finally {
      applyLocale('en');
      chooseDigits(null);
    }
    expect(formatTick(tick)).toBe('27 Jan');
  });

  it('labels a day with hours', () => {
    expect(formatTick(new Date(Date.UTC(2017, 5, 3, 14)))).toBe('14:00');
  });

  it('names the span in view once the ticks stop naming years', () => {
    expect(axisContext(Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1))).toBe('');
    expect(axisContext(Date.UTC(2018, 9, 1), Date.UTC(2020, 1, 1))).toBe('Oct 2018 – Jan 2020');
    expect(axisContext(Date.UTC(2019, 8, 3), Date.UTC(2019, 8, 22))).toBe('3 – 21 Sep 2019');
  });
});
