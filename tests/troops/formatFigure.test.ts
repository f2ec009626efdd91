import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber } from '../../src/troops/formatFigure';

describe('formatFigure', () => {
  it("says 'up to' for authorized figures", () => {
    expect(formatFigure(3550, 'troops', 'authorized')).toBe('up to 3,550 troops (authorized)');
  });

  it("says 'about' for approximate figures", () => {
    expect(formatFigure(2500, 'troops', 'approximate')).toBe('about 2,500 troops');
  });

  it('states exact figures plainly, with thousands separators', () => {
    expect(formatFigure(5262, 'troops', 'exact')).toBe('5,262 troops');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('uses the singular for exactly one', () => {
    expect(formatFigure(1, 'attacks', 'exact')).toBe('1 attack');
    expect(formatFigure(0, 'attacks', 'exact')).toBe('0 attacks');
  });
});
