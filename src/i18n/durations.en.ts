import { translator } from './translator';

/**
 * How long something lasted and how far apart two moments are, in English, with
 * the units' plural forms (date-fns works out the span; the words are the
 * catalogue's, so every language gets its own grammar). A section of the catalogue
 * that travels with durationWords' chunk.
 */
export const durationsEn = {
  durationLasted: 'lasted {span}',
  durationLater: '{span} later',
  durationEarlier: '{span} earlier',
  durationSameYear: 'the same year',
  durationSameMonth: 'the same month',
  durationSameDay: 'the same day',
  durationSameTime: 'at the same time',
  durationYears: { one: '{count} year', other: '{count} years' },
  durationMonths: { one: '{count} month', other: '{count} months' },
  durationDays: { one: '{count} day', other: '{count} days' },
  durationHours: { one: '{count} hour', other: '{count} hours' },
  durationMinutes: { one: '{count} minute', other: '{count} minutes' },
  durationTwoUnits: '{larger} {smaller}',
};

/** The durations' words in the language in force. */
export const t = translator('durations', durationsEn);
