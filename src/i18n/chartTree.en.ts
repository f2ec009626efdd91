import { translator } from './translator';

/**
 * The troop chart's navigation tree's words, in English: its name, how to use it,
 * and the names of its series and steps (a figure is named by the figures section).
 * A section of the catalogue that travels with the chart's chunk.
 */
export const chartTreeEn = {
  chartTree: 'Troop chart by series, step and figure',
  chartTreeHelp:
    'Series, then steps, then figures. Down or Enter goes in, Up or Escape comes out, left and right arrows move in time, Shift with up or down changes series, Home and End go to the first and last, plus and minus zoom. Enter on a figure shows its source. Question mark lists every key.',
  /** Two ends of a span: "June 2014 to March 2015". */
  chartTreeSpan: '{from} to {to}',
  /** A series: "US troops in Iraq: 19 figures in 12 steps, June 2014 to September 2024". */
  chartTreeSeries: '{name}: {figures} in {steps}, {dates}',
  chartTreeFigures: { one: '{count} figure', other: '{count} figures' },
  chartTreeSteps: { one: '{count} step', other: '{count} steps' },
  chartTreeFrom: 'From {from}',
  chartTreeFromLast: 'From {from}, last reported {last}',
  /** A step: its dates, its figure, what kind of figure it is and its change from the step before. */
  chartTreeStep: '{dates}: {figure}, {what}, {change}',
  /** A step reported more than once, with how many figures make it. */
  chartTreeReported: '{step}; {figures}',
  chartTreeFirst: 'the first figure',
  chartTreeNothingBefore: 'no figure in force before it',
  chartTreeSame: 'the same as the step before',
  chartTreeUp: 'up {by} from the step before',
  chartTreeDown: 'down {by} from the step before',
  /** A ceiling or plan set against the figure in force when it was given. */
  chartTreeAgainstSame: 'the same as the {kind} in force ({figure})',
  chartTreeAgainstAbove: '{by} above the {kind} in force ({figure})',
  chartTreeAgainstBelow: '{by} below the {kind} in force ({figure})',
};

/** The chart tree's words in the language in force. */
export const t = translator('chartTree', chartTreeEn);
