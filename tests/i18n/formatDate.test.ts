import { afterEach, describe, expect, it } from 'vitest';
import { formatDateRange, formatShortDate } from '../../src/i18n/formatDate';
import { applyLocale, chooseDigits } from '../../src/i18n/locale';

afterEach(() => {
  applyLocale('en');
  chooseDigits(null);
});

describe('dates in Arabic', () => {
  it('write the day, the year and the clock in Arabic-Indic digits, never half in Latin ones', () => {
    applyLocale('ar');
    expect(formatDateRange('2024-01-27')).toBe('٢٧ يناير ٢٠٢٤');
    expect(formatDateRange('2014-06-08', '2014-06-10')).toBe('٨–١٠ يونيو ٢٠١٤');
    expect(formatDateRange('2016-05-23', '2016-06-26')).toBe('٢٣ مايو – ٢٦ يونيو ٢٠١٦');
    expect(formatDateRange('2024-01-27T09:05Z')).toBe('٢٧ يناير ٢٠٢٤, ٠٩:٠٥ UTC');
    expect(formatShortDate(Date.UTC(2014, 5, 8, 14, 30), 'time')).toBe('٨ يونيو ٢٠١٤ ١٤:٣٠');
  });

  it('write them in Latin digits when the reader chooses those', () => {
    applyLocale('ar');
    chooseDigits('latn');
    expect(formatDateRange('2014-06-08', '2014-06-10')).toBe('8–10 يونيو 2014');
  });
});
