import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatInteger, formatTwoDigits, localDigits, pluralCategory } from '../../src/i18n/format';
import { chooseDigits } from '../../src/i18n/locale';

afterEach(() => chooseDigits(null));

describe('formatCount (the counts of the first paint, written without ICU)', () => {
  it('groups thousands with commas as en-US does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(71)).toBe('71');
    expect(formatCount(1_000_000)).toBe('1,000,000');
    expect(formatCount(123_456_789)).toBe('123,456,789');
    expect(formatCount(-12_345)).toBe('-12,345');
  });

  it('writes every safe integer exactly as Intl.NumberFormat("en-US") would', () => {
    const intl = new Intl.NumberFormat('en-US');
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatCount(n)).toBe(intl.format(n));
      }),
      { numRuns: 1000, seed: 20140610 },
    );
  });

  it('leaves numbers that are not whole to Intl', () => {
    expect(formatCount(1234.5)).toBe(new Intl.NumberFormat('en-US').format(1234.5));
  });

  it('writes Arabic-Indic digits and the Arabic thousands separator when those digits are chosen, as Intl does', () => {
    chooseDigits('arab');
    expect(formatCount(1_234_567)).toBe('١٬٢٣٤٬٥٦٧');
    const intl = new Intl.NumberFormat('ar-u-nu-arab');
    for (const n of [0, 7, 71, 1000, 65_432, 1_000_000]) expect(formatCount(n)).toBe(intl.format(n));
    expect(localDigits('2014–2017')).toBe('٢٠١٤–٢٠١٧');
    chooseDigits(null);
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });
});

describe('formatInteger and formatTwoDigits (years and days on the first frame, written without ICU)', () => {
  const cases = fc.oneof(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

  it('write every whole number from 0 up as Intl.NumberFormat without grouping would, in Latin digits', () => {
    const plain = new Intl.NumberFormat('en-US-u-nu-latn', { useGrouping: false });
    const two = new Intl.NumberFormat('en-US-u-nu-latn', { minimumIntegerDigits: 2, useGrouping: false });
    fc.assert(
      fc.property(cases, (n) => {
        expect(formatInteger(n)).toBe(plain.format(n));
        expect(formatTwoDigits(n)).toBe(two.format(n));
      }),
      { numRuns: 500, seed: 20140610 },
    );
    expect(formatInteger(2014)).toBe('2014');
    expect(formatTwoDigits(9)).toBe('09');
  });

  it('write them in Arabic-Indic digits when those are chosen, as Intl does', () => {
    chooseDigits('arab');
    const plain = new Intl.NumberFormat('ar-u-nu-arab', { useGrouping: false });
    const two = new Intl.NumberFormat('ar-u-nu-arab', { minimumIntegerDigits: 2, useGrouping: false });
    for (const n of [0, 5, 9, 14, 2014, 3500, 65_432]) {
      expect(formatInteger(n)).toBe(plain.format(n));
      expect(formatTwoDigits(n)).toBe(two.format(n));
    }
    expect(formatInteger(2014)).toBe('٢٠١٤');
  });

  it('leave negative and fractional numbers to Intl', () => {
    expect(formatInteger(-3)).toBe(new Intl.NumberFormat('en-US-u-nu-latn', { useGrouping: false }).format(-3));
    expect(formatInteger(2.5)).toBe(new Intl.NumberFormat('en-US-u-nu-latn', { useGrouping: false }).format(2.5));
  });
});

describe('pluralCategory', () => {
  it('gives the English categories Intl.PluralRules gives, without asking it', () => {
    const rules = new Intl.PluralRules('en-US');
    for (const n of [0, 1, 2, 3, 11, 21, 100, 1000, 1.5, -1]) expect(pluralCategory(n), String(n)).toBe(rules.select(n));
  });
});
