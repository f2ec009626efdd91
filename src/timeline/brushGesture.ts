/** What a pointer-down on the overview grabbed. */
export type BrushMode = 'move' | 'resize-start' | 'resize-end';

/** Narrowest the drawn window gets, px, so a one-day window can still be grabbed. */
export const MIN_SELECTION_PX = 6;
/** Width of the grab zone at each edge of the window, px. */
export const HANDLE_PX = 6;

/**
 * Pixel span drawn for a time window: never narrower than MIN_SELECTION_PX, centred
 * on the real window when widened.
 */
export function selectionPixels(from: number, to: number): [number, number] {
  if (to - from >= MIN_SELECTION_PX) return [from, to];
  const c = (from + to) / 2;
  return [c - MIN_SELECTION_PX / 2, c + MIN_SELECTION_PX / 2];
}

/** Which part of the drawn window [a, b] the pointer at x grabs, or null (outside). */
export function hitBrush(x: number, a: number, b: number): BrushMode | null {
  // Edges win over the body, but a tiny window stays movable from its middle.
  const handle = Math.min(HANDLE_PX, (b - a) / 3);
  if (Math.abs(x - a) <= handle) return 'resize-start';
  if (Math.abs(x - b) <= handle) return 'resize-end';
  return x > a && x < b ? 'move' : null;
}

/**
 * The window (ms) after dragging by `dx` px from `start`, with `invert` the
 * overview's px -> ms. Moving keeps the span; resizing moves one edge and never
 * lets the window turn inside out.
 */
export function dragBrush(
  mode: BrushMode,
  start: readonly [number, number],
  startPx: readonly [number, number],
  dx: number,
  invert: (px: number) => number,
): [number, number] {
  if (mode === 'move') {
    const shift = invert(startPx[0] + dx) - invert(startPx[0]);
    return [start[0] + shift, start[1] + shift];
  }
  if (mode === 'resize-start') {
    const t = invert(startPx[0] + dx);
    return t < start[1] ? [t, start[1]] : [start[1], t];
  }
  const t = invert(startPx[1] + dx);
  return t > start[0] ? [start[0], t] : [t, start[0]];
}
