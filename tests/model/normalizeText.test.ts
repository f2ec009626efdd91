import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/model/normalizeText';

describe('normalizeForSearch', () => {
  it('folds case and accents so a plain query finds accented text', () => {
    expect(normalizeForSearch('Sudaní')).toBe('sudani');
    expect(normalizeForSearch('Al SUDANI')).toContain(normalizeForSearch('Sudani'));
    expect(normalizeForSearch('Ḥawija')).toBe('hawija');
    expect(normalizeForSearch('Hīt')).toBe('hit');
  });

  it('folds runs of white space and trims', () => {
    expect(normalizeForSearch('  Prime\tMinister \n Al  Sudani ')).toBe('prime minister al sudani');
  });

  it('makes typographic quotes plain', () => {
    expect(normalizeForSearch('Da’esh “fighters”')).toBe('da\'esh "fighters"');
  });

  it('leaves non-Latin scripts searchable', () => {
    expect(normalizeForSearch('بغداد')).toBe('بغداد');
  });
});
