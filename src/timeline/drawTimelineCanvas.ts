import { formatCount } from '../i18n/format';
import type { LaneBox } from './layoutLanes';
import type { LaneDensity, TimelineBadge, TimelineLayout, TimelineMark } from './layoutTimeline';
import { densityBarInto, HATCH, UNCERTAIN_DASH, type MarkShape } from './markShapes';
import type { ThemeColors } from './readThemeColors';

/** What one canvas frame draws. */
export interface CanvasFrame {
  layout: TimelineLayout;
  lanes: readonly LaneBox[];
  width: number;
  height: number;
  /** x of the axis ticks, for grid lines. */
  gridX: readonly number[];
  /** Marks drawn in SVG instead (interactive): the canvas skips them. */
  inSvg: ReadonlySet<TimelineMark>;
  actorColors: readonly string[];
  colors: ThemeColors;
  hoveredRow: number;
  selectedRow: number;
  /** Draw the count badges too (during a gesture, when the SVG layer that holds them is hidden). */
  badgesOnCanvas?: boolean;
}

const hatchCache = new Map<string, CanvasPattern | null>();

/**
 * The HATCH tile in the actor's colour as a canvas pattern: the fill of an event
 * known only to its month or year (the SVG marks draw the same tile).
 */
function hatch(ctx: CanvasRenderingContext2D, color: string, dpr: number): CanvasPattern | string {
  const key = `${color}@${dpr}`;
  if (!hatchCache.has(key)) {
    const size = Math.round(HATCH.period * dpr);
    const tile = document.createElement('canvas');
    tile.width = tile.height = size;
    const t = tile.getContext('2d');
    if (t) {
      t.fillStyle = color;
      t.globalAlpha = HATCH.fillOpacity;
      t.fillRect(0, 0, size, size);
      t.strokeStyle = color;
      t.globalAlpha = HATCH.lineOpacity;
      t.lineWidth = HATCH.lineWidth * dpr;
      t.beginPath();
      // The falling diagonal, and its neighbours' ends in the corners, so tiles join up.
      t.moveTo(0, 0);
      t.lineTo(size, size);
      t.moveTo(-size / 2, size / 2);
      t.lineTo(size / 2, size * 1.5);
      t.moveTo(size / 2, -size / 2);
      t.lineTo(size * 1.5, size / 2);
      t.stroke();
    }
    const pattern = t ? ctx.createPattern(tile, 'repeat') : null;
    pattern?.setTransform(new DOMMatrix().scale(1 / dpr));
    hatchCache.set(key, pattern);
  }
  return hatchCache.get(key) ?? color;
}

/** Traces a mark's shape as the current path. */
function shapePath(ctx: CanvasRenderingContext2D, s: MarkShape) {
  ctx.beginPath();
  if (s.type === 'point') {
    if (s.diamond) {
      ctx.moveTo(s.cx, s.cy - s.r);
      ctx.lineTo(s.cx + s.r, s.cy);
      ctx.lineTo(s.cx, s.cy + s.r);
      ctx.lineTo(s.cx - s.r, s.cy);
      ctx.closePath();
    } else ctx.arc(s.cx, s.cy, s.r, 0, Math.PI * 2);
  } else ctx.roundRect(s.x, s.y, s.width, s.height, s.rx);
}

/**
 * Steps of a density bar's opacity: the bars of one lane are drawn as one path per step.
 * A bar of its own opacity was a globalAlpha change and a fillRect per bin (at 10k events
 * 11,000 alpha changes in one gesture session, 61 ms, the largest canvas cost); a step of
 * 1/32 is finer than the eye tells apart across 0.3-0.9.
 */
export const DENSITY_OPACITY_STEPS = 32;

const bar = { x: 0, y: 0, width: 0, height: 0, opacity: 0 };
let stepOf = new Uint8Array(0);
let order = new Int32Array(0);
const stepStart = new Int32Array(DENSITY_OPACITY_STEPS + 2);

/** One dense lane's bars in the current fill colour: a path and a fill per opacity step, as few as the lane uses. */
function drawDensity(ctx: CanvasRenderingContext2D, d: LaneDensity, lane: LaneBox, maxBin: number) {
  const n = d.bins.length;
  if (stepOf.length < n) {
    stepOf = new Uint8Array(n);
    order = new Int32Array(n);
  }
  stepStart.fill(0);
  for (let b = 0; b < n; b++) {
    if (d.bins[b] === 0) continue;
    densityBarInto(bar, lane, b, d.binPx, d.bins[b], maxBin);
    const step = Math.round(bar.opacity * DENSITY_OPACITY_STEPS);
    stepOf[b] = step;
    stepStart[step + 1]++;
  }
  // Bins ordered by step (a counting sort), so each step's bars are one run of `order`.
  for (let s = 1; s < stepStart.length; s++) stepStart[s] += stepStart[s - 1];
  const next = stepStart.slice();
  for (let b = 0; b < n; b++) if (d.bins[b] !== 0) order[next[stepOf[b]]++] = b;
  for (let s = 0; s <= DENSITY_OPACITY_STEPS; s++) {
    if (stepStart[s] === stepStart[s + 1]) continue;
    ctx.globalAlpha = s / DENSITY_OPACITY_STEPS;
    ctx.beginPath();
    for (let i = stepStart[s]; i < stepStart[s + 1]; i++) {
      const b = order[i];
      densityBarInto(bar, lane, b, d.binPx, d.bins[b], maxBin);
      ctx.rect(bar.x, bar.y, bar.width, bar.height);
    }
    ctx.fill();
  }
}

/** Draws density strips, grid and the non-interactive marks of one frame. */
export function drawTimelineCanvas(ctx: CanvasRenderingContext2D, dpr: number, f: CanvasFrame): void {
  const { layout, lanes, width, height, colors } = f;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);

  lanes.forEach((lane, i) => {
    if (i % 2 === 1) {
      ctx.fillStyle = colors.fg;
      ctx.globalAlpha = 0.03;
      ctx.fillRect(0, lane.y, width, lane.height);
    }
    ctx.globalAlpha = 1;
    ctx.fillStyle = colors.grid;
    ctx.fillRect(0, lane.y + lane.height - 1, width, 1);
  });
  ctx.fillStyle = colors.grid;
  for (const x of f.gridX) ctx.fillRect(Math.round(x), 0, 1, height);

  for (const d of layout.density) {
    const lane = lanes[d.laneSlot];
    ctx.fillStyle = colors.forced ? colors.fg : f.actorColors[lane.actor];
    drawDensity(ctx, d, lane, layout.maxBin);
  }
  ctx.globalAlpha = 1;

  ctx.font = `${colors.labelPx}px ${colors.font}`;
  ctx.textBaseline = 'middle';
  for (const m of layout.marks) {
    if (f.inSvg.has(m)) continue;
    const color = colors.forced ? colors.fg : f.actorColors[lanes[m.laneSlot].actor];
    shapePath(ctx, m.shape);
    if (m.shape.type === 'bar' && m.shape.hatched) {
      ctx.fillStyle = hatch(ctx, color, dpr);
      ctx.fill();
      ctx.setLineDash(UNCERTAIN_DASH as number[]);
      ctx.strokeStyle = color;
      ctx.lineWidth = 1;
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.fillStyle = color;
      ctx.fill();
      ctx.strokeStyle = colors.surface;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    if (m.row === f.hoveredRow || m.row === f.selectedRow) {
      ctx.strokeStyle = m.row === f.selectedRow ? colors.focus : colors.fg;
      ctx.lineWidth = 2;
      ctx.stroke();
    }
    if (m.label) {
      ctx.fillStyle = m.importance === 3 ? colors.fg : colors.muted;
      ctx.fillText(m.label, m.labelX, m.y);
    }
  }
  if (f.badgesOnCanvas) drawBadges(ctx, layout.badges, colors);
}

/** Count badges as the SVG layer draws them (timeline.css .tl-badge): a pill and its "+N". */
function drawBadges(ctx: CanvasRenderingContext2D, badges: readonly TimelineBadge[], colors: ThemeColors) {
  // The SVG badge's 0.75rem, as the labels: a gesture's frames drew "+N" at 10.5 px, under the
  // 12 px floor and smaller than the same badge when the gesture settled.
  ctx.font = `600 ${colors.labelPx}px ${colors.font}`;
  ctx.textAlign = 'center';
  ctx.lineWidth = 1;
  for (const b of badges) {
    const s = b.shape;
    ctx.beginPath();
    ctx.roundRect(s.x, s.y, s.width, s.height, s.rx);
    ctx.fillStyle = colors.surface2;
    ctx.fill();
    ctx.setLineDash(b.spanning ? (UNCERTAIN_DASH as number[]) : []);
    ctx.strokeStyle = colors.border;
    ctx.stroke();
    ctx.fillStyle = colors.fg;
    ctx.fillText(`+${formatCount(b.count)}`, s.cx, s.cy);
  }
  ctx.setLineDash([]);
  ctx.textAlign = 'start';
}
