import { translator } from './translator';

/**
 * How long something lasted and how far apart two moments are, in English (the
 * units themselves come from date-fns' locale). A section of the catalogue that
 * travels with durationWords' chunk.
 */
export const durationsEn = {
  durationLasted: 'lasted {span}',
  durationLater: '{span} later',
  durationEarlier: '{span} earlier',
  durationSameYear: 'the same year',
  durationSameMonth: 'the same month',
  durationSameDay: 'the same day',
  durationSameTime: 'at the same time',
};

/** The durations' words in the language in force. */
export const t = translator('durations', durationsEn);
