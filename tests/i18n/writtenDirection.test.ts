import { describe, expect, it } from 'vitest';
import { writtenDirection } from '../../src/i18n/writtenDirection';

describe('writtenDirection', () => {
  it('reads a value without letters left to right, so a minus stays before its number', () => {
    expect(writtenDirection('-4')).toBe('ltr');
    expect(writtenDirection('2020-01-08')).toBe('ltr');
    expect(writtenDirection('١٢٣')).toBe('ltr');
    expect(writtenDirection('')).toBe('ltr');
  });

  it('follows the first letter: Arabic or Hebrew right to left, Latin left to right', () => {
    expect(writtenDirection('بغداد 2020')).toBe('rtl');
    expect(writtenDirection('12 שבט')).toBe('rtl');
    expect(writtenDirection('31 Febtember')).toBe('ltr');
    expect(writtenDirection('IRQ4, بغداد')).toBe('ltr');
  });
});
