import { translator } from './translator';

/**
 * The tooltips' words, in English: the timeline's (a mark, a dense stretch) and the
 * troop chart's (a figure, the crosshair's readout). A section of the catalogue that
 * travels with the tooltips' chunks, fetched on the first hover.
 */
export const tooltipsEn = {
  tooltipEvents: { one: '{count} event', other: '{count} events' },
  tooltipTooDense: 'Too many to draw one by one here: click to zoom in',
  tooltipKnownToYear: 'date known to the year',
  tooltipKnownToMonth: 'date known to the month',
  tooltipGradeA: 'grade A: official or primary',
  tooltipGradeB: 'grade B: established news',
  tooltipGradeC: 'grade C: wiki or blog',
  tooltipUnknownSource: 'Source “{source}” is not in the dataset.',
  tooltipNoFigure: 'no figure',
};

/** The tooltips' words in the language in force. */
export const t = translator('tooltips', tooltipsEn);
