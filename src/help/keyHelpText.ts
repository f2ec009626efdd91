import type { KeyMove, KeyPlace } from '../axis/keymap';
import { t, type HelpKey } from '../i18n/help.en';

/** The help dialog's heading for each place a key acts, in the order it lists them (catalogue keys). */
const PLACE_KEYS: Record<KeyPlace, HelpKey> = {
  tree: 'helpPlaceTree',
  time: 'helpPlaceTime',
  listen: 'helpPlaceListen',
  page: 'helpPlacePage',
};

/** The places a key acts, in the order the dialog lists them. */
export const PLACES = Object.keys(PLACE_KEYS) as KeyPlace[];

/** The heading of a place, in the language in force. */
export const placeHeading = (place: KeyPlace): string => t(PLACE_KEYS[place]);

/**
 * What each move does in each place (catalogue keys). Typed per place, so a binding
 * added to the keymap without words here fails the help dialog's test rather than
 * showing an empty row.
 */
const MOVE_KEYS: Record<KeyPlace, Partial<Record<KeyMove, HelpKey>>> = {
  tree: {
    in: 'helpTreeIn',
    open: 'helpTreeOpen',
    out: 'helpTreeOut',
    earlier: 'helpTreeEarlier',
    later: 'helpTreeLater',
    'next-group': 'helpTreeNextGroup',
    'previous-group': 'helpTreePreviousGroup',
    first: 'helpTreeFirst',
    last: 'helpTreeLast',
    'zoom-in': 'helpTreeZoomIn',
    'zoom-out': 'helpTreeZoomOut',
    help: 'helpTreeHelp',
  },
  time: {
    'zoom-in': 'helpTimeZoomIn',
    'zoom-out': 'helpTimeZoomOut',
    earlier: 'helpTimeEarlier',
    later: 'helpTimeLater',
    'show-all': 'helpTimeShowAll',
  },
  listen: {
    earlier: 'helpListenEarlier',
    later: 'helpListenLater',
    stop: 'helpListenStop',
  },
  page: {
    close: 'helpPageClose',
  },
};

/** What `move` does in `place`, in the language in force; '' for a binding without words. */
export function moveHelp(place: KeyPlace, move: KeyMove): string {
  const key = MOVE_KEYS[place][move];
  return key ? t(key) : '';
}

/** Pointer and touch gestures, each with the button or key that does the same (catalogue keys). */
const GESTURE_KEYS: readonly [gesture: HelpKey, effect: HelpKey][] = [
  ['helpWheel', 'helpWheelDoes'],
  ['helpDrag', 'helpDragDoes'],
  ['helpBrush', 'helpBrushDoes'],
  ['helpOverviewPress', 'helpOverviewPressDoes'],
  ['helpMarkPress', 'helpMarkPressDoes'],
  ['helpBadgePress', 'helpBadgePressDoes'],
  ['helpHover', 'helpHoverDoes'],
  ['helpSwipeDown', 'helpSwipeDownDoes'],
];

/** The gestures and what each does, in the language in force. */
export const gestures = (): [gesture: string, effect: string][] => GESTURE_KEYS.map(([g, e]) => [t(g), t(e)]);
