import { clampDomain } from './clampDomain';
import { viewport } from './viewport';

let running = 0;

/** Whether the user asked for reduced motion (false where matchMedia is missing). */
export const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Moves the viewport to `goal` (clamped) with a short ease, or at once under
 * prefers-reduced-motion (or without requestAnimationFrame).
 */
export function animateDomain(goal: readonly [number, number], source: string, durationMs = 220): void {
  const target = clampDomain(goal, viewport.getState().extent);
  if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(running);
  const from = viewport.getState().domain;
  if (prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
    viewport.getState().setDomain(target, source);
    return;
  }
  // Timed from the first frame's own timestamp: rAF clocks need not match performance.now().
  let t0 = -1;
  let mine = from;
  const step = (now: number) => {
    // Anyone else moving the view (a drag, the brush, a reset) ends the animation.
    if (viewport.getState().domain !== mine) return;
    if (t0 < 0) t0 = now;
    const p = Math.min(1, Math.max(0, (now - t0) / durationMs));
    const e = 1 - (1 - p) ** 3;
    viewport.getState().setDomain([from[0] + (target[0] - from[0]) * e, from[1] + (target[1] - from[1]) * e], source);
    mine = viewport.getState().domain;
    if (p < 1) running = requestAnimationFrame(step);
  };
  running = requestAnimationFrame(step);
}
