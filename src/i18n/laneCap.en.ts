import { translator } from './translator';

/** The lane cap's words, in English: a section of the catalogue that travels with its chunk (only many-actor data mounts it). */
export const laneCapEn = {
  laneCapAll: 'Showing all {count} actors',
  laneCapBusiest: 'Showing the {cap} busiest of {count} actors',
  laneCapShowTop: 'Show top {cap}',
  laneCapShowAll: 'Show all {count}',
};

/** The lane cap's words in the language in force. */
export const t = translator('laneCap', laneCapEn);
