import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale, chooseDigits } from '../../src/i18n/locale';
import { loadLocale } from '../../src/i18n/translator';
import { describeFigure } from '../../src/troops/figureKind';
import { formatNumber } from '../../src/i18n/format';
import { formatFigure } from '../../src/troops/formatFigure';

describe('formatFigure', () => {
  it("says 'up to' for a ceiling, whether written as a kind or as an old 'authorized' estimate", () => {
    expect(formatFigure(3550, 'troops', 'exact', 'ceiling')).toBe('up to 3,550 troops');
    expect(formatFigure(3550, 'troops', 'authorized', 'ceiling')).toBe('up to 3,550 troops');
  });

  it("says 'about' for approximate figures of any other kind", () => {
    expect(formatFigure(2500, 'troops', 'approximate', 'official')).toBe('about 2,500 troops');
    expect(formatFigure(300, 'troops', 'approximate', 'planned')).toBe('about 300 troops');
  });

  it('states exact figures plainly, with thousands separators', () => {
    expect(formatFigure(5262, 'troops', 'exact', 'count')).toBe('5,262 troops');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('uses the singular for exactly one', () => {
    expect(formatFigure(1, 'attacks', 'exact', 'count')).toBe('1 attack');
    expect(formatFigure(0, 'attacks', 'exact', 'count')).toBe('0 attacks');
  });
});

describe('describeFigure', () => {
  it('names the kind of figure, and says when it is approximate', () => {
    expect(describeFigure('official', 'approximate')).toBe('official level, approximate');
    expect(describeFigure('count', 'exact')).toBe('count');
    expect(describeFigure('planned', 'exact')).toBe('planned level');
    expect(describeFigure('ceiling', 'authorized')).toBe('authorized ceiling');
  });
});

describe('formatFigure in Arabic', () => {
  afterEach(() => {
    applyLocale('en');
    chooseDigits(null);
  });

  it('counts troops and attacks with the noun form each number calls for, in the reader’s digits', async () => {
    await loadLocale('ar');
    expect([1, 2, 7, 11, 2500, 5262].map((n) => formatFigure(n, 'troops', 'exact', 'official'))).toEqual([
      'جندي واحد',
      'جنديان',
      '٧ جنود',
      '١١ جنديًا',
      '٢٬٥٠٠ جندي',
      '٥٬٢٦٢ جنديًا',
    ]);
    expect(formatFigure(170, 'attacks', 'approximate', 'count')).toBe('نحو ١٧٠ هجومًا');
    expect(formatFigure(200, 'attacks', 'exact', 'count')).toBe('٢٠٠ هجوم');
    expect(formatFigure(3550, 'troops', 'exact', 'ceiling')).toBe('حتى ٣٬٥٥٠ جنديًا');
    expect(describeFigure('official', 'approximate')).toBe('مستوى رسمي، تقريبي');
    chooseDigits('latn');
    expect(formatFigure(2500, 'troops', 'approximate', 'official')).toBe('نحو 2,500 جندي');
  });

  it('writes a unit the catalogue does not know as the series translates it, and as written where it does not', async () => {
    const aircraft = { unit: 'aircraft', translations: { ar: { unit: 'طائرات' } } };
    expect(formatFigure(12, aircraft, 'exact', 'count')).toBe('12 aircraft');
    await loadLocale('ar');
    expect(formatFigure(12, aircraft, 'exact', 'count')).toBe('١٢ طائرات');
    expect(formatFigure(12, { unit: 'sorties' }, 'exact', 'count')).toBe('١٢ sorties');
  });
});
