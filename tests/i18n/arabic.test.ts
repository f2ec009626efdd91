import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/i18n/catalogue';
import { formatCount } from '../../src/i18n/format';
import { applyLocale, chooseDigits } from '../../src/i18n/locale';
import { ar } from '../../src/i18n/messages.ar';
import { t as tOpen } from '../../src/i18n/open.en';
import { eventLastedWords, spanWords } from '../../src/model/durationWords';
import { loadLocale, type Translation } from '../../src/i18n/translator';

/*
 * The Arabic catalogue. That it has every key of every English section is the
 * type's job (messages.ar.ts is a `Translation`: a missing key does not compile);
 * these check what the type cannot.
 */

/** Every English section by name, found by its file as the catalogue test finds them (messages.en.ts holds "main"). */
const sectionModules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.en.ts', { eager: true });
const sections: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(sectionModules).map(([path, module]) => {
    const stem = /(\w+)\.en\.ts$/.exec(path)![1];
    const words = Object.values(module).find((v) => typeof v === 'object' && v !== null) as Record<string, unknown>;
    return [stem === 'messages' ? 'main' : stem, words];
  }),
);

const entries = (translation: Translation) =>
  Object.entries(translation).flatMap(([section, words]) => Object.entries(words as Record<string, Message>).map(([key, message]) => ({ at: `${section}.${key}`, message })));

const placeholders = (message: Message) =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

afterEach(() => {
  applyLocale('en');
  chooseDigits(null);
});

describe('the Arabic catalogue', () => {
  it('gives every plural entry each of the forms Intl.PluralRules("ar") can pick', () => {
    const categories = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
    expect([...categories].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    const lacking = entries(ar)
      .filter(({ message }) => typeof message !== 'string')
      .filter(({ message }) => categories.some((c) => !(c in (message as object))))
      .map(({ at }) => at);
    expect(lacking).toEqual([]);
    // Every English plural is plural in Arabic too (a string would say "1 events" in Arabic).
    const englishPlurals = Object.entries(sections).flatMap(([name, words]) =>
      Object.entries(words).filter(([, m]) => typeof m !== 'string').map(([key]) => `${name}.${key}`),
    );
    const arabicPlurals = new Set(entries(ar).filter(({ message }) => typeof message !== 'string').map(({ at }) => at));
    expect(englishPlurals.filter((at) => !arabicPlurals.has(at))).toEqual([]);
  });

  it('separates with the Arabic comma, never a middle dot, which reads as the Arabic-Indic zero (٠) beside digits', () => {
    const dotted = entries(ar)
      .filter(({ message }) => (typeof message === 'string' ? [message] : Object.values(message)).some((text) => text?.includes('·')))
      .map(({ at }) => at);
    expect(dotted).toEqual([]);
  });

  it('fills the same placeholders as the English of each key', () => {
    const english = new Map(Object.entries(sections).flatMap(([name, words]) => Object.entries(words).map(([key, m]) => [`${name}.${key}`, m as Message])));
    const differ = entries(ar)
      .filter(({ at, message }) => {
        const en = english.get(at);
        // `count` picks the form; a form may say the number in words ("حدثان") instead of writing it.
        const drop = (names: string[]) => names.filter((n) => n !== 'count');
        return !en || drop(placeholders(en)).join() !== drop(placeholders(message)).join();
      })
      .map(({ at }) => at);
    expect(differ).toEqual([]);
  });

  it('writes a count with its Arabic noun form and Arabic-Indic digits, or Latin digits when the reader chooses them', async () => {
    await loadLocale('ar');
    expect(tOpen('openBuilding', { count: 2 })).toBe('بناء الخط الزمني: حدثان');
    expect(tOpen('openBuilding', { count: 7 })).toBe('بناء الخط الزمني: ٧ أحداث');
    expect(tOpen('openBuilding', { count: 15 })).toBe('بناء الخط الزمني: ١٥ حدثًا');
    expect(tOpen('openBuilding', { count: 1200 })).toBe('بناء الخط الزمني: ١٬٢٠٠ حدث');
    // A whole phrase per number form where the adjective must agree with it.
    expect([1, 2, 7, 15, 100].map((count) => tOpen('reportImport', { count }))).toEqual([
      'استيراد الصف السليم الوحيد',
      'استيراد الصفّين السليمين',
      'استيراد ٧ صفوف سليمة',
      'استيراد ١٥ صفًا سليمًا',
      'استيراد ١٠٠ صف سليم',
    ]);
    // The first paint's count, written without ICU, as Intl writes it.
    expect(formatCount(1234567)).toBe(new Intl.NumberFormat('ar-u-nu-arab').format(1234567));
    chooseDigits('latn');
    expect(formatCount(1234567)).toBe(new Intl.NumberFormat('ar-u-nu-latn').format(1234567));
    expect(tOpen('openBuilding', { count: 15 })).toBe('بناء الخط الزمني: 15 حدثًا');
  });

  it('says durations with the Arabic forms of each unit, joined by و', async () => {
    await loadLocale('ar');
    expect(eventLastedWords('2014-06-10', '2017-07-09')).toBe('استمر ٣ سنوات وشهر واحد');
    expect(spanWords(Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1), 'month')).toBe('سنتين');
    expect(spanWords(Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 25), 'day')).toBe('٢٤ يومًا');
    expect(spanWords(Date.UTC(2020, 0, 1), Date.UTC(2020, 11, 1), 'month')).toBe('١١ شهرًا');
  });
});
