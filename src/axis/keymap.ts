import { shownSpan, type ShownSpanStore } from './shownSpan';

/** Which way time runs across the screen: left to right, or right to left (Arabic). */
export type TimeDirection = 'ltr' | 'rtl';

/** One way of moving through time, whichever key, button or view asked for it. */
export type TimeMove = 'zoom-in' | 'zoom-out' | 'earlier' | 'later' | 'show-all';

/** Moves inside a navigation tree (the timeline's lanes, the chart's series) beyond those in time. */
export type TreeMove = 'in' | 'out' | 'open' | 'first' | 'last' | 'next-group' | 'previous-group';

/** Everything a key can mean somewhere in the app. */
export type KeyMove = TimeMove | TreeMove | 'stop' | 'help' | 'close';

/**
 * Where a binding holds: `time` on any view with a time axis (the overview strip), `tree` in the
 * timeline's and the troop chart's navigation trees, `listen` in the chart's Listen controls,
 * `page` anywhere.
 */
export type KeyPlace = 'time' | 'tree' | 'listen' | 'page';

/** One key and what it does where. */
export interface KeyBinding {
  place: KeyPlace;
  /** KeyboardEvent.key (' ' for Space). */
  key: string;
  /** true: only with Shift; false: only without; absent: either (`+` needs Shift on many layouts). */
  shift?: boolean;
  move: KeyMove;
}

/**
 * Every key of the app, in one table: the views read it (keyMove) and the help dialog
 * lists it, so what the dialog says is what the keys do. One row per line: place,
 * keys (Space for ' '), move, and + (only with Shift) or - (only without). The arrows
 * along the time axis are written for time running left to right and mirrored under
 * `rtl`. `?` holds only in the trees (WCAG 2.1.4: a character key is no page-wide shortcut).
 */
const TABLE = `time + = zoom-in
time - _ zoom-out
time ArrowLeft earlier
time ArrowRight later
time Home show-all
tree ArrowDown in -
tree Enter Space open
tree ArrowUp out -
tree Escape out
tree ArrowLeft earlier
tree ArrowRight later
tree ArrowDown next-group +
tree ArrowUp previous-group +
tree Home first
tree End last
tree + = zoom-in
tree - _ zoom-out
tree ? help
listen ArrowLeft earlier
listen ArrowRight later
listen Escape stop
page Escape close`;

/** The table as bindings. */
export const KEY_BINDINGS: readonly KeyBinding[] = TABLE.split('\n').flatMap((line) => {
  const words = line.split(' ');
  const shift = words[words.length - 1];
  const only = shift === '+' ? true : shift === '-' ? false : undefined;
  if (only !== undefined) words.pop();
  const move = words.pop() as KeyMove;
  return words.slice(1).map((key) => ({ place: words[0] as KeyPlace, key: key === 'Space' ? ' ' : key, move, shift: only }));
});

/** Zoom factor of one press. */
export const ZOOM_STEP = 2;
/** Fraction of the shown span one press moves earlier or later. */
export const PAN_STEP = 0.25;

/** `move` as it is under `direction`: earlier and later swap when time runs right to left. */
export const mirrored = (move: KeyMove, direction: TimeDirection): KeyMove =>
  direction === 'rtl' && (move === 'earlier' || move === 'later') ? (move === 'earlier' ? 'later' : 'earlier') : move;

/** The parts of a key event the keymap reads (React's and the DOM's both fit). */
export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** What a key press means in `place`, or null when it is not one of the keymap's (modified keys never are). */
export function keyMove(place: KeyPlace, event: KeyLike, direction: TimeDirection = 'ltr'): KeyMove | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const found = KEY_BINDINGS.find(
    (b) => b.place === place && b.key === event.key && (b.shift === undefined || b.shift === Boolean(event.shiftKey)),
  );
  return found ? mirrored(found.move, direction) : null;
}

/** How a key is printed: arrows as arrows, Space in words. */
export const keyGlyph = (key: string): string =>
  ({ ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', '-': '−', ' ': 'Space' })[key] ?? key;

/** The key that means `move`, as printed in a tooltip ("+", "←"). */
export function keyNameFor(move: TimeMove, direction: TimeDirection = 'ltr'): string {
  const b = KEY_BINDINGS.find((k) => k.place === 'time' && mirrored(k.move, direction) === move);
  return b ? keyGlyph(b.key) : '';
}

/**
 * What a key does on any view with a time axis: + and - zoom, the arrow pointing back
 * in time goes earlier, the other later, Home shows everything.
 */
export const timeMoveForKey = (key: string, direction: TimeDirection = 'ltr'): TimeMove | null =>
  keyMove('time', { key }, direction) as TimeMove | null;

/** Carries out `move` on the shown span, easing unless reduced motion is asked for. */
export function moveThroughTime(move: TimeMove, span: ShownSpanStore = shownSpan): void {
  const s = span.getState();
  const animate = { animate: true };
  if (move === 'zoom-in') s.zoomBy(ZOOM_STEP, undefined, animate);
  else if (move === 'zoom-out') s.zoomBy(1 / ZOOM_STEP, undefined, animate);
  else if (move === 'earlier') s.panBy(-PAN_STEP, animate);
  else if (move === 'later') s.panBy(PAN_STEP, animate);
  else s.show(null, animate);
}

/** A key event the keymap can handle. */
export interface TimeKeyEvent extends KeyLike {
  preventDefault: () => void;
}

/**
 * Handles a key press on a view with a time axis: moves through time and prevents
 * the default (scrolling) when the key is one of the keymap's. True when handled.
 * Modified keys (browser zoom, shortcuts) are left alone.
 */
export function handleTimeKey(event: TimeKeyEvent, direction: TimeDirection = 'ltr', span: ShownSpanStore = shownSpan): boolean {
  const move = keyMove('time', event, direction) as TimeMove | null;
  if (!move) return false;
  event.preventDefault();
  moveThroughTime(move, span);
  return true;
}
