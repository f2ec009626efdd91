/** One tick of an axis. */
export interface AxisTick {
  /** The tick's value (its key: a tick that stays keeps its node). */
  value: number;
  /** Where it sits along the axis, px (the scale's output). */
  at: number;
  label: string;
  /** Label alignment along a bottom axis (tickAnchor keeps end labels inside); middle by default. */
  anchor?: 'start' | 'middle' | 'end';
}

/** Props of {@link AxisTicks}. */
export interface AxisTicksProps {
  orient: 'bottom' | 'left';
  ticks: readonly AxisTick[];
  /** Length of the tick lines, px, away from the plot; negative runs them across it as its grid. */
  size: number;
  /** Gap between a tick line's end (or the axis, for grid lines) and its label, px. */
  padding?: number;
  /** The axis line from one end of the range to the other, px; none without it. */
  line?: readonly [number, number];
  className?: string;
  transform?: string;
}

/**
 * An axis as React marks from ticks the caller computed with the scale (D3 for the
 * maths, React for the marks): the markup d3-axis writes (`.tick` groups of a line and
 * a text, a `.domain` path), so the styles and readers of the axes stay as they were.
 */
export function AxisTicks({ orient, ticks, size, padding = 3, line, className, transform }: AxisTicksProps) {
  // Crisp one-pixel lines on a standard-density screen (d3-axis's offset).
  const offset = typeof window !== 'undefined' && window.devicePixelRatio > 1 ? 0 : 0.5;
  const bottom = orient === 'bottom';
  const spacing = Math.max(size, 0) + padding;
  return (
    <g className={className} transform={transform} fill="none" fontSize={10} fontFamily="sans-serif" textAnchor={bottom ? 'middle' : 'end'} aria-hidden="true">
      {line && (
        <path
          className="domain"
          stroke="currentColor"
          d={bottom ? `M${line[0] + offset},0V${offset}H${line[1] + offset}V0` : `M0,${line[0] + offset}H${offset}V${line[1] + offset}H0`}
        />
      )}
      {ticks.map((t) =>
        bottom ? (
          <g key={t.value} className="tick" opacity={1} transform={`translate(${t.at + offset},0)`} data-at={t.at}>
            <line stroke="currentColor" y2={size} />
            <text fill="currentColor" y={spacing} dy="0.71em" textAnchor={t.anchor}>
              {t.label}
            </text>
          </g>
        ) : (
          <g key={t.value} className="tick" opacity={1} transform={`translate(0,${t.at + offset})`}>
            <line stroke="currentColor" x2={-size} />
            <text fill="currentColor" x={-spacing} dy="0.32em">
              {t.label}
            </text>
          </g>
        ),
      )}
    </g>
  );
}
