/*
 * The catalogue's main section, in English: the words several parts share. Keys
 * say where a message is used; `{name}` is filled in by t(); an object holds
 * plural forms chosen by Intl.PluralRules on `count`. tests/i18n/catalogue.test.ts
 * lists keys the code uses that are missing here, and keys nothing uses.
 *
 * The first paint's own words (header, filters, timeline, troop chart, details)
 * are not here yet: in this catalogue they weigh about 4.5 KB gzipped on the
 * default page, more than its budget has room for (see README, "Words").
 */
export const en = {
  openData: 'Open data',
  export: 'Export',
  actors: 'Actors',
  digits: 'Digits',
  translatedMachine: 'Machine translation from {language}, not reviewed by a person',
  translatedMachineEdited: 'Machine translation from {language}, revised by an editor',
  translatedEditor: 'Translated from {language} by an editor',
};
