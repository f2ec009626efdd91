import { createStore } from 'zustand/vanilla';
import type { DensityHit } from './hitTest';
import type { LaneBox } from './layoutLanes';
import type { TimelineLayout, TimelineMark } from './layoutTimeline';

/** The copy of an event under the pointer or keyboard focus. */
export interface HoverTarget {
  row: number;
  laneSlot: number;
}

/**
 * What the last frame laid out, for the few leaf components that draw interactive
 * marks and the tooltip. Written once per animation frame by the renderer; only
 * the subscribed leaves re-render, never the app.
 */
export interface FrameState {
  layout: TimelineLayout | null;
  lanes: readonly LaneBox[];
  /** Marks drawn as focusable SVG (the rest are on the canvas). */
  interactive: readonly TimelineMark[];
  hover: HoverTarget | null;
  /** The stretch of a dense lane under the pointer. */
  densityHover: DensityHit | null;
}

export const createFrameStore = () =>
  createStore<FrameState>()(() => ({ layout: null, lanes: [], interactive: [], hover: null, densityHover: null }));

export type FrameStore = ReturnType<typeof createFrameStore>;
