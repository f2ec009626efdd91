import { partTranslator } from './t';

/**
 * The troop chart's words, in English: its caption, legend and key, plot notes and
 * panel titles, the table of figures, Listen, and the chart's summary. A section of
 * the catalogue that travels with the chart's chunk. A figure's own words (its kind,
 * "about", its unit) are the figures section's.
 */
export const troopsEn = {
  troopsNoSeries: 'This dataset has no numeric series.',
  troopsTitle: 'Troop numbers',
  troopsTitleFigures: 'Figures over time',
  troopsSubtitle: 'Each figure holds until the next; the chart shares the timeline’s zoom.',
  troopsFiguresThen: 'Figures then',
  troopsLegendSeries: 'Series',
  troopsLegendKey: 'Key',
  troopsKeyCount: 'what was counted, such as personnel present',
  troopsKeyOfficial: 'the figure the government gives',
  troopsKeyCeiling: 'the most allowed, not a count',
  troopsKeyPlanned: 'announced for later, not a count',
  troopsKeyHollow: 'hollow: approximate (“about”)',
  troopsKeyDated: 'month or year the figure is dated to',
  troopsPlot: 'Chart of the figures over time',
  troopsPanelHidden: 'Hidden: turn a series on in the legend',
  troopsPanelEmpty: 'No figures in this period',
  /** Titles of the panels of the units the catalogue knows; another unit's panel is titled with the unit as written. */
  troopsPanelTroops: 'Troops',
  troopsPanelAttacks: 'Attacks',
  troopsTableShow: 'Show the figures as a table',
  troopsTableHide: 'Hide the figures table',
  troopsTableCaption: 'All figures in the chart, with their sources',
  troopsColSeries: 'Series',
  troopsColDate: 'Date',
  troopsColFigure: 'Figure',
  troopsColWhat: 'What it is',
  troopsColSource: 'Source',
  troopsGrade: ' (grade {grade})',
  listenLabel: 'Listen to the figures',
  listenSeries: 'Series',
  listenPlay: 'Listen',
  listenStop: 'Stop',
  listenEarlier: 'Earlier figure',
  listenLater: 'Later figure',
  listenEarlierShort: 'Earlier',
  listenLaterShort: 'Later',
  listenNothing: '{name} has no figure in the visible span.',
  listenNoSound: 'This browser cannot play sound.',
  listenPlaying: {
    one: 'Playing {name}: {count} figure, from {low} to {high}, low pitch to high.',
    other: 'Playing {name}: {count} figures, from {low} to {high}, low pitch to high.',
  },
  listenStopped: 'Stopped.',
  /** One figure stepped to: "US troops in Iraq, 15 Oct 2014: about 1,400 troops (official level), up 100. Figure 1 of 3." */
  listenStep: '{name}, {date}: {figure} ({what}){change}. Figure {index} of {total}.',
  listenNoChange: ', no change',
  listenUp: ', up {by}',
  listenDown: ', down {by}',
  summaryAllHidden: 'Every series is hidden: turn one on in the legend.',
  summarySpan: 'Figures from {from} to {to}.',
  summaryNoFigure: '{name}: no figure in view.',
  summaryOnly: '{name}: {figure}, the only figure in view.',
  summaryPeak: '{name}: peak {peak}; latest {latest}.',
  summaryHidden: { one: '{count} series hidden.', other: '{count} series hidden.' },
};

/** The troop chart's words (and the first paint's) in the language in force. */
export const t = partTranslator('troops', troopsEn);
