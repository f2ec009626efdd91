import { counted, EVENTS } from './arabicPlurals';
import type { SectionWords } from './translator';

/*
 * The timeline tree's section in Modern Standard Arabic. MACHINE TRANSLATION, NOT
 * YET REVIEWED BY A HUMAN TRANSLATOR (see messages.ar.ts). Key names (Enter, Escape,
 * Shift, Home, End) stay as the keys are labelled.
 */
export const navigationAr: SectionWords<'navigation'> = {
  treeTimeline: 'الجدول الزمني حسب المسار والفترة والحدث',
  treeTimelineHelp:
    'المسارات، ثم الفترات، ثم الأحداث. السهم للأسفل أو Enter للدخول، والسهم للأعلى أو Escape للخروج، والسهمان الأيمن والأيسر للتنقّل في الزمن، وShift مع السهم للأعلى أو للأسفل لتغيير المسار، وHome وEnd للانتقال إلى الأول والأخير، وزائد وناقص للتكبير والتصغير. Enter على حدث يفتحه. علامة الاستفهام تعرض كل المفاتيح.',
  treeSpan: 'من {from} إلى {to}',
  treeLaneEmpty: '{name}: لا أحداث معروضة',
  treeLane: counted('{name}: {noun}، {dates}', EVENTS),
  treePeriod: {
    zero: '{period}: لا أحداث',
    one: '{period}: حدث واحد: {top}',
    two: '{period}: حدثان، أهمهما: {top}',
    few: '{period}: {count} أحداث، أهمها: {top}',
    many: '{period}: {count} حدثًا، أهمها: {top}',
    other: '{period}: {count} حدث، أهمها: {top}',
  },
};
