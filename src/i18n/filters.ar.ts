import { counted, EVENTS } from './arabicPlurals';
import type { SectionWords } from './translator';

/** The filter panel's words in Arabic (machine translation: see messages.ar.ts). */
export const filtersAr: SectionWords<'filters'> = {
  checklistShowAll: 'عرض كل {what}',
  checklistShowNone: 'إخفاء كل {what}',
  checklistAll: 'الكل',
  checklistNone: 'لا شيء',
  checklistFind: 'البحث في {what}',
  checklistNoMatch: 'لا تطابق',
  checklistOf: '{shown} من {total}',
  checklistItemEvents: counted('({noun})', EVENTS),
  filtersClear: 'مسح عوامل التصفية',
  filtersActors: 'الأطراف',
  filtersCategories: 'الفئات',
  searchLabel: 'البحث في العناوين والملخصات',
  searchExample: 'مثلًا: الموصل، محادثات',
  datesLegend: 'التواريخ',
  datesFrom: 'من',
  datesTo: 'إلى',
  // The ISO 8601 pattern stays as the field must be typed (digits left to right).
  datesPattern: 'YYYY-MM-DD',
  datesReversed: 'تاريخ «من» يقع بعد تاريخ «إلى».',
  datesHint: 'يقرّب الجدول الزمني ويتبع نافذة النظرة العامة.',
};
