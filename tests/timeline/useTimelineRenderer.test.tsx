import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { shownSpan } from '../../src/axis/shownSpan';
import { appStore } from '../../src/store/appStore';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { pyramidOf } from '../../src/timeline/densityPyramid';
import { createFrameStore, type FrameStore } from '../../src/timeline/frameStore';
import { laneTimesFor } from '../../src/timeline/laneTimes';
import type { LoadedDataset } from '../../src/model/loadedDataset';
import { DEFAULT_LANE_METRICS, layoutLanes } from '../../src/timeline/layoutLanes';
import { SETTLE_MS, useTimelineRenderer, type RendererInputs } from '../../src/timeline/useTimelineRenderer';
import { makeDataset } from './fixture';

// Counts the renderer's layouts of the visible window; each call is the real layout.
const layouts = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/timeline/layoutTimeline', async (original) => {
  const real = await original<typeof import('../../src/timeline/layoutTimeline')>();
  return { ...real, layoutTimeline: (...args: Parameters<typeof real.layoutTimeline>) => (layouts.count++, real.layoutTimeline(...args)) };
});

const dataset = createInMemoryDataset(
  makeDataset([
    { id: 'mosul', date: '2014-06', title: 'Fall of Mosul', actors: ['isis', 'iraq'] },
    { id: 'strikes', date: '2014-08-08', title: 'First US airstrikes', actors: ['us'] },
    { id: 'talks', date: '2024-01-27', title: 'First round of talks', actors: ['us', 'iraq'] },
  ]),
);

function Renderer({ frame, data = dataset }: { frame: FrameStore; data?: LoadedDataset }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const context = useRef<HTMLSpanElement>(null);
  const inputs: RendererInputs = {
    dataset: data,
    mask: data === dataset ? mask : dense.mask,
    lanes,
    width: 800,
    height: 300,
    actorColors: ['#0072b2', '#d55e00', '#009e73'],
    frame,
  };
  useTimelineRenderer({ canvas, context }, inputs);
  return (
    <div>
      <span ref={context} />
      <div>
        <canvas ref={canvas} />
      </div>
    </div>
  );
}
const mask = new Uint8Array(dataset.columns.count).fill(1);

/** 900 events a lane in each of the three lanes, over ten years: every lane is drawn as density at full extent. */
const dense = (() => {
  const day = 86_400_000;
  const events = Array.from({ length: 2_700 }, (_, i) => ({
    id: `e${i}`,
    date: new Date(Date.UTC(2014, 0, 1) + Math.floor(i / 3) * 4 * day).toISOString().slice(0, 10),
    actors: [['us', 'iraq', 'isis'][i % 3]],
  }));
  const data = createInMemoryDataset(makeDataset(events));
  return { data, mask: new Uint8Array(data.columns.count).fill(1) };
})();
const { lanes } = layoutLanes([0, 1, 2], 300, DEFAULT_LANE_METRICS);

beforeAll(() => {
  // jsdom has no canvas: the canvas layer draws nothing; the layout and the frame's state are what is tested.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  shownSpan.getState().reset([Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)]);
  layouts.count = 0;
});
afterEach(() => vi.useRealTimers());

describe('useTimelineRenderer', () => {
  it('lays the first frame of new data out in a task of its own, before the frame that draws it, and draws that layout without laying out again', () => {
    const frame = createFrameStore();
    render(<Renderer frame={frame} />);
    expect(layouts.count).toBe(0);
    // The next task: the layout, and nothing drawn yet.
    act(() => vi.advanceTimersToNextTimer());
    expect(layouts.count).toBe(1);
    expect(frame.getState().layout).toBeNull();
    // The next frame draws it: the marks on the canvas, no second layout.
    act(() => vi.advanceTimersToNextTimer());
    expect(frame.getState().layout?.marks.length).toBeGreaterThan(0);
    expect(layouts.count).toBe(1);
  });

  it('lays a window out once: its gesture frame is laid out, and the settled frame, a hover and the marks after a first frame draw that layout again', () => {
    const frame = createFrameStore();
    render(<Renderer frame={frame} />);
    // The first frame's layout task, its frame, and the task of its focusable marks.
    act(() => vi.advanceTimersToNextTimer());
    act(() => vi.advanceTimersToNextTimer());
    act(() => vi.advanceTimersToNextTimer());
    expect(frame.getState().interactive.length).toBeGreaterThan(0);
    expect(layouts.count).toBe(1);
    // One gesture frame: a new window, laid out once.
    const first = frame.getState().layout;
    act(() => shownSpan.getState().follow([Date.UTC(2014, 0, 1), Date.UTC(2016, 0, 1)]));
    act(() => vi.advanceTimersToNextTimer());
    const gestureLayout = frame.getState().layout;
    expect(gestureLayout).not.toBe(first);
    expect(layouts.count).toBe(2);
    // It settles: the focusable marks come back, from the same layout.
    act(() => vi.advanceTimersByTime(SETTLE_MS + 20));
    expect(frame.getState().layout).toBe(gestureLayout);
    expect(frame.getState().interactive.length).toBeGreaterThan(0);
    expect(layouts.count).toBe(2);
    // A hover redraws the frame, again from it.
    const drawn = frame.getState().layout;
    act(() => appStore.getState().setHoveredRow(drawn!.marks[0].row));
    act(() => vi.advanceTimersToNextTimer());
    expect(frame.getState().layout).toBe(drawn);
    expect(layouts.count).toBe(2);
    act(() => appStore.getState().setHoveredRow(-1));
  });

  it('builds the dense lanes\' density pyramids one lane per idle callback, not all in one task', () => {
    const frame = createFrameStore();
    render(<Renderer frame={frame} data={dense.data} />);
    act(() => vi.advanceTimersToNextTimer());
    act(() => vi.advanceTimersToNextTimer());
    expect(frame.getState().layout?.density).toHaveLength(3);
    const built = () => [0, 1, 2].filter((a) => pyramidOf(laneTimesFor(dense.data.columns, dense.data.index, a, dense.mask))).length;
    const counts = [built()];
    for (let i = 0; i < 3; i++) {
      act(() => vi.advanceTimersByTime(50));
      counts.push(built());
    }
    expect(counts).toEqual([0, 1, 2, 3]);
  });
});
