/** A coordinate as SVG paths get it: to three decimals, which is finer than a pixel. */
const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * SVG path of a step line through the points: each y holds until the next
 * point's x, where the line rises or falls to that point's y. The same `d` as
 * d3-shape's `line().curve(curveStepAfter)`, without shipping all of d3-shape
 * for it: "" for no points, a closed dot for one.
 */
export function stepAfterPath(points: readonly (readonly [number, number])[]): string {
  if (points.length === 0) return '';
  let d = `M${round(points[0][0])},${round(points[0][1])}`;
  if (points.length === 1) return `${d}Z`;
  for (let i = 1; i < points.length; i++) {
    const x = round(points[i][0]);
    d += `L${x},${round(points[i - 1][1])}L${x},${round(points[i][1])}`;
  }
  return d;
}
