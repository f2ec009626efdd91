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
};
