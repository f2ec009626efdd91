import { useStore } from 'zustand';
import { AxisTicks } from '../axis/AxisTicks';
import type { FrameStore } from './frameStore';

/** Props of TimelineAxis. */
export interface TimelineAxisProps {
  frame: FrameStore;
  width: number;
}

/**
 * The timeline's time axis above the lanes: the ticks of the renderer's last frame, so
 * it follows every zoom frame as a leaf of its own (the timeline view does not re-render).
 */
export function TimelineAxis({ frame, width }: TimelineAxisProps) {
  const ticks = useStore(frame, (s) => s.axis);
  return (
    <svg className="tl-axis" width={width} height={24} data-testid="time-axis" aria-hidden="true">
      <AxisTicks orient="bottom" ticks={ticks} size={5} />
    </svg>
  );
}
