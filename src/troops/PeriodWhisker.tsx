/** Props of {@link PeriodWhisker}. */
export interface PeriodWhiskerProps {
  /** Left and right ends relative to the marker, px. */
  from: number;
  to: number;
  color: string;
}

/**
 * A bracket above a marker spanning the month or year its date names, so a
 * "2019" figure is not read as if it were from 1 January.
 */
export function PeriodWhisker({ from, to, color }: PeriodWhiskerProps) {
  const y = -9;
  return (
    <path
      className="troops-whisker"
      d={`M${from},${y + 3}V${y}H${to}V${y + 3}`}
      stroke={color}
      fill="none"
      strokeWidth={1.25}
    />
  );
}
