import { translator } from './translator';

/** The list of the events in view, in English: a section that travels with the list's chunk. */
export const eventsListEn = {
  eventsListNone: 'No events match the filters here.',
  eventsListLabel: 'Events in view, by date',
  eventsInViewTitle: 'Events in view',
  eventsListMore: '…and {count} more — zoom in or filter to see them.',
};

/** The list's words in the language in force. */
export const t = translator('eventsList', eventsListEn);
