import { useEffect } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { appStore } from '../store/appStore';
import { dataSpan } from '../store/dataSpan';
import type { TimeWindow } from '../store/viewSlice';
import { viewport } from './viewport';

/** Time after the last viewport change at which a gesture counts as settled. */
export const SETTLE_MS = 200;
/** Margin around the data span in the navigable extent, as a fraction of the span. */
const EXTENT_MARGIN = 0.03;
const DAY = 86_400_000;

/** The navigable extent for a dataset: its span plus a small margin either side. */
export function extentFor(dataset: LoadedDataset): [number, number] {
  const [a, b] = dataSpan(dataset);
  if (!(b > a)) return [a - 30 * DAY, a + 30 * DAY];
  const margin = Math.max((b - a) * EXTENT_MARGIN, DAY);
  return [a - margin, b + margin];
}

/**
 * Keeps the live viewport and the store's settled `window` in step: on load the
 * extent is set and the stored window (URL restore) or the whole span is shown; a
 * gesture writes the window ~200 ms after it stops; a window set from outside
 * (URL, date inputs) moves the viewport. Echoes are recognised by identity.
 */
export function useWindowSync(dataset: LoadedDataset | null): void {
  useEffect(() => {
    if (!dataset) return;
    const vp = viewport.getState();
    vp.setExtent(extentFor(dataset));
    const stored = appStore.getState().window;
    if (stored) vp.setDomain([stored.from, stored.to], 'store');
    else vp.fit('load');

    let written: TimeWindow | null = stored;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      const { domain, extent } = viewport.getState();
      const whole = domain[0] <= extent[0] && domain[1] >= extent[1];
      written = whole ? null : { from: domain[0], to: domain[1] };
      appStore.getState().setWindow(written);
    };
    const offViewport = viewport.subscribe((state, previous) => {
      if (state.domain === previous.domain || state.source === 'store' || state.source === 'load') return;
      clearTimeout(timer);
      timer = setTimeout(settle, SETTLE_MS);
    });
    const offStore = appStore.subscribe((state, previous) => {
      if (state.window === previous.window || state.window === written) return;
      written = state.window;
      clearTimeout(timer);
      if (state.window) viewport.getState().setDomain([state.window.from, state.window.to], 'store');
      else viewport.getState().fit('store');
    });
    return () => {
      clearTimeout(timer);
      offViewport();
      offStore();
    };
  }, [dataset]);
}
