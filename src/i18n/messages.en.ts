/*
 * The catalogue's main section, in English: the words of the first paint (header,
 * theme control, status line, timeline, legend, zoom controls, overview, load
 * progress, error boundary, the shell) and the few the default page's second stage
 * shares with it. Keys say where a message is used; `{name}` is filled in by t(); an
 * object holds plural forms chosen on `count`. Every lazy part's words are in its own
 * section file (X.en.ts), imported by its chunk, so the first paint does not carry
 * them. tests/i18n/catalogue.test.ts lists keys the code uses that are missing here,
 * and keys nothing uses.
 */
export const en = {
  appName: 'Coalition Timeline',
  openData: 'Open data',
  export: 'Export',
  actors: 'Actors',
  loading: 'Loading…',
  exportUnavailable: 'The export tools could not be loaded; check the connection and try again.',
  pageTools: 'Page',
  dataJson: 'Data (JSON)',
  descriptionLess: 'Less',
  descriptionMore: 'More about this data',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  skipToContent: 'Skip to the content',
  loadFailed: 'The data could not be loaded.',
  filters: 'Filters',
  filtersActive: 'Filters, {count} active',
  showAs: 'Show as',
  showAsList: 'List',
  timeline: 'Timeline',
  viewStory: 'The story',
  viewDetails: 'The event details',
  viewReading: 'The reading list',
  viewTimeline: 'The timeline',
  viewChart: 'The troop chart',
  loadingList: 'Loading the list…',
  viewFailed: '{view} could not be shown',
  viewFailedWhy: 'Something went wrong while drawing it:',
  tryAgain: 'Try again',
  reloadPage: 'Reload the page',
  showing: { one: 'Showing {shown} of {count} event', other: 'Showing {shown} of {count} events' },
  showingNone: {
    one: 'Showing {shown} of {count} event: none match the filters here',
    other: 'Showing {shown} of {count} events: none match the filters here',
  },
  loadingEvents: 'Loading events…',
  showAllEvents: 'Show all events',
  loadFetch: 'Downloading the dataset',
  loadParse: 'Checking the dataset',
  loadIndex: 'Indexing events',
  loadEvents: { one: '{count} event · ', other: '{count} events · ' },
  laneTitle: { one: '{name}: {count} event', other: '{name}: {count} events' },
  noLanes: 'No actor selected: choose actors in the filters to see their lanes.',
  zoomBar: 'Timeline zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  panLeft: 'Pan left',
  panRight: 'Pan right',
  fitAll: 'Fit all',
  legend: 'How events are drawn',
  legendEvent: 'event',
  legendKeyEvent: 'key event',
  legendPeriod: 'period',
  legendPartial: 'dated to month/year only',
  legendBadge: 'more: click to expand',
  overview: 'Overview',
  overviewHelp:
    'The whole time span, with a histogram of the shown events. The highlighted window is the part the timeline shows: drag it to move, drag its edges to zoom, or click elsewhere to jump there. With the keyboard: arrow keys move the window, plus and minus zoom, Home shows everything.',
  keys: 'Keys',
  keysUnavailable: 'The list of keys could not be loaded; check the connection and try again.',
  digits: 'Digits',
  translatedMachine: 'Machine translation from {language}, not reviewed by a person',
  translatedMachineEdited: 'Machine translation from {language}, revised by an editor',
  translatedEditor: 'Translated from {language} by an editor',
  /** A mark's spoken name: its title, when, its actors (joined by listSeparator). */
  markName: '{title}, {when}, {actors}',
  markNameKey: '{title}, {when}, {actors}, key event',
  listSeparator: ', ',
  /** A "+N" badge's name; it must not contain "zoom in", which names the zoom button. */
  badgeName: { one: '{count} more event, {from} to {to}: press to expand', other: '{count} more events, {from} to {to}: press to expand' },
  badgeNameSpanning: {
    one: '{count} more event spanning this whole view, {from} to {to}: press to expand',
    other: '{count} more events spanning this whole view, {from} to {to}: press to expand',
  },
  /** A year before 1 CE, counted back: 0 is 1 BCE. */
  yearBce: '{year} BCE',
  /** A year of the Common Era, where years before it are in view too. */
  yearCe: '{year} CE',
  /** The From/To hint when the data reaches before year 1000 and the dates are typed as text. */
  dateRangeTextHint: 'Days as ISO 8601 writes them: 0000 is 1 BCE, -3499 is 3500 BCE.',
};
