import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatDateRange, formatShortDate } from '../../src/i18n/formatDate';
import { applyLocale, chooseDigits } from '../../src/i18n/locale';
import { loadLocale } from '../../src/i18n/translator';

afterEach(() => {
  applyLocale('en');
  chooseDigits(null);
});

describe('dates in English', () => {
  it('join the day and the clock with a comma', () => {
    expect(formatDateRange('2024-01-27T09:05Z')).toBe('27 January 2024, 09:05 UTC');
    expect(formatDateRange('2024-01-27T09:05Z', '2024-01-27T11:30Z')).toBe('27 January 2024, 09:05–11:30 UTC');
  });
});

describe('dates in Arabic', () => {
  beforeAll(() => loadLocale('ar'));

  it('write the day, the year and the clock in Arabic-Indic digits, never half in Latin ones, joined by the Arabic comma', () => {
    applyLocale('ar');
    expect(formatDateRange('2024-01-27')).toBe('٢٧ يناير ٢٠٢٤');
    expect(formatDateRange('2014-06-08', '2014-06-10')).toBe('٨–١٠ يونيو ٢٠١٤');
    expect(formatDateRange('2016-05-23', '2016-06-26')).toBe('٢٣ مايو – ٢٦ يونيو ٢٠١٦');
    expect(formatDateRange('2024-01-27T09:05Z')).toBe('٢٧ يناير ٢٠٢٤، ٠٩:٠٥ UTC');
    expect(formatDateRange('2024-01-27T09:05Z', '2024-01-27T11:30Z')).toBe('٢٧ يناير ٢٠٢٤، ٠٩:٠٥–١١:٣٠ UTC');
    expect(formatShortDate(Date.UTC(2014, 5, 8, 14, 30), 'time')).toBe('٨ يونيو ٢٠١٤ ١٤:٣٠');
  });

  it('write them in Latin digits when the reader chooses those', () => {
    applyLocale('ar');
    chooseDigits('latn');
    expect(formatDateRange('2014-06-08', '2014-06-10')).toBe('8–10 يونيو 2014');
  });
});
