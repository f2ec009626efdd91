import { useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { LoadedDataset } from '../model/loadedDataset';
import { appStore, useAppStore } from '../store/appStore';
import type { FrameStore } from './frameStore';
import { KEY_POINT_RADIUS, POINT_RADIUS, type TimelineBadge, type TimelineMark } from './layoutTimeline';
import { badgeWidth } from './layoutRows';
import { describeEvent } from './markDescription';
import { formatAt } from './formatWhen';
import { zoomToSpan } from './zoomActions';

/** Props of TimelineMarks. */
export interface TimelineMarksProps {
  frame: FrameStore;
  dataset: LoadedDataset;
  actorColors: readonly string[];
  width: number;
  height: number;
  /** Moves focus back to the timeline surface (Escape). */
  onExit: () => void;
}

type Item = { key: string; laneSlot: number; x: number; mark?: TimelineMark; badge?: TimelineBadge };

/** A badge's name; it must not contain "zoom in", which names the zoom button. */
const badgeLabel = (b: TimelineBadge) =>
  `${b.count} more ${b.count === 1 ? 'event' : 'events'}${b.spanning ? ' spanning this whole view' : ''}, ${formatAt(b.t0, 2)} to ${formatAt(b.t1 - 1, 2)}: press to expand`;

const markKey = (m: TimelineMark) => `m${m.row}:${m.laneSlot}`;
const badgeKey = (b: TimelineBadge) => `b${b.laneSlot}:${b.t0}`;

/** Whether focus arrived by keyboard (a click on a mark should not draw the ring). */
function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** Box around an item's shape, for the keyboard focus ring (SVG has no reliable outline). */
function ringFor(item: Item): { x: number; y: number; w: number; h: number } {
  if (item.badge) {
    const w = badgeWidth(item.badge.count);
    return { x: item.badge.x - w / 2, y: item.badge.y - 8, w, h: 16 };
  }
  const m = item.mark!;
  if (m.kind === 'point') {
    const r = m.importance === 3 ? KEY_POINT_RADIUS : POINT_RADIUS;
    return { x: m.cx - r, y: m.y - r, w: 2 * r, h: 2 * r };
  }
  const h = m.importance === 3 ? 12 : 9;
  return { x: Math.max(m.x0, -4), y: m.y - h / 2, w: Math.max(1, m.x1 - Math.max(m.x0, -4)), h };
}

function MarkShape({ m, color, actor }: { m: TimelineMark; color: string; actor: number }) {
  if (m.kind === 'point') {
    const r = m.importance === 3 ? KEY_POINT_RADIUS : POINT_RADIUS;
    return m.importance === 3 ? (
      <path className="tl-shape" d={`M${m.cx},${m.y - r}l${r},${r}l${-r},${r}l${-r},${-r}z`} fill={color} />
    ) : (
      <circle className="tl-shape" cx={m.cx} cy={m.y} r={r} fill={color} />
    );
  }
  const h = m.importance === 3 ? 12 : 9;
  const uncertain = m.kind === 'uncertain';
  return (
    <rect
      className={uncertain ? 'tl-shape tl-shape--uncertain' : 'tl-shape'}
      x={m.x0}
      y={m.y - h / 2}
      width={Math.max(1, m.x1 - m.x0)}
      height={h}
      rx={2}
      fill={uncertain ? `url(#tl-hatch-${actor})` : color}
      stroke={uncertain ? color : undefined}
    />
  );
}

/**
 * The interactive layer: the few marks that are focusable this frame, and the
 * count badges, as SVG over the canvas. Roving tabindex: one item is in the tab
 * order; arrow keys move along the lanes, Enter/Space selects (or zooms into a
 * badge's cluster), Escape clears the selection.
 */
export function TimelineMarks({ frame, dataset, actorColors, width, height, onExit }: TimelineMarksProps) {
  const layout = useStore(frame, (s) => s.layout);
  const interactive = useStore(frame, (s) => s.interactive);
  const lanes = useStore(frame, (s) => s.lanes);
  const hoveredRow = useAppStore((s) => s.hoveredRow);
  const selectedId = useAppStore((s) => s.selectedId);
  const selectedRow = useMemo(() => (selectedId === null ? -1 : dataset.text.indexOf(selectedId)), [dataset, selectedId]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);

  const items = useMemo(() => {
    const list: Item[] = interactive.map((m) => ({ key: markKey(m), laneSlot: m.laneSlot, x: m.x0, mark: m }));
    for (const b of layout?.badges ?? []) list.push({ key: badgeKey(b), laneSlot: b.laneSlot, x: b.x, badge: b });
    return list.sort((a, b) => a.laneSlot - b.laneSlot || a.x - b.x);
  }, [interactive, layout]);

  const hover = (item: Item | null) => {
    const m = item?.mark;
    appStore.getState().setHoveredRow(m ? m.row : -1);
    frame.setState({ hover: m ? { row: m.row, laneSlot: m.laneSlot } : null });
  };
  const activate = (item: Item) => {
    if (item.mark) appStore.getState().select(dataset.text.id(item.mark.row));
    else if (item.badge) zoomToSpan(item.badge.t0, item.badge.t1);
  };
  const moveTo = (item: Item | undefined) => {
    if (!item) return;
    setFocusKey(item.key);
    svgRef.current?.querySelector<SVGGElement>(`[data-key="${item.key}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, item: Item) => {
    const at = items.indexOf(item);
    let handled = true;
    if (event.key === 'ArrowRight') moveTo(items[at + 1]);
    else if (event.key === 'ArrowLeft') moveTo(items[at - 1]);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const laneOrder = [...new Set(items.map((i) => i.laneSlot))];
      const nextLane = laneOrder[laneOrder.indexOf(item.laneSlot) + step];
      const candidates = items.filter((i) => i.laneSlot === nextLane);
      moveTo(candidates.sort((a, b) => Math.abs(a.x - item.x) - Math.abs(b.x - item.x))[0]);
    } else if (event.key === 'Enter' || event.key === ' ') activate(item);
    else if (event.key === 'Escape') {
      appStore.getState().select(null);
      onExit();
    } else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const focusedItem = focused ? items.find((i) => i.key === focusKey) : undefined;
  const ring = focusedItem ? ringFor(focusedItem) : null;

  const visibleActors = useMemo(() => [...new Set(lanes.map((l) => l.actor))], [lanes]);

  return (
    <svg ref={svgRef} className="tl-marks" width={width} height={height}>
      <defs>
        {visibleActors.map((a) => (
          <pattern key={a} id={`tl-hatch-${a}`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
            <rect width={6} height={6} fill={actorColors[a]} opacity={0.18} />
            <line x1={0} y1={0} x2={0} y2={6} stroke={actorColors[a]} strokeWidth={2} opacity={0.7} />
          </pattern>
        ))}
      </defs>
      {items.map((item) => {
        const common = {
          'data-key': item.key,
          'data-tl-interactive': '',
          role: 'button',
          // Not in the tab order: the navigation tree is the timeline's one tab stop (issue 11).
          tabIndex: -1,
          onKeyDown: (e: KeyboardEvent) => onKeyDown(e, item),
          onFocus: (e: FocusEvent<SVGGElement>) => {
            setFocusKey(item.key);
            setFocused(focusVisible(e.currentTarget));
            hover(item);
          },
          onBlur: () => {
            setFocused(false);
            hover(null);
          },
          onMouseEnter: () => hover(item),
          onMouseLeave: () => hover(null),
          onClick: () => activate(item),
        };
        if (item.badge) {
          const b = item.badge;
          const w = badgeWidth(b.count);
          return (
            <g
              key={item.key}
              {...common}
              className={b.spanning ? 'tl-badge tl-badge--spanning' : 'tl-badge'}
              transform={`translate(${b.x},${b.y})`}
              aria-label={badgeLabel(b)}
            >
              <rect x={-w / 2} y={-8} width={w} height={16} rx={8} />
              <text textAnchor="middle" dy="0.35em">
                +{b.count}
              </text>
            </g>
          );
        }
        const m = item.mark!;
        const actor = lanes[m.laneSlot]?.actor ?? 0;
        const cls = `tl-mark tl-mark--${m.kind}${m.importance === 3 ? ' tl-mark--key' : ''}${m.row === hoveredRow ? ' is-hovered' : ''}${
          m.row === selectedRow ? ' is-selected' : ''
        }`;
        return (
          <g key={item.key} {...common} className={cls} aria-label={describeEvent(dataset, m.row)} aria-pressed={m.row === selectedRow}>
            <MarkShape m={m} color={actorColors[actor]} actor={actor} />
            {m.label && (
              <text className="tl-label" x={m.labelX} y={m.y} dy="0.35em">
                {m.label}
              </text>
            )}
          </g>
        );
      })}
      {focused && ring && (
        <rect className="tl-focus-ring" x={ring.x - 4} y={ring.y - 4} width={ring.w + 8} height={ring.h + 8} rx={6} aria-hidden="true" />
      )}
    </svg>
  );
}
