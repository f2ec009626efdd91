import { AxisTicks } from '../axis/AxisTicks';
import type { LinearScale } from '../axis/linearScale';
import { formatNumber } from '../i18n/format';

/** Props of {@link ValueAxis}. */
export interface ValueAxisProps {
  y: LinearScale;
  /** Plot width, so tick lines become the horizontal grid. */
  gridWidth: number;
  /** Fewer ticks for small panels. */
  ticks: number;
}

/** A value axis with thousands separators and a horizontal grid (no axis line). */
export function ValueAxis({ y, gridWidth, ticks }: ValueAxisProps) {
  const marks = y.ticks(ticks).map((v) => ({ value: v, at: y(v), label: formatNumber(v) }));
  return <AxisTicks orient="left" ticks={marks} size={-gridWidth} padding={6} className="troops-axis troops-axis-y" />;
}
