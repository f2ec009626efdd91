import { createStore } from 'zustand/vanilla';
import { clampDomain, zoomDomain } from './clampDomain';

/** Horizontal placement of a plot on the page, in CSS px. */
export interface PlotBox {
  left: number;
  width: number;
}

/**
 * The live visible time domain, shared by the timeline, the overview brush and the
 * troop chart. It changes on every zoom frame, so it lives outside the app store:
 * views subscribe to it and redraw their own layers without re-rendering React.
 */
export interface ViewportState {
  /** Visible [from, to) in ms. */
  domain: [number, number];
  /** Navigable bounds: the data span with a margin. */
  extent: [number, number];
  /** Which view set `domain` last, so a view can ignore its own echo. */
  source: string;
  /**
   * Where the timeline's plot sits on the page (left edge in document px, width), so
   * charts sharing the time axis can line their dates up with it. null until drawn.
   */
  plotBox: PlotBox | null;
  setPlotBox: (box: PlotBox | null) => void;
  setDomain: (domain: readonly [number, number], source: string) => void;
  setExtent: (extent: readonly [number, number]) => void;
  /** k > 1 zooms in, about `pivot` (default: centre). */
  zoomBy: (k: number, source: string, pivot?: number) => void;
  /** Moves by a fraction of the visible span (negative = earlier). */
  panBy: (fraction: number, source: string) => void;
  /** Shows the whole extent. */
  fit: (source: string) => void;
}

const DEFAULT_EXTENT: [number, number] = [Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)];

export const createViewportStore = () =>
  createStore<ViewportState>()((set, get) => ({
    domain: DEFAULT_EXTENT,
    extent: DEFAULT_EXTENT,
    source: 'init',
    plotBox: null,
    setPlotBox: (box) => {
      const current = get().plotBox;
      if (current === box || (current && box && current.left === box.left && current.width === box.width)) return;
      set({ plotBox: box });
    },
    setDomain: (domain, source) => set({ domain: clampDomain(domain, get().extent), source }),
    setExtent: (extent) => set({ extent: [extent[0], extent[1]], domain: clampDomain(get().domain, extent) }),
    zoomBy: (k, source, pivot) => {
      const { domain } = get();
      get().setDomain(zoomDomain(domain, k, pivot ?? (domain[0] + domain[1]) / 2), source);
    },
    panBy: (fraction, source) => {
      const { domain } = get();
      const shift = (domain[1] - domain[0]) * fraction;
      get().setDomain([domain[0] + shift, domain[1] + shift], source);
    },
    fit: (source) => set({ domain: [...get().extent], source }),
  }));

/** The app's live viewport. */
export const viewport = createViewportStore();
