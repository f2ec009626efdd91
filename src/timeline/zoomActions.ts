import { animateDomain } from './animateDomain';
import { zoomDomain } from './clampDomain';
import { viewport } from './viewport';

/** Source name of the zoom buttons and keyboard shortcuts. */
export const CONTROLS_SOURCE = 'controls';

/** Zooms by `k` (> 1 = in) about the centre of the view, easing unless reduced motion is asked for. */
export function zoomStep(k: number): void {
  const { domain } = viewport.getState();
  animateDomain(zoomDomain(domain, k, (domain[0] + domain[1]) / 2), CONTROLS_SOURCE);
}

/** Zooms by `k` about the instant `pivot` (ms), which stays where it is on screen. */
export function zoomAround(pivot: number, k: number): void {
  animateDomain(zoomDomain(viewport.getState().domain, k, pivot), CONTROLS_SOURCE);
}

/** Pans by a fraction of the visible span (negative = earlier). */
export function panStep(fraction: number): void {
  const { domain } = viewport.getState();
  const shift = (domain[1] - domain[0]) * fraction;
  animateDomain([domain[0] + shift, domain[1] + shift], CONTROLS_SOURCE);
}

/** Shows the whole extent. */
export function fitAll(): void {
  animateDomain(viewport.getState().extent, CONTROLS_SOURCE);
}

/** Zooms to [t0, t1) with a little room either side (a badge's cluster). */
export function zoomToSpan(t0: number, t1: number): void {
  const pad = Math.max((t1 - t0) * 0.15, 12 * 3600 * 1000);
  animateDomain([t0 - pad, t1 + pad], CONTROLS_SOURCE);
}

/** Keyboard shortcuts of a zoomable surface; true when the key was handled. */
export function handleZoomKey(key: string): boolean {
  switch (key) {
    case '+':
    case '=':
      zoomStep(2);
      return true;
    case '-':
    case '_':
      zoomStep(0.5);
      return true;
    case 'ArrowLeft':
      panStep(-0.25);
      return true;
    case 'ArrowRight':
      panStep(0.25);
      return true;
    case 'Home':
      fitAll();
      return true;
    default:
      return false;
  }
}
