import { AxisTicks } from '../axis/AxisTicks';
import { showsEra } from '../axis/eraYears';
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

/** The shared time axis (and vertical grid) of one panel. */
export function TimeAxis({ x, gridHeight, labels, y }: TimeAxisProps) {
  const range = x.range();
  const ticks = x.ticks(tickCountFor(Math.abs(range[1] - range[0]))).map((t) => ({ value: t, at: x(t), label: labels ? formatTick(new Date(t), showsEra(x.domain())) : '' }));
  return (
    <AxisTicks
      orient="bottom"
      ticks={ticks}
      size={-gridHeight}
      padding={6}
      line={range}
      className={labels ? 'troops-axis troops-axis-x' : 'troops-axis troops-axis-x troops-axis-nolabels'}
      transform={`translate(0,${y})`}
    />
  );
}
