import { useLayoutEffect, useState, type RefObject } from 'react';
import { useStore } from 'zustand';
import { shownSpan } from '../axis/shownSpan';

/** Horizontal plot placement inside the chart's own area. */
export interface PlotPlacement {
  /** Left margin before the plot, px (room for the value axis). */
  left: number;
  /** Plot width, px. */
  width: number;
}

/** Smallest left margin that still fits the value axis labels ("6,000"). */
export const MIN_LEFT = 48;
const RIGHT = 18;
/** How far past the area's right edge an aligned plot may reach, px. */
const MAX_OVERHANG = 40;

/**
 * Lines the chart's plot up with the timeline's (same left edge, same width) so a
 * date sits at the same x in both. Falls back to a margin of its own when the
 * timeline is not drawn or leaves no room for the value axis (narrow screens).
 */
export function useAlignedPlot(areaRef: RefObject<HTMLElement | null>, areaWidth: number): PlotPlacement {
  const plotBox = useStore(shownSpan, (s) => s.plotBox);
  const [areaLeft, setAreaLeft] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = areaRef.current;
    if (el) setAreaLeft(Math.round(el.getBoundingClientRect().left + window.scrollX));
  }, [areaRef, areaWidth, plotBox]);
  return placePlot(areaWidth, areaLeft, plotBox);
}

/** Pure part of {@link useAlignedPlot}. */
export function placePlot(
  areaWidth: number,
  areaLeft: number | null,
  plotBox: { left: number; width: number } | null,
): PlotPlacement {
  const fallback = { left: 60, width: Math.max(60, areaWidth - 60 - RIGHT) };
  if (!plotBox || areaLeft === null) return fallback;
  const left = plotBox.left - areaLeft;
  // The chart's card pads less or more than the timeline's: a plot may reach a little
  // past the area's right edge (into the padding) to keep the same width as the timeline.
  if (left < MIN_LEFT || left + plotBox.width > areaWidth + MAX_OVERHANG) return fallback;
  return { left, width: plotBox.width };
}
