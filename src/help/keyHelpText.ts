import type { KeyMove, KeyPlace } from '../axis/keymap';

/** The help dialog's heading for each place a key acts, in the order it lists them. */
export const PLACE_HEADING: Record<KeyPlace, string> = {
  tree: 'In the timeline and the troop chart (Tab to reach them)',
  time: 'On the overview strip',
  listen: 'Listen, under the troop chart',
  page: 'Anywhere',
};

/**
 * What each move does in each place. Typed per place, so a binding added to the keymap
 * without words here fails the help dialog's test rather than showing an empty row.
 */
export const MOVE_HELP: Record<KeyPlace, Partial<Record<KeyMove, string>>> = {
  tree: {
    in: 'Go into the focused lane, series, period or step',
    open: 'Go in; on an event, open its details; on a figure, show its source',
    out: 'Come out one level',
    earlier: 'Previous item in time',
    later: 'Next item in time',
    'next-group': 'The same time in the next lane or series',
    'previous-group': 'The same time in the previous lane or series',
    first: 'First item of the level',
    last: 'Last item of the level',
    'zoom-in': 'Zoom in around the focused item',
    'zoom-out': 'Zoom out around the focused item',
    help: 'Open this list of keys',
  },
  time: {
    'zoom-in': 'Zoom in',
    'zoom-out': 'Zoom out',
    earlier: 'Move earlier in time',
    later: 'Move later in time',
    'show-all': 'Show everything',
  },
  listen: {
    earlier: 'Previous figure, spoken and sounded',
    later: 'Next figure, spoken and sounded',
    stop: 'Stop the sound',
  },
  page: {
    close: 'Close what was opened last: this list, the event details',
  },
};

/** Pointer and touch gestures, each with the button or key that does the same. */
export const GESTURES: readonly [gesture: string, effect: string][] = [
  ['Wheel or pinch over the timeline or the chart', 'Zoom around the pointer (or the Zoom in and Zoom out buttons, + and −)'],
  ['Drag, Shift with the wheel, or a sideways swipe', 'Move in time (or the Pan left and Pan right buttons, the arrow keys)'],
  ['Drag the overview’s window, or one of its edges', 'Move the shown span, or widen and narrow it'],
  ['Press the overview outside its window', 'Jump there'],
  ['Press a mark', 'Open the event’s details'],
  ['Press a “+N” badge or a density strip', 'Zoom in on the events it stands for'],
  ['Hover a mark or a figure', 'Its date, kind and source in a tooltip'],
  ['Swipe down on an open sheet (phones)', 'Close it (or its Close button, Escape)'],
];
