import { useEffect, useRef } from 'react';
import type { AxisTick } from '../axis/AxisTicks';
import type { FrameStore } from './frameStore';

/** Props of TimelineAxis. */
export interface TimelineAxisProps {
  frame: FrameStore;
  width: number;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Length of a tick line below the axis, px, and the gap to its label. */
const TICK_SIZE = 5;
const TICK_PADDING = 3;

/**
 * The timeline's time axis above the lanes: the ticks of the renderer's last frame,
 * written into the SVG by hand as each frame lands, in the markup of AxisTicks (`.tick`
 * groups of a line and a label). A tick that stays keeps its node and only moves; one
 * that leaves is kept aside for the next to come, so zoom frames neither re-render React
 * nor create nodes once the axis has held its most ticks.
 */
export function TimelineAxis({ frame, width }: TimelineAxisProps) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    const axis = ref.current;
    if (!axis) return;
    // Crisp one-pixel lines on a standard-density screen (d3-axis's offset, as AxisTicks).
    const offset = window.devicePixelRatio > 1 ? 0 : 0.5;
    const shown = new Map<number, SVGGElement>();
    const spare: SVGGElement[] = [];
    const make = () => {
      const g = document.createElementNS(SVG, 'g');
      g.setAttribute('class', 'tick');
      g.setAttribute('opacity', '1');
      const line = document.createElementNS(SVG, 'line');
      line.setAttribute('stroke', 'currentColor');
      line.setAttribute('y2', String(TICK_SIZE));
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('fill', 'currentColor');
      text.setAttribute('y', String(TICK_SIZE + TICK_PADDING));
      text.setAttribute('dy', '0.71em');
      g.append(line, text);
      return g;
    };
    const place = (ticks: readonly AxisTick[]) => {
      const keep = new Set(ticks.map((t) => t.value));
      for (const [value, g] of shown) {
        if (keep.has(value)) continue;
        g.remove();
        shown.delete(value);
        spare.push(g);
      }
      for (const t of ticks) {
        let g = shown.get(t.value);
        if (!g) {
          g = spare.pop() ?? make();
          shown.set(t.value, g);
          axis.append(g);
        }
        g.setAttribute('transform', `translate(${t.at + offset},0)`);
        const text = g.lastChild as SVGTextElement;
        if (text.textContent !== t.label) text.textContent = t.label;
        if (text.getAttribute('text-anchor') !== (t.anchor ?? null)) {
          if (t.anchor) text.setAttribute('text-anchor', t.anchor);
          else text.removeAttribute('text-anchor');
        }
      }
    };
    place(frame.getState().axis);
    const off = frame.subscribe((s, previous) => {
      if (s.axis !== previous.axis) place(s.axis);
    });
    return () => {
      off();
      axis.replaceChildren();
    };
  }, [frame]);
  return (
    <svg className="tl-axis" width={width} height={24} data-testid="time-axis" aria-hidden="true">
      <g ref={ref} fill="none" fontSize={10} fontFamily="sans-serif" textAnchor="middle" aria-hidden="true" />
    </svg>
  );
}
