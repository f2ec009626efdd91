import { shownSpan, type ShownSpanStore } from './shownSpan';

/** Which way time runs across the screen: left to right, or right to left (Arabic). */
export type TimeDirection = 'ltr' | 'rtl';

/** One way of moving through time, whichever key, button or view asked for it. */
export type TimeMove = 'zoom-in' | 'zoom-out' | 'earlier' | 'later' | 'show-all';

/** Zoom factor of one press. */
export const ZOOM_STEP = 2;
/** Fraction of the shown span one press moves earlier or later. */
export const PAN_STEP = 0.25;

/** The key that means `move`, as printed in a tooltip ("+", "←"). */
export function keyNameFor(move: TimeMove, direction: TimeDirection = 'ltr'): string {
  const back = direction === 'rtl' ? '→' : '←';
  const forward = direction === 'rtl' ? '←' : '→';
  return { 'zoom-in': '+', 'zoom-out': '−', earlier: back, later: forward, 'show-all': 'Home' }[move];
}

/**
 * What a key does on any view with a time axis (timeline, overview, troop chart):
 * + and - zoom, the arrow pointing back in time goes earlier, the other later, Home
 * shows everything. Under `rtl` time runs right to left, so ArrowRight is earlier.
 */
export function timeMoveForKey(key: string, direction: TimeDirection = 'ltr'): TimeMove | null {
  switch (key) {
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case 'ArrowLeft':
      return direction === 'rtl' ? 'later' : 'earlier';
    case 'ArrowRight':
      return direction === 'rtl' ? 'earlier' : 'later';
    case 'Home':
      return 'show-all';
    default:
      return null;
  }
}

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

/** The parts of a key event the keymap reads (React's and the DOM's both fit). */
export interface TimeKeyEvent {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  preventDefault: () => void;
}

/**
 * Handles a key press on a view with a time axis: moves through time and prevents
 * the default (scrolling) when the key is one of the keymap's. True when handled.
 * Modified keys (browser zoom, shortcuts) are left alone.
 */
export function handleTimeKey(event: TimeKeyEvent, direction: TimeDirection = 'ltr', span: ShownSpanStore = shownSpan): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const move = timeMoveForKey(event.key, direction);
  if (!move) return false;
  event.preventDefault();
  moveThroughTime(move, span);
  return true;
}
