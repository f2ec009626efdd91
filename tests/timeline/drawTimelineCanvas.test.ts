import { describe, expect, it } from 'vitest';
import { drawTimelineCanvas, type CanvasFrame } from '../../src/timeline/drawTimelineCanvas';
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
