import type { Estimate, FigureKind } from '../model/types';

/** Props of {@link MarkerShape}. */
export interface MarkerShapeProps {
  kind: FigureKind;
  estimate: Estimate;
  color: string;
}

/** Glyph outlines, centred on the value (a ceiling's flat top sits on it). */
const SHAPE: Record<Exclude<FigureKind, 'count'>, string> = {
  official: 'M-4,-4H4V4H-4Z',
  ceiling: 'M-6,0H6L0,7Z',
  planned: 'M0,-5L5,0L0,5L-5,0Z',
};

/**
 * The glyph of a figure: its shape says what kind of figure it is (circle a count,
 * square an official level, downward cap a ceiling, diamond a plan), its fill how
 * precisely it is known (solid exact, hollow approximate).
 */
export function MarkerShape({ kind, estimate, color }: MarkerShapeProps) {
  const hollow = estimate === 'approximate';
  const className = hollow ? 'troops-glyph troops-glyph-hollow' : 'troops-glyph';
  if (kind === 'count') {
    return hollow ? <circle className={className} r={4} stroke={color} strokeWidth={2} /> : <circle className={className} r={4.5} fill={color} />;
  }
  return (
    <path
      className={className}
      d={SHAPE[kind]}
      fill={hollow ? undefined : color}
      stroke={color}
      strokeWidth={hollow ? 2 : 1}
      strokeLinejoin="round"
    />
  );
}
