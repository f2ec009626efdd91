import { partTranslator } from './t';

/**
 * The filter panel's words, in English: the checklists of actors and categories,
 * the dates, the search box. A section that travels with the filter panel's chunk.
 */
export const filtersEn = {
  /** `{what}` is the checklist's legend in lower case ("actors"). */
  checklistShowAll: 'Show all {what}',
  checklistShowNone: 'Show no {what}',
  checklistAll: 'All',
  checklistNone: 'None',
  checklistFind: 'Find {what}',
  checklistNoMatch: 'No match',
  /** Items ticked of all, and items the Find box lists of all. */
  checklistOf: '{shown} of {total}',
  checklistItemEvents: { one: '({count} event)', other: '({count} events)' },
  filtersClear: 'Clear filters',
  filtersActors: 'Actors',
  filtersCategories: 'Categories',
  searchLabel: 'Search titles and summaries',
  searchExample: 'e.g. Mosul, talks',
  datesLegend: 'Dates',
  datesFrom: 'From',
  datesTo: 'To',
  /** The pattern a day is typed in where the data reaches before year 1000 (ISO 8601's). */
  datesPattern: 'YYYY-MM-DD',
  datesReversed: '“From” is after “To”.',
  datesHint: 'Zooms the timeline; follows the overview brush.',
};

/** The filter panel's words in the language in force. */
export const t = partTranslator('filters', filtersEn);
