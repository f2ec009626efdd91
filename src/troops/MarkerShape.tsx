import type { Estimate } from '../model/types';

/** Props of {@link MarkerShape}. */
export interface MarkerShapeProps {
  estimate: Estimate;
  color: string;
}

/**
 * The glyph of a figure, centred on its value: a filled dot (exact), a hollow ring
 * (approximate) or a downward "ceiling" cap whose flat top sits on the value (authorized).
 */
export function MarkerShape({ estimate, color }: MarkerShapeProps) {
  if (estimate === 'authorized') {
    return <path className="troops-glyph" d="M-6,0H6L0,7Z" fill={color} stroke={color} strokeWidth={1} strokeLinejoin="round" />;
  }
  if (estimate === 'approximate') {
    return <circle className="troops-glyph troops-glyph-hollow" r={4} stroke={color} strokeWidth={2} />;
  }
  return <circle className="troops-glyph" r={4.5} fill={color} />;
}
