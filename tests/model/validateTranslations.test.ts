import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../src/i18n/problemText';
import { validateDataset } from '../../src/model/validate';
import { validDocument } from './fixtures';

const problemsOf = (doc: unknown) => {
  const result = validateDataset(doc);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${problemMessage(p)}`);
};

/** The fixture translated into Arabic, declared as a machine translation from English. */
function translated() {
  const doc = validDocument();
  doc.translations = { ar: { from: 'en', by: 'machine', translator: 'A machine', title: 'خط زمني للاختبار' } };
  doc.actors[0].translations = { ar: { name: 'الولايات المتحدة' } };
  doc.categories[1].translations = { ar: { name: 'دبلوماسية' } };
  doc.series[0].translations = { ar: { name: 'القوات الأمريكية في العراق', unit: 'جنود' } };
  (doc.series[0].points as Record<string, unknown>[])[1].translations = { ar: { note: 'ملاحظة' } };
  doc.events[1].translations = { ar: { title: 'الجولة الأولى', summary: 'ملخص', place: 'بغداد' } };
  doc.periods = [{ title: 'Caliphate', start: '2014-06', end: '2017-07', translations: { ar: { title: 'الخلافة' } } }];
  return doc;
}

describe('translations in a dataset', () => {
  it('accepts translated names, titles, summaries and places with who translated, and keeps them all', () => {
    const result = validateDataset(translated());
    if (!result.ok) throw new Error(result.problems.map(problemMessage).join('; '));
    const { dataset } = result;
    expect(dataset.translations?.ar).toEqual({ from: 'en', by: 'machine', translator: 'A machine', title: 'خط زمني للاختبار' });
    expect(dataset.actors[0].translations?.ar.name).toBe('الولايات المتحدة');
    expect(dataset.categories[1].translations?.ar.name).toBe('دبلوماسية');
    expect(dataset.series[0].translations?.ar.unit).toBe('جنود');
    expect(dataset.series[0].points[1].translations?.ar.note).toBe('ملاحظة');
    expect(dataset.series[0].points[1].kind).toBe('count');
    expect(dataset.periods?.[0].translations?.ar.title).toBe('الخلافة');
    expect(dataset.events[1].translations?.ar).toEqual({ title: 'الجولة الأولى', summary: 'ملخص', place: 'بغداد' });
    // A translation is part of the format, not an unknown key kept in `extra`.
    expect(dataset.events[1].extra).toBeUndefined();
    // The original stays what it was.
    expect(dataset.events[1].title).toBe('First round of US–Iraq talks');
  });

  it('refuses a translation into a language the document does not say who translated', () => {
    const doc = translated();
    delete doc.translations;
    expect(problemsOf(doc)).toEqual([
      'actors[0].translations.ar: is not declared in "translations"',
      'categories[1].translations.ar: is not declared in "translations"',
      'series[0].translations.ar: is not declared in "translations"',
      'series[0].points[1].translations.ar: is not declared in "translations"',
      'periods[0].translations.ar: is not declared in "translations"',
      'events[1].translations.ar: is not declared in "translations"',
    ]);
  });

  it('names the path of each bad declaration: language tag, from, by and unknown keys', () => {
    const doc = validDocument();
    doc.translations = { Arabic: { from: 'en', by: 'machine' }, ar: { from: 'English', by: 'robot', notes: 'x', title: '' }, fr: { by: 'editor' } };
    expect(problemsOf(doc)).toEqual([
      'translations.Arabic: must be a language tag such as "ar"',
      'translations.ar.notes: unknown key',
      'translations.ar.title: must not be empty',
      'translations.ar.by: must be "machine", "machine-edited" or "editor"',
      'translations.ar.from: must be a language tag such as "ar"',
      'translations.fr.from: is required',
    ]);
  });

  it('names the path of each bad item translation; a quote is not a translatable field', () => {
    const doc = translated();
    doc.events[0].translations = { ar: { title: '', quote: 'نص', by: 'someone' } };
    doc.events[1].translations = { ar: { title: 'عنوان', by: 'a person' } };
    doc.actors[1].translations = { ar: { name: 7 } };
    doc.categories[0].translations = 'عملية';
    (doc.series[0].points as Record<string, unknown>[])[1].translations = { ar: { quote: 'حوالي 2500' } };
    expect(problemsOf(doc)).toEqual([
      'actors[1].translations.ar.name: must be a string',
      'categories[0].translations: must be an object',
      'series[0].points[1].translations.ar.quote: unknown key',
      'events[0].translations.ar.title: must not be empty',
      'events[0].translations.ar.quote: unknown key',
      'events[0].translations.ar.by: unknown key',
      'events[1].translations.ar.by: unknown key',
    ]);
  });
});
