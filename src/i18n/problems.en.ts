/**
 * The catalogue's section of what is wrong with a dataset, in English: the
 * validator's messages (model) and the loader's (io). Its own section because the
 * parse worker writes these and nothing else of the catalogue; each problem keeps
 * its key, so the page can write it again in the reader's language (problemText.ts).
 */
export const problemsEn = {
  required: 'is required',
  notString: 'must be a string',
  notEmpty: 'must not be empty',
  notObject: 'must be an object',
  notList: 'must be a list',
  notNumber: 'must be a number',
  notFinite: 'must be a finite number',
  unknownKey: 'unknown key',
  unknownTopLevelKey: 'unknown top-level key',
  notADate: '"{value}" is not a date',
  notADateString: 'must be a date string',
  endsBeforeDate: 'ends before its date',
  endsBeforeStart: 'ends before its start',
  duplicateId: 'duplicate id "{id}"',
  duplicateActor: 'duplicate actor "{id}"',
  unknownActor: 'unknown actor "{id}"',
  unknownCategory: 'unknown category "{id}"',
  unknownSource: 'unknown source "{id}"',
  noSource: 'must cite at least one source',
  noActor: 'must name at least one actor',
  latitudeRange: 'must be a number from -90 to 90',
  longitudeRange: 'must be a number from -180 to 180',
  importanceValue: 'must be 1, 2 or 3',
  notADocument: 'must be a JSON object with "version": 1',
  versionValue: 'must be 1',
  tooManyActors: 'must have at most 65535 actors',
  tooManyCategories: 'must have at most 65535 categories',
  pointOutOfOrder: 'out of date order',
  pointSameDateKind: 'same date as an earlier "{kind}" point',
  authorizedIsCeiling: 'an "authorized" estimate is a ceiling: make kind "ceiling" or the estimate "exact" or "approximate"',
  kindValue: 'must be "count", "official", "ceiling" or "planned"',
  hexColour: 'must be a CSS hex colour such as "#1f77b4"',
  httpUrl: 'must be an http(s) URL',
  gradeValue: 'must be "A", "B" or "C"',
  estimateValue: 'must be "exact", "approximate" or "authorized"',
  moreProblems: { one: '…and {count} more problem', other: '…and {count} more problems' },
  storyNoSteps: 'must have at least one step',
  storyTooLong: 'must be at most {max} characters (has {count})',
  storyUnknownEvent: 'unknown event "{id}"',
  storyNoAnchor: 'needs "event" (an event id) or "from" (a date range)',
  storyBoth: 'has both "event" and "from"/"to": a step is about one or the other',
  storyRangeTitle: 'is required for a date-range step',
  storyRangeSources: 'must cite at least one source for a date-range step',
  storyToBeforeFrom: 'is before "from" ({value})',
  emptyFile: '{location} is empty',
  notJson: 'not valid JSON: {detail}',
};

/** Key of a dataset problem's message. */
export type ProblemKey = keyof typeof problemsEn;
