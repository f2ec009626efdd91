import { axisBottom } from 'd3-axis';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { EventColumns } from '../model/eventColumns';
import { appStore } from '../store/appStore';
import { binOverview } from './binOverview';
import { handleZoomKey } from './zoomActions';
import { readThemeColors } from './readThemeColors';
import { formatTick, tickAnchor, tickCountFor } from './tickFormat';
import { timeScale } from './timeScale';
import { viewport } from './viewport';

/** Props of Overview. */
export interface OverviewProps {
  columns: EventColumns;
  /** Visible rows (1), for the histogram. */
  mask: Uint8Array;
  /** Width of the strip, px (aligned with the timeline's plot). */
  width: number;
  /** Left offset, px, so the strip lines up under the plot. */
  left: number;
}

export const OVERVIEW_SOURCE = 'overview';
const HEIGHT = 40;
const BIN_PX = 3;
const MIN_SELECTION_PX = 6;

/**
 * The whole extent with a histogram of the shown events and a brush over the part
 * the timeline shows: drag it to move, drag its edges to zoom, click elsewhere to
 * jump there. Kept in step with the viewport both ways without echo.
 */
export function Overview({ columns, mask, width, left }: OverviewProps) {
  const extent = useStore(viewport, (s) => s.extent);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const axisRef = useRef<SVGGElement>(null);
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
    const off = appStore.subscribe((s, p) => s.theme !== p.theme && requestAnimationFrame(draw));
    const scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    scheme?.addEventListener('change', draw);
    return () => {
      off();
      scheme?.removeEventListener('change', draw);
    };
  }, [bins, width]);

  useEffect(() => {
    const g = brushRef.current;
    const axis = axisRef.current;
    if (!g || !axis || width <= 0) return;
    const x = timeScale(extent, [0, width]);
    select(axis).call(
      axisBottom(x)
        .ticks(tickCountFor(width))
        .tickFormat((d) => formatTick(new Date(+d)))
        .tickSizeOuter(0),
    );
    select(axis)
      .selectAll<SVGTextElement, number>('.tick text')
      .attr('text-anchor', (d) => tickAnchor(x(d), width));
    const toPixels = (d: readonly [number, number]): [number, number] => {
      let [a, b] = [x(d[0]), x(d[1])];
      if (b - a < MIN_SELECTION_PX) {
        const c = (a + b) / 2;
        [a, b] = [c - MIN_SELECTION_PX / 2, c + MIN_SELECTION_PX / 2];
      }
      return [a, b];
    };
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, HEIGHT],
      ])
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        const { domain } = viewport.getState();
        const span = domain[1] - domain[0];
        const selection = event.selection as [number, number] | null;
        if (!selection) {
          // A click outside the window: centre the window there.
          const centre = +x.invert(pointer(event.sourceEvent, g)[0]);
          viewport.getState().setDomain([centre - span / 2, centre + span / 2], OVERVIEW_SOURCE);
        } else if (event.mode === 'drag') {
          // Moving keeps the span, even when the drawn window is wider than the real one.
          const centre = +x.invert((selection[0] + selection[1]) / 2);
          viewport.getState().setDomain([centre - span / 2, centre + span / 2], OVERVIEW_SOURCE);
        } else viewport.getState().setDomain([+x.invert(selection[0]), +x.invert(selection[1])], OVERVIEW_SOURCE);
        if (event.type === 'end') sync();
      });
    const selection = select(g);
    const sync = () => brush.move(selection, toPixels(viewport.getState().domain));
    selection.call(brush);
    sync();
    const off = viewport.subscribe((s, p) => {
      if (s.domain !== p.domain && s.source !== OVERVIEW_SOURCE) sync();
    });
    return () => {
      off();
      selection.on('.brush', null);
    };
  }, [extent, width]);

  return (
    <div
      className="tl-overview"
      style={{ marginLeft: left, width }}
      role="group"
      aria-label="Overview"
      aria-describedby="tl-overview-help"
      tabIndex={0}
      onKeyDown={(e) => {
        if (handleZoomKey(e.key)) e.preventDefault();
      }}
    >
      <p id="tl-overview-help" className="tl-visually-hidden">
        The whole time span, with a histogram of the shown events. The highlighted window is the part the timeline
        shows: drag it to move, drag its edges to zoom, or click elsewhere to jump there. With the keyboard: arrow keys
        move the window, plus and minus zoom, Home shows everything.
      </p>
      <canvas ref={canvasRef} className="tl-overview-canvas" style={{ width, height: HEIGHT }} aria-hidden="true" />
      <svg className="tl-overview-svg" width={width} height={HEIGHT + 18}>
        <g ref={brushRef} className="tl-brush" />
        <g ref={axisRef} className="tl-overview-axis" transform={`translate(0,${HEIGHT})`} aria-hidden="true" />
      </svg>
    </div>
  );
}
