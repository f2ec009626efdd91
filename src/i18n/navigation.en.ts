import { translator } from './translator';

/**
 * The timeline's navigation tree's words, in English: its name, how to use it, and
 * the names of its lanes and periods (an event is named as its mark is). A section
 * of the catalogue that travels with the timeline's after-first-frame chunk; the
 * troop chart's tree has its own (chartTree), in the chart's chunk.
 */
export const navigationEn = {
  treeTimeline: 'Timeline by lane, period and event',
  treeTimelineHelp:
    'Lanes, then periods, then events. Down or Enter goes in, Up or Escape comes out, left and right arrows move in time, Shift with up or down changes lane, Home and End go to the first and last, plus and minus zoom. Enter on an event opens it. Question mark lists every key.',
  /** Two ends of a span: "2014 to 2015", "June 2014 to March 2015". */
  treeSpan: '{from} to {to}',
  treeLaneEmpty: '{name}: no events shown',
  treeLane: { one: '{name}: {count} event, {dates}', other: '{name}: {count} events, {dates}' },
  /** A period: its dates, how many events it holds and its most important event. */
  treePeriod: { one: '{period}: {count} event: {top}', other: '{period}: {count} events, most important: {top}' },
};

/** The timeline tree's words in the language in force. */
export const t = translator('navigation', navigationEn);
