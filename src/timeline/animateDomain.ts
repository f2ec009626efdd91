import { clampDomain } from './clampDomain';
import { viewport } from './viewport';

let running = 0;

/** Whether the user asked for reduced motion (false where matchMedia is missing). */
export const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Moves the viewport to `target` with a short ease, or at once under
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
  const t0 = performance.now();
  const step = (now: number) => {
    const p = Math.min(1, (now - t0) / durationMs);
    const e = 1 - (1 - p) ** 3;
    viewport.getState().setDomain([from[0] + (target[0] - from[0]) * e, from[1] + (target[1] - from[1]) * e], source);
    if (p < 1) running = requestAnimationFrame(step);
  };
  running = requestAnimationFrame(step);
}
