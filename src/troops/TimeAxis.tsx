import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { useLayoutEffect, useRef } from 'react';
import { formatTick, tickCountFor } from '../axis/tickFormat';
import type { TimeScale } from '../axis/timeScale';

/** Props of {@link TimeAxis}. */
export interface TimeAxisProps {
  x: TimeScale;
  /** Height of the panel above, so tick lines become its vertical grid. */
  gridHeight: number;
  /** Whether to print tick labels (only under the bottom panel). */
  labels: boolean;
  /** y of the axis line. */
  y: number;
}

/** The shared time axis (and vertical grid) of one panel, drawn by d3-axis into a ref'd group. */
export function TimeAxis({ x, gridHeight, labels, y }: TimeAxisProps) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const width = Math.abs(x.range()[1] - x.range()[0]);
    const axis = axisBottom(x)
      .ticks(tickCountFor(width))
      .tickFormat((d) => (labels ? formatTick(new Date(+d)) : ''))
      .tickSizeInner(-gridHeight)
      .tickSizeOuter(0)
      .tickPadding(6);
    select(ref.current).call(axis);
  }, [x, gridHeight, labels]);
  return <g ref={ref} className={labels ? 'troops-axis troops-axis-x' : 'troops-axis troops-axis-x troops-axis-nolabels'} transform={`translate(0,${y})`} aria-hidden="true" />;
}
