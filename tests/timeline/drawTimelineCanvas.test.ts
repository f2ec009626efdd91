import { describe, expect, it } from 'vitest';
import { DENSITY_OPACITY_STEPS, drawTimelineCanvas, type CanvasFrame } from '../../src/timeline/drawTimelineCanvas';
import { densityBar } from '../../src/timeline/markShapes';
import type { TimelineLayout } from '../../src/timeline/layoutTimeline';
import type { ThemeColors } from '../../src/timeline/readThemeColors';

/** A 2D context that records the fonts set and the text drawn in each, and does nothing else. */
function recordingContext() {
  const texts: { text: string; font: string }[] = [];
  let font = '';
  const ctx = new Proxy(
    {},
    {
      get: (_, key) => (key === 'font' ? font : key === 'fillText' ? (text: string) => texts.push({ text, font }) : () => {}),
      set: (_, key, value) => {
        if (key === 'font') font = value as string;
        return true;
      },
    },
  ) as unknown as CanvasRenderingContext2D;
  return { ctx, texts };
}

const colors: ThemeColors = {
  fg: '#000', muted: '#333', grid: '#ccc', border: '#999', surface: '#fff', surface2: '#eee', bg: '#fff',
  accent: '#00f', focus: '#00f', font: 'system-ui, sans-serif', labelPx: 15, forced: false,
};
const layout: TimelineLayout = {
  marks: [],
  laneStart: new Int32Array([0, 0]),
  badges: [{ laneSlot: 0, x: 50, y: 20, count: 12, t0: 0, t1: 1, spanning: false, shape: { x: 40, y: 12, width: 24, height: 16, rx: 8, cx: 52, cy: 20 } }],
  density: [],
  maxBin: 1,
};
const frame: CanvasFrame = {
  layout, lanes: [{ actor: 0, y: 0, height: 40, rowsTop: 0, rows: 1 }], width: 200, height: 40, gridX: [],
  inSvg: new Set(), actorColors: ['#f00'], colors, hoveredRow: -1, selectedRow: -1, badgesOnCanvas: true,
};

describe('drawTimelineCanvas', () => {
  it('draws a gesture frame\'s count badges at the labels\' size, which follows the browser\'s font size', () => {
    const { ctx, texts } = recordingContext();
    drawTimelineCanvas(ctx, 1, frame);
    // 0.75rem of a 20 px root font: the SVG badge's size, never the old fixed 10.5 px.
    expect(texts).toEqual([{ text: '+12', font: '600 15px system-ui, sans-serif' }]);
  });
});

/** A 2D context that records each fill's rectangles with the opacity it was filled at. */
function fillRecorder() {
  const fills: { alpha: number; rects: number[][] }[] = [];
  let alpha = 1;
  let path: number[][] = [];
  const calls = { globalAlpha: 0, fillRect: 0 };
  const ctx = new Proxy(
    {},
    {
      get: (_, key) => {
        if (key === 'beginPath') return () => (path = []);
        if (key === 'rect') return (...r: number[]) => path.push(r);
        if (key === 'fill') return () => fills.push({ alpha, rects: path });
        if (key === 'fillRect') return () => calls.fillRect++;
        return key === 'globalAlpha' ? alpha : () => {};
      },
      set: (_, key, value) => {
        if (key === 'globalAlpha') {
          alpha = value as number;
          calls.globalAlpha++;
        }
        return true;
      },
    },
  ) as unknown as CanvasRenderingContext2D;
  return { ctx, fills, calls };
}

describe('drawTimelineCanvas: density strips', () => {
  const lane = { actor: 0, y: 0, height: 60, rowsTop: 10, rows: 2 };
  // 600 bins of 2 px whose counts climb through every height, some empty.
  const bins = new Uint32Array(600).map((_, b) => (b % 7 === 3 ? 0 : 1 + ((b * 37) % 400)));
  const dense: CanvasFrame = {
    ...frame,
    layout: { marks: [], laneStart: new Int32Array([0, 0]), badges: [], density: [{ laneSlot: 0, binPx: 2, bins }], maxBin: 400 },
    lanes: [lane],
    width: 1200,
    height: 60,
    badgesOnCanvas: false,
  };

  it('draws a dense lane as a few fills, one per opacity step, not an opacity change and a rectangle per bin', () => {
    const { ctx, fills, calls } = fillRecorder();
    drawTimelineCanvas(ctx, 1, dense);
    const barFills = fills.filter((f) => f.rects.length > 0);
    expect(barFills.length).toBeLessThanOrEqual(DENSITY_OPACITY_STEPS + 1);
    expect(calls.globalAlpha).toBeLessThan(DENSITY_OPACITY_STEPS + 10);
    // Every non-empty bin is drawn once, where its bar is, at its opacity to within half a step.
    const drawn = barFills.flatMap((f) => f.rects.map((r) => ({ r, alpha: f.alpha })));
    const nonEmpty = [...bins].filter((c) => c > 0).length;
    expect(drawn).toHaveLength(nonEmpty);
    for (const { r, alpha } of drawn) {
      const b = Math.round(r[0] / 2);
      const want = densityBar(lane, b, 2, bins[b], 400);
      expect(r).toEqual([want.x, want.y, want.width, want.height]);
      expect(Math.abs(alpha - want.opacity)).toBeLessThanOrEqual(0.5 / DENSITY_OPACITY_STEPS + 1e-9);
    }
  });
});
