import { createStore } from 'zustand/vanilla';
import type { AxisTick } from '../axis/AxisTicks';
import type { DensityHit } from './hitTest';
import type { LaneBox } from './layoutLanes';
import type { TimelineBadge, TimelineLayout, TimelineMark } from './layoutTimeline';

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
  /** The last frame's layout (hit tests, tooltip): updated every frame, gestures included. */
  layout: TimelineLayout | null;
  lanes: readonly LaneBox[];
  /**
   * Marks drawn as focusable SVG (the rest are on the canvas), and the badges:
   * updated only by settled frames, so a gesture creates no SVG nodes (the layer
   * is hidden meanwhile and the canvas draws everything).
   */
  interactive: readonly TimelineMark[];
  badges: readonly TimelineBadge[];
  hover: HoverTarget | null;
  /** The stretch of a dense lane under the pointer. */
  densityHover: DensityHit | null;
  /** The time axis's ticks: updated every frame, gestures included (the axis is not the marks layer). */
  axis: readonly AxisTick[];
}

export const createFrameStore = () =>
  createStore<FrameState>()(() => ({ layout: null, lanes: [], interactive: [], badges: [], hover: null, densityHover: null, axis: [] }));

export type FrameStore = ReturnType<typeof createFrameStore>;
