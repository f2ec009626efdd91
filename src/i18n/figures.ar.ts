import { counted } from './arabicPlurals';
import type { SectionWords } from './translator';

/*
 * The figures section in Modern Standard Arabic. MACHINE TRANSLATION, NOT YET
 * REVIEWED BY A HUMAN TRANSLATOR (see messages.ar.ts). A counted unit takes the
 * noun form its number calls for: ٣ جنود، ١١ جنديًا، ٢٬٥٠٠ جندي.
 */
export const figuresAr: SectionWords<'figures'> = {
  figureKindCount: 'إحصاء',
  figureKindOfficial: 'مستوى رسمي',
  figureKindCeiling: 'سقف مسموح به',
  figureKindPlanned: 'مستوى مخطَّط له',
  figureKindApproximate: '{kind}، تقريبي',
  figureAbout: 'نحو {figure}',
  figureUpTo: 'حتى {figure}',
  figureTroops: counted('{noun}', ['جندي واحد', 'جنديان', '{number} جنود', '{number} جنديًا', '{number} جندي']),
  figureAttacks: counted('{noun}', ['هجوم واحد', 'هجومان', '{number} هجمات', '{number} هجومًا', '{number} هجوم']),
  figureOfUnit: '{number} {unit}',
  figureAside: '({what}، {date})',
  figureDescribed: '{figure}، {date}، {what}',
  figureSource: '{figure}. المصدر: {publisher}',
  figureOfSeries: '{series}: {figure}',
};
