import { zoomDomain } from '../axis/clampDomain';
import { showSpan, shownSpan } from '../axis/shownSpan';

/** Zooms by `k` about the instant `pivot` (ms), which stays where it is on screen (a density strip's click). */
export function zoomAround(pivot: number, k: number): void {
  showSpan(zoomDomain(shownSpan.getState().domain, k, pivot), { animate: true });
}

/** Zooms to [t0, t1) with a little room either side (a badge's cluster). */
export function zoomToSpan(t0: number, t1: number): void {
  const pad = Math.max((t1 - t0) * 0.15, 12 * 3600 * 1000);
  showSpan([t0 - pad, t1 + pad], { animate: true });
}
