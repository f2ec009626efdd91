import type { SectionWords } from './translator';

/** The view actions' words in Arabic (machine translation: see messages.ar.ts). */
export const viewActionsAr: SectionWords<'viewActions'> = {
  viewActionsStory: 'القصة',
  viewActionsEmbed: 'تضمين',
  viewActionsFullTimeline: 'فتح الخط الزمني كاملًا',
};
