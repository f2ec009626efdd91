import { counted, EVENTS, type Forms } from './arabicPlurals';
import type { SectionWords } from './translator';

/** After "من" (of): the dual in the genitive. */
const EVENTS_OF: Forms = ['حدث واحد', 'حدثين', '{count} أحداث', '{count} حدثًا', '{count} حدث'];

/** The view summary's words in Arabic (machine translation: see messages.ar.ts). */
export const summaryAr: SectionWords<'summary'> = {
  summaryRange: 'من {from} إلى {to}',
  summaryInView: counted('{range}: يُعرض {inView} من {noun}{filtered}.', EVENTS_OF),
  summaryFiltered: ' ({shown} منها تطابق عوامل التصفية)',
  summaryLeading: 'الأكثر أحداثًا: {leaders}.',
  summaryLeader: '{name} ({count})',
  summaryBusiest: counted('أكثر الأشهر أحداثًا: {month}، {noun}.', EVENTS),
};
