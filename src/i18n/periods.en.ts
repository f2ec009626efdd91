import { translator } from './translator';

/** The period bands' words, in English: a section that travels with their chunk (only data with periods draws them). */
export const periodsEn = {
  periodsLabel: 'Periods',
};

/** The period bands' words in the language in force. */
export const t = translator('periods', periodsEn);
