import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { useStore } from 'zustand';
import type { EventColumns } from '../model/eventColumns';
import { appStore } from '../store/appStore';
import { AxisTicks } from '../axis/AxisTicks';
import { showsEra } from '../axis/eraYears';
import { binOverview } from './binOverview';
import { dragBrush, hitBrush, selectionPixels, type BrushMode } from './brushGesture';
import { readThemeColors } from './readThemeColors';
import { watchColorModes } from './watchColorModes';
import { handleTimeKey } from '../axis/keymap';
import { shownSpan, type Span } from '../axis/shownSpan';
import { formatTick, tickAnchor, tickCountFor } from '../axis/tickFormat';
import { timeScale } from '../axis/timeScale';
import { t } from '../i18n/t';

/** Props of Overview. */
export interface OverviewProps {
  columns: EventColumns;
  /** Visible rows (1), for the histogram. */
  mask: Uint8Array;
  /** Width of the strip, px (aligned with the timeline's plot). */
  width: number;
  /** Offset from the inline start (the lane headers' width), px, so the strip lines up under the plot. */
  left: number;
}

const HEIGHT = 40;
/** Room under the strip for its axis labels. */
const AXIS_PX = 18;
const BIN_PX = 3;
const CURSORS: Record<BrushMode | 'none', string> = {
  move: 'grab',
  'resize-start': 'ew-resize',
  'resize-end': 'ew-resize',
  none: 'pointer',
};

/** Props of OverviewPlaceholder. */
export interface OverviewPlaceholderProps {
  width: number;
  left: number;
}

/**
 * The overview's box, empty, for the dataset's first frame: the strip mounts a frame after
 * the lanes (its histogram reads every shown row), and nothing under it moves when it does.
 */
export function OverviewPlaceholder({ width, left }: OverviewPlaceholderProps) {
  return <div className="tl-overview" style={{ marginInlineStart: left, width, height: HEIGHT + AXIS_PX }} aria-hidden="true" />;
}

/** A drag in progress on the overview. */
interface BrushDrag {
  mode: BrushMode;
  pointerId: number;
  startX: number;
  startDomain: Span;
  startPx: [number, number];
}

/**
 * The whole extent with a histogram of the shown events and a brush over the part
 * the timeline shows: drag it to move, drag its edges to zoom, click elsewhere to
 * jump there. It moves the shown span like every other view.
 */
export function Overview({ columns, mask, width, left }: OverviewProps) {
  const extent = useStore(shownSpan, (s) => s.extent);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const selectionRef = useRef<SVGRectElement>(null);
  const bins = useMemo(() => binOverview(columns, mask, extent, Math.ceil(width / BIN_PX)), [columns, mask, extent, width]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0) return;
    const draw = () => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const dpr = globalThis.devicePixelRatio || 1;
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(HEIGHT * dpr);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, HEIGHT);
      const colors = readThemeColors(canvas);
      let max = 1;
      for (const c of bins) max = Math.max(max, c);
      ctx.fillStyle = colors.muted;
      ctx.globalAlpha = 0.75;
      for (let b = 0; b < bins.length; b++) {
        if (!bins[b]) continue;
        const h = Math.max(1.5, (HEIGHT - 4) * Math.sqrt(bins[b] / max));
        ctx.fillRect(b * BIN_PX, HEIGHT - h, BIN_PX - 1, h);
      }
      ctx.globalAlpha = 1;
    };
    draw();
    const off = appStore.subscribe((s) => s.theme, () => requestAnimationFrame(draw));
    const offColorModes = watchColorModes(draw);
    return () => {
      off();
      offColorModes();
    };
  }, [bins, width]);

  const x = useMemo(() => timeScale(extent, [0, width]), [extent, width]);
  const drag = useRef<BrushDrag | null>(null);

  const ticks = useMemo(
    () =>
      width <= 0
        ? []
        : x.ticks(tickCountFor(width)).map((t) => ({ value: t, at: x(t), label: formatTick(new Date(t), showsEra(x.domain())), anchor: tickAnchor(x(t), width) })),
    [x, width],
  );

  useEffect(() => {
    const rect = selectionRef.current;
    if (!rect || width <= 0) return;
    // The brush follows the shown span imperatively: zoom frames never re-render React.
    const place = (domain: readonly [number, number]) => {
      const [a, b] = selectionPixels(x(domain[0]), x(domain[1]));
      rect.setAttribute('x', String(a));
      rect.setAttribute('width', String(Math.max(0, b - a)));
    };
    place(shownSpan.getState().domain);
    return shownSpan.subscribe((s) => s.domain, place);
  }, [x, width]);

  const localX = (e: PointerEvent<SVGSVGElement>) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const drawnWindow = () => {
    const [from, to] = shownSpan.getState().domain;
    return selectionPixels(x(from), x(to));
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const px = localX(e);
    let mode = hitBrush(px, ...drawnWindow());
    if (!mode) {
      // A press outside the window centres it there, then drags it from there.
      const { domain, follow } = shownSpan.getState();
      const half = (domain[1] - domain[0]) / 2;
      const centre = x.invert(px);
      follow([centre - half, centre + half]);
      mode = 'move';
    }
    const startDomain = shownSpan.getState().domain;
    drag.current = { mode, pointerId: e.pointerId, startX: px, startDomain, startPx: drawnWindow() };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.style.cursor = mode === 'move' ? 'grabbing' : CURSORS[mode];
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const px = localX(e);
    const d = drag.current;
    if (!d) {
      e.currentTarget.style.cursor = CURSORS[hitBrush(px, ...drawnWindow()) ?? 'none'];
      return;
    }
    const next = dragBrush(d.mode, d.startDomain, d.startPx, px - d.startX, (p) => x.invert(p));
    shownSpan.getState().follow(next);
  };
  const onPointerEnd = (e: PointerEvent<SVGSVGElement>) => {
    if (drag.current?.pointerId !== e.pointerId) return;
    drag.current = null;
    shownSpan.getState().settle();
    e.currentTarget.style.cursor = CURSORS[hitBrush(localX(e), ...drawnWindow()) ?? 'none'];
  };

  return (
    <div
      className="tl-overview"
      style={{ marginInlineStart: left, width }}
      role="group"
      aria-label={t('overview')}
      aria-describedby="tl-overview-help"
      tabIndex={0}
      onKeyDown={(e) => handleTimeKey(e)}
    >
      <p id="tl-overview-help" className="visually-hidden">
        {t('overviewHelp')}
      </p>
      <canvas ref={canvasRef} className="tl-overview-canvas" style={{ width, height: HEIGHT }} aria-hidden="true" />
      <svg
        className="tl-overview-svg"
        width={width}
        height={HEIGHT + AXIS_PX}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      >
        <g className="tl-brush">
          <rect className="overlay" width={width} height={HEIGHT} />
          <rect ref={selectionRef} className="selection" y={0.75} height={HEIGHT - 1.5} />
        </g>
        <AxisTicks orient="bottom" ticks={ticks} size={6} line={width > 0 ? [0, width] : undefined} className="tl-overview-axis" transform={`translate(0,${HEIGHT})`} />
      </svg>
    </div>
  );
}
