import { partTranslator } from './t';

/**
 * The view summary's words, in English: the sentence before the timeline saying
 * what it shows. A section that travels with the timeline's after-first-frame chunk.
 */
export const summaryEn = {
  summaryRange: '{from} to {to}',
  /** `{count}` is the dataset's total; `{filtered}` is summaryFiltered or nothing. */
  summaryInView: { one: '{range}: {inView} of {count} event in view{filtered}.', other: '{range}: {inView} of {count} events in view{filtered}.' },
  summaryFiltered: ' ({shown} pass the filters)',
  summaryLeading: 'Most events: {leaders}.',
  summaryLeader: '{name} ({count})',
  summaryBusiest: { one: 'Busiest month: {month}, {count} event.', other: 'Busiest month: {month}, {count} events.' },
};

/** The view summary's words in the language in force. */
export const t = partTranslator('summary', summaryEn);
