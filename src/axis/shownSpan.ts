import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { clampDomain, zoomDomain } from './clampDomain';

/** A stretch of time, [from, to) in ms since epoch. */
export type Span = readonly [number, number];

/** Horizontal placement of a plot on the page, in CSS px. */
export interface PlotBox {
  left: number;
  width: number;
}

/** How {@link ShownSpanState.show} gets to its span. */
export interface ShowSpanOptions {
  /** Ease there in a short animation; instant under prefers-reduced-motion. Default: instant. */
  animate?: boolean;
  /** Length of the animation, ms (default {@link SHOW_SPAN_MS}). */
  durationMs?: number;
}

/**
 * What time span is shown: the one owner. Every view (timeline, overview brush,
 * troop chart), the date inputs, the counts and the address bar read it from here,
 * and everything that moves it calls one of these actions; nothing keeps a copy.
 *
 * It is a vanilla store apart from the app store because `domain` changes on every
 * zoom frame: views subscribe and redraw their own layers without re-rendering
 * React. Only `settled` (what the filters count and the URL carries) changes once
 * per movement, when a gesture ends or an animation arrives.
 */
export interface ShownSpanState {
  /** The live visible span, frame by frame. */
  domain: Span;
  /** Navigable bounds: the data span with a margin. */
  extent: Span;
  /** The span once movement has stopped; null = the whole extent. */
  settled: Span | null;
  /**
   * Where the timeline's plot sits on the page, so charts sharing the time axis line
   * their dates up with it. null until drawn.
   */
  plotBox: PlotBox | null;
  /**
   * Shows `span` (null = everything), clamped to the extent, and settles there: the
   * one call for a story step, a restored link, the date inputs, an imported file's
   * first view, the zoom buttons and keys.
   */
  show: (span: Span | null, options?: ShowSpanOptions) => void;
  /** One frame of a gesture (drag, wheel, pinch, brush): moves `domain` only. End the gesture with `settle`. */
  follow: (domain: Span) => void;
  /** Ends a gesture: `settled` becomes what is shown. */
  settle: () => void;
  /** Zooms by `k` (> 1 = in) about `pivot` (default: the centre). */
  zoomBy: (k: number, pivot?: number, options?: ShowSpanOptions) => void;
  /** Moves by a fraction of the shown span (negative = earlier). */
  panBy: (fraction: number, options?: ShowSpanOptions) => void;
  /** A new dataset: its navigable extent, showing `span` (default everything). */
  reset: (extent: Span, span?: Span | null) => void;
  setPlotBox: (box: PlotBox | null) => void;
}

const DEFAULT_EXTENT: Span = [Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)];
/** Length of an animated move, ms: long enough to see where the view went, short enough not to wait for. */
export const SHOW_SPAN_MS = 220;

/** Whether the user asked for reduced motion (false where matchMedia is missing). */
export const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const covers = (domain: Span, extent: Span) => domain[0] <= extent[0] && domain[1] >= extent[1];
const sameSpan = (a: Span | null, b: Span | null) => a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);

/** A fresh owner; the app uses {@link shownSpan}, tests make their own. */
export const createShownSpanStore = () =>
  createStore<ShownSpanState>()(
    subscribeWithSelector((set, get) => {
      // Every action takes a new ticket, so a running animation sees it was overtaken.
      let ticket = 0;
      const settleAt = (domain: Span) => {
        const settled = covers(domain, get().extent) ? null : domain;
        if (!sameSpan(settled, get().settled)) set({ settled });
      };
      const animateTo = (target: Span, mine: number, durationMs: number) => {
        const from = get().domain;
        let t0 = -1;
        const step = (now: number) => {
          if (ticket !== mine) return;
          // Timed from the first frame's own timestamp: rAF clocks need not match performance.now().
          if (t0 < 0) t0 = now;
          const p = Math.min(1, Math.max(0, (now - t0) / durationMs));
          const e = 1 - (1 - p) ** 3;
          set({ domain: p < 1 ? [from[0] + (target[0] - from[0]) * e, from[1] + (target[1] - from[1]) * e] : target });
          if (p < 1) requestAnimationFrame(step);
          else settleAt(target);
        };
        requestAnimationFrame(step);
      };
      return {
        domain: DEFAULT_EXTENT,
        extent: DEFAULT_EXTENT,
        settled: null,
        plotBox: null,
        show: (span, options) => {
          const mine = ++ticket;
          const { extent } = get();
          const target = span ? clampDomain(span, extent) : ([extent[0], extent[1]] as const);
          if (options?.animate && !prefersReducedMotion() && typeof requestAnimationFrame === 'function') {
            animateTo(target, mine, options.durationMs ?? SHOW_SPAN_MS);
            return;
          }
          set({ domain: target });
          settleAt(target);
        },
        follow: (domain) => {
          ++ticket;
          set({ domain: clampDomain(domain, get().extent) });
        },
        settle: () => settleAt(get().domain),
        zoomBy: (k, pivot, options) => {
          const { domain } = get();
          get().show(zoomDomain(domain, k, pivot ?? (domain[0] + domain[1]) / 2), options);
        },
        panBy: (fraction, options) => {
          const { domain } = get();
          const shift = (domain[1] - domain[0]) * fraction;
          get().show([domain[0] + shift, domain[1] + shift], options);
        },
        reset: (extent, span = null) => {
          ++ticket;
          const target = span ? clampDomain(span, extent) : extent;
          set({ extent, domain: target, settled: covers(target, extent) ? null : target });
        },
        setPlotBox: (box) => {
          const current = get().plotBox;
          if (current === box || (current && box && current.left === box.left && current.width === box.width)) return;
          set({ plotBox: box });
        },
      };
    }),
  );

/** An owner of a shown span. */
export type ShownSpanStore = ReturnType<typeof createShownSpanStore>;

/** The app's shown span. */
export const shownSpan = createShownSpanStore();

/**
 * Shows `span` (null = the whole extent) in the app's timeline, overview and troop
 * chart, and settles there (filters count it, the URL follows). Animated briefly when
 * `animate` is set, instant under prefers-reduced-motion.
 */
export function showSpan(span: Span | null, options?: ShowSpanOptions): void {
  shownSpan.getState().show(span, options);
}
