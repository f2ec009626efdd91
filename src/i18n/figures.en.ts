import { translator } from './translator';

/**
 * The words of one figure, in English: what kind of figure it is, how it is known
 * ("about", "up to"), its unit counted, and a figure described in full. A section of
 * the catalogue shared by the troop chart, its tooltips, the chart's tree and summary,
 * and the story's figures: it travels with the chunk they share, never the first paint.
 */
export const figuresEn = {
  figureKindCount: 'count',
  figureKindOfficial: 'official level',
  figureKindCeiling: 'authorized ceiling',
  figureKindPlanned: 'planned level',
  /** A kind of figure known only roughly: "official level, approximate". */
  figureKindApproximate: '{kind}, approximate',
  figureAbout: 'about {figure}',
  figureUpTo: 'up to {figure}',
  /** The units the catalogue knows, counted; `number` is the figure in the reader's digits. */
  figureTroops: { one: '{number} troop', other: '{number} troops' },
  figureAttacks: { one: '{number} attack', other: '{number} attacks' },
  /** A unit the catalogue does not know, as the dataset writes it (in the reader's language where translated). */
  figureOfUnit: '{number} {unit}',
  /** What kind of figure and from when, beside it: "(official level, Nov 2017)". */
  figureAside: '({what}, {date})',
  /** A figure in full, as a screen reader hears it: "about 5,200 troops, November 2017, official level, approximate". */
  figureDescribed: '{figure}, {date}, {what}',
  figureSource: '{figure}. Source: {publisher}',
  /** A figure with its series' name before it. */
  figureOfSeries: '{series}: {figure}',
};

/** The figures' words in the language in force. */
export const t = translator('figures', figuresEn);
