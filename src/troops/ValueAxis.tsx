import { axisLeft } from 'd3-axis';
import { select } from 'd3-selection';
import { useLayoutEffect, useRef } from 'react';
import type { LinearScale } from '../axis/linearScale';
import { formatNumber } from './formatFigure';

/** Props of {@link ValueAxis}. */
export interface ValueAxisProps {
  y: LinearScale;
  /** Plot width, so tick lines become the horizontal grid. */
  gridWidth: number;
  /** Fewer ticks for small panels. */
  ticks: number;
}

/** A value axis with thousands separators and a horizontal grid, drawn by d3-axis into a ref'd group. */
export function ValueAxis({ y, gridWidth, ticks }: ValueAxisProps) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const axis = axisLeft(y)
      .ticks(ticks)
      .tickFormat((d) => formatNumber(Number(d)))
      .tickSizeInner(-gridWidth)
      .tickSizeOuter(0)
      .tickPadding(6);
    select(ref.current).call(axis).call((g) => g.select('.domain').remove());
  }, [y, gridWidth, ticks]);
  return <g ref={ref} className="troops-axis troops-axis-y" aria-hidden="true" />;
}
