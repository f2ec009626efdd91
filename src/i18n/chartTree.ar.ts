import { counted } from './arabicPlurals';
import type { SectionWords } from './translator';

/*
 * The chart tree's section in Modern Standard Arabic. MACHINE TRANSLATION, NOT YET
 * REVIEWED BY A HUMAN TRANSLATOR (see messages.ar.ts). Key names (Enter, Escape,
 * Shift, Home, End) stay as the keys are labelled.
 */
export const chartTreeAr: SectionWords<'chartTree'> = {
  chartTree: 'مخطط أعداد القوات حسب السلسلة والخطوة والرقم',
  chartTreeHelp:
    'السلاسل، ثم الخطوات، ثم الأرقام. السهم للأسفل أو Enter للدخول، والسهم للأعلى أو Escape للخروج، والسهمان الأيمن والأيسر للتنقّل في الزمن، وShift مع السهم للأعلى أو للأسفل لتغيير السلسلة، وHome وEnd للانتقال إلى الأول والأخير، وزائد وناقص للتكبير والتصغير. Enter على رقم يعرض مصدره. علامة الاستفهام تعرض كل المفاتيح.',
  chartTreeSpan: 'من {from} إلى {to}',
  chartTreeSeries: '{name}: {figures} في {steps}، {dates}',
  chartTreeFigures: counted('{noun}', ['رقم واحد', 'رقمان', '{count} أرقام', '{count} رقمًا', '{count} رقم']),
  chartTreeSteps: counted('{noun}', ['خطوة واحدة', 'خطوتين', '{count} خطوات', '{count} خطوةً', '{count} خطوة']),
  chartTreeFrom: 'منذ {from}',
  chartTreeFromLast: 'منذ {from}، وآخر ما أُبلغ عنه في {last}',
  chartTreeStep: '{dates}: {figure}، {what}، {change}',
  chartTreeReported: '{step}؛ {figures}',
  chartTreeFirst: 'أول رقم',
  chartTreeNothingBefore: 'لا رقم ساريًا قبله',
  chartTreeSame: 'مثل الخطوة السابقة',
  chartTreeUp: 'بارتفاع {by} عن الخطوة السابقة',
  chartTreeDown: 'بانخفاض {by} عن الخطوة السابقة',
  chartTreeAgainstSame: 'مثل الرقم الساري حينها ({kind}، {figure})',
  chartTreeAgainstAbove: 'أعلى بـ{by} من الرقم الساري حينها ({kind}، {figure})',
  chartTreeAgainstBelow: 'أدنى بـ{by} من الرقم الساري حينها ({kind}، {figure})',
};
