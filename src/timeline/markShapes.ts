/**
 * The drawable geometry of timeline marks and count badges, worked out once by
 * the layout and drawn as is by every renderer: the canvas (drawTimelineCanvas),
 * the focusable SVG marks (TimelineMarks) and exporters. A renderer reads a
 * shape's numbers and the style constants below; it never recomputes a radius,
 * a bar height or a hatch. All coordinates are plot pixels: x from the plot's
 * left edge, y from the top of the lanes, before any device-pixel scaling.
 *
 * Pure: no DOM, no React.
 */

/** Marker radius of an ordinary point event, px. */
export const POINT_RADIUS = 5;
/** Marker radius of a key event (importance 3), drawn as a diamond, px. */
export const KEY_POINT_RADIUS = 7;
/** Bar height of an ordinary range or uncertain event, px. */
export const BAR_HEIGHT = 9;
/** Bar height of a key range or uncertain event, px. */
export const KEY_BAR_HEIGHT = 12;
/** Corner radius of bars, px. */
export const BAR_CORNER = 2;
/** Height of a count badge, px; its width grows with the digits (`badgeWidth`). */
export const BADGE_HEIGHT = 16;

/**
 * A point event: a circle of radius `r` around (cx, cy), or, for a key event
 * (`diamond`), the square rotated 45° whose corners are `r` from the centre:
 * (cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy).
 */
export interface PointShape {
  type: 'point';
  cx: number;
  cy: number;
  r: number;
  diamond: boolean;
}

/**
 * A range event, or an event known only to its month or year (`hatched`): a
 * rectangle with corners rounded by `rx`. A hatched bar is filled with `HATCH` in
 * the actor's colour and outlined with `UNCERTAIN_DASH`; any other bar is filled
 * solid. `width` is at least 1.
 */
export interface BarShape {
  type: 'bar';
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
  hatched: boolean;
}

/** What one mark draws. */
export type MarkShape = PointShape | BarShape;

/**
 * A count badge ("+12"): a pill (rectangle, corners rounded by `rx`) whose text
 * is centred on (cx, cy). `x`, `y`, `width`, `height` are the pill's box.
 */
export interface BadgeShape {
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
  cx: number;
  cy: number;
}

/** An axis-aligned box, px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The fill of a hatched bar, one tile of `period` px repeated: the tile is
 * filled with the actor's colour at `fillOpacity`, then crossed by lines of
 * `lineWidth` px at `lineOpacity`, falling from top-left to bottom-right (45°, as the legend shows),
 * `period` px apart measured along x.
 */
export const HATCH = { period: 6, fillOpacity: 0.18, lineWidth: 1.5, lineOpacity: 0.7 } as const;

/**
 * The HATCH tile as an SVG pattern draws it (the timeline's SVG marks and the SVG
 * export): a square of `size` px rotated by `rotate` degrees, tinted, with one line
 * down its left edge, so the lines fall at 45° and lie `HATCH.period` px apart along x.
 */
export const HATCH_TILE = { size: HATCH.period / Math.SQRT2, rotate: -45 } as const;

/** Outline dash of a hatched (uncertain) bar: 3 px on, 2 px off. */
export const UNCERTAIN_DASH: readonly number[] = [3, 2];

/** Marker radius of a point event of this importance. */
export const pointRadius = (importance: number) => (importance === 3 ? KEY_POINT_RADIUS : POINT_RADIUS);

/** Height of a bar of this importance. */
export const barHeight = (importance: number) => (importance === 3 ? KEY_BAR_HEIGHT : BAR_HEIGHT);

/** Width of a count badge such as "+12": it grows by one character width per digit. */
export const badgeWidth = (count: number) => 14 + 7 * String(count).length;

/** The marker of a point event centred on (cx, cy). */
export function pointShape(cx: number, cy: number, importance: number): PointShape {
  return { type: 'point', cx, cy, r: pointRadius(importance), diamond: importance === 3 };
}

/** The bar of a range or uncertain event from x0 to x1, centred vertically on cy. */
export function barShape(x0: number, x1: number, cy: number, importance: number, hatched: boolean): BarShape {
  const height = barHeight(importance);
  return { type: 'bar', x: x0, y: cy - height / 2, width: Math.max(1, x1 - x0), height, rx: BAR_CORNER, hatched };
}

/** The pill of a badge counting `count` events, centred on (cx, cy). */
export function badgeShape(cx: number, cy: number, count: number): BadgeShape {
  const width = badgeWidth(count);
  return { x: cx - width / 2, y: cy - BADGE_HEIGHT / 2, width, height: BADGE_HEIGHT, rx: BADGE_HEIGHT / 2, cx, cy };
}

/**
 * The box a shape covers, for a focus ring. A bar running off the plot's left
 * edge is cut at `clipLeft` so the ring's left side stays in view.
 */
export function shapeBounds(shape: MarkShape | BadgeShape, clipLeft = -4): Box {
  if ('type' in shape && shape.type === 'point') {
    return { x: shape.cx - shape.r, y: shape.cy - shape.r, width: 2 * shape.r, height: 2 * shape.r };
  }
  if ('type' in shape) {
    const x = Math.max(shape.x, clipLeft);
    return { x, y: shape.y, width: Math.max(1, shape.x + shape.width - x), height: shape.height };
  }
  return { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
}

/** One bar of a dense lane's density strip, and how opaque it is drawn. */
export interface DensityBar extends Box {
  opacity: number;
}

/**
 * The bar of bin `bin` (of `binPx` px) holding `count` events on a dense lane:
 * standing 3 px above the lane's foot, its height and opacity growing with the
 * square root of count / `fullScale` (so a sparse bin stays visible), at least 2 px.
 */
export function densityBar(lane: { y: number; height: number; rowsTop: number }, bin: number, binPx: number, count: number, fullScale: number): DensityBar {
  const out = { x: 0, y: 0, width: 0, height: 0, opacity: 0 };
  densityBarInto(out, lane, bin, binPx, count, fullScale);
  return out;
}

/** {@link densityBar} written into `out`: a frame draws thousands of bars and allocates none. */
export function densityBarInto(out: DensityBar, lane: { y: number; height: number; rowsTop: number }, bin: number, binPx: number, count: number, fullScale: number): void {
  const base = lane.y + lane.height - 3;
  const room = lane.height - (lane.rowsTop - lane.y) - 6;
  const level = Math.sqrt(Math.min(1, count / Math.max(1, fullScale)));
  out.height = Math.max(2, room * level);
  out.x = bin * binPx;
  out.y = base - out.height;
  out.width = Math.max(1, binPx - 0.5);
  out.opacity = 0.3 + 0.6 * level;
}

/** SVG path data of a key event's diamond. */
export const diamondPath = (s: PointShape) => `M${s.cx},${s.cy - s.r}l${s.r},${s.r}l${-s.r},${s.r}l${-s.r},${-s.r}z`;
