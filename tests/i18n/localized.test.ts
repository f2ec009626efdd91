import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale, chooseDigits } from '../../src/i18n/locale';
import { eventTranslation, local, stepTranslation, translatedDigits } from '../../src/i18n/localized';

afterEach(() => {
  applyLocale('en');
  chooseDigits(null);
});

describe('a translation’s numbers follow the reader’s digits', () => {
  it('writes a translation’s numbers in Arabic-Indic digits, with the Arabic group and decimal marks, where those are in force', () => {
    applyLocale('ar');
    expect(translatedDigits('نحو 2,500 جندي في 27 يناير 2024، و8.5 في المئة عند 8:30')).toBe('نحو ٢٬٥٠٠ جندي في ٢٧ يناير ٢٠٢٤، و٨٫٥ في المئة عند ٨:٣٠');
  });

  it('leaves quoted phrases and codes with digits in them as written', () => {
    applyLocale('ar');
    expect(translatedDigits('أذن بنشر “fewer than 50” من طائرات F-16 وMQ-9 في 2015')).toBe('أذن بنشر “fewer than 50” من طائرات F-16 وMQ-9 في ٢٠١٥');
  });

  it('keeps Latin digits when the reader chose them', () => {
    applyLocale('ar');
    chooseDigits('latn');
    expect(translatedDigits('نحو 2,500 جندي')).toBe('نحو 2,500 جندي');
  });

  it('changes the digits of what is translated only: an original shown for want of a translation stays as written', () => {
    applyLocale('ar');
    const actor = { name: 'Task Force 51', translations: { ar: { name: 'قوة المهام 51' } } };
    expect(local(actor, 'name')).toBe('قوة المهام ٥١');
    expect(local({ name: 'Task Force 51' }, 'name')).toBe('Task Force 51');
    expect(eventTranslation({ translations: { ar: { title: 'هجوم 2014' } } })).toEqual({ title: 'هجوم ٢٠١٤' });
    expect(stepTranslation({ event: 'x', narration: 'In 2014', translations: { ar: { narration: 'في 2014' } } })).toEqual({ narration: 'في ٢٠١٤' });
    expect(stepTranslation({ event: 'x', narration: 'In 2014' })).toBeNull();
    chooseDigits('latn');
    expect(local(actor, 'name')).toBe('قوة المهام 51');
  });
});
