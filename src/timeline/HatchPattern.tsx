import { HATCH, HATCH_TILE } from './markShapes';

/** Props of HatchPattern. */
export interface HatchPatternProps {
  /** Element id, referenced as `url(#id)` by hatched bars. */
  id: string;
  color: string;
}

/**
 * The HATCH tile as an SVG pattern (the canvas draws the same tile): a tint of
 * the colour crossed by falling 45° lines (as in the legend) `HATCH.period` px apart along x. The
 * pattern is a vertical line in a tile rotated -45°, so its spacing across the
 * lines is period / √2.
 */
export function HatchPattern({ id, color }: HatchPatternProps) {
  const p = HATCH_TILE.size;
  return (
    <pattern id={id} width={p} height={p} patternUnits="userSpaceOnUse" patternTransform={`rotate(${HATCH_TILE.rotate})`}>
      <rect width={p} height={p} fill={color} opacity={HATCH.fillOpacity} />
      <line x1={0} y1={0} x2={0} y2={p} stroke={color} strokeWidth={HATCH.lineWidth} opacity={HATCH.lineOpacity} />
    </pattern>
  );
}
